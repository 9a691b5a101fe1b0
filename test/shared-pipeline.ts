/**
 * One `runPipeline(path)` per path and test worker. Vitest runs files without module isolation, so
 * this module's memo is shared by every file the worker runs: the example dataset is read and
 * analysed once instead of once per file. The key is the path exactly as given, because the
 * Dataset records it as given (`source`). Dataset and Analysis are frozen, so a test that changes
 * them fails instead of changing what later files see; the reference is already shared by
 * `loadReference`.
 */
import { runPipeline, type PipelineResult } from '../src/pipeline.ts';

const runs = new Map<string, Promise<PipelineResult>>();

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}

/** The pipeline result for `path` with the default options, computed once per worker; read-only. */
export function sharedPipeline(path: string): Promise<PipelineResult> {
  let run = runs.get(path);
  if (!run) {
    run = runPipeline(path).then(({ reference, dataset, analysis }) => ({ reference, dataset: deepFreeze(dataset), analysis: deepFreeze(analysis) }));
    runs.set(path, run);
  }
  return run;
}
