/**
 * Re-boundarying of commuting flows: flows between municipalities of an older year (e.g. CBS 2014)
 * become flows between 2025 municipalities via the merger table. A former municipality that merged
 * maps wholly to its successor (flows add up); one split over several successors is apportioned by
 * the successors' population shares (1-1-2024), a documented estimate flagged on every flow it
 * touches. Each source flow is split with the largest-remainder method, so persons stay whole
 * numbers and the total of every source flow, hence the grand total, is preserved exactly.
 */
import type { Merger } from '../model/reference.ts';

/** One flow in the old division: jobs of residents of `from` working in `to` (old codes). */
export interface SourceFlow {
  from: string;
  to: string;
  persons: number;
}

/** One flow in the 2025 division, after summing every source flow that maps onto it. */
export interface ReboundedFlow {
  from: string;
  to: string;
  persons: number;
  /** Old codes of split municipalities whose share in this flow is an estimate (sorted); empty = exact. */
  apportionedFrom: string[];
  /** Number of source flows that contributed (1 = unchanged pair or a pure rename). */
  sources: number;
}

export interface ReboundaryInput {
  flows: readonly SourceFlow[];
  mergers: readonly Merger[];
  /** The 2025 municipality codes. */
  codes2025: ReadonlySet<string>;
  /** Inhabitants per 2025 code, for the shares of split municipalities. */
  population: ReadonlyMap<string, number>;
}

export interface ReboundaryResult {
  /** Sorted by from, then to. */
  flows: ReboundedFlow[];
  /** Old codes that are neither a 2025 code nor in the merger table (their flows are left out). */
  unmapped: string[];
  /** Persons in flows left out because an end was unmapped. */
  unmappedPersons: number;
  /** Persons in source flows that involved a split municipality (their split is an estimate). */
  apportionedPersons: number;
}

/** A 2025 code with the share of the old municipality it receives. */
export interface Successor {
  code: string;
  share: number;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Successors of one old code: itself when it still exists, else the merger row's successors with
 * population shares (equal shares when no successor has a population). null = unknown code.
 */
export function successorsOf(
  code: string,
  mergersByCode: ReadonlyMap<string, Merger>,
  codes2025: ReadonlySet<string>,
  population: ReadonlyMap<string, number>,
): Successor[] | null {
  if (codes2025.has(code)) return [{ code, share: 1 }];
  const merger = mergersByCode.get(code);
  if (!merger) return null;
  const successors = [...merger.successors].sort(compare);
  if (successors.length === 1) return [{ code: successors[0], share: 1 }];
  const pops = successors.map((c) => population.get(c) ?? 0);
  const total = pops.reduce((a, b) => a + b, 0);
  return successors.map((c, i) => ({ code: c, share: total > 0 ? pops[i] / total : 1 / successors.length }));
}

/**
 * Splits a whole number `total` over parts proportional to `weights` (summing to 1) so that the
 * parts are whole numbers summing to `total`: each part gets floor(total × weight), and the units
 * left over go to the largest fractional remainders (ties: the earlier part). A non-integer total
 * is split exactly proportionally instead.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const exact = weights.map((w) => total * w);
  if (!Number.isInteger(total)) return exact;
  const parts = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - parts[i] }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k].i] += 1;
  // Floating error can only make the floors one too high in total when weights sum to just over 1.
  for (let k = order.length - 1; left < 0 && k >= 0; k--) {
    if (parts[order[k].i] > 0) {
      parts[order[k].i] -= 1;
      left++;
    }
  }
  return parts;
}

/** The 2025 pairs one source flow is divided over, with their weights. */
function targetsOf(from: Successor[], to: Successor[], sameMunicipality: boolean): { from: string; to: string; weight: number }[] {
  // A split municipality's own (internal) jobs are kept internal: residents of the part that went
  // to X are assumed to work in that same part, rather than being spread over every pair of parts.
  if (sameMunicipality) return from.map((s) => ({ from: s.code, to: s.code, weight: s.share }));
  const out: { from: string; to: string; weight: number }[] = [];
  for (const f of from) for (const t of to) out.push({ from: f.code, to: t.code, weight: f.share * t.share });
  return out;
}

export function reboundaryFlows(input: ReboundaryInput): ReboundaryResult {
  const mergersByCode = new Map(input.mergers.map((m) => [m.formerCode, m]));
  const cache = new Map<string, Successor[] | null>();
  const lookup = (code: string): Successor[] | null => {
    if (!cache.has(code)) cache.set(code, successorsOf(code, mergersByCode, input.codes2025, input.population));
    return cache.get(code)!;
  };

  const acc = new Map<string, { from: string; to: string; persons: number; apportioned: Set<string>; sources: number }>();
  const unmapped = new Set<string>();
  let unmappedPersons = 0;
  let apportionedPersons = 0;

  for (const flow of input.flows) {
    const from = lookup(flow.from);
    const to = lookup(flow.to);
    if (!from || !to) {
      if (!from) unmapped.add(flow.from);
      if (!to) unmapped.add(flow.to);
      unmappedPersons += flow.persons;
      continue;
    }
    const splitCodes: string[] = [];
    if (from.length > 1) splitCodes.push(flow.from);
    if (to.length > 1 && flow.to !== flow.from) splitCodes.push(flow.to);
    if (splitCodes.length > 0) apportionedPersons += flow.persons;

    const targets = targetsOf(from, to, flow.from === flow.to);
    const parts = largestRemainder(flow.persons, targets.map((t) => t.weight));
    targets.forEach((t, i) => {
      if (parts[i] === 0) return;
      const key = `${t.from}|${t.to}`;
      let entry = acc.get(key);
      if (!entry) {
        entry = { from: t.from, to: t.to, persons: 0, apportioned: new Set(), sources: 0 };
        acc.set(key, entry);
      }
      entry.persons += parts[i];
      entry.sources += 1;
      for (const c of splitCodes) entry.apportioned.add(c);
    });
  }

  const flows = [...acc.values()]
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to))
    .map((e) => ({ from: e.from, to: e.to, persons: e.persons, apportionedFrom: [...e.apportioned].sort(compare), sources: e.sources }));
  return { flows, unmapped: [...unmapped].sort(compare), unmappedPersons, apportionedPersons };
}
