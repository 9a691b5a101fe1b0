/**
 * Shapes of the `commuting` section of the Analysis (computed by commuting.ts, documented in
 * docs/analysis-json.md). Type-only, so types.ts can name the section without importing its code.
 */
import type { Theme } from '../model/themes.ts';
import type { PartitionAgreement } from './partition.ts';

export interface ResolutionRun {
  resolution: number;
  count: number;
  modularity: number | null;
  /** Adjusted Rand index against the labour-market areas 2023; null without them. */
  adjustedRandIndex: number | null;
}

export interface LabourMarketComparison {
  /** Year of the labour-market areas (the flows of the functional regions have their own dataYear). */
  year: 2023;
  areas: number;
  /** The chosen functional regions against the areas; its `items` is the denominator. */
  agreement: PartitionAgreement;
  /** Every area, by id: its members and its fit with the functional regions (measured on the flows). */
  regions: LabourMarketArea[];
  /** The same summary as for a division: areas with ≥ minMembers members, mean fit and containment. */
  summary: GroupSummary;
}

/**
 * One labour-market area of 2023. `name` and `coreName` are the name of its core: the member with
 * the most jobs located in it in the flow data (workplaceJobs; ties: smallest code), the rule that
 * names the functional regions, so the two partitions are named alike.
 */
export interface LabourMarketArea extends GroupFit {
  core: string;
  coreName: string;
  /** Member codes (sorted); `members` is their number. */
  memberCodes: string[];
}

export interface CommutingMunicipality {
  code: string;
  name: string;
  province: string;
  outflow: number;
  inflow: number;
  internal: number;
  /** internal + outflow: jobs held by residents (where they work is known). */
  residentJobs: number;
  /** internal + inflow: jobs located in the municipality. */
  workplaceJobs: number;
  /** inflow + outflow: the commuting intensity shown on the map. */
  intensity: number;
  /** internal / residentJobs; null when the municipality has no resident jobs in the data. */
  selfContainment: number | null;
  /**
   * True when residents work here but no outflow is recorded at all: a self-containment of 1 that
   * comes from the source leaving out small flows (CBS drops pairs under 50 jobs), not a fact.
   */
  selfContainmentArtefact: boolean;
  /**
   * True when the municipality shares no land boundary with another (the reference's islands): its
   * residents reach other municipalities only by ferry, so its self-containment says more about its
   * geography than about its economy.
   */
  island: boolean;
  /** Id of the functional region (see functionalRegions.regions). */
  functionalRegion: number;
  /** Id of the labour-market area of 2023 (functionalRegions.labourMarketAreas.regions); null when not in one or not loaded. */
  labourMarketArea: string | null;
}

export interface InterprovincialFlow {
  from: string;
  fromName: string;
  fromProvince: string;
  to: string;
  toName: string;
  toProvince: string;
  persons: number;
  /** The flow's remark from the input (e.g. an apportioned share), or null. */
  note: string | null;
}

export interface ProvincePairFlow {
  fromProvince: string;
  toProvince: string;
  persons: number;
}

export interface FunctionalRegion {
  /** 1..n, numbered by the region's smallest member code. */
  id: number;
  /** The member with the most jobs located in it (workplaceJobs; ties: smallest code). */
  core: string;
  coreName: string;
  members: string[];
  residentJobs: number;
  /** Jobs of residents of the region held inside the region (own municipality included). */
  jobsWithin: number;
  /** jobsWithin / residentJobs; null when the region has no resident jobs. */
  selfContainment: number | null;
  /**
   * True when residents work here but not one job outside the region is recorded: a self-containment
   * of 1 that comes from the source leaving out small flows, as for a municipality.
   */
  selfContainmentArtefact: boolean;
}

export interface GroupFit {
  id: string;
  name: string;
  /** Members that are reference municipalities (unique). */
  members: number;
  /** Functional region holding most members (ties: lowest id); null without members. */
  dominantRegion: number | null;
  membersInDominant: number;
  /** membersInDominant / members; null without members. */
  fit: number | null;
  /** Sum of the members' outflows. */
  memberOutflow: number;
  /** Jobs flowing from one member to another member. */
  outflowWithin: number;
  /** outflowWithin / memberOutflow; null when memberOutflow is 0. */
  containment: number | null;
}

