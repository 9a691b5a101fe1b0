/**
 * Overlap (question 4): each region of a national division R (a set of municipalities) against each
 * spatial agenda A: Jaccard |A∩R|/|A∪R|, containmentOfRegion |A∩R|/|R|, containmentOfAgenda |A∩R|/|A|.
 * Best match: the first in the one match ordering of match.ts; a region is found back when that
 * Jaccard ≥ foundBack. Regions without municipalities cannot be judged: bestMatch null and left out of
 * shareFoundBack's denominator (regionsAssessed). Divisions: those in `nationale_gebieden` plus the
 * CBS reference divisions under the keys of REFERENCE_DIVISION_KEYS.
 */
import type { Dataset } from '../model/dataset.ts';
import { REFERENCE_DIVISIONS, type ReferenceDivision } from '../model/reference.ts';
import type { Overlap, OverlapDivision, OverlapMatch, OverlapRegion } from './overlap-types.ts';
import { compareStrings, type AnalysisReference } from './util.ts';
import { bestMatch, indexAgendas, spatialAgendas, type AgendaIndex, type SpatialAgenda } from './match.ts';

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

function analyseDivision(
  regions: RegionInput[],
  agendas: readonly SpatialAgenda[],
  index: AgendaIndex,
  foundBack: number,
): OverlapDivision {
  const out: OverlapRegion[] = [...regions]
    .sort((x, y) => compareStrings(x.id, y.id))
    .map((r) => {
      const match = bestMatch(r.municipalities, agendas, index);
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
  return {
    regions: out,
    regionsKnown: out.length,
    regionsNotAssessable: out.length - assessed.length,
    regionsAssessed: assessed.length,
    regionsFoundBack: found,
    shareFoundBack: assessed.length === 0 ? null : found / assessed.length,
    complete: assessed.length === out.length,
  };
}

export function analyseOverlap(dataset: Dataset, ref: AnalysisReference, options: { foundBack: number }): Overlap {
  const agendas = spatialAgendas(dataset);
  const index = indexAgendas(agendas);
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
    divisions[key] = analyseDivision(groups.get(key)!, agendas, index, options.foundBack);
  }
  return { foundBackThreshold: options.foundBack, divisions };
}
