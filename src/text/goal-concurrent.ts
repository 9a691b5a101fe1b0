/**
 * Classifies many goals on two threads. A worker can be started before the goals are known (it loads
 * the model and word lists while the input is read); given the goals it claims chunks of them while
 * the main thread goes on with the rest of the analysis, and when the main thread asks for the result
 * it takes the chunks the worker has not claimed yet. Same code and model on both sides, so the
 * classifications are exactly those of classifyGoalCombined in input order, whichever thread made
 * them. Few goals, no free core or no worker: everything on the main thread.
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

/** Below this many goals the worker's share does not pay for sending the goals and results across. */
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

export interface GoalClassifier {
  /** Starts on `goals` (once per classifier); the worker, if any, is used for this call only. */
  classify(goals: GoalToClassify[]): PendingClassification;
  /** Stops an unused worker (classify() does so itself when done). */
  close(): void;
}

const classifyHere = (goals: GoalToClassify[]) => goals.map((g) => classifyGoalCombined(g.text, g.label));
const onThisThread = (goals: GoalToClassify[]): PendingClassification => ({ finish: async () => classifyHere(goals), byWorker: 0, workerWorking: Promise.resolve(false) });

/**
 * The compiled worker runs under plain node. From the TypeScript sources (tests, scripts) the worker
 * first registers the tsx loader, which a worker does not inherit from the main thread.
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./goal-worker.js', import.meta.url));
  // The ES module entry: the CommonJS one registers by a path that does not resolve inside a worker.
  const loader = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const worker = new URL('./goal-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { eval: true });
}

/**
 * A second thread only pays when a core is free (on a machine already busy it only adds the worker's
 * start) and the code is compiled: from the TypeScript sources the worker would transpile every module
 * again, which costs more than it saves.
 */
function workerPays(): boolean {
  // REGIORUIMTE_GOAL_WORKER=1 always starts the worker, =0 never (for measuring both ways).
  const forced = process.env.REGIORUIMTE_GOAL_WORKER;
  if (forced === '1' || forced === '0') return forced === '1';
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0] <= cores - 1 && !import.meta.url.endsWith('.ts');
}

/** The goals shared with a running worker; finish() collects its chunks and classifies the rest here. */
function shareWith(worker: Worker, goals: GoalToClassify[]): PendingClassification {
  const job: ClassifyJob = { goals, counter: new SharedArrayBuffer(4), chunk: CHUNK };
  const results: CombinedGoalClassification[][] = [];
  let byWorker = 0;
  let working: (value: boolean) => void = () => {};
  const workerWorking = new Promise<boolean>((resolve) => (working = resolve));
  const ended = new Promise<void>((resolve) => {
    const stopped = () => {
      working(false);
      resolve();
    };
    worker.on('message', (m: { start?: number; results?: CombinedGoalClassification[]; done?: boolean }) => {
      if (m.start !== undefined && m.results) {
        results[m.start / CHUNK] = m.results;
        byWorker += m.results.length;
        working(true);
      }
      if (m.done) stopped();
    });
    // A worker that fails leaves its claimed chunk without result; finish() classifies those itself.
    worker.on('error', stopped);
    worker.on('exit', stopped);
  });
  worker.ref();
  worker.postMessage(job);
  return {
    async finish() {
      classifyChunks(job, (start, chunk) => (results[start / CHUNK] = chunk));
      await ended;
      void worker.terminate();
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

/**
 * A classifier with a worker already loading, when that pays (or `evenWhenBusy`). The idle
 * worker does not keep the process alive; it is stopped after one classify() or by close().
 */
export function startGoalClassifier(options: { minGoals?: number; evenWhenBusy?: boolean } = {}): GoalClassifier {
  let worker: Worker | null = null;
  if (options.evenWhenBusy || workerPays()) {
    try {
      worker = spawnWorker();
      worker.unref();
      // Until it is given goals, a failing worker only means the main thread does all the work.
      worker.on('error', () => (worker = null));
    } catch {
      worker = null;
    }
  }
  const close = () => {
    void worker?.terminate();
    worker = null;
  };
  return {
    classify(goals) {
      const w = worker;
      worker = null;
      if (w === null) return onThisThread(goals);
      if (goals.length < (options.minGoals ?? CONCURRENT_MIN_GOALS)) {
        void w.terminate();
        return onThisThread(goals);
      }
      return shareWith(w, goals);
    },
    close,
  };
}

/** Starts a classifier and gives it the goals at once (when they are known before the worker is needed). */
export function classifyGoalsConcurrently(goals: GoalToClassify[], options: { minGoals?: number; evenWhenBusy?: boolean } = {}): PendingClassification {
  if (goals.length < (options.minGoals ?? CONCURRENT_MIN_GOALS)) return onThisThread(goals);
  return startGoalClassifier(options).classify(goals);
}
