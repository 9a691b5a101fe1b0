/**
 * Classifies many goals on two threads: a worker starts on them at once, while the main thread goes on
 * with the rest of the analysis; when the main thread asks for the result it takes the chunks the worker
 * has not claimed yet. Same code and model on both sides, so the classifications are exactly those of
 * classifyGoalCombined in input order, whichever thread made them. Few goals, no free core or no worker:
 * everything on the main thread.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GoalClass } from '../model/enums.ts';
import { classifyGoalCombined, type CombinedGoalClassification } from './goal-model.ts';

export interface GoalToClassify {
  text: string;
  label: GoalClass | null;
}

export interface ClassifyJob {
  goals: GoalToClassify[];
  /** One Int32: the next chunk to claim, shared by both threads. */
  counter: SharedArrayBuffer;
  chunk: number;
}

/** Below this many goals starting a worker (loading the model again) costs more than it saves. */
export const CONCURRENT_MIN_GOALS = 300;
const CHUNK = 64;

/** Claims chunks until none are left, classifying each and handing it to `done`. */
export function classifyChunks(job: ClassifyJob, done: (start: number, results: CombinedGoalClassification[]) => void): void {
  const next = new Int32Array(job.counter);
  for (let c = Atomics.add(next, 0, 1); c * job.chunk < job.goals.length; c = Atomics.add(next, 0, 1)) {
    const start = c * job.chunk;
    done(start, job.goals.slice(start, start + job.chunk).map((g) => classifyGoalCombined(g.text, g.label)));
  }
}

export interface PendingClassification {
  /** The classifications in input order; the main thread helps with what is left. */
  finish(): Promise<CombinedGoalClassification[]>;
  /** How many goals the worker classified (0 without a worker); final once finish() has resolved. */
  readonly byWorker: number;
  /** Resolves true when the worker delivered its first chunk, false when it delivered none. */
  readonly workerWorking: Promise<boolean>;
}

const classifyHere = (goals: GoalToClassify[]) => goals.map((g) => classifyGoalCombined(g.text, g.label));

/**
 * The compiled worker runs under plain node. From the TypeScript sources (tests, scripts) the worker
 * first registers the tsx loader, which a worker does not inherit from the main thread.
 */
function startWorker(job: ClassifyJob): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./goal-worker.js', import.meta.url), { workerData: job });
  // The ES module entry: the CommonJS one registers by a path that does not resolve inside a worker.
  const loader = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const worker = new URL('./goal-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { eval: true, workerData: job });
}

/** A second thread only pays when a core is free: on a machine already busy it only adds the worker's start. */
function coreFree(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0] <= cores - 1;
}

export function classifyGoalsConcurrently(goals: GoalToClassify[], options: { minGoals?: number; evenWhenBusy?: boolean } = {}): PendingClassification {
  if (goals.length < (options.minGoals ?? CONCURRENT_MIN_GOALS) || !(options.evenWhenBusy || coreFree())) {
    return { finish: async () => classifyHere(goals), byWorker: 0, workerWorking: Promise.resolve(false) };
  }
  const job: ClassifyJob = { goals, counter: new SharedArrayBuffer(4), chunk: CHUNK };
  const results: CombinedGoalClassification[][] = [];
  let worker: Worker;
  try {
    worker = startWorker(job);
  } catch {
    return { finish: async () => classifyHere(goals), byWorker: 0, workerWorking: Promise.resolve(false) };
  }
  let byWorker = 0;
  let working: (value: boolean) => void = () => {};
  const workerWorking = new Promise<boolean>((resolve) => (working = resolve));
  const ended = new Promise<void>((resolve) => {
    worker.on('message', (m: { start?: number; results?: CombinedGoalClassification[]; done?: boolean }) => {
      if (m.start !== undefined && m.results) {
        results[m.start / CHUNK] = m.results;
        byWorker += m.results.length;
        working(true);
      }
      if (m.done) resolve();
    });
    // A worker that fails leaves its claimed chunk without result; finish() classifies those itself.
    const stopped = () => {
      working(false);
      resolve();
    };
    worker.on('error', stopped);
    worker.on('exit', stopped);
  });
  return {
    async finish() {
      classifyChunks(job, (start, chunk) => (results[start / CHUNK] = chunk));
      await ended;
      working(false);
      const chunks = Math.ceil(goals.length / CHUNK);
      for (let c = 0; c < chunks; c++) results[c] ??= classifyHere(goals.slice(c * CHUNK, (c + 1) * CHUNK));
      return results.flat();
    },
    get byWorker() {
      return byWorker;
    },
    workerWorking,
  };
}
