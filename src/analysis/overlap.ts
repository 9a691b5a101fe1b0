/**
 * Overlap (question 4): each region of a national division R (a set of municipalities) against each
 * spatial agenda A: Jaccard |A∩R|/|A∪R|, containmentOfRegion |A∩R|/|R|, containmentOfAgenda |A∩R|/|A|.
 * Best match = highest Jaccard, ties to the smallest cooperation id; a region is found back when that
 * Jaccard ≥ foundBack. Regions without municipalities cannot be judged: bestMatch null and left out of
 * shareFoundBack's denominator (regionsAssessed). Divisions: those in `nationale_gebieden` plus the
 * CBS reference divisions under the keys of REFERENCE_DIVISION_KEYS.
 */
import type { Dataset } from '../model/dataset.ts';
import { REFERENCE_DIVISIONS, type ReferenceDivision } from '../model/reference.ts';
import type { Overlap, OverlapDivision, OverlapMatch, OverlapRegion } from './types.ts';
import { compareStrings, type AnalysisReference } from './util.ts';

/** Division keys under which the CBS 2025 divisions appear in `overlap.divisions`. */
export const REFERENCE_DIVISION_KEYS: Record<ReferenceDivision, string> = {
  provincie: 'CBS_PROVINCIE',
  res: 'CBS_RES',
  arbeidsmarktregio: 'CBS_ARBEIDSMARKTREGIO',
  veiligheidsregio: 'CBS_VEILIGHEIDSREGIO',
  ggdregio: 'CBS_GGDREGIO',
  jeugdregio: 'CBS_JEUGDREGIO',
  corop: 'CBS_COROP',
};

interface RegionInput {
  id: string;
  name: string;
  municipalities: string[];
}

interface Agenda {
  id: string;
  size: number;
}

/** Spatial agendas plus an index municipality → agendas containing it. */
function indexAgendas(dataset: Dataset): { agendas: Agenda[]; byMunicipality: Map<string, number[]> } {
  const spatial = dataset.cooperations.filter((c) => c.spatial).sort((x, y) => compareStrings(x.id, y.id));
  const agendas: Agenda[] = [];
  const byMunicipality = new Map<string, number[]>();
  spatial.forEach((c, i) => {
    const members = new Set(c.municipalities);
    agendas.push({ id: c.id, size: members.size });
    for (const code of members) {
      let list = byMunicipality.get(code);
      if (!list) byMunicipality.set(code, (list = []));
      list.push(i);
    }
  });
  return { agendas, byMunicipality };
}

/** Best-matching agenda for one region; null when the region is empty or no agenda touches it. */
export function bestMatch(
  region: readonly string[],
  agendas: Agenda[],
  byMunicipality: Map<string, number[]>,
): OverlapMatch | null {
  const members = new Set(region);
  if (members.size === 0) return null;
  const intersections = new Map<number, number>();
  for (const code of members) {
    for (const i of byMunicipality.get(code) ?? []) intersections.set(i, (intersections.get(i) ?? 0) + 1);
  }
  let best: OverlapMatch | null = null;
  // Agendas are indexed in id order, so visiting indices ascending makes "first wins" = smallest id.
  for (const i of [...intersections.keys()].sort((x, y) => x - y)) {
    const inter = intersections.get(i)!;
    const agenda = agendas[i];
    const jaccard = inter / (agenda.size + members.size - inter);
    if (best === null || jaccard > best.jaccard) {
      best = { cooperationId: agenda.id, jaccard, containmentOfRegion: inter / members.size, containmentOfAgenda: inter / agenda.size };
    }
  }
  return best;
}

function analyseDivision(
  regions: RegionInput[],
  agendas: Agenda[],
  byMunicipality: Map<string, number[]>,
  foundBack: number,
): OverlapDivision {
  const out: OverlapRegion[] = [...regions]
    .sort((x, y) => compareStrings(x.id, y.id))
    .map((r) => {
      const match = bestMatch(r.municipalities, agendas, byMunicipality);
      return {
        id: r.id,
        name: r.name,
        municipalities: new Set(r.municipalities).size,
        bestMatch: match,
        foundBack: match !== null && match.jaccard >= foundBack,
      };
    });
  const assessed = out.filter((r) => r.municipalities > 0);
  const found = assessed.filter((r) => r.foundBack).length;
  return { regions: out, regionsAssessed: assessed.length, regionsFoundBack: found, shareFoundBack: assessed.length === 0 ? null : found / assessed.length };
}

export function analyseOverlap(dataset: Dataset, ref: AnalysisReference, options: { foundBack: number }): Overlap {
  const { agendas, byMunicipality } = indexAgendas(dataset);
  const groups = new Map<string, RegionInput[]>();
  for (const r of dataset.nationalRegions) {
    let list = groups.get(r.division);
    if (!list) groups.set(r.division, (list = []));
    list.push({ id: r.id, name: r.name, municipalities: r.municipalities });
  }
  for (const division of REFERENCE_DIVISIONS) {
    const key = REFERENCE_DIVISION_KEYS[division];
    if (groups.has(key)) continue; // an input division of the same name wins
    const byRegion = new Map<string, string[]>();
    for (const m of ref.municipalities) {
      const code = m.regions[division];
      if (!code) continue;
      let list = byRegion.get(code);
      if (!list) byRegion.set(code, (list = []));
      list.push(m.code);
    }
    groups.set(
      key,
      [...byRegion].map(([id, municipalities]) => ({ id, name: ref.regionNames[division]?.[id] ?? id, municipalities })),
    );
  }
  const divisions: Record<string, OverlapDivision> = {};
  for (const key of [...groups.keys()].sort(compareStrings)) {
    divisions[key] = analyseDivision(groups.get(key)!, agendas, byMunicipality, options.foundBack);
  }
  return { foundBackThreshold: options.foundBack, divisions };
}
