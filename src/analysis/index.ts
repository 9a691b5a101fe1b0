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

export function analyse(dataset: Dataset, ref: AnalysisReference, options: Partial<AnalysisOptions> = {}): Analysis {
  const opts = resolveOptions(options);
  const analysis: Analysis = {
    schemaVersion: SCHEMA_VERSION,
    options: opts,
    dataset: summariseDataset(dataset),
    coverage: analyseCoverage(dataset, ref),
    themes: analyseThemes(dataset),
    organisation: analyseOrganisation(dataset),
    network: analyseNetwork(dataset, ref, { threshold: opts.threshold, seed: opts.seed }),
    overlap: analyseOverlap(dataset, ref, { foundBack: opts.foundBack }),
    typology: analyseTypology(dataset),
    goals: analyseGoals(dataset),
  };
  analysis.national = analyseNational(
    { dataset, ref, overlap: analysis.overlap, goals: analysis.goals, typology: analysis.typology },
    { foundBack: opts.foundBack },
  );
  if (hasZoning(dataset)) analysis.zoning = analyseZoning({ dataset, overlap: analysis.overlap, goals: analysis.goals }, { foundBack: opts.foundBack });
  if (dataset.commuting) analysis.commuting = analyseCommuting(dataset, ref, { seed: opts.seed });
  return analysis;
}
