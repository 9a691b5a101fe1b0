/**
 * National policy (question 4), over the input's `nationale_gebieden` and `nationaal_beleid`:
 * completeness per division (regions with ≥1 municipality / regions); per region every spatial agenda
 * sharing ≥1 municipality (Jaccard, both containments); per division the share of regions whose best
 * agenda has typology BESTUURLIJK; complementarity (municipalities of theme agendas outside every region
 * of the theme's divisions, THEME_DIVISIONS); per theme the interplay of national steering (share
 * REGIE_RUIMTEBESLAG over documents) and regional location choice (share LOCATIE over goals), placed in a
 * 2×2 by QUADRANT_THRESHOLDS; Regio Deals per tranche and province. Definitions: docs/nationaal.md.
 */
import type { Dataset, NationalRegion } from '../model/dataset.ts';
import type { Typology } from '../model/enums.ts';
import { KNOWN_DIVISIONS, TYPOLOGIES } from '../model/enums.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { GoalsResult, Overlap, TypologyResult } from './types.ts';
import type {
  MemberData,
  NationalAdministrativeLogic,
  NationalComplementarity,
  NationalCompleteness,
  NationalInterplay,
  NationalRegioDeal,
  NationalRegioDeals,
  NationalRegionOverlap,
  NationalResult,
  Quadrant,
} from './national-types.ts';
import { compareStrings, type AnalysisReference } from './util.ts';
import { indexAgendas, overlappingAgendas, spatialAgendas, type SpatialAgenda } from './match.ts';

// ---------------------------------------------------------------------------------------------
// Data: theme → national divisions, and the quadrant thresholds (both documented in docs/nationaal.md)

/**
 * Which national area divisions answer a theme's agendas (for complementarity). Empty = the data has
 * no national area division for the theme. Keys are division codes of `nationale_gebieden.indeling`.
 */
export const THEME_DIVISIONS: Record<Theme, readonly string[]> = {
  Wonen: ['WOONDEAL', 'NOVEX'],
  Mobiliteit: [],
  Energietransitie: ['RES'],
  'Water en bodem': ['DELTA'],
  Natuurbehoud: ['NATIONAAL_PARK'],
  Landbouw: [],
  Gezondheid: [],
  'Ruimte voor economische sectoren': ['NOVEX', 'REGIO_DEAL'],
  Overig: [],
};

/**
 * A theme's national axis is "Rijk stuurt op waar" when ≥ landUseSteering of its documents are
 * REGIE_RUIMTEBESLAG (our own classification, so an absolute bar). Its regional axis is "regio kiest
 * waar" when its LOCATIE share is ≥ locationChoices: 'mean' = the pooled LOCATIE share over all goals
 * (relative, because the classifier's absolute LOCATIE rate depends on how goals are worded), or a
 * fixed number when the caller passes one.
 */
export const QUADRANT_THRESHOLDS: { landUseSteering: number; locationChoices: number | 'mean' } = { landUseSteering: 0.5, locationChoices: 'mean' };

export const QUADRANTS: readonly Quadrant[] = ['RIJK_EN_REGIO', 'RIJK', 'REGIO', 'GEEN'];

export type * from './national-types.ts';


// ---------------------------------------------------------------------------------------------
// helpers

