/**
 * The live values a chapter can cite as `{{ naam }}`. Each value is picked from the Analysis and
 * phrased with what it counts and its full denominator ("12 van de 342 gemeenten"), so a sentence
 * in a chapter stays true when the data changes. Values are picked, never computed here beyond a
 * count of an already classified list.
 */
import type { Analysis } from '../analysis/types.ts';
import { THEMES } from '../model/themes.ts';
import { formatNumber, plural } from '../present/format.ts';

type Pick = (a: Analysis) => string;

function outOf(count: number, total: number, noun: string): string {
  return `${formatNumber(count)} van de ${formatNumber(total)} ${noun}`;
}

const FIXED: Record<string, Pick> = {
  'dekking.gemeenten': (a) => plural(a.coverage.municipalities.length, 'gemeente', 'gemeenten'),
  'dekking.gedekt': (a) => outOf(a.coverage.municipalities.length - a.coverage.whiteSpots.length, a.coverage.municipalities.length, 'gemeenten'),
  'dekking.wittevlekken': (a) => outOf(a.coverage.whiteSpots.length, a.coverage.municipalities.length, 'gemeenten'),
  'samenwerkingen.aantal': (a) => plural(a.dataset.cooperations, 'samenwerkingsverband', 'samenwerkingsverbanden'),
  'samenwerkingen.ruimtelijk': (a) => outOf(a.dataset.spatial, a.dataset.cooperations, 'samenwerkingsverbanden'),
  'samenwerkingen.wgr': (a) => outOf(a.organisation.legalFormCounts.WGR, a.dataset.spatial, 'ruimtelijke samenwerkingen'),
  'doelen.aantal': (a) => plural(a.goals.goals.length, 'doel', 'doelen'),
  'doelen.locatie': (a) => outOf(a.goals.goals.filter((g) => g.label === 'LOCATIE').length, a.goals.goals.length, 'doelen'),
  'doelen.proces': (a) => outOf(a.goals.goals.filter((g) => g.label === 'PROCES').length, a.goals.goals.length, 'doelen'),
  // The catch-all theme 'Overig' is not a subject a sentence can name.
  'thema.meest': (a) => {
    const [top] = THEMES.filter((t) => t !== 'Overig').map((t) => ({ t, n: a.themes.agendasPerTheme[t] ?? 0 })).sort((x, y) => y.n - x.n || THEMES.indexOf(x.t) - THEMES.indexOf(y.t));
    return `${top.t} (${outOf(top.n, a.dataset.spatial, 'ruimtelijke agenda’s')})`;
  },
  'netwerk.drempel': (a) => formatNumber(a.network.threshold),
  'netwerk.paren': (a) => `${plural(a.network.edges.length, 'gemeentepaar', 'gemeenteparen')} met minstens ${formatNumber(a.network.threshold)} gedeelde samenwerkingsverbanden`,
};

/** `REGIO_DEAL` → `regio-deal`, as the name is written in a chapter. */
function divisionKey(division: string): string {
  return division.toLowerCase().replace(/_/g, '-');
}

function divisionValues(a: Analysis): Record<string, Pick> {
  const values: Record<string, Pick> = {};
  for (const [division, d] of Object.entries(a.overlap.divisions)) {
    values[`nationaal.${divisionKey(division)}.teruggevonden`] = () => {
      const notAssessable = d.regions.length - d.regionsAssessed;
      return `${outOf(d.regionsFoundBack, d.regionsAssessed, 'beoordeelbare gebieden')}${notAssessable > 0 ? ` (${formatNumber(notAssessable)} niet te beoordelen)` : ''}`;
    };
  }
  return values;
}

/** Every name a chapter may cite for this Analysis, sorted (for the "did you mean" hint and the docs). */
export function storyValueNames(a: Analysis): string[] {
  return [...Object.keys(FIXED), ...Object.keys(divisionValues(a))].sort();
}

/** The phrased value, or null when the name is unknown. */
export function storyValue(name: string, a: Analysis): string | null {
  const pick = FIXED[name] ?? divisionValues(a)[name];
  return pick ? pick(a) : null;
}
