/**
 * Shapes of the `zoning` section of the Analysis (computed by zoning.ts, documented in
 * docs/analysis-json.md). Type-only, so types.ts can name the section without importing its code.
 */
import type { Theme } from '../model/themes.ts';
import type { OverlapMatch } from './overlap-types.ts';

export interface ZoningArea {
  id: string;
  name: string;
  /** Distinct municipalities of the area (0 = cannot be assessed). */
  municipalities: number;
  /** The best-matching spatial agenda (the overlap section's); null without members or overlap. */
  bestMatch: OverlapMatch | null;
  /** bestMatch.jaccard ≥ the found-back bar. */
  foundBack: boolean;
}

export interface ZoningCategory {
  category: string;
  /** The areas of the division with this category, in id order. */
  areas: ZoningArea[];
  /** Areas with ≥1 municipality: the denominator of areasFoundBack. */
  areasAssessed: number;
  areasFoundBack: number;
  /** Distinct member municipalities over the category's areas (sorted codes). */
  municipalities: string[];
  /** Spatial agendas sharing ≥1 municipality with an area of the category, in id order. */
  agendas: string[];
  /** Per theme (all nine): how many of `agendas` address it; denominator agendas.length. */
  agendasPerTheme: Record<Theme, number>;
  /** Goals of `agendas` (certain and uncertain); null when the Analysis has no goals section. */
  goals: number | null;
  /** Of those goals, the certain LOCATIE ones (a location choice); null without a goals section. */
  locationChoices: number | null;
  /** locationChoices / goals; null without goals. */
  shareLocationChoices: number | null;
  /** Of `agendas`, those with ≥1 goal (so a reader sees how many agendas the goal share speaks for). */
  agendasWithGoals: number | null;
}

export interface ZoningDivision {
  division: string;
  /** All areas of the division: the full denominator. */
  areas: number;
  /** Areas with a category (areas − uncategorised.length): the areas the comparison speaks for. */
  areasCategorised: number;
  /** Areas without a category (sorted ids): in no category, so left out of the comparison. */
  uncategorised: string[];
  /** In order of first appearance in the input (the zoning's own legend order). */
  categories: ZoningCategory[];
}

export interface ZoningResult {
  /** Spatial agendas in the dataset: the denominator of "x van de y agenda's". */
  spatialAgendas: number;
  foundBackThreshold: number;
  /** Divisions in which ≥1 area has a category, in the national section's division order. */
  divisions: ZoningDivision[];
}
