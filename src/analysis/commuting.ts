/**
 * Commuting (daily urban systems, issue 8), from the `pendel` flows (jobs of residents of `from`
 * working in `to`, 2025 codes). Per municipality: outflow = jobs of residents held elsewhere,
 * inflow = jobs in the municipality held by residents of elsewhere, internal = jobs of residents in
 * their own municipality, self-containment = internal / (internal + outflow). Functional regions:
 * Louvain on the undirected graph with weight(a,b) = flow a→b + flow b→a (internal flows excluded),
 * seeded RNG. Fit of a group of municipalities (an agenda, a cooperation, a region of a division):
 * share of its members in the functional region holding most of them, and containment = jobs flowing
 * between two different members / the members' total outflow. Size vs fit: Pearson and Spearman over
 * the spatial agendas with ≥ 2 members. Population covered: inhabitants (1-1-2024) of municipalities
 * in ≥ 1 spatial agenda / all inhabitants, overall and per theme.
 */
import type { CommutingFlow, Cooperation, Dataset } from '../model/dataset.ts';
import { REFERENCE_DIVISIONS, type ReferenceDivision } from '../model/reference.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import { communityGraph, detectCommunities } from './network.ts';
import type { NetworkEdge } from './types.ts';
import type {
  CommutingMunicipality,
  CommutingResult,
  CooperationFit,
  Correlation,
  DivisionFit,
  FunctionalRegion,
  GroupFit,
  GroupSummary,
  InterprovincialFlow,
  LabourMarketArea,
  LabourMarketComparison,
  PopulationCoverage,
  ProvincePairFlow,
  ResolutionRun,
  SelfContainmentSummary,
} from './commuting-types.ts';
import { compareStrings, mean, median, type AnalysisReference } from './util.ts';
import { pearson, spearman } from './correlation.ts';
import { comparePartitions } from './partition.ts';

export type * from './commuting-types.ts';

/** The reference the section reads; `population` is optional so a reference without it still works. */
export type CommutingReference = AnalysisReference & {
  population?: ReadonlyMap<string, number>;
  /** GM code → CBS labour-market area 2023 (data/pendel-2023); the partition the functional regions are compared with. */
  labourMarketAreas2023?: ReadonlyMap<string, string>;
  /** Codes of municipalities without a land boundary with another; none are islands without it. */
  islands?: ReadonlySet<string>;
};

/** Louvain resolutions tried for the sensitivity table (and for choosing one, see chooseResolution). */
export const RESOLUTIONS = [1, 1.5, 2, 2.5, 3, 4, 5] as const;

export interface CommutingOptions {
  seed: number;
  /** Louvain resolution γ (default 1, standard modularity; higher gives more, smaller regions). */
  resolution?: number;
}

const MIN_MEMBERS = 2;
const TOP = 5;

function correlate(pairs: readonly [number, number][]): Correlation {
  const xs = pairs.map((p) => p[0]);
  const ys = pairs.map((p) => p[1]);
  return { n: pairs.length, pearson: pearson(xs, ys), spearman: spearman(xs, ys) };
}

// ---------------------------------------------------------------------------------------------
// Flow matrix

interface Matrix {
  codes: string[];
  index: Map<string, number>;
  /** n × n, row = residence, column = work. */
  cells: Float64Array;
  outflow: Float64Array;
  inflow: Float64Array;
  internal: Float64Array;
  outside: number;
}

function buildMatrix(flows: readonly CommutingFlow[], codes: string[]): Matrix {
  const n = codes.length;
  const index = new Map(codes.map((c, i) => [c, i]));
  const cells = new Float64Array(n * n);
  const outflow = new Float64Array(n);
  const inflow = new Float64Array(n);
  const internal = new Float64Array(n);
  let outside = 0;
  for (const f of flows) {
    const i = index.get(f.from);
    const j = index.get(f.to);
    if (i === undefined || j === undefined) {
      outside++;
      continue;
    }
    cells[i * n + j] += f.persons;
    if (i === j) internal[i] += f.persons;
    else {
      outflow[i] += f.persons;
      inflow[j] += f.persons;
    }
  }
  return { codes, index, cells, outflow, inflow, internal, outside };
}

