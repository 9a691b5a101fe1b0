/** Shared helpers for benchmarks: wall-clock timing (best of n) and memory snapshots. */
import { performance } from 'node:perf_hooks';

export interface Bench {
  /** Short name printed as a heading. */
  name: string;
  /** Runs the benchmark and prints its own lines. */
  run(log: (line: string) => void): Promise<void>;
}

/** Best (minimum) wall time in ms over `repeat` runs, plus the last result. */
export async function timeBest<T>(fn: () => T | Promise<T>, repeat: number): Promise<{ ms: number; result: T }> {
  let best = Number.POSITIVE_INFINITY;
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function memoryLine(): string {
  const m = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  return `rss ${mib(m.rss)} (piek ${mib(peak)}), heapUsed ${mib(m.heapUsed)}`;
}
