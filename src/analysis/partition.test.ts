import { describe, expect, it } from 'vitest';
import { comparePartitions } from './partition.ts';

const map = (entries: [string, string | number][]) => new Map(entries);

describe('comparePartitions (adjusted Rand index)', () => {
  it('is 1 for the same grouping under other labels', () => {
    const a = map([['p', 1], ['q', 1], ['r', 2], ['s', 2]]);
    const b = map([['p', 'X'], ['q', 'X'], ['r', 'Y'], ['s', 'Y']]);
    expect(comparePartitions(a, b)).toEqual({ items: 4, groupsA: 2, groupsB: 2, adjustedRandIndex: 1 });
  });

  it('matches a hand-worked table', () => {
    // A = {p,q,r | s,t}, B = {p,q | r,s,t}. Table: (1,X)=2 (1,Y)=1 (2,Y)=2.
    // index = C(2)+C(1)+C(2) = 2; Σ C(a) = C(3)+C(2) = 4; Σ C(b) = C(2)+C(3) = 4; C(5) = 10.
    // expected = 4·4/10 = 1.6; max = 4; ARI = (2 − 1.6)/(4 − 1.6) = 0.4/2.4 = 1/6.
    const a = map([['p', 1], ['q', 1], ['r', 1], ['s', 2], ['t', 2]]);
    const b = map([['p', 'X'], ['q', 'X'], ['r', 'Y'], ['s', 'Y'], ['t', 'Y']]);
    expect(comparePartitions(a, b).adjustedRandIndex).toBeCloseTo(1 / 6, 12);
  });

  it('counts only items in both partitions and is null when undefined', () => {
    const a = map([['p', 1], ['q', 1], ['z', 3]]);
    const b = map([['p', 'X'], ['q', 'X']]);
    // Common {p, q}, one group each: max = expected = 1 → undefined.
    expect(comparePartitions(a, b)).toEqual({ items: 2, groupsA: 1, groupsB: 1, adjustedRandIndex: null });
    expect(comparePartitions(map([]), b).adjustedRandIndex).toBeNull();
  });
});
