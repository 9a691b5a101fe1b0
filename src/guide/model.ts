/**
 * The guide model: for one spatial cooperation, a pure selection of what its conversation guide shows,
 * taken from {dataset, reference, analysis} (plus municipality adjacency from the map geometry). It
 * only picks and lines up figures the Analysis already holds; the one tally it does is counting this
 * region's own classified goals per class and theme (a selection of rows, not a statistic across regions).
 */
import type { Cooperation, NationalRegion } from '../model/dataset.ts';
import type { GoalClass, LegalForm, LifePhase, Typology } from '../model/enums.ts';
import { GOAL_CLASSES } from '../model/enums.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { ClassifiedGoal } from '../analysis/types.ts';
import type { Quadrant } from '../analysis/national.ts';
import { createLookup, type SiteLookup } from '../present/lookup.ts';
import { goalReliability, typologyExplanation } from '../present/explain.ts';
import type { SiteInput } from '../present/page.ts';

/** What the guide reads: the site's input plus, optionally, which municipalities share a border. */
export interface GuideInput extends SiteInput {
  /** Municipality code → codes of the municipalities sharing a border (from the map geometry). */
  adjacency?: ReadonlyMap<string, readonly string[]>;
}

/** Thresholds for "far above / far below the mean" and "many neighbours"; documented in docs/gespreksleidraad.md. */
export const GUIDE_THRESHOLDS = {
  /** Members ≥ factor × the mean over spatial agendas: "far above". */
  largeFactor: 2,
  /** Members ≤ factor × the mean over spatial agendas: "far below". */
  smallFactor: 0.5,
  /** At least this many other spatial agendas sharing members: ask about coordination. */
  crowded: 5,
  /** Jaccard at or above which a national region "largely coincides" with the agenda. */
  coincide: 0.5,
  /** Themes at or above which an agenda is "broad". */
  broad: 6,
} as const;

export interface GuideMember {
  code: string;
  name: string;
  province: string;
}

export interface ThemeComparison {
  theme: Theme;
  own: boolean;
  /** Spatial agendas nationally with this theme (analysis.themes.agendasPerTheme). */
  agendas: number;
}

export interface GoalComparison {
  theme: Theme;
  /** This region's goals on the theme per class. */
  own: Record<GoalClass, number>;
  /** This region's goals on the theme that are onzeker: in `ownTotal`, not in `own` (as nationally). */
  ownUncertain: number;
  ownTotal: number;
  /** National shares per class on the theme (analysis.goals.perTheme), null without national goals. */
  national: Record<GoalClass, number> | null;
  nationalTotal: number;
  /** Up to two of this region's goals per class, verbatim (for quoting in questions). */
  examples: Partial<Record<GoalClass, string[]>>;
}

export type SizeClass = 'groot' | 'klein' | 'gemiddeld';

export interface NationalOverlap {
  division: string;
  id: string;
  name: string;
  municipalities: number;
  /** Municipalities the area and the agenda have in common (the numerator of both containments). */
  shared: number;
  /** The agenda's municipalities, the denominator of containmentOfAgenda (the area's is `municipalities`). */
  agendaMunicipalities: number;
  jaccard: number;
  containmentOfRegion: number;
  containmentOfAgenda: number;
  /** This agenda is the region's best match (first in its overlap list). */
  best: boolean;
  /** Member codes of the region (for the map). */
  members: string[];
  /** Regio Deal tranche and year when known. */
  tranche: number | null;
  year: number | null;
}

export interface SteeringOnTheme {
  theme: Theme;
  documents: number;
  regie: number;
  thematisch: number;
  shareRegie: number | null;
  quadrant: Quadrant | null;
}

export interface NeighbourCooperation {
  id: string;
  name: string;
  spatial: boolean;
  shared: number;
  /** Themes it has in common with this agenda (spatial agendas only). */
  commonThemes: Theme[];
}

export interface NearbyAgenda {
  id: string;
  name: string;
  relation: 'deelt gemeenten' | 'grenst aan';
  commonThemes: Theme[];
}

