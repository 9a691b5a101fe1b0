/**
 * Matching a set of municipalities (a national region) against the spatial agendas. For a region R
 * and an agenda A: Jaccard |A∩R|/|A∪R|, containmentOfRegion |A∩R|/|R|, containmentOfAgenda |A∩R|/|A|.
 * One ordering for every caller: Jaccard descending, then containmentOfRegion descending (of two
 * agendas that fit equally well, the one holding more of the region), then cooperation id ascending.
 * The best match is the first in that order, so the overlap section, the national section and the
 * guide name the same agenda.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Theme } from '../model/themes.ts';
import type { OverlapMatch } from './overlap-types.ts';
import { compareStrings } from './util.ts';

export interface SpatialAgenda {
  id: string;
  members: Set<string>;
  themes: Theme[];
}

/** Municipality → indices (ascending) of the agendas it is a member of. */
export type AgendaIndex = Map<string, number[]>;

/** The spatial agendas of a dataset in id order. */
export function spatialAgendas(dataset: Dataset): SpatialAgenda[] {
  return dataset.cooperations
    .filter((c) => c.spatial)
    .sort((x, y) => compareStrings(x.id, y.id))
    .map((c) => ({ id: c.id, members: new Set(c.municipalities), themes: c.themes }));
}

export function indexAgendas(agendas: readonly SpatialAgenda[]): AgendaIndex {
  const index: AgendaIndex = new Map();
  agendas.forEach((a, i) => {
    for (const code of a.members) {
      const list = index.get(code);
      if (list) list.push(i);
      else index.set(code, [i]);
    }
  });
  return index;
}

/** The one match ordering (see the module comment). */
export function compareMatches(x: OverlapMatch, y: OverlapMatch): number {
  return y.jaccard - x.jaccard || y.containmentOfRegion - x.containmentOfRegion || compareStrings(x.cooperationId, y.cooperationId);
}

/** |agenda ∩ region| per agenda index, for the agendas sharing ≥1 municipality. */
function intersections(region: Set<string>, index: AgendaIndex): Map<number, number> {
  const counts = new Map<number, number>();
  for (const code of region) for (const i of index.get(code) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  return counts;
}

/** The match of every agenda sharing ≥1 municipality with `region` (in no particular order). */
function matches(region: readonly string[], agendas: readonly SpatialAgenda[], index: AgendaIndex): OverlapMatch[] {
  const r = new Set(region);
  if (r.size === 0) return [];
  return [...intersections(r, index)].map(([i, n]) => {
    const size = agendas[i].members.size;
    return { cooperationId: agendas[i].id, shared: n, agendaMunicipalities: size, jaccard: n / (size + r.size - n), containmentOfRegion: n / r.size, containmentOfAgenda: n / size };
  });
}

/** Every spatial agenda sharing ≥1 municipality with `region`, best first. */
export function overlappingAgendas(region: readonly string[], agendas: readonly SpatialAgenda[], index: AgendaIndex = indexAgendas(agendas)): OverlapMatch[] {
  return matches(region, agendas, index).sort(compareMatches);
}

/**
 * The best-matching agenda (the first of overlappingAgendas, found without sorting them all); null
 * when the region is empty or no agenda touches it. compareMatches ends on the unique id, so the
 * first is unambiguous.
 */
export function bestMatch(region: readonly string[], agendas: readonly SpatialAgenda[], index: AgendaIndex = indexAgendas(agendas)): OverlapMatch | null {
  let best: OverlapMatch | null = null;
  for (const m of matches(region, agendas, index)) if (best === null || compareMatches(m, best) < 0) best = m;
  return best;
}
