import { describe, expect, it } from 'vitest';
import { averageRanks, pearson, spearman } from './correlation.ts';

describe('correlation', () => {
  it('pearson: hand example', () => {
    // x = 1,2,3, y = 2,4,7: means 2, 13/3; dx = −1,0,1; dy = −7/3,−1/3,8/3;
    // sxy = 7/3 + 8/3 = 5; sxx = 2; syy = (49+1+64)/9 = 114/9 → r = 5 / √(2 × 114/9) = 5 / 5.0332 = 0.99340.
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9934, 4);
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it('averageRanks gives ties their mean rank; spearman is pearson on ranks', () => {
    expect(averageRanks([2, 4, 3, 2])).toEqual([1.5, 4, 3, 1.5]);
    // Monotone but not linear: ranks identical → 1.
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBe(1);
  });
});
