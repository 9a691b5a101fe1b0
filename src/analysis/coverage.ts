/**
 * Coverage (Kaart 1/2, witte vlekken): for every 2025 municipality of the reference, the number of
 * spatial cooperations and of all cooperations it is a member of. A white spot is a municipality in
 * zero spatial cooperations; per theme, one in zero spatial cooperations that address that theme.
 */
import type { Dataset } from '../model/dataset.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { Coverage, CoverageMunicipality } from './types.ts';
import { compareStrings, type AnalysisReference } from './util.ts';

export function analyseCoverage(dataset: Dataset, ref: AnalysisReference): Coverage {
  const spatialCount = new Map<string, number>();
  const allCount = new Map<string, number>();
  const themeMembers = new Map<Theme, Set<string>>(THEMES.map((t) => [t, new Set<string>()]));
  for (const c of dataset.cooperations) {
    for (const code of new Set(c.municipalities)) {
      allCount.set(code, (allCount.get(code) ?? 0) + 1);
      if (!c.spatial) continue;
      spatialCount.set(code, (spatialCount.get(code) ?? 0) + 1);
      for (const theme of c.themes) themeMembers.get(theme)?.add(code);
    }
  }
  const municipalities: CoverageMunicipality[] = [...ref.municipalities]
    .sort((x, y) => compareStrings(x.code, y.code))
    .map((m) => ({
      code: m.code,
      name: m.name,
      province: m.province,
      spatialCooperations: spatialCount.get(m.code) ?? 0,
      allCooperations: allCount.get(m.code) ?? 0,
    }));
  const whiteSpots = municipalities.filter((m) => m.spatialCooperations === 0).map((m) => m.code);
  const whiteSpotsByTheme = {} as Record<Theme, string[]>;
  for (const theme of THEMES) {
    const covered = themeMembers.get(theme)!;
    whiteSpotsByTheme[theme] = municipalities.filter((m) => !covered.has(m.code)).map((m) => m.code);
  }
  return { municipalities, whiteSpots, whiteSpotsByTheme };
}
