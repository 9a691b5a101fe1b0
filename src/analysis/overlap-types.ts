/**
 * Shapes of the `overlap` section of the Analysis (computed by overlap.ts; matches by match.ts).
 * Type-only, so the national and commuting shapes can name them without importing types.ts.
 */

export interface OverlapMatch {
  cooperationId: string;
  /** Municipalities in both: the numerator of both containments. */
  shared: number;
  /** The agenda's municipalities: the denominator of containmentOfAgenda (the region's is its `municipalities`). */
  agendaMunicipalities: number;
  jaccard: number;
  containmentOfRegion: number;
  containmentOfAgenda: number;
}

export interface OverlapRegion {
  id: string;
  name: string;
  /** Number of distinct municipalities in the region (0 = cannot be assessed). */
  municipalities: number;
  bestMatch: OverlapMatch | null;
  foundBack: boolean;
}

export interface OverlapDivision {
  regions: OverlapRegion[];
  /** All regions of the division (the full denominator a reader sees). */
  regionsKnown: number;
  /** Regions without municipalities: they cannot be assessed (regionsKnown − regionsAssessed). */
  regionsNotAssessable: number;
  /** Regions with ≥1 municipality: the denominator of shareFoundBack. */
  regionsAssessed: number;
  regionsFoundBack: number;
  /** regionsFoundBack / regionsAssessed; null when no region can be assessed. */
  shareFoundBack: number | null;
  /** True when every region could be assessed, so shareFoundBack speaks for the whole division. */
  complete: boolean;
}

export interface Overlap {
  foundBackThreshold: number;
  divisions: Record<string, OverlapDivision>;
}
