/**
 * Lookups the page renderers share: indexes by id/code and set membership (which cooperations a
 * municipality belongs to, which cooperations share members). Pure presentation: no statistic is
 * computed here; shares, counts per theme, typologies etc. come from the Analysis.
 */
import type { Cooperation, Municipality, NationalRegion } from '../model/index.ts';
import type { ClassifiedGoal, GoalsResult, NationalRegioDeals, NetworkEdge, OverlapDivision, ThemesResult, TypologyCooperation } from '../analysis/types.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { SiteInput } from './page.ts';

export interface SharedMembers {
  cooperation: Cooperation;
  shared: string[];
}

export interface SiteLookup {
  input: SiteInput;
  cooperations: Cooperation[];
  spatial: Cooperation[];
  coopById: Map<string, Cooperation>;
  municipality(code: string): Municipality | undefined;
  municipalityName(code: string): string;
  cooperationsOf(code: string): Cooperation[];
  typologyOf(id: string): TypologyCooperation | undefined;
  goalsOf(id: string): ClassifiedGoal[];
  /** Kaart-1 edges (at the analysis threshold) touching this municipality, strongest first. */
  networkNeighbours(code: string): { code: string; shared: number }[];
  /** Other cooperations with at least one member in common, most shared members first. */
  cooperationsSharingMembers(id: string): SharedMembers[];
  /** National regions that contain at least one member of the cooperation. */
  nationalRegionsSharingMembers(id: string): { region: NationalRegion; shared: number }[];
  /** Newest agenda year in the data: the dataset's date (never the build time). */
  newestAgendaYear: number | null;
  whiteSpotSet: Set<string>;
  /** Name per network community of ≥ 2 municipalities (key: community number), see `communityNames`. */
  communityNames: Record<string, string>;
}

/**
 * "Cluster Enschede": each community of two or more municipalities is named after its member with
 * the most inhabitants (the most network lines when the population is unknown, then the name).
 */