/** What groupFit needs: the matrix plus the functional region per matrix index. */
export interface FitContext {
  matrix: Pick<Matrix, 'index' | 'cells' | 'outflow' | 'codes'>;
  /** Functional region id per matrix index. */
  region: Int32Array;
}

/** Fit of one group of municipality codes against the functional regions. */
export function groupFit(id: string, name: string, memberCodes: readonly string[], ctx: FitContext): GroupFit {
  const { matrix, region } = ctx;
  const n = matrix.codes.length;
  // Unique member indices in input order.
  const seen = new Set<number>();
  for (const code of memberCodes) {
    const i = matrix.index.get(code);
    if (i !== undefined) seen.add(i);
  }
  const idx = [...seen];
  const perRegion = new Map<number, number>();
  for (const i of idx) perRegion.set(region[i], (perRegion.get(region[i]) ?? 0) + 1);
  let dominantRegion: number | null = null;
  let membersInDominant = 0;
  for (const [r, count] of perRegion) {
    if (count > membersInDominant || (count === membersInDominant && dominantRegion !== null && r < dominantRegion)) {
      dominantRegion = r;
      membersInDominant = count;
    }
  }
  // Same summation order as a plain double loop over idx (flows need not be whole numbers).
  const { cells, outflow } = matrix;
  const m = idx.length;
  let memberOutflow = 0;
  let outflowWithin = 0;
  for (let a = 0; a < m; a++) {
    const i = idx[a];
    memberOutflow += outflow[i];
    const row = i * n;
    for (let b = 0; b < m; b++) {
      const j = idx[b];
      if (i !== j) outflowWithin += cells[row + j];
    }
  }
  return {
    id,
    name,
    members: idx.length,
    dominantRegion,
    membersInDominant,
    fit: idx.length === 0 ? null : membersInDominant / idx.length,
    memberOutflow,
    outflowWithin,
    containment: memberOutflow === 0 ? null : outflowWithin / memberOutflow,
  };
}

/** The assessed municipality with the highest self-containment (input sorted by code: the first of a tie wins). */
function highest(municipalities: readonly CommutingMunicipality[]): CommutingMunicipality | undefined {
  let best: CommutingMunicipality | undefined;
  for (const m of municipalities) if (!best || m.selfContainment! > best.selfContainment!) best = m;
  return best;
}

/** Islands above every mainland municipality, highest first, and that mainland maximum. */
function islandOutliers(assessed: readonly CommutingMunicipality[]): Pick<SelfContainmentSummary, 'islandOutliers' | 'mainlandMax' | 'mainlandMaxCode'> {
  const mainland = highest(assessed.filter((m) => !m.island));
  const outliers = assessed
    .filter((m) => m.island && (!mainland || m.selfContainment! > mainland.selfContainment!))
    .sort((a, b) => b.selfContainment! - a.selfContainment! || compareStrings(a.code, b.code));
  if (outliers.length === 0 || !mainland) return { islandOutliers: outliers.map((m) => m.code), mainlandMax: null, mainlandMaxCode: null };
  return { islandOutliers: outliers.map((m) => m.code), mainlandMax: mainland.selfContainment, mainlandMaxCode: mainland.code };
}

/** Range and median of self-containment; ties go to the smallest code (input sorted by code, strict improvement wins). */
export function summariseSelfContainment(municipalities: readonly CommutingMunicipality[]): SelfContainmentSummary | null {
  const withSelf = municipalities.filter((m) => m.selfContainment !== null && !m.selfContainmentArtefact);
  if (withSelf.length === 0) return null;
  let min = withSelf[0];
  for (const m of withSelf) if (m.selfContainment! < min.selfContainment!) min = m;
  const max = highest(withSelf)!;
  return {
    min: min.selfContainment!,
    minCode: min.code,
    max: max.selfContainment!,
    maxCode: max.code,
    median: median(withSelf.map((m) => m.selfContainment!)),
    assessed: withSelf.length,
    municipalities: municipalities.length,
    artefacts: municipalities.filter((m) => m.selfContainmentArtefact).map((m) => m.code).sort(compareStrings),
    withoutResidentJobs: municipalities.filter((m) => m.selfContainment === null).map((m) => m.code).sort(compareStrings),
    ...islandOutliers(withSelf),
  };
}

