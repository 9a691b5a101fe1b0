/**
 * The whole chain in one call: reference (CBS 2025) + input (folder or workbook) → Dataset →
 * Analysis. The analysis is computed even when the Dataset has error findings (on the accepted
 * rows); callers decide whether to publish it (the CLI does not).
 */
import { analyse } from './analysis/index.ts';
import type { Analysis, AnalysisOptions } from './analysis/types.ts';
import { readDataset } from './ingest/index.ts';
import type { Dataset } from './model/dataset.ts';
import { loadReference, type Reference } from './reference/index.ts';

export interface PipelineResult {
  reference: Reference;
  dataset: Dataset;
  analysis: Analysis;
}

export async function runPipeline(path: string, options: Partial<AnalysisOptions> = {}): Promise<PipelineResult> {
  const reference = loadReference();
  const dataset = await readDataset(path, reference);
  const analysis = analyse(dataset, reference, options);
  return { reference, dataset, analysis };
}

/** True when the dataset has findings of severity error (such a dataset must not be published). */
export function hasErrors(dataset: Dataset): boolean {
  return dataset.findings.some((f) => f.severity === 'error');
}