export function communityNames(
  communities: Record<string, number>,
  name: (code: string) => string,
  population: Map<string, number> | undefined,
  degree: Map<string, number>,
): Record<string, string> {
  const members = new Map<number, string[]>();
  for (const code of Object.keys(communities).sort()) members.set(communities[code], [...(members.get(communities[code]) ?? []), code]);
  const size = (c: string) => [population?.get(c) ?? -1, degree.get(c) ?? 0] as const;
  const out: Record<string, string> = {};
  for (const [n, codes] of [...members].sort((a, b) => a[0] - b[0])) {
    if (codes.length < 2) continue;
    const largest = [...codes].sort((a, b) => size(b)[0] - size(a)[0] || size(b)[1] - size(a)[1] || name(a).localeCompare(name(b), 'nl'))[0];
    out[String(n)] = `Cluster ${name(largest)}`;
  }
  return out;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

export function createLookup(input: SiteInput): SiteLookup {
  const { dataset, analysis, reference } = input;
  const cooperations = [...dataset.cooperations].sort((a, b) => byName(a, b) || a.id.localeCompare(b.id));
  const spatial = cooperations.filter((c) => c.spatial);
  const coopById = new Map(cooperations.map((c) => [c.id, c]));
  const coverageByCode = new Map(analysis.coverage.municipalities.map((m) => [m.code, m]));
  const membership = new Map<string, Cooperation[]>();
  for (const c of cooperations) {
    for (const code of c.municipalities) {
      const list = membership.get(code) ?? [];
      list.push(c);
      membership.set(code, list);
    }
  }
  const typology = new Map(analysis.typology.cooperations.map((t) => [t.id, t]));
  const goals = new Map<string, ClassifiedGoal[]>();
  for (const g of analysis.goals.goals) {
    const list = goals.get(g.cooperationId) ?? [];
    list.push(g);
    goals.set(g.cooperationId, list);
  }
  const edgesByCode = new Map<string, NetworkEdge[]>();
  for (const e of analysis.network.edges) {
    for (const code of [e.a, e.b]) {
      const list = edgesByCode.get(code) ?? [];
      list.push(e);
      edgesByCode.set(code, list);
    }
  }
  const years = dataset.cooperations.map((c) => c.agendaYear).filter((y): y is number => typeof y === 'number');

  const municipality = (code: string) => reference.byCode.get(code);
  const municipalityName = (code: string) => municipality(code)?.name ?? coverageByCode.get(code)?.name ?? code;

  return {
    input,
    cooperations,
    spatial,
    coopById,
    municipality,
    municipalityName,
    cooperationsOf: (code) => membership.get(code) ?? [],
    typologyOf: (id) => typology.get(id),
    goalsOf: (id) => goals.get(id) ?? [],
    networkNeighbours(code) {
      return (edgesByCode.get(code) ?? [])
        .map((e) => ({ code: e.a === code ? e.b : e.a, shared: e.shared }))
        .sort((x, y) => y.shared - x.shared || municipalityName(x.code).localeCompare(municipalityName(y.code), 'nl'));
    },
    cooperationsSharingMembers(id) {
      const self = coopById.get(id);
      if (!self) return [];
      const members = new Set(self.municipalities);
      const out: SharedMembers[] = [];
      for (const other of cooperations) {
        if (other.id === id) continue;
        const shared = other.municipalities.filter((m) => members.has(m));
        if (shared.length > 0) out.push({ cooperation: other, shared });
      }
      return out.sort((a, b) => b.shared.length - a.shared.length || byName(a.cooperation, b.cooperation));
    },
    nationalRegionsSharingMembers(id) {
      const self = coopById.get(id);
      if (!self) return [];
      const members = new Set(self.municipalities);
      return dataset.nationalRegions
        .map((region) => ({ region, shared: region.municipalities.filter((m) => members.has(m)).length }))
        .filter((r) => r.shared > 0)
        .sort((a, b) => a.region.division.localeCompare(b.region.division) || b.shared - a.shared || a.region.name.localeCompare(b.region.name, 'nl'));
    },
    newestAgendaYear: years.length ? Math.max(...years) : null,
    whiteSpotSet: new Set(analysis.coverage.whiteSpots),
    communityNames: communityNames(
      analysis.network.communities,
      municipalityName,
      reference.population,
      new Map([...edgesByCode].map(([code, list]) => [code, list.length])),
    ),
  };
}

/** Division code → readable Dutch name for the national divisions we know. */
export const DIVISION_LABEL: Record<string, string> = {
  RES: 'Regionale Energiestrategie (RES)',
  NOVEX: 'NOVEX-gebieden',
  NATIONAAL_PARK: 'Nationale parken',
  DELTA: 'Deltaprogramma',
  REGIO_DEAL: 'Regio Deals',
  NOTA_RUIMTE: 'Nota Ruimte (ontwerp)',
  WOONDEAL: 'Woondeals',
};

const CBS_DIVISION_LABEL: Record<string, string> = {
  PROVINCIE: 'Provincies',
  RES: 'RES-regio’s (CBS)',
  ARBEIDSMARKTREGIO: 'Arbeidsmarktregio’s',
  VEILIGHEIDSREGIO: 'Veiligheidsregio’s',
  GGDREGIO: 'GGD-regio’s',
  JEUGDREGIO: 'Jeugdzorgregio’s',
  COROP: 'COROP-gebieden',
};

/** Divisions derived from the CBS reference (prefixed CBS_ by the analysis), as opposed to national policy areas. */
export function isReferenceDivision(division: string): boolean {
  return division.startsWith('CBS_');
}

export function divisionLabel(division: string): string {
  if (isReferenceDivision(division)) {
    const key = division.slice(4);
    return CBS_DIVISION_LABEL[key] ?? key.charAt(0) + key.slice(1).toLowerCase();
  }
  return DIVISION_LABEL[division] ?? division;
}

/**
 * How many regions of a division come back as a voluntary agenda, always out of every region of the
 * division, naming those that could not be assessed. The percentage is only given when every region
 * could be assessed: "3 van de 3 (100 %)" over 3 of 16 known regions would overstate what we know.
 */
export function foundBackText(div: OverlapDivision): string {
  const total = `${formatNumber(div.regionsFoundBack)} van de ${formatNumber(div.regionsKnown)} ${div.regionsKnown === 1 ? 'gebied' : 'gebieden'}`;
  if (div.regionsKnown === 0) return 'geen gebieden in de dataset';
  if (div.regionsAssessed === 0) return `0 van de ${formatNumber(div.regionsKnown)} ${div.regionsKnown === 1 ? 'gebied' : 'gebieden'}: van geen enkel gebied zijn de gemeenten bekend, dus niet te beoordelen`;
  if (div.complete) return `${total} (${formatPercent(div.shareFoundBack ?? 0)})`;
  return `${total}; ${formatNumber(div.regionsNotAssessable)} zonder bekende gemeenten (niet te beoordelen)`;
}

/** Themes by number of agendas, most first (ties: the fixed theme order). */
export function themesByAgendas(themes: Pick<ThemesResult, 'agendasPerTheme'>): { theme: Theme; count: number }[] {
  return THEMES.map((theme) => ({ theme, count: themes.agendasPerTheme[theme] ?? 0 })).sort((a, b) => b.count - a.count || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));
}

/** The most common number of themes per agenda and its share (ties: the smaller number); null when there are no agendas. */
export function mostCommonThemeCount(themes: Pick<ThemesResult, 'themeCountDistribution'>): { themes: number; share: number } | null {
  const [top] = Object.entries(themes.themeCountDistribution).sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]));
  return top && top[1] > 0 ? { themes: Number(top[0]), share: top[1] } : null;
}

/** The theme with the largest share of location choices among its goals (ties: theme order); null without goals. */
export function themeWithMostLocationChoices(goals: Pick<GoalsResult, 'perTheme'>): { theme: Theme; share: number; goals: number; locationChoices: number } | null {
  const withGoals = THEMES.map((theme) => ({ theme, s: goals.perTheme[theme] })).filter((x) => x.s && x.s.total > 0);
  const [top] = withGoals.sort((a, b) => b.s.shares.LOCATIE - a.s.shares.LOCATIE || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));
  return top ? { theme: top.theme, share: top.s.shares.LOCATIE, goals: top.s.total, locationChoices: top.s.counts.LOCATIE } : null;
}

/** The province with the most Regio Deals (ties: Dutch alphabetical order); null when no deal has a province. */
export function provinceWithMostDeals(rd: Pick<NationalRegioDeals, 'perProvince'>): { province: string; deals: number } | null {
  return [...rd.perProvince].sort((a, b) => b.deals - a.deals || a.province.localeCompare(b.province, 'nl'))[0] ?? null;
}