function summarise(groups: readonly GroupFit[]): GroupSummary {
  const counted = groups.filter((g) => g.members >= MIN_MEMBERS);
  const containments = counted.filter((g) => g.containment !== null).map((g) => g.containment!);
  return {
    count: counted.length,
    meanMembers: counted.length === 0 ? null : mean(counted.map((g) => g.members)),
    meanFit: counted.length === 0 ? null : mean(counted.map((g) => g.fit!)),
    meanContainment: containments.length === 0 ? null : mean(containments),
  };
}

// ---------------------------------------------------------------------------------------------
// Section

/**
 * Louvain on the symmetrised flow graph, nodes added by code and edges by (a, b) so the result only
 * depends on the seed; ids renumbered 1..n by smallest member code (as the network section does).
 * A municipality without flows to others forms a region of its own.
 */
export function functionalRegions(
  matrix: Pick<Matrix, 'codes' | 'cells'>,
  seed: number,
  resolution = 1,
): Communities {
  return detectCommunities(matrix.codes, flowEdges(matrix), seed, resolution);
}

type Communities = { communities: Record<string, number>; count: number; modularity: number | null };

/** The symmetrised flows as graph edges, in (a, b) order. */
function flowEdges(matrix: Pick<Matrix, 'codes' | 'cells'>): NetworkEdge[] {
  const { codes, cells } = matrix;
  const n = codes.length;
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = cells[i * n + j] + cells[j * n + i];
      if (w > 0) edges.push({ a: codes[i], b: codes[j], shared: w });
    }
  }
  return edges;
}

/** One Louvain run per resolution, each compared with the 2023 areas when they are known. */
export function resolutionSensitivity(matrix: Pick<Matrix, 'codes' | 'cells'>, seed: number, areas: ReadonlyMap<string, string> | undefined): ResolutionRun[] {
  return sensitivityRuns(matrix, flowEdges(matrix), seed, areas).runs;
}

/** The sensitivity rows plus each resolution's partition, so the chosen one is not computed twice. */
function sensitivityRuns(
  matrix: Pick<Matrix, 'codes' | 'cells'>,
  edges: NetworkEdge[],
  seed: number,
  areas: ReadonlyMap<string, string> | undefined,
): { runs: ResolutionRun[]; partitions: Map<number, Communities> } {
  const partitions = new Map<number, Communities>();
  const graph = communityGraph(matrix.codes, edges);
  const runs = RESOLUTIONS.map((resolution) => {
    const run = detectCommunities(matrix.codes, edges, seed, resolution, graph);
    partitions.set(resolution, run);
    const ari = areas && areas.size > 0 ? comparePartitions(new Map(Object.entries(run.communities)), areas).adjustedRandIndex : null;
    return { resolution, count: run.count, modularity: run.modularity, adjustedRandIndex: ari };
  });
  return { runs, partitions };
}

/**
 * The resolution criterion: a caller's resolution wins; otherwise, when the 2023 labour-market areas
 * are known, the resolution whose regions agree best with them (highest adjusted Rand index, ties to
 * the smaller resolution); otherwise standard modularity (1).
 */
export function chooseResolution(given: number | undefined, runs: readonly ResolutionRun[]): { resolution: number; rule: 'given' | 'agreement' | 'default' } {
  if (given !== undefined) return { resolution: given, rule: 'given' };
  let best: ResolutionRun | null = null;
  for (const r of runs) if (r.adjustedRandIndex !== null && (best === null || r.adjustedRandIndex > best.adjustedRandIndex!)) best = r;
  return best ? { resolution: best.resolution, rule: 'agreement' } : { resolution: 1, rule: 'default' };
}