/** Fit with the commuting-based functional regions (analysis.commuting), when `pendel` is present. */
export interface CommutingFit {
  members: number;
  membersInDominant: number;
  fit: number | null;
  /** Name of the core municipality of the functional region holding most members. */
  dominantCore: string | null;
  /** Functional regions the members fall in. */
  regions: number;
  containment: number | null;
  /** The numerator and denominator of containment: jobs flowing from one member to another, and all the members' outflow. */
  outflowWithin: number;
  memberOutflow: number;
  /** Mean over the spatial agendas with ≥ minMembers members (agendasCompared of them). */
  agendasCompared: number;
  meanFit: number | null;
  meanContainment: number | null;
  dataYear: number | null;
}

export interface GuideModel {
  cooperation: {
    id: string;
    name: string;
    agendaTitle: string | null;
    agendaYear: number | null;
    legalForm: LegalForm;
    otherGovernments: string[];
    partners: string[];
    themes: Theme[];
    lifePhase: LifePhase | null;
    sources: string[];
  };
  members: GuideMember[];
  /** The type and, in plain words, why it has that type (src/present/explain.ts typologyExplanation, as on the site). */
  typology: { typology: Typology; given: boolean; reason: string } | null;
  spatialAgendas: number;
  themes: ThemeComparison[];
  size: { members: number; mean: number; median: number; class: SizeClass };
  goals: GoalComparison[];
  /** How far the goal classes can be trusted (src/present/explain.ts goalReliability). */
  goalReliability: string;
  /** All of this region's classified goals, in input order. */
  goalList: ClassifiedGoal[];
  national: { available: boolean; overlaps: NationalOverlap[]; steering: SteeringOnTheme[] };
  neighbours: NeighbourCooperation[];
  nearby: NearbyAgenda[];
  /** Municipalities bordering the agenda's area that are in no spatial agenda at all. */
  whiteSpotNeighbours: GuideMember[];
  /** Per theme of the agenda: bordering municipalities in no spatial agenda on that theme (themes without any omitted). */
  themeWhiteSpotNeighbours: { theme: Theme; municipalities: GuideMember[] }[];
  commuting: CommutingFit | null;
  /** Adjacency was available, so "grenst aan" and white-spot neighbours are meaningful. */
  adjacencyKnown: boolean;
}

const compareName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl') || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function emptyClasses(): Record<GoalClass, number> {
  return { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0 };
}

function ordered(themes: readonly Theme[]): Theme[] {
  return THEMES.filter((t) => themes.includes(t));
}

/** Ids of the cooperations that get a guide: every spatial cooperation, sorted by id. */
export function guideIds(input: SiteInput): string[] {
  return input.dataset.cooperations
    .filter((c) => c.spatial)
    .map((c) => c.id)
    .sort();
}

function memberOf(l: SiteLookup, code: string): GuideMember {
  const m = l.municipality(code);
  return { code, name: l.municipalityName(code), province: m?.province ?? '' };
}

export function sizeClass(members: number, mean: number): SizeClass {
  if (mean > 0 && members >= GUIDE_THRESHOLDS.largeFactor * mean) return 'groot';
  if (mean > 0 && members <= GUIDE_THRESHOLDS.smallFactor * mean) return 'klein';
  return 'gemiddeld';
}

function goalComparisons(c: Cooperation, goals: ClassifiedGoal[], l: SiteLookup): GoalComparison[] {
  const perTheme = l.input.analysis.goals.perTheme;
  return ordered([...new Set([...c.themes, ...goals.map((g) => g.theme)])]).map((theme) => {
    const own = emptyClasses();
    let ownUncertain = 0;
    const examples: Partial<Record<GoalClass, string[]>> = {};
    for (const g of goals) {
      if (g.theme !== theme) continue;
      if (g.uncertain) {
        ownUncertain++;
        continue;
      }
      own[g.label]++;
      const list = (examples[g.label] ??= []);
      if (list.length < 2) list.push(g.text);
    }
    const summary = perTheme[theme];
    return {
      theme,
      own,
      ownUncertain,
      ownTotal: GOAL_CLASSES.reduce((s, k) => s + own[k], ownUncertain),
      national: summary && summary.total > 0 ? { ...summary.shares } : null,
      nationalTotal: summary?.total ?? 0,
      examples,
    };
  });
}