export interface CooperationFit extends GroupFit {
  spatial: boolean;
}

export interface Correlation {
  /** Number of (size, value) pairs used. */
  n: number;
  /** null when n < 3 or either variable is constant. */
  pearson: number | null;
  spearman: number | null;
}

export interface GroupSummary {
  /** Groups with ≥ minMembers members. */
  count: number;
  meanMembers: number | null;
  meanFit: number | null;
  /** Mean over groups whose containment is defined. */
  meanContainment: number | null;
}

export interface DivisionFit extends GroupSummary {
  /** Reference division key (provincie, res, …) or an input division (RES, NOVEX, …). */
  division: string;
  origin: 'reference' | 'input';
  regions: GroupFit[];
}

export interface PopulationCoverage {
  /** Inhabitants of all reference municipalities on 1-1-2024. */
  total: number;
  /** Inhabitants of municipalities in ≥ 1 spatial agenda. */
  covered: number;
  share: number;
  byTheme: Record<Theme, { covered: number; share: number }>;
}

export interface SelfContainmentSummary {
  min: number;
  minCode: string;
  max: number;
  maxCode: string;
  median: number;
  /** Municipalities in the range (the denominator of the median). */
  assessed: number;
  /** Reference municipalities: assessed + artefacts + withoutResidentJobs. */
  municipalities: number;
  /** Codes left out because their self-containment is an artefact (sorted). */
  artefacts: string[];
  /** Codes left out because no resident of theirs has a job in the data (self-containment null; sorted). */
  withoutResidentJobs: string[];
  /**
   * Assessed island municipalities whose self-containment is above that of every assessed municipality
   * that is not an island (highest first; ties: smallest code): the top of the range is geography.
   */
  islandOutliers: string[];
  /** The highest self-containment outside the islands and its code; null when islandOutliers is empty. */
  mainlandMax: number | null;
  mainlandMaxCode: string | null;
}

export interface CommutingResult {
  /** The year of the flows when they all carry the same year, else the latest; null without years. */
  dataYear: number | null;
  dataYears: number[];
  totals: {
    flows: number;
    jobs: number;
    internal: number;
    /** internal / jobs; null when there are no jobs. */
    shareInternal: number | null;
    between: number;
    /** Flows that carry a remark (e.g. an apportioned share of a split municipality) and their jobs. */
    flowsWithNote: number;
    jobsWithNote: number;
    /** Flows with an end outside the reference (left out of everything). */
    flowsOutsideReference: number;
  };
  /** Over municipalities with a defined self-containment that is not an artefact; null when there are none. */
  selfContainment: SelfContainmentSummary | null;
  municipalities: CommutingMunicipality[];
  /** Top 5 flows between two municipalities in different provinces (directed, residence → work). */
  topInterprovincialFlows: InterprovincialFlow[];
  /** Top 5 ordered province pairs by the sum of their municipality flows. */
  topProvincePairs: ProvincePairFlow[];
  functionalRegions: {
    method: string;
    seed: number;
    resolution: number;
    /** given: passed by the caller; agreement: the RESOLUTIONS entry agreeing best with the 2023 areas; default: 1. */
    resolutionRule: 'given' | 'agreement' | 'default';
    sensitivity: ResolutionRun[];
    /** The chosen partition against the labour-market areas 2023; null without them. */
    labourMarketAreas: LabourMarketComparison | null;
    modularity: number | null;
    count: number;
    regions: FunctionalRegion[];
  };
  /** Fit of every cooperation (spatial or not), sorted by id. */
  cooperations: CooperationFit[];
  /** Smallest group size counted in summaries and correlations (a one-member group fits trivially). */
  minMembers: number;
  agendas: GroupSummary;
  sizeVsFit: { fit: Correlation; containment: Correlation };
  divisions: DivisionFit[];
  /** Population (reference data, 1-1-2024) living in a municipality covered by a spatial agenda; null without population. */
  population: PopulationCoverage | null;
}
