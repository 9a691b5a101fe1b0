/**
 * Worker side of goal-concurrent.ts: loads the model at once (while the main thread reads the input),
 * then classifies chunks of the goals it is sent, claiming each chunk from the shared counter so the
 * main thread can take the remaining chunks once it is free.
 */
import { parentPort } from 'node:worker_threads';
import { classifyChunks, type ClassifyJob } from './goal-concurrent.ts';
import { loadGoalModel } from './goal-model.ts';

loadGoalModel();
parentPort?.once('message', (job: ClassifyJob) => {
  classifyChunks(job, (start, results) => parentPort?.postMessage({ start, results }));
  parentPort?.postMessage({ done: true });
});
