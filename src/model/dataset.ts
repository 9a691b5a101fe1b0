import type { Finding, SheetAccount } from './findings.ts';
import type { GoalClass, LegalForm, LifePhase, SteeringType, Typology } from './enums.ts';
import type { Theme } from './themes.ts';

/** A 2025 municipality code, e.g. "GM0363". */
export type MunicipalityCode = string;

/** One row of `samenwerkingen`: a regional cooperation (samenwerkingsverband). */
export interface Cooperation {
  id: string;
  name: string;
  agendaTitle: string | null;
  agendaYear: number | null;
  legalForm: LegalForm;
  /** 2025 municipality codes, unique, sorted. */
  municipalities: MunicipalityCode[];
  otherGovernments: string[];
  /** Non-government partners (companies, education, NGOs). */
  partners: string[];
  themes: Theme[];
  /** Typology as given in the input; null = to be inferred by the analysis. */
  typology: Typology | null;
  lifePhase: LifePhase | null;
  /** true = a spatial agenda (Kaart 2); false = any other cooperation (counts for Kaart 1 only). */
  spatial: boolean;
  sources: string[];
  /** Columns outside the contract (provenance such as confidence, notes), kept verbatim. */
  extra: Record<string, string>;
}

/** One row of `doelen`. */
export interface Goal {
  cooperationId: string;
  theme: Theme;
  text: string;
  source: string | null;
  /** Manual class from the input; wins over the classifier. */
  label: GoalClass | null;
  extra: Record<string, string>;
}

/** One region of a national area division, as a set of municipalities (`nationale_gebieden`). */
export interface NationalRegion {
  division: string;
  id: string;
  name: string;
  municipalities: MunicipalityCode[];
  attribute: string | null;
  /**
   * The class the division gives this area (`categorie`), such as a regional category of the Nota
   * Ruimte draft map; null when the input gives none. One spelling per class within a division.
   */
  category: string | null;
  source: string | null;
  extra: Record<string, string>;
}

/** One national policy document (`nationaal_beleid`). */
export interface NationalPolicy {
  id: string;
  title: string;
  year: number | null;
  themes: Theme[];
  steering: SteeringType;
  areaBased: boolean;
  explanation: string | null;
  source: string | null;
  extra: Record<string, string>;
}

/** One commuting flow (`pendel`): jobs of residents of `from` working in `to`. */
export interface CommutingFlow {
  from: MunicipalityCode;
  to: MunicipalityCode;
  persons: number;
  year: number | null;
  /** Method/remark per flow, e.g. that it was apportioned by population share. */
  note: string | null;
}

/** The validated input: everything downstream reads only this (plus the reference). */
export interface Dataset {
  /** Where it was read from (folder or workbook path, as given). */
  source: string;
  cooperations: Cooperation[];
  goals: Goal[];
  nationalRegions: NationalRegion[];
  nationalPolicies: NationalPolicy[];
  /** null when the input has no `pendel` sheet. */
  commuting: CommutingFlow[] | null;
  sheets: SheetAccount[];
  findings: Finding[];
  /** colofon.csv and publicatie.csv beside the sheets; absent when the input has neither. */
  metadata?: DatasetMetadata;
}

/**
 * A date as precise as the source states it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601), so
 * "december 2014" stays a month and never becomes an invented day.
 */
export type PartialDate = string;

/** One row of `colofon.csv`: a source of the publication and the date its data describes (peildatum). */
export interface SourceDate {
  source: string;
  date: PartialDate;
  licence: string | null;
  note: string | null;
}

/** The compliance status of the Dutch accessibility statement (digitoegankelijk.nl): A (full) to E. */
export const COMPLIANCE_STATUSES = ['A', 'B', 'C', 'D', 'E'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** `publicatie.csv`: who publishes the site and what its accessibility statement says (key/value). */
export interface Publication {
  publisher: string | null;
  /** Where readers report problems: a functional address, never a person's (the publisher decides). */
  contactEmail: string | null;
  contactUrl: string | null;
  /** Full dates (YYYY-MM-DD). */
  statementDate: string | null;
  researchDate: string | null;
  status: ComplianceStatus | null;
}

export interface DatasetMetadata {
  /** colofon.csv in file order; empty when the file is absent. */
  sources: SourceDate[];
  /** null when publicatie.csv is absent. */
  publication: Publication | null;
}
