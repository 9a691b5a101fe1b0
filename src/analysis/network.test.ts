import { describe, expect, it } from 'vitest';
import { analyseNetwork, detectCommunities } from './network.ts';
import { coop, tinyDataset, tinyReference } from './__fixtures__/tiny.ts';

/*
 * Shared counts over all six cooperations (spatial or not):
 *   c1{1,2,3} c2{2,3} c3{4,5} c4{1,2,3,4} c5{1,2} c6{1,2,3,4,5}
 *   12: c1 c4 c5 c6 = 4   13: c1 c4 c6 = 3   14: c4 c6 = 2   15: c6 = 1   23: c1 c2 c4 c6 = 4
 *   24: c4 c6 = 2         25: c6 = 1         34: c4 c6 = 2   35: c6 = 1   45: c3 c6 = 2
 */
describe('analyseNetwork', () => {
  it('counts shared cooperations per pair and keeps pairs at or above the threshold', () => {
    const net = analyseNetwork(tinyDataset(), tinyReference, { threshold: 3, seed: 42 });
    expect(net.threshold).toBe(3);
    expect(net.edges).toEqual([
      { a: 'GM0001', b: 'GM0002', shared: 4 },
      { a: 'GM0001', b: 'GM0003', shared: 3 },
      { a: 'GM0002', b: 'GM0003', shared: 4 },
    ]);
    // shared 1: 15 25 35; shared 2: 14 24 34 45; shared 3: 13; shared 4: 12 23 → 3+4+1+2 = 10 = C(5,2)
    expect(net.pairCountsByShared).toEqual({ '1': 3, '2': 4, '3': 1, '4': 2 });
    // every pair sharing ≥ 1, whatever the threshold: the 10 pairs of the table above, by a then b
    expect(net.pairs.map((p) => `${p.a.slice(-1)}${p.b.slice(-1)}:${p.shared}`)).toEqual([
      '12:4', '13:3', '14:2', '15:1', '23:4', '24:2', '25:1', '34:2', '35:1', '45:2',
    ]);
  });

  it('gives degree and strength on the thresholded graph', () => {
    const net = analyseNetwork(tinyDataset(), tinyReference, { threshold: 2, seed: 42 });
    // edges ≥2: 12(4) 13(3) 14(2) 23(4) 24(2) 34(2) 45(2)
    // degree: 1→3 2→3 3→3 4→4 5→1 6→0; strength: 1: 4+3+2=9, 2: 4+4+2=10, 3: 3+4+2=9, 4: 2+2+2+2=8, 5: 2
    expect(net.edges).toHaveLength(7);
    expect(net.municipalities).toEqual([
      { code: 'GM0001', degree: 3, strength: 9 },
      { code: 'GM0002', degree: 3, strength: 10 },
      { code: 'GM0003', degree: 3, strength: 9 },
      { code: 'GM0004', degree: 4, strength: 8 },
      { code: 'GM0005', degree: 1, strength: 2 },
      { code: 'GM0006', degree: 0, strength: 0 },
    ]);
  });

  it('puts a triangle in one community and gives each isolated municipality its own, numbered by smallest code', () => {
    const net = analyseNetwork(tinyDataset(), tinyReference, { threshold: 3, seed: 42 });
    expect(net.communities).toEqual({ GM0001: 1, GM0002: 1, GM0003: 1, GM0004: 2, GM0005: 3, GM0006: 4 });
    expect(net.communityCount).toBe(4);
    // sizes 3, 1, 1, 1: one community with two or more municipalities
    expect(net.multiMemberCommunities).toBe(1);
  });

  it('separates two strong triangles joined by a weak edge, for any seed', () => {
    // {1,2,3} together 10×, {4,5,6} together 10×, {3,4} together 5× → at threshold 5 edges:
    // 12 13 23 45 46 56 with weight 10, 34 with weight 5. m = 6·10 + 5 = 65.
    // Q = Σc [in_c/m − (tot_c/2m)²] = 2·(30/65 − (65/130)²) = 60/65 − 0.5 ≈ 0.423077
    const many = (id: string, members: string[], times: number) =>
      Array.from({ length: times }, (_, i) => coop({ id: `${id}${i}`, municipalities: members, spatial: false }));
    const ds = tinyDataset({
      cooperations: [
        ...many('a', ['GM0001', 'GM0002', 'GM0003'], 10),
        ...many('b', ['GM0004', 'GM0005', 'GM0006'], 10),
        ...many('c', ['GM0003', 'GM0004'], 5),
      ],
    });
    for (const seed of [1, 42, 12345]) {
      const net = analyseNetwork(ds, tinyReference, { threshold: 5, seed });
      expect(net.communities).toEqual({ GM0001: 1, GM0002: 1, GM0003: 1, GM0004: 2, GM0005: 2, GM0006: 2 });
      expect(net.modularity).toBeCloseTo(60 / 65 - 0.5, 6);
    }
  });

  it('gives every municipality its own community when there are no edges', () => {
    const r = detectCommunities(['GM0002', 'GM0001'].sort(), [], 42);
    expect(r).toEqual({ communities: { GM0001: 1, GM0002: 2 }, count: 2, modularity: null });
  });

  it('is deterministic for a fixed seed', () => {
    const one = analyseNetwork(tinyDataset(), tinyReference, { threshold: 1, seed: 7 });
    const two = analyseNetwork(tinyDataset(), tinyReference, { threshold: 1, seed: 7 });
    expect(two).toEqual(one);
  });
});