/** Division code as used for matching: trimmed, upper case, spaces/hyphens → underscore. */
export function divisionKey(division: string): string {
  return division.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Known divisions in KNOWN_DIVISIONS order, then the others by name. */
export function divisionOrder(a: string, b: string): number {
  const known = KNOWN_DIVISIONS as readonly string[];
  const ia = known.indexOf(divisionKey(a));
  const ib = known.indexOf(divisionKey(b));
  if (ia !== ib) return (ia === -1 ? known.length : ia) - (ib === -1 ? known.length : ib);
  return compareStrings(a, b);
}

function tranche(region: NationalRegion): number | null {
  const raw = region.extra.tranche ?? /tranche (\d+)/i.exec(region.attribute ?? '')?.[1] ?? '';
  return /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

function year(region: NationalRegion): number | null {
  const raw = region.extra.jaar ?? /\((\d{4})\)/.exec(region.attribute ?? '')?.[1] ?? '';
  return /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

// ---------------------------------------------------------------------------------------------
// the analysis

export interface NationalOptions {
  foundBack: number;
  thresholds?: { landUseSteering: number; locationChoices: number | 'mean' };
}

/** What the national section reads: the dataset and reference, and the sections it builds on (each optional). */
export interface NationalDependencies {
  dataset: Dataset;
  ref: AnalysisReference;
  /** The overlap section: the reference for each region's best match and found-back flag. */
  overlap?: Overlap | null;
  /** The goals section: the regional axis of the interplay. */
  goals?: GoalsResult | null;
  /** The typology section: the type of each best-matching agenda (the input's given type otherwise). */
  typology?: TypologyResult | null;
}

type Thresholds = NonNullable<NationalOptions['thresholds']>;

/** Regions known and regions with ≥1 municipality, per division in region order. */
function completenessOf(regions: readonly NationalRegion[]): NationalCompleteness[] {
  const byDivision = new Map<string, NationalCompleteness>();
  for (const r of regions) {
    let c = byDivision.get(r.division);
    if (!c) byDivision.set(r.division, (c = { division: r.division, regionsKnown: 0, regionsWithMembers: 0 }));
    c.regionsKnown++;
    if (r.municipalities.length > 0) c.regionsWithMembers++;
  }
  return [...byDivision.values()];
}

function regionOverlapsOf(regions: readonly NationalRegion[], agendas: readonly SpatialAgenda[]): NationalRegionOverlap[] {
  const agendaIndex = indexAgendas(agendas);
  return regions.map((r) => ({
    division: r.division,
    id: r.id,
    name: r.name,
    municipalities: new Set(r.municipalities).size,
    agendas: overlappingAgendas(r.municipalities, agendas, agendaIndex),
  }));
}

/** Cooperation id → typology: the typology section's label, else the input's given type. */
function typologyById(dataset: Dataset, typology: TypologyResult | null | undefined): Map<string, Typology> {
  const typologyOf = new Map<string, Typology>();
  for (const c of dataset.cooperations) if (c.typology) typologyOf.set(c.id, c.typology);
  for (const t of typology?.cooperations ?? []) typologyOf.set(t.id, t.typology);
  return typologyOf;
}

/** Typology of each assessed region's best-matching agenda, for one division. */
function administrativeLogicOf(
  division: string,
  overlaps: readonly NationalRegionOverlap[],
  overlap: Overlap | null | undefined,
  typologyOf: ReadonlyMap<string, Typology>,
  foundBackBar: number,
): NationalAdministrativeLogic {
  const fromOverlap = new Map((overlap?.divisions[division]?.regions ?? []).map((r) => [r.id, r]));
  const byTypology = Object.fromEntries(TYPOLOGIES.map((t) => [t, 0])) as Record<Typology, number>;
  let assessed = 0;
  let withMatch = 0;
  let foundBackAdministrative = 0;
  for (const o of overlaps.filter((x) => x.division === division && x.municipalities > 0)) {
    assessed++;
    // The overlap section is the reference for the best match; the own list's first entry is the fallback.
    const given = fromOverlap.get(o.id);
    const best = given ? given.bestMatch : (o.agendas[0] ?? null);
    if (!best) continue;
    withMatch++;
    const t = typologyOf.get(best.cooperationId);
    if (t) byTypology[t]++;
    const foundBack = given ? given.foundBack : best.jaccard >= foundBackBar;
    if (foundBack && t === 'BESTUURLIJK') foundBackAdministrative++;
  }
  return {
    division,
    regionsAssessed: assessed,
    regionsWithMatch: withMatch,
    bestMatchTypology: byTypology,
    shareAdministrative: ratio(byTypology.BESTUURLIJK, withMatch),
    foundBackAdministrative,
    shareFoundBackAdministrative: ratio(foundBackAdministrative, assessed),
  };
}

/** Per theme: municipalities of its agendas inside / outside every region of the theme's divisions. */
function complementarityOf(regions: readonly NationalRegion[], agendas: readonly SpatialAgenda[]): NationalComplementarity[] {
  const regionsByKey = new Map<string, NationalRegion[]>();
  for (const r of regions) {
    const k = divisionKey(r.division);
    regionsByKey.set(k, [...(regionsByKey.get(k) ?? []), r]);
  }
  return THEMES.map((theme) => {
    const divisions = [...THEME_DIVISIONS[theme]];
    const inAgendas = new Set<string>();
    let agendaCount = 0;
    for (const a of agendas) {
      if (!a.themes.includes(theme)) continue;
      agendaCount++;
      for (const m of a.members) inAgendas.add(m);
    }
    const divisionRegions = divisions.flatMap((d) => regionsByKey.get(d) ?? []);
    const withMembers = divisionRegions.filter((r) => r.municipalities.length > 0);
    const memberData: MemberData =
      withMembers.length === 0 ? 'none' : withMembers.length === divisionRegions.length ? 'complete' : 'partial';
    const inRegions = new Set(withMembers.flatMap((r) => r.municipalities));
    const covered = [...inAgendas].filter((m) => inRegions.has(m)).length;
    const outside = memberData === 'none' ? null : [...inAgendas].filter((m) => !inRegions.has(m)).sort(compareStrings);
    return {
      theme,
      divisions,
      agendas: agendaCount,
      municipalitiesInAgendas: inAgendas.size,
      regionsKnown: divisionRegions.length,
      regionsWithMembers: withMembers.length,
      memberData,
      covered,
      outside,
      shareOutside: outside === null ? null : ratio(outside.length, inAgendas.size),
    };
  });
}

function quadrantOf(nationalSteersWhere: boolean | null, regionChoosesWhere: boolean | null): Quadrant | null {
  if (nationalSteersWhere === null || regionChoosesWhere === null) return null;
  if (nationalSteersWhere) return regionChoosesWhere ? 'RIJK_EN_REGIO' : 'RIJK';
  return regionChoosesWhere ? 'REGIO' : 'GEEN';
}

/** Per theme national steering vs regional location choice. The pooled LOCATIE share sums goals over themes (a goal has one theme). */
function interplayOf(
  dataset: Dataset,
  goals: GoalsResult | null | undefined,
  thresholds: Thresholds,
): { interplay: NationalInterplay[]; pooledShareLocationChoices: number | null; pooledLocationChoices: number; pooledGoals: number; locationChoicesBar: number | null } {
  const goalCounts = THEMES.map((theme) => {
    const summary = goals?.perTheme?.[theme];
    return summary && summary.total > 0 ? { total: summary.total, locationChoices: summary.counts.LOCATIE } : null;
  });
  const pooledGoals = goalCounts.reduce((n, g) => n + (g?.total ?? 0), 0);
  const pooledLocationChoices = goalCounts.reduce((n, g) => n + (g?.locationChoices ?? 0), 0);
  const pooledShareLocationChoices = ratio(pooledLocationChoices, pooledGoals);
  const locationChoicesBar = thresholds.locationChoices === 'mean' ? pooledShareLocationChoices : thresholds.locationChoices;
  const interplay: NationalInterplay[] = THEMES.map((theme, i) => {
    const docs = dataset.nationalPolicies.filter((p) => p.themes.includes(theme));
    const landUseSteering = docs.filter((p) => p.steering === 'REGIE_RUIMTEBESLAG').length;
    const goalCount = goalCounts[i]?.total ?? null;
    const locationChoices = goalCounts[i]?.locationChoices ?? null;
    const shareLandUseSteering = ratio(landUseSteering, docs.length);
    const shareLocationChoices = goalCount === null ? null : locationChoices! / goalCount;
    const nationalSteersWhere = shareLandUseSteering === null ? null : shareLandUseSteering >= thresholds.landUseSteering;
    const regionChoosesWhere = shareLocationChoices === null || locationChoicesBar === null ? null : shareLocationChoices >= locationChoicesBar;
    return {
      theme,
      documents: docs.length,
      landUseSteering,
      thematicFocus: docs.length - landUseSteering,
      areaBased: docs.filter((p) => p.areaBased).length,
      shareLandUseSteering,
      goals: goalCount,
      locationChoices,
      shareLocationChoices,
      nationalSteersWhere,
      regionChoosesWhere,
      quadrant: quadrantOf(nationalSteersWhere, regionChoosesWhere),
    };
  });
  return { interplay, pooledShareLocationChoices, pooledLocationChoices, pooledGoals, locationChoicesBar };
}

/** The Regio Deals: one item per deal, counts per tranche and per province. */
function regioDealsOf(regions: readonly NationalRegion[], overlaps: readonly NationalRegionOverlap[], ref: AnalysisReference): NationalRegioDeals {
  const overlapsById = new Map(overlaps.map((o) => [`${o.division}\u0000${o.id}`, o]));
  const provinceOf = new Map(ref.municipalities.map((m) => [m.code, m.province]));
  const items: NationalRegioDeal[] = regions
    .filter((r) => divisionKey(r.division) === 'REGIO_DEAL')
    .map((r) => {
      const o = overlapsById.get(`${r.division}\u0000${r.id}`)!;
      const provinces = [...new Set(r.municipalities.map((m) => provinceOf.get(m)).filter((p): p is string => p !== undefined))].sort(compareStrings);
      return { id: r.id, name: r.name, tranche: tranche(r), year: year(r), municipalities: o.municipalities, provinces, agendas: o.agendas.map((a) => a.cooperationId) };
    });
  const trancheMap = new Map<string, { tranche: string; deals: number; withMembers: number }>();
  const provinceMap = new Map<string, number>();
  for (const d of items) {
    const key = d.tranche === null ? 'unknown' : String(d.tranche);
    const t = trancheMap.get(key) ?? { tranche: key, deals: 0, withMembers: 0 };
    t.deals++;
    if (d.municipalities > 0) t.withMembers++;
    trancheMap.set(key, t);
    for (const p of d.provinces) provinceMap.set(p, (provinceMap.get(p) ?? 0) + 1);
  }
  const trancheOrder = (k: string) => (k === 'unknown' ? Number.POSITIVE_INFINITY : Number(k));
  return {
    deals: items.length,
    dealsWithoutMembers: items.filter((d) => d.municipalities === 0).length,
    perTranche: [...trancheMap.values()].sort((a, b) => trancheOrder(a.tranche) - trancheOrder(b.tranche)),
    perProvince: [...provinceMap.entries()].sort((a, b) => compareStrings(a[0], b[0])).map(([province, n]) => ({ province, deals: n })),
    dealsWithoutProvince: items.filter((d) => d.provinces.length === 0).length,
    items,
  };
}

function policySummary(dataset: Dataset): NationalResult['policies'] {
  const policies = dataset.nationalPolicies;
  const landUseSteering = policies.filter((p) => p.steering === 'REGIE_RUIMTEBESLAG').length;
  return {
    documents: policies.length,
    landUseSteering,
    shareLandUseSteering: ratio(landUseSteering, policies.length),
    thematicFocus: policies.filter((p) => p.steering === 'THEMATISCHE_FOCUS').length,
    areaBased: policies.filter((p) => p.areaBased).length,
  };
}

export function analyseNational(deps: NationalDependencies, options: NationalOptions): NationalResult {
  const { dataset, ref, overlap, goals, typology } = deps;
  const thresholds = options.thresholds ?? QUADRANT_THRESHOLDS;
  const agendas = spatialAgendas(dataset);
  const regions = [...dataset.nationalRegions].sort((x, y) => divisionOrder(x.division, y.division) || compareStrings(x.id, y.id));
  const completeness = completenessOf(regions);
  const regionOverlaps = regionOverlapsOf(regions, agendas);
  const typologyOf = typologyById(dataset, typology);
  const { interplay, pooledShareLocationChoices, pooledLocationChoices, pooledGoals, locationChoicesBar } = interplayOf(dataset, goals, thresholds);
  return {
    thresholds: {
      landUseSteering: thresholds.landUseSteering,
      locationChoices: locationChoicesBar,
      locationChoicesRule: thresholds.locationChoices === 'mean' ? 'mean' : 'fixed',
      foundBack: options.foundBack,
    },
    themeDivisions: Object.fromEntries(THEMES.map((t) => [t, [...THEME_DIVISIONS[t]]])) as Record<Theme, string[]>,
    completeness,
    regions: regionOverlaps,
    administrativeLogic: completeness.map(({ division }) => administrativeLogicOf(division, regionOverlaps, overlap, typologyOf, options.foundBack)),
    complementarity: complementarityOf(regions, agendas),
    interplay,
    pooledShareLocationChoices,
    pooledLocationChoices,
    pooledGoals,
    regioDeals: regioDealsOf(regions, regionOverlaps, ref),
    policies: policySummary(dataset),
  };
}
