/**
 * Shapes of the `national` section of the Analysis (computed by national.ts, documented in
 * docs/analysis-json.md). Type-only, so types.ts can name the section without importing its code.
 */
import type { Typology } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import type { OverlapMatch } from './overlap-types.ts';

/** Place of a theme in the 2×2 of national steering on location × regional location choice. */
export type Quadrant = 'RIJK_EN_REGIO' | 'RIJK' | 'REGIO' | 'GEEN';

export interface NationalCompleteness {
  division: string;
  /** Rows of the division in `nationale_gebieden`. */
  regionsKnown: number;
  /** Regions with ≥1 municipality; the others count as "no member data". */
  regionsWithMembers: number;
}

export interface NationalRegionOverlap {
  division: string;
  id: string;
  name: string;
  municipalities: number;
  /** Every spatial agenda sharing ≥1 municipality: Jaccard desc, containmentOfRegion desc, id asc. */
  agendas: OverlapMatch[];
}

export interface NationalAdministrativeLogic {
  division: string;
  /** Regions with ≥1 municipality. */
  regionsAssessed: number;
  /** Assessed regions with a best-matching agenda. */
  regionsWithMatch: number;
  /** Best match per region by typology (regions with a match; typology from the typology section). */
  bestMatchTypology: Record<Typology, number>;
  /** bestMatchTypology.BESTUURLIJK / regionsWithMatch; null when no region has a match. */
  shareAdministrative: number | null;
  /** Found-back regions whose best agenda is BESTUURLIJK. */
  foundBackAdministrative: number;
  /** foundBackAdministrative / regionsAssessed; null when no region can be assessed. */
  shareFoundBackAdministrative: number | null;
}

export type MemberData = 'complete' | 'partial' | 'none';

export interface NationalComplementarity {
  theme: Theme;
  divisions: string[];
  /** Spatial agendas with this theme. */
  agendas: number;
  /** Distinct municipalities in those agendas. */
  municipalitiesInAgendas: number;
  regionsKnown: number;
  regionsWithMembers: number;
  /** complete: every region of the divisions has members; none: none has (or no division mapped). */
  memberData: MemberData;
  /** Agenda municipalities inside ≥1 region of the divisions. */
  covered: number;
  /** Agenda municipalities outside every region (sorted codes); null when memberData is 'none'. */
  outside: string[] | null;
  /** outside.length / municipalitiesInAgendas; null when outside is null or there are no agenda municipalities. */
  shareOutside: number | null;
}

export interface NationalInterplay {
  theme: Theme;
  /** Policy documents naming this theme (a document with several themes counts once for each). */
  documents: number;
  landUseSteering: number;
  thematicFocus: number;
  /** Documents with gebiedsgericht = ja. */
  areaBased: number;
  /** landUseSteering / documents; null without documents. */
  shareLandUseSteering: number | null;
  /** Goals on this theme; null when the goals section is missing or has none for the theme. */
  goals: number | null;
  locationChoices: number | null;
  shareLocationChoices: number | null;
  nationalSteersWhere: boolean | null;
  regionChoosesWhere: boolean | null;
  /** Null when either axis is unknown. */
  quadrant: Quadrant | null;
}

export interface NationalRegioDeal {
  id: string;
  name: string;
  tranche: number | null;
  year: number | null;
  municipalities: number;
  /** Provinces of the members, sorted; empty without member data. */
  provinces: string[];
  /** Spatial agendas sharing ≥1 municipality, in the order of the region's overlap list. */
  agendas: string[];
}

export interface NationalRegioDeals {
  deals: number;
  dealsWithoutMembers: number;
  /** Deals per tranche ("unknown" when not given), tranches in numeric order. */
  perTranche: { tranche: string; deals: number; withMembers: number }[];
  /** A deal counts once for every province in which it has ≥1 member; provinces sorted by name. Denominator: `deals`. */
  perProvince: { province: string; deals: number }[];
  /** Deals with no member in a reference municipality (no members, or only unknown codes): in no province row. */
  dealsWithoutProvince: number;
  items: NationalRegioDeal[];
}

export interface NationalResult {
  /** locationChoices = the bar actually used (null without goals); locationChoicesRule says where it came from. */
  thresholds: { landUseSteering: number; locationChoices: number | null; locationChoicesRule: 'mean' | 'fixed'; foundBack: number };
  themeDivisions: Record<Theme, string[]>;
  completeness: NationalCompleteness[];
  regions: NationalRegionOverlap[];
  administrativeLogic: NationalAdministrativeLogic[];
  complementarity: NationalComplementarity[];
  interplay: NationalInterplay[];
  /** Pooled LOCATIE share over all goals (context for the regional axis); null without goals. */
  pooledShareLocationChoices: number | null;
  /** Its numerator and denominator: LOCATIE goals and all goals, summed over the themes (a goal counts once per theme). */
  pooledLocationChoices: number;
  pooledGoals: number;
  regioDeals: NationalRegioDeals;
  /** Policy documents; shareLandUseSteering = landUseSteering / documents, null without documents. */
  policies: { documents: number; landUseSteering: number; shareLandUseSteering: number | null; thematicFocus: number; areaBased: number };
}
