/**
 * Worker side of goal-concurrent.ts: classifies chunks of the goals it is given, claiming each chunk
 * from the shared counter so the main thread can take the remaining chunks once it is free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { classifyChunks, type ClassifyJob } from './goal-concurrent.ts';

const job = workerData as ClassifyJob;
classifyChunks(job, (start, results) => parentPort?.postMessage({ start, results }));
parentPort?.postMessage({ done: true });