function nationalOverlaps(c: Cooperation, l: SiteLookup): NationalOverlap[] {
  const national = l.input.analysis.national;
  if (!national) return [];
  const regionsById = new Map<string, NationalRegion>(l.input.dataset.nationalRegions.map((r) => [`${r.division}\u0000${r.id}`, r]));
  const deals = new Map(national.regioDeals.items.map((d) => [d.id, d]));
  const out: NationalOverlap[] = [];
  for (const r of national.regions) {
    const i = r.agendas.findIndex((a) => a.cooperationId === c.id);
    if (i < 0) continue;
    const m = r.agendas[i];
    const deal = r.division === 'REGIO_DEAL' ? deals.get(r.id) : undefined;
    const members = [...new Set(regionsById.get(`${r.division}\u0000${r.id}`)?.municipalities ?? [])].sort();
    out.push({
      division: r.division,
      id: r.id,
      name: r.name,
      municipalities: r.municipalities,
      shared: m.shared,
      agendaMunicipalities: m.agendaMunicipalities,
      jaccard: m.jaccard,
      containmentOfRegion: m.containmentOfRegion,
      containmentOfAgenda: m.containmentOfAgenda,
      best: i === 0,
      members,
      tranche: deal?.tranche ?? null,
      year: deal?.year ?? null,
    });
  }
  // national.regions is already in division order; within a division, strongest overlap first.
  const divisionRank = new Map<string, number>();
  for (const r of national.regions) if (!divisionRank.has(r.division)) divisionRank.set(r.division, divisionRank.size);
  return out.sort((a, b) => divisionRank.get(a.division)! - divisionRank.get(b.division)! || b.jaccard - a.jaccard || compareName(a, b));
}

function steering(c: Cooperation, l: SiteLookup): SteeringOnTheme[] {
  const interplay = l.input.analysis.national?.interplay ?? [];
  return ordered(c.themes).flatMap((theme) => {
    const row = interplay.find((r) => r.theme === theme);
    return row ? [{ theme, documents: row.documents, regie: row.landUseSteering, thematisch: row.thematicFocus, shareRegie: row.shareLandUseSteering, quadrant: row.quadrant }] : [];
  });
}

/** Codes bordering the set (not in it), sorted. */
function borderingCodes(members: ReadonlySet<string>, adjacency: ReadonlyMap<string, readonly string[]>): string[] {
  const out = new Set<string>();
  for (const code of members) for (const n of adjacency.get(code) ?? []) if (!members.has(n)) out.add(n);
  return [...out].sort();
}

function commutingFit(c: Cooperation, l: SiteLookup): CommutingFit | null {
  const commuting = l.input.analysis.commuting;
  const fit = commuting?.cooperations.find((x) => x.id === c.id);
  if (!commuting || !fit) return null;
  const regionOf = new Map(commuting.municipalities.map((m) => [m.code, m.functionalRegion]));
  const regions = new Set(c.municipalities.map((code) => regionOf.get(code)).filter((r) => r !== undefined));
  const core = commuting.functionalRegions.regions.find((r) => r.id === fit.dominantRegion);
  return {
    members: fit.members,
    membersInDominant: fit.membersInDominant,
    fit: fit.fit,
    dominantCore: core?.coreName ?? null,
    regions: regions.size,
    containment: fit.containment,
    outflowWithin: fit.outflowWithin,
    memberOutflow: fit.memberOutflow,
    agendasCompared: commuting.agendas.count,
    meanFit: commuting.agendas.meanFit,
    meanContainment: commuting.agendas.meanContainment,
    dataYear: commuting.dataYear,
  };
}