function dataYears(flows: readonly CommutingFlow[]): number[] {
  return [...new Set(flows.map((f) => f.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

function populationCoverage(cooperations: readonly Cooperation[], ref: CommutingReference): PopulationCoverage | null {
  const population = ref.population;
  if (!population || population.size === 0) return null;
  const pop = (code: string) => population.get(code) ?? 0;
  const total = ref.municipalities.reduce((a, m) => a + pop(m.code), 0);
  const known = new Set(ref.municipalities.map((m) => m.code));
  const covered = new Set<string>();
  const byThemeSets = new Map<Theme, Set<string>>(THEMES.map((t) => [t, new Set<string>()]));
  for (const c of cooperations) {
    if (!c.spatial) continue;
    for (const code of c.municipalities) {
      if (!known.has(code)) continue;
      covered.add(code);
      for (const t of c.themes) byThemeSets.get(t)?.add(code);
    }
  }
  const sum = (codes: Set<string>) => [...codes].reduce((a, c) => a + pop(c), 0);
  const coveredPop = sum(covered);
  const byTheme = {} as Record<Theme, { covered: number; share: number }>;
  for (const t of THEMES) {
    const s = sum(byThemeSets.get(t)!);
    byTheme[t] = { covered: s, share: total === 0 ? 0 : s / total };
  }
  return { total, covered: coveredPop, share: total === 0 ? 0 : coveredPop / total, byTheme };
}

function topFlows(matrix: Matrix, ref: CommutingReference, notes: Map<string, string | null>) {
  const muni = new Map(ref.municipalities.map((m) => [m.code, m]));
  const { codes, cells } = matrix;
  const n = codes.length;
  const province = codes.map((c) => muni.get(c)!.province);
  // Candidates as index pairs; objects only for the top five (the full matrix has ~100k pairs).
  const candidates: { i: number; j: number; persons: number }[] = [];
  // Province pairs keyed by a number (province index × count + index): no string per cell.
  const provinceIndex = new Map<string, number>();
  const provinceOf = Int32Array.from(province, (p) => {
    let k = provinceIndex.get(p);
    if (k === undefined) provinceIndex.set(p, (k = provinceIndex.size));
    return k;
  });
  const provinces = provinceIndex.size;
  const pairs = new Map<number, ProvincePairFlow>();
  for (let i = 0; i < n; i++) {
    const pi = provinceOf[i];
    for (let j = 0; j < n; j++) {
      const persons = cells[i * n + j];
      if (persons === 0 || i === j || pi === provinceOf[j]) continue;
      candidates.push({ i, j, persons });
      const key = pi * provinces + provinceOf[j];
      const pair = pairs.get(key);
      if (pair) pair.persons += persons;
      else pairs.set(key, { fromProvince: province[i], toProvince: province[j], persons });
    }
  }
  // i, j index codes sorted by code, so comparing indices orders by code.
  candidates.sort((x, y) => y.persons - x.persons || x.i - y.i || x.j - y.j);
  const top: InterprovincialFlow[] = candidates.slice(0, TOP).map(({ i, j, persons }) => {
    const a = muni.get(codes[i])!;
    const b = muni.get(codes[j])!;
    return {
      from: a.code,
      fromName: a.name,
      fromProvince: a.province,
      to: b.code,
      toName: b.name,
      toProvince: b.province,
      persons,
      note: notes.get(`${a.code}|${b.code}`) ?? null,
    };
  });
  const topPairs = [...pairs.values()]
    .sort((x, y) => y.persons - x.persons || compareStrings(x.fromProvince, y.fromProvince) || compareStrings(x.toProvince, y.toProvince))
    .slice(0, TOP);
  return { top, topPairs };
}

interface Partition {
  sensitivity: ResolutionRun[];
  resolution: number;
  resolutionRule: 'given' | 'agreement' | 'default';
  detected: Communities;
}

/**
 * The resolution runs, the chosen resolution and its partition. Louvain with the same seed on the
 * same graph gives the same partition, so a chosen resolution from the table reuses its run.
 */
function partition(matrix: Matrix, ref: CommutingReference, options: CommutingOptions): Partition {
  const edges = flowEdges(matrix);
  const { runs: sensitivity, partitions } = sensitivityRuns(matrix, edges, options.seed, ref.labourMarketAreas2023);
  const { resolution, rule: resolutionRule } = chooseResolution(options.resolution, sensitivity);
  const detected = partitions.get(resolution) ?? detectCommunities(matrix.codes, edges, options.seed, resolution);
  return { sensitivity, resolution, resolutionRule, detected };
}

/** Member with the most jobs located in it (ties: the first, i.e. smallest, code of the sorted list). */
function coreOf(members: readonly string[], byCode: ReadonlyMap<string, CommutingMunicipality>): CommutingMunicipality {
  let core = byCode.get(members[0])!;
  for (const c of members) if (byCode.get(c)!.workplaceJobs > core.workplaceJobs) core = byCode.get(c)!;
  return core;
}

/** The 2023 labour-market areas: agreement with the functional regions, and each area named and fitted like a region. */
function labourMarketComparison(
  municipalities: readonly CommutingMunicipality[],
  communities: Record<string, number>,
  areas: ReadonlyMap<string, string> | undefined,
  fitContext: FitContext,
): LabourMarketComparison | null {
  if (!areas || areas.size === 0) return null;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const membersOf = new Map<string, string[]>();
  for (const m of municipalities) {
    if (m.labourMarketArea === null) continue;
    const list = membersOf.get(m.labourMarketArea) ?? [];
    list.push(m.code);
    membersOf.set(m.labourMarketArea, list);
  }
  const regions: LabourMarketArea[] = [...membersOf.entries()]
    .sort((a, b) => compareStrings(a[0], b[0]))
    .map(([id, memberCodes]) => {
      const core = coreOf(memberCodes, byCode);
      return { ...groupFit(id, core.name, memberCodes, fitContext), core: core.code, coreName: core.name, memberCodes };
    });
  return {
    year: 2023,
    areas: new Set(areas.values()).size,
    agreement: comparePartitions(new Map(Object.entries(communities)), areas),
    regions,
    summary: summarise(regions),
  };
}

/** One row per reference municipality (by code): flows, jobs, self-containment and functional region. */
function municipalityRows(matrix: Matrix, ref: CommutingReference, communities: Record<string, number>): CommutingMunicipality[] {
  return ref.municipalities
    .slice()
    .sort((a, b) => compareStrings(a.code, b.code))
    .map((m) => {
      const i = matrix.index.get(m.code)!;
      const residentJobs = matrix.internal[i] + matrix.outflow[i];
      return {
        code: m.code,
        name: m.name,
        province: m.province,
        outflow: matrix.outflow[i],
        inflow: matrix.inflow[i],
        internal: matrix.internal[i],
        residentJobs,
        workplaceJobs: matrix.internal[i] + matrix.inflow[i],
        intensity: matrix.inflow[i] + matrix.outflow[i],
        selfContainment: residentJobs === 0 ? null : matrix.internal[i] / residentJobs,
        selfContainmentArtefact: residentJobs > 0 && matrix.outflow[i] === 0,
        island: ref.islands?.has(m.code) ?? false,
        functionalRegion: communities[m.code],
        labourMarketArea: ref.labourMarketAreas2023?.get(m.code) ?? null,
      };
    });
}

/** The functional regions by id: members, core (most workplace jobs; ties: smallest code) and self-containment. */
function regionRows(matrix: Matrix, municipalities: readonly CommutingMunicipality[]): FunctionalRegion[] {
  const n = matrix.codes.length;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const regionMembers = new Map<number, string[]>();
  for (const c of matrix.codes) {
    const r = byCode.get(c)!.functionalRegion;
    const list = regionMembers.get(r) ?? [];
    list.push(c);
    regionMembers.set(r, list);
  }
  return [...regionMembers.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, members]) => {
      const core = coreOf(members, byCode);
      const idx = members.map((c) => matrix.index.get(c)!);
      let residentJobs = 0;
      let jobsWithin = 0;
      for (const i of idx) {
        residentJobs += matrix.internal[i] + matrix.outflow[i];
        for (const j of idx) jobsWithin += matrix.cells[i * n + j];
      }
      return { id, core: core.code, coreName: core.name, members, residentJobs, jobsWithin, selfContainment: residentJobs === 0 ? null : jobsWithin / residentJobs, selfContainmentArtefact: residentJobs > 0 && jobsWithin === residentJobs };
    });
}

/** Fit of every cooperation (by id) and, over the spatial agendas with ≥ MIN_MEMBERS members, size vs fit. */
function cooperationFits(dataset: Dataset, fitContext: FitContext): { cooperations: CooperationFit[]; sizeVsFit: CommutingResult['sizeVsFit'] } {
  const cooperations: CooperationFit[] = [...dataset.cooperations]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((c) => Object.assign(groupFit(c.id, c.name, c.municipalities, fitContext), { spatial: c.spatial }));
  const counted = cooperations.filter((c) => c.spatial && c.members >= MIN_MEMBERS);
  const sizeVsFit = {
    fit: correlate(counted.map((a) => [a.members, a.fit!])),
    containment: correlate(counted.filter((a) => a.containment !== null).map((a) => [a.members, a.containment!])),
  };
  return { cooperations, sizeVsFit };
}

/** Fit of the regions of every reference division (CBS), then of every input division with members. */
function divisionFits(dataset: Dataset, ref: CommutingReference, fitContext: FitContext): DivisionFit[] {
  const divisions: DivisionFit[] = [];
  for (const division of REFERENCE_DIVISIONS) {
    const members = new Map<string, string[]>();
    for (const m of ref.municipalities) {
      const r = m.regions[division as ReferenceDivision];
      if (!r) continue;
      const list = members.get(r) ?? [];
      list.push(m.code);
      members.set(r, list);
    }
    const names = ref.regionNames[division] ?? {};
    const fits = [...members.entries()]
      .sort((a, b) => compareStrings(a[0], b[0]))
      .map(([code, list]) => groupFit(code, names[code] ?? code, list, fitContext));
    divisions.push({ division, origin: 'reference', ...summarise(fits), regions: fits });
  }
  const inputDivisions = [...new Set(dataset.nationalRegions.map((r) => r.division))].sort(compareStrings);
  for (const division of inputDivisions) {
    const fits = dataset.nationalRegions
      .filter((r) => r.division === division && r.municipalities.length > 0)
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((r) => groupFit(r.id, r.name, r.municipalities, fitContext));
    if (fits.length > 0) divisions.push({ division, origin: 'input', ...summarise(fits), regions: fits });
  }
  return divisions;
}

/** Totals over the flows with both ends in the reference (the others are only counted). */
function flowTotals(flows: readonly CommutingFlow[], matrix: Matrix): CommutingResult['totals'] {
  let jobs = 0;
  let internal = 0;
  let flowsWithNote = 0;
  let jobsWithNote = 0;
  for (const f of flows) {
    if (!matrix.index.has(f.from) || !matrix.index.has(f.to)) continue;
    jobs += f.persons;
    if (f.from === f.to) internal += f.persons;
    if (f.note) {
      flowsWithNote++;
      jobsWithNote += f.persons;
    }
  }
  return { flows: flows.length - matrix.outside, jobs, internal, shareInternal: jobs === 0 ? null : internal / jobs, between: jobs - internal, flowsWithNote, jobsWithNote, flowsOutsideReference: matrix.outside };
}

function flowNotes(flows: readonly CommutingFlow[]): Map<string, string | null> {
  const notes = new Map<string, string | null>();
  for (const f of flows) if (f.note) notes.set(`${f.from}|${f.to}`, f.note);
  return notes;
}

export function analyseCommuting(dataset: Dataset, ref: CommutingReference, options: CommutingOptions): CommutingResult | undefined {
  const flows = dataset.commuting;
  if (!flows) return undefined;
  const codes = ref.municipalities.map((m) => m.code).sort(compareStrings);
  const matrix = buildMatrix(flows, codes);
  const { sensitivity, resolution, resolutionRule, detected } = partition(matrix, ref, options);
  const fitContext: FitContext = { matrix, region: Int32Array.from(codes, (c) => detected.communities[c]) };
  const municipalities = municipalityRows(matrix, ref, detected.communities);
  const { top, topPairs } = topFlows(matrix, ref, flowNotes(flows));
  const { cooperations, sizeVsFit } = cooperationFits(dataset, fitContext);
  const years = dataYears(flows);
  return {
    dataYear: years.length === 0 ? null : years[years.length - 1],
    dataYears: years,
    totals: flowTotals(flows, matrix),
    selfContainment: summariseSelfContainment(municipalities),
    municipalities,
    topInterprovincialFlows: top,
    topProvincePairs: topPairs,
    functionalRegions: {
      method: 'louvain',
      seed: options.seed,
      resolution,
      resolutionRule,
      sensitivity,
      labourMarketAreas: labourMarketComparison(municipalities, detected.communities, ref.labourMarketAreas2023, fitContext),
      modularity: detected.modularity,
      count: detected.count,
      regions: regionRows(matrix, municipalities),
    },
    cooperations,
    minMembers: MIN_MEMBERS,
    agendas: summarise(cooperations.filter((c) => c.spatial)),
    sizeVsFit,
    divisions: divisionFits(dataset, ref, fitContext),
    population: populationCoverage(dataset.cooperations, ref),
  };
}
