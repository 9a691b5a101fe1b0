/**
 * The Analysis: the public JSON contract written by `regioruimte analyse` (documented in
 * docs/analysis-json.md). Every share is a number in 0–1. Codes are 2025 GM codes.
 * Sections are owned by one module each in src/analysis/; this file only names their shapes. The
 * larger sections keep their shapes in type-only modules (overlap-types.ts, national-types.ts,
 * commuting-types.ts, zoning-types.ts) that this file re-exports, so no section module and this file import each other.
 */
import type { GoalTestRecord } from '../text/goal-test-record.ts';
import type { GoalClass, LegalForm, SteeringType, Typology } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import type { Severity } from '../model/findings.ts';
import type { NationalResult } from './national-types.ts';
import type { CommutingResult } from './commuting-types.ts';
import type { Overlap } from './overlap-types.ts';
import type { ZoningResult } from './zoning-types.ts';

export type * from './overlap-types.ts';
export type * from './national-types.ts';
export type * from './commuting-types.ts';
export type * from './zoning-types.ts';

export const SCHEMA_VERSION = 4 as const;

export interface AnalysisOptions {
  /** Minimum number of shared cooperations for a Kaart 1 edge (default 5). */
  threshold: number;
  /** Minimum best Jaccard for a national region to count as "found back" (default 0.5). */
  foundBack: number;
  /** Seed for Louvain (network and commuting communities). */
  seed: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { threshold: 5, foundBack: 0.5, seed: 42 };

export interface DatasetSummary {
  source: string;
  cooperations: number;
  spatial: number;
  goals: number;
  municipalitiesReferenced: number;
  nationalRegions: number;
  nationalPolicies: number;
  /** Number of commuting flows, or null when the input has no `pendel` sheet. */
  commutingFlows: number | null;
  findings: Record<Severity, number>;
  sheets: { sheet: string; present: boolean; rowsRead: number; rowsAccepted: number; rowsRejected: number }[];
}

export interface CoverageMunicipality {
  code: string;
  name: string;
  province: string;
  spatialCooperations: number;
  /** All cooperations (spatial or not) the municipality is a member of. */
  allCooperations: number;
}

export interface Coverage {
  municipalities: CoverageMunicipality[];
  whiteSpots: string[];
  whiteSpotsByTheme: Record<Theme, string[]>;
}

export interface ThemePair {
  a: Theme;
  b: Theme;
  count: number;
}

export interface ThemesResult {
  /** Spatial agendas: the denominator of every share in this section. */
  agendas: number;
  /** Ids (sorted) of spatial agendas without municipalities: counted in every figure, drawn on no map. */
  agendasWithoutMunicipalities: string[];
  agendasPerTheme: Record<Theme, number>;
  /** Key = number of themes ("1".."9" always; "0" only when an agenda has none), value = share of spatial agendas. */
  themeCountDistribution: Record<string, number>;
  /** Same keys as themeCountDistribution, value = number of spatial agendas with that many themes (sums to agendas). */
  themeCountAgendas: Record<string, number>;
  /** All 36 pairs, a before b in THEMES order; sorted by count desc, then THEMES order of a, b. */
  pairs: ThemePair[];
  /** Per theme: agendas with only that theme / agendas with that theme (0 when none). */
  singleThemeShare: Record<Theme, number>;
  /** Per theme: agendas with only that theme (the numerator of singleThemeShare; its denominator is agendasPerTheme). */
  singleThemeAgendas: Record<Theme, number>;
}

export type LegalFormRecord = Record<LegalForm, number>;

export interface Organisation {
  legalFormShares: LegalFormRecord;
  legalFormCounts: LegalFormRecord;
  multiThemeShareByLegalForm: LegalFormRecord;
  /** Per legal form: agendas with ≥ 2 themes (the numerator of multiThemeShareByLegalForm; denominator legalFormCounts). */
  multiThemeCountByLegalForm: LegalFormRecord;
  /** Spatial agendas with ≥ 2 distinct partners (the numerator of the share; denominator: all spatial agendas). */
  withTwoOrMoreNonGovernmentPartners: number;
  shareWithTwoOrMoreNonGovernmentPartners: number;
  members: { spatial: { mean: number; median: number }; all: { mean: number; median: number } };
}

export interface NetworkEdge {
  a: string;
  b: string;
  shared: number;
}

export interface NetworkMunicipality {
  code: string;
  degree: number;
  strength: number;
}

export interface Network {
  threshold: number;
  edges: NetworkEdge[];
  /** Every pair sharing ≥ 1 cooperation (a < b, sorted by a then b), so a reader can pick any threshold. */
  pairs: NetworkEdge[];
  /** Community id (1..communityCount, numbered by smallest member code) per municipality code. */
  communities: Record<string, number>;
  /** Number of communities, isolated municipalities (one each) included. */
  communityCount: number;
  /** Communities with ≥ 2 municipalities (the clusters a reader sees on Kaart 1). */
  multiMemberCommunities: number;
  /** Louvain modularity of the thresholded graph; null when it has no edges. */
  modularity: number | null;
  municipalities: NetworkMunicipality[];
  /** Number of pairs per shared count (key "1".."n"), so the site can show edge counts for any threshold. */
  pairCountsByShared: Record<string, number>;
}

/** Ids of the typology rules, in the order they are tried (see src/analysis/typology.ts). */
export type TypologyRule =
  | 'ECONOMISCH_CLUSTER'
  | 'LANDSCHAP_NAAM'
  | 'ECONOMISCHE_PARTNERS'
  | 'ECONOMISCH_THEMA'
  | 'LANDSCHAP_THEMA'
  | 'STANDAARD';

export interface TypologyCooperation {
  id: string;
  typology: Typology;
  given: Typology | null;
  inferred: Typology;
  /** Id of the rule that gave `inferred`. */
  rule: TypologyRule;
  /** The normalised words that made the rule fire (empty for theme and default rules). */
  words: string[];
  /** The partners whose names made ECONOMISCHE_PARTNERS fire, sorted; empty for the other rules. */
  partners: string[];
  /** The themes that made ECONOMISCH_THEMA or LANDSCHAP_THEMA fire, in THEMES order; empty for the other rules. */
  themes: Theme[];
}

export interface TypologyResult {
  cooperations: TypologyCooperation[];
  /** Share of given labels the rules reproduce; null when no labels are given. */
  agreement: number | null;
  /** Agendas whose given label the rules reproduce (the numerator of agreement). */
  agreed: number;
  /** Number of agendas with a given label (the denominator of agreement). */
  labelled: number;
  counts: Record<Typology, number>;
}

export interface ClassifiedGoal {
  cooperationId: string;
  text: string;
  theme: Theme;
  label: GoalClass;
  reason: string;
  words: string[];
  /** true when the label came from the input (`doelen.label`), not from the classifier. */
  manual: boolean;
  /** Largest class probability of the learned model (1 for a manual label). */
  confidence: number;
  /** Confidence below the model threshold: counted as "onzeker", not in any of the four classes. */
  uncertain: boolean;
}

export interface GoalsThemeSummary {
  /** All goals of the theme: the certain ones in `counts` plus `uncertain`. */
  total: number;
  /** Certain goals per class. */
  counts: Record<GoalClass, number>;
  /** counts / total, so the four shares plus shareUncertain add up to 1. */
  shares: Record<GoalClass, number>;
  uncertain: number;
  shareUncertain: number;
  examples: ClassifiedGoal[];
}

/** The goals of one cooperation: `counts` (certain goals per class) + `uncertain` = `total`. */
export interface GoalsCooperationSummary {
  total: number;
  counts: Record<GoalClass, number>;
  uncertain: number;
}

export interface GoalsResult {
  goals: ClassifiedGoal[];
  /**
   * How the shipped classifier scored, once, on a fresh test set of goals from documents it was not
   * trained on (data/doelen/toetsresultaat.json); null when the model has no such measurement.
   */
  evaluation: GoalTestRecord | null;
  perTheme: Record<Theme, GoalsThemeSummary>;
  /** Per cooperation id with at least one goal (cooperations without goals are absent). */
  perCooperation: Record<string, GoalsCooperationSummary>;
}

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  options: AnalysisOptions;
  dataset: DatasetSummary;
  coverage: Coverage;
  themes: ThemesResult;
  organisation: Organisation;
  network: Network;
  overlap: Overlap;
  typology: TypologyResult;
  goals: GoalsResult;
  /** National policy; computed by src/analysis/national.ts. */
  national?: NationalResult;
  /** Commuting; absent when the input has no `pendel` sheet. Computed by src/analysis/commuting.ts. */
  commuting?: CommutingResult;
  /** The comparison per category of a zoning; absent when no national area has a category. Computed by src/analysis/zoning.ts. */
  zoning?: ZoningResult;
}

export type { GoalClass, SteeringType };
