/**
 * analyse(): composes every section of the Analysis from one Dataset and the reference. Each
 * section is a pure function in its own module; this file only wires them and fills defaults.
 */
import type { Dataset } from '../model/dataset.ts';
import { analyseCommuting } from './commuting.ts';
import { analyseCoverage } from './coverage.ts';
import { analyseGoals } from './goals.ts';
import { summariseDataset } from './dataset.ts';
import { analyseNational } from './national.ts';
import { analyseNetwork } from './network.ts';
import { analyseOrganisation } from './organisation.ts';
import { analyseOverlap } from './overlap.ts';
import { analyseThemes } from './themes.ts';
import { analyseTypology } from './typology.ts';
import { analyseZoning, hasZoning } from './zoning.ts';
import { DEFAULT_OPTIONS, SCHEMA_VERSION, type Analysis, type AnalysisOptions } from './types.ts';
import type { AnalysisReference } from './util.ts';
import { startGoalClassifier, type GoalClassifier } from '../text/goal-concurrent.ts';

export { serializeAnalysis, stableStringify } from './serialize.ts';
export { DEFAULT_OPTIONS, SCHEMA_VERSION } from './types.ts';
export type { Analysis, AnalysisOptions } from './types.ts';
export type { AnalysisReference } from './util.ts';

/** Options with defaults filled in; throws RangeError for values no analysis can use. */
export function resolveOptions(options: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const resolved = { ...DEFAULT_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!Number.isInteger(resolved.threshold) || resolved.threshold < 1) throw new RangeError('threshold moet een geheel getal ≥ 1 zijn');
  if (!(resolved.foundBack >= 0 && resolved.foundBack <= 1)) throw new RangeError('found-back moet tussen 0 en 1 liggen');
  if (!Number.isInteger(resolved.seed)) throw new RangeError('seed moet een geheel getal zijn');
  return resolved;
}

type EarlySections = Omit<Analysis, 'goals' | 'national' | 'zoning'>;

/** The sections that do not need the goals; the commuting section is computed here too. */
function sectionsBeforeGoals(dataset: Dataset, ref: AnalysisReference, opts: AnalysisOptions): EarlySections {
  const early: EarlySections = {
    schemaVersion: SCHEMA_VERSION,
    options: opts,
    dataset: summariseDataset(dataset),
    coverage: analyseCoverage(dataset, ref),
    themes: analyseThemes(dataset),
    organisation: analyseOrganisation(dataset),
    network: analyseNetwork(dataset, ref, { threshold: opts.threshold, seed: opts.seed }),
    overlap: analyseOverlap(dataset, ref, { foundBack: opts.foundBack }),
    typology: analyseTypology(dataset),
  };
  if (dataset.commuting) early.commuting = analyseCommuting(dataset, ref, { seed: opts.seed });
  return early;
}

/** The goals and the sections that build on them. */
function withGoals(early: EarlySections, dataset: Dataset, ref: AnalysisReference, opts: AnalysisOptions, goals: Analysis['goals']): Analysis {
  const { commuting, ...rest } = early;
  const analysis: Analysis = { ...rest, goals };
  analysis.national = analyseNational(
    { dataset, ref, overlap: analysis.overlap, goals: analysis.goals, typology: analysis.typology },
    { foundBack: opts.foundBack },
  );
  if (hasZoning(dataset)) analysis.zoning = analyseZoning({ dataset, overlap: analysis.overlap, goals: analysis.goals }, { foundBack: opts.foundBack });
  if (commuting) analysis.commuting = commuting;
  return analysis;
}

export function analyse(dataset: Dataset, ref: AnalysisReference, options: Partial<AnalysisOptions> = {}): Analysis {
  const opts = resolveOptions(options);
  return withGoals(sectionsBeforeGoals(dataset, ref, opts), dataset, ref, opts, analyseGoals(dataset));
}

/**
 * The same Analysis as analyse(), with the goals classified on a second thread while this one
 * computes the other sections (goal-concurrent.ts); for the command line, where it shortens the run.
 * `classifier` may have been started before the input was read, so its worker is ready by now.
 */
export async function analyseConcurrently(
  dataset: Dataset,
  ref: AnalysisReference,
  options: Partial<AnalysisOptions> = {},
  classifier: GoalClassifier = startGoalClassifier(),
): Promise<Analysis> {
  const opts = resolveOptions(options);
  const pending = classifier.classify(dataset.goals.map((g) => ({ text: g.text, label: g.label })));
  const early = sectionsBeforeGoals(dataset, ref, opts);
  return withGoals(early, dataset, ref, opts, analyseGoals(dataset, await pending.finish()));
}