export function buildGuideModel(input: GuideInput, id: string, lookup: SiteLookup = createLookup(input)): GuideModel | null {
  const l = lookup;
  const c = l.coopById.get(id);
  if (!c || !c.spatial) return null;
  const { analysis } = input;
  const memberSet = new Set(c.municipalities);
  const members = c.municipalities.map((code) => memberOf(l, code)).sort(compareName);
  const t = l.typologyOf(c.id);
  const goalList = l.goalsOf(c.id);
  const ownThemes = new Set(c.themes);

  const neighbours: NeighbourCooperation[] = l.cooperationsSharingMembers(c.id).map((n) => ({
    id: n.cooperation.id,
    name: n.cooperation.name,
    spatial: n.cooperation.spatial,
    shared: n.shared.length,
    commonThemes: n.cooperation.spatial ? ordered(n.cooperation.themes.filter((x) => ownThemes.has(x))) : [],
  }));

  const adjacency = input.adjacency;
  const bordering = adjacency ? new Set(borderingCodes(memberSet, adjacency)) : new Set<string>();
  const sharing = new Set(neighbours.filter((n) => n.spatial).map((n) => n.id));
  const nearby: NearbyAgenda[] = [];
  for (const other of l.spatial) {
    if (other.id === c.id) continue;
    const common = ordered(other.themes.filter((x) => ownThemes.has(x)));
    if (common.length === 0) continue;
    if (sharing.has(other.id)) nearby.push({ id: other.id, name: other.name, relation: 'deelt gemeenten', commonThemes: common });
    else if (other.municipalities.some((m) => bordering.has(m))) nearby.push({ id: other.id, name: other.name, relation: 'grenst aan', commonThemes: common });
  }
  nearby.sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'deelt gemeenten' ? -1 : 1) || b.commonThemes.length - a.commonThemes.length || compareName(a, b));

  const whiteSpotNeighbours = [...bordering].filter((code) => l.whiteSpotSet.has(code)).map((code) => memberOf(l, code)).sort(compareName);
  const themeWhiteSpotNeighbours = ordered(c.themes).flatMap((theme) => {
    const white = new Set(analysis.coverage.whiteSpotsByTheme[theme] ?? []);
    const list = [...bordering].filter((code) => white.has(code)).map((code) => memberOf(l, code)).sort(compareName);
    return list.length ? [{ theme, municipalities: list }] : [];
  });
  const spatialMembers = analysis.organisation.members.spatial;

  return {
    cooperation: {
      id: c.id,
      name: c.name,
      agendaTitle: c.agendaTitle,
      agendaYear: c.agendaYear,
      legalForm: c.legalForm,
      otherGovernments: [...c.otherGovernments],
      partners: [...c.partners],
      themes: ordered(c.themes),
      lifePhase: c.lifePhase,
      sources: [...c.sources],
    },
    members,
    typology: t ? { typology: t.typology, given: t.given !== null, reason: typologyExplanation(t) } : null,
    spatialAgendas: analysis.dataset.spatial,
    themes: THEMES.map((theme) => ({ theme, own: ownThemes.has(theme), agendas: analysis.themes.agendasPerTheme[theme] ?? 0 })),
    size: { members: members.length, mean: spatialMembers.mean, median: spatialMembers.median, class: sizeClass(members.length, spatialMembers.mean) },
    goals: goalComparisons(c, goalList, l),
    goalReliability: goalReliability(analysis.goals.evaluation),
    goalList,
    national: { available: analysis.national !== undefined, overlaps: nationalOverlaps(c, l), steering: steering(c, l) },
    neighbours,
    nearby,
    whiteSpotNeighbours,
    themeWhiteSpotNeighbours,
    commuting: commutingFit(c, l),
    adjacencyKnown: adjacency !== undefined,
  };
}

/** Close ids for an unknown id (for the CLI's error): edit distance, then shared prefix, at most 5. */
export function closeIds(unknown: string, ids: readonly string[], distance: (a: string, b: string) => number): string[] {
  const q = unknown.toLowerCase();
  return ids
    .map((id) => ({ id, d: id.includes(q) || (q.length >= 3 && q.includes(id)) ? 0 : distance(q, id) }))
    .filter((x) => x.d <= Math.max(3, Math.floor(q.length / 2)))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map((x) => x.id);
}
