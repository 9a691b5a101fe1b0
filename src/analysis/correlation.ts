/**
 * Correlation coefficients for size-versus-fit comparisons: Pearson on the values, Spearman as
 * Pearson on average ranks (ties share their mean rank). Both are null with fewer than 3 pairs or
 * when a variable has no variance, because a coefficient there says nothing.
 */
import { mean } from './util.ts';

/** Pearson correlation; null when fewer than 3 pairs or a variable has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Ranks 1..n with ties given their average rank. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k].i] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Spearman rank correlation = Pearson on average ranks. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 3 || ys.length !== xs.length) return null;
  return pearson(averageRanks(xs), averageRanks(ys));
}
