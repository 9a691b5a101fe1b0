/**
 * A zoning with categories (such as the regional categories of the Nota Ruimte draft map) against
 * the regional agendas. For every division in which an area has a `categorie`, per category C (the
 * areas with that category; an area has at most one):
 *  - areas, and per area its best-matching spatial agenda and found-back flag (the overlap
 *    section's, else match.ts's bestMatch); areasFoundBack is out of areasAssessed (areas with ≥1
 *    municipality);
 *  - municipalities: the union of the areas' members (a municipality may count in two categories);
 *  - agendas: the spatial agendas sharing ≥1 municipality with an area of C (match.ts's
 *    overlappingAgendas over that union), out of all spatial agendas;
 *  - agendasPerTheme: how many of those agendas address each theme, out of agendas;
 *  - shareLocationChoices: certain LOCATIE goals of those agendas / all their goals (the goals
 *    section's per-agenda counts, the same share as goals.perTheme).
 * Areas without a category are listed apart (uncategorised) and counted in no category.
 */
import type { Dataset, NationalRegion } from '../model/dataset.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import { bestMatch, indexAgendas, overlappingAgendas, spatialAgendas, type AgendaIndex, type SpatialAgenda } from './match.ts';
import { divisionOrder } from './national.ts';
import type { GoalsResult, Overlap } from './types.ts';
import { compareStrings, groupBy } from './util.ts';
import type { ZoningArea, ZoningCategory, ZoningDivision, ZoningResult } from './zoning-types.ts';

export type * from './zoning-types.ts';

/** What the zoning comparison reads: the dataset and the sections it builds on (each optional). */
export interface ZoningDependencies {
  dataset: Dataset;
  /** The overlap section: the reference for each area's best match and found-back flag. */
  overlap?: Overlap | null;
  /** The goals section: the location-choice share of the agendas. */
  goals?: GoalsResult | null;
}

interface Context {
  agendas: readonly SpatialAgenda[];
  index: AgendaIndex;
  overlap: Overlap | null | undefined;
  goals: GoalsResult | null | undefined;
  foundBack: number;
}

/** Whether any area of the dataset has a category (then the site shows the comparison). */
export function hasZoning(dataset: Pick<Dataset, 'nationalRegions'>): boolean {
  return dataset.nationalRegions.some((r) => r.category !== null);
}

function areaOf(region: NationalRegion, ctx: Context): ZoningArea {
  const given = ctx.overlap?.divisions[region.division]?.regions.find((r) => r.id === region.id);
  const match = given ? given.bestMatch : bestMatch(region.municipalities, ctx.agendas, ctx.index);
  return {
    id: region.id,
    name: region.name,
    municipalities: new Set(region.municipalities).size,
    bestMatch: match,
    foundBack: given ? given.foundBack : match !== null && match.jaccard >= ctx.foundBack,
  };
}

/** Goals, location choices and agendas with goals over the given agendas; nulls without a goals section. */
function goalCounts(agendaIds: readonly string[], goals: GoalsResult | null | undefined): Pick<ZoningCategory, 'goals' | 'locationChoices' | 'shareLocationChoices' | 'agendasWithGoals'> {
  if (!goals) return { goals: null, locationChoices: null, shareLocationChoices: null, agendasWithGoals: null };
  let total = 0;
  let locationChoices = 0;
  let agendasWithGoals = 0;
  for (const id of agendaIds) {
    const summary = goals.perCooperation[id];
    if (!summary || summary.total === 0) continue;
    agendasWithGoals++;
    total += summary.total;
    locationChoices += summary.counts.LOCATIE;
  }
  return { goals: total, locationChoices, shareLocationChoices: total === 0 ? null : locationChoices / total, agendasWithGoals };
}

function categoryOf(category: string, regions: readonly NationalRegion[], ctx: Context): ZoningCategory {
  const areas = [...regions].sort((x, y) => compareStrings(x.id, y.id)).map((r) => areaOf(r, ctx));
  const assessed = areas.filter((a) => a.municipalities > 0);
  const municipalities = [...new Set(regions.flatMap((r) => r.municipalities))].sort(compareStrings);
  const agendaIds = overlappingAgendas(municipalities, ctx.agendas, ctx.index)
    .map((m) => m.cooperationId)
    .sort(compareStrings);
  const themesOf = new Map(ctx.agendas.map((a) => [a.id, a.themes]));
  const agendasPerTheme = Object.fromEntries(THEMES.map((t) => [t, agendaIds.filter((id) => themesOf.get(id)!.includes(t)).length])) as Record<Theme, number>;
  return {
    category,
    areas,
    areasAssessed: assessed.length,
    areasFoundBack: assessed.filter((a) => a.foundBack).length,
    municipalities,
    agendas: agendaIds,
    agendasPerTheme,
    ...goalCounts(agendaIds, ctx.goals),
  };
}

function divisionOf(division: string, regions: readonly NationalRegion[], ctx: Context): ZoningDivision {
  const byCategory = groupBy(
    regions.filter((r) => r.category !== null),
    (r) => r.category!,
  );
  const uncategorised = regions.filter((r) => r.category === null).map((r) => r.id).sort(compareStrings);
  return {
    division,
    areas: regions.length,
    areasCategorised: regions.length - uncategorised.length,
    uncategorised,
    categories: [...byCategory].map(([category, list]) => categoryOf(category, list, ctx)),
  };
}

export function analyseZoning(deps: ZoningDependencies, options: { foundBack: number }): ZoningResult {
  const agendas = spatialAgendas(deps.dataset);
  const ctx: Context = { agendas, index: indexAgendas(agendas), overlap: deps.overlap, goals: deps.goals, foundBack: options.foundBack };
  const byDivision = groupBy(deps.dataset.nationalRegions, (r) => r.division);
  const divisions = [...byDivision.keys()]
    .filter((d) => byDivision.get(d)!.some((r) => r.category !== null))
    .sort(divisionOrder)
    .map((d) => divisionOf(d, byDivision.get(d)!, ctx));
  return { spatialAgendas: agendas.length, foundBackThreshold: options.foundBack, divisions };
}
