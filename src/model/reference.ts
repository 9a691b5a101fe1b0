import type { MunicipalityCode } from './dataset.ts';

/** Divisions derived from CBS 2025 polygons for every municipality. */
export const REFERENCE_DIVISIONS = [
  'provincie',
  'res',
  'arbeidsmarktregio',
  'veiligheidsregio',
  'ggdregio',
  'jeugdregio',
  'corop',
] as const;
export type ReferenceDivision = (typeof REFERENCE_DIVISIONS)[number];

export interface ReferenceRegion {
  code: string;
  name: string;
}

/** A 2025 municipality with its CBS name and the region it lies in for every reference division. */
export interface Municipality {
  code: MunicipalityCode;
  name: string;
  /** Province name, e.g. "Noord-Holland". */
  province: string;
  /** Region code per division, e.g. { provincie: 'PV27', res: 'ES12', ... }. */
  regions: Record<ReferenceDivision, string>;
}

/** A former municipality (2015–2025) and the 2025 municipality or municipalities that succeeded it. */
export interface Merger {
  formerCode: string;
  formerName: string;
  /** Year the former municipality ceased to exist (the merger took effect on 1 January). */
  year: number;
  /** 2025 successor codes; more than one when the municipality was split. */
  successors: MunicipalityCode[];
  source: string;
}
