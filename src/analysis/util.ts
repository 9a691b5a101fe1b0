/**
 * Small shared helpers for the analysis modules: safe shares, mean/median, and a seeded PRNG.
 * Everything here is pure and deterministic.
 */
import type { Municipality } from '../model/reference.ts';
import type { ReferenceDivision } from '../model/reference.ts';

export { compareStrings } from '../model/order.ts';

/** The part of the reference (src/reference) the analysis needs; the full Reference satisfies it. */
export interface AnalysisReference {
  municipalities: Municipality[];
  regionNames: Record<ReferenceDivision, Record<string, string>>;
}

/** part / whole, or 0 when whole is 0 (callers document when that can happen). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median: middle value, or the mean of the two middle values for an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** mulberry32: a tiny seeded PRNG in [0, 1), so Louvain gives the same communities every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Items by key, keys in order of first appearance, items in input order (Node 20 has no Map.groupBy). */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
