/**
 * Themes (figures 1 and 2), over spatial agendas only (cooperations with ruimtelijk = ja):
 * agendas per theme; the number and share of agendas per number of themes; how often each pair of
 * themes occurs together; and per theme how many of the agendas addressing it address only it, as a
 * count and as a share of the agendas addressing it. Every count sits beside its share so a reader
 * sees the base of each percentage.
 */
import type { Cooperation, Dataset } from '../model/dataset.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { ThemePair, ThemesResult } from './types.ts';
import { compareStrings, share } from './util.ts';

/** A cooperation's themes, deduplicated, in the fixed THEMES order. */
export function themesOf(c: Cooperation): Theme[] {
  const set = new Set(c.themes);
  return THEMES.filter((t) => set.has(t));
}

export function analyseThemes(dataset: Dataset): ThemesResult {
  const agendas = dataset.cooperations.filter((c) => c.spatial).map(themesOf);
  const agendasPerTheme = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;
  const onlyThis = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;
  const pairCounts = new Map<string, number>();
  const byCount = new Map<number, number>();
  for (const themes of agendas) {
    byCount.set(themes.length, (byCount.get(themes.length) ?? 0) + 1);
    for (const t of themes) agendasPerTheme[t] += 1;
    if (themes.length === 1) onlyThis[themes[0]] += 1;
    for (let i = 0; i < themes.length; i++) {
      for (let j = i + 1; j < themes.length; j++) {
        const key = `${themes[i]}\u0000${themes[j]}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }
  // Keys "1".."9" always present (stable shape for the charts); "0" only when an agenda has no theme.
  const themeCountAgendas: Record<string, number> = {};
  if (byCount.has(0)) themeCountAgendas['0'] = byCount.get(0)!;
  for (let k = 1; k <= THEMES.length; k++) themeCountAgendas[String(k)] = byCount.get(k) ?? 0;
  const themeCountDistribution = Object.fromEntries(Object.entries(themeCountAgendas).map(([k, n]) => [k, share(n, agendas.length)]));

  // All 36 pairs (a before b in THEMES order), so the co-occurrence matrix is complete.
  const pairs: (ThemePair & { order: number })[] = [];
  let order = 0;
  for (let i = 0; i < THEMES.length; i++) {
    for (let j = i + 1; j < THEMES.length; j++) {
      const a = THEMES[i];
      const b = THEMES[j];
      pairs.push({ a, b, count: pairCounts.get(`${a}\u0000${b}`) ?? 0, order: order++ });
    }
  }
  pairs.sort((x, y) => y.count - x.count || x.order - y.order);

  const singleThemeShare = Object.fromEntries(
    THEMES.map((t) => [t, share(onlyThis[t], agendasPerTheme[t])]),
  ) as Record<Theme, number>;
  const spatial = dataset.cooperations.filter((c) => c.spatial);
  return {
    agendas: spatial.length,
    agendasWithoutMunicipalities: spatial.filter((c) => c.municipalities.length === 0).map((c) => c.id).sort(compareStrings),
    agendasPerTheme,
    themeCountDistribution,
    themeCountAgendas,
    pairs: pairs.map(({ a, b, count }) => ({ a, b, count })),
    singleThemeShare,
    singleThemeAgendas: onlyThis,
  };
}
