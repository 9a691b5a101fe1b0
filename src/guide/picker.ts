/**
 * Where to start: per national division, the spatial agendas that coincide most with one of its areas,
 * so a facilitator who wants to talk about, say, the RES can pick the regions where the voluntary
 * agenda and the national area are most nearly the same group of municipalities. Criterion: the
 * overlap of agenda and area (shared municipalities ÷ all municipalities of the two together, the
 * Jaccard index of analysis.national.regions), per agenda its best area of the division; ties: more
 * shared municipalities, then the agenda's name. A selection from the Analysis; nothing is recomputed.
 */
import type { SiteInput } from '../present/page.ts';
import { byDutchName } from '../present/format.ts';

export interface StartCandidate {
  id: string;
  name: string;
  /** The division's area it coincides with most. */
  area: string;
  shared: number;
  members: number;
  areaMunicipalities: number;
  /** shared ÷ (members + areaMunicipalities − shared). */
  overlap: number;
}

export interface StartDivision {
  division: string;
  /** Spatial agendas sharing ≥ 1 municipality with an area of the division: the full list's length. */
  overlapping: number;
  /** The first `limit` of them by the criterion. */
  candidates: StartCandidate[];
}

export function startingPoints(input: SiteInput, limit = 5): StartDivision[] {
  const national = input.analysis.national;
  if (!national) return [];
  const coops = new Map(input.dataset.cooperations.map((c) => [c.id, c]));
  const best = new Map<string, Map<string, StartCandidate>>();
  for (const r of national.regions) {
    const perAgenda = best.get(r.division) ?? new Map<string, StartCandidate>();
    best.set(r.division, perAgenda);
    for (const a of r.agendas) {
      const c = coops.get(a.cooperationId);
      if (!c) continue;
      const known = perAgenda.get(c.id);
      if (known && known.overlap >= a.jaccard) continue;
      perAgenda.set(c.id, { id: c.id, name: c.name, area: r.name, shared: a.shared, members: a.agendaMunicipalities, areaMunicipalities: r.municipalities, overlap: a.jaccard });
    }
  }
  return [...best.entries()]
    .filter(([, perAgenda]) => perAgenda.size > 0)
    .map(([division, perAgenda]) => {
      const ranked = [...perAgenda.values()].sort((a, b) => b.overlap - a.overlap || b.shared - a.shared || byDutchName(a.name, b.name));
      return { division, overlapping: ranked.length, candidates: ranked.slice(0, limit) };
    });
}
