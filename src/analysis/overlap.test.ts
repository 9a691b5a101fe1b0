import { describe, expect, it } from 'vitest';
import { analyseOverlap, REFERENCE_DIVISION_KEYS } from './overlap.ts';
import { coop, tinyDataset, tinyReference } from './__fixtures__/tiny.ts';

// Spatial agendas: c1{1,2,3} c2{2,3} c3{4,5} c4{1,2,3,4}. (c5, c6 are not spatial and never match.)
describe('analyseOverlap', () => {
  const overlap = analyseOverlap(tinyDataset(), tinyReference, { foundBack: 0.5 });

  it('matches each national region to its best agenda by Jaccard', () => {
    const novex = overlap.divisions.NOVEX;
    // N1{2,3}: c1 2/3, c2 2/2 = 1, c4 2/4 → c2, containment both ways 1.
    expect(novex.regions[0]).toEqual({
      id: 'N1',
      name: 'Novex Noord',
      municipalities: 2,
      bestMatch: { cooperationId: 'c2', shared: 2, agendaMunicipalities: 2, jaccard: 1, containmentOfRegion: 1, containmentOfAgenda: 1 },
      foundBack: true,
    });
    // N2{4,5,6}: c3 ∩ = {4,5}, ∪ = {4,5,6} → 2/3; c4 ∩ = {4}, ∪ = 6 → 1/6. Best c3: |∩|/|R| = 2/3, |∩|/|A| = 2/2.
    expect(novex.regions[1].bestMatch).toEqual({ cooperationId: 'c3', shared: 2, agendaMunicipalities: 2, jaccard: 2 / 3, containmentOfRegion: 2 / 3, containmentOfAgenda: 1 });
    expect(novex.regions[1].foundBack).toBe(true);
  });

  it('leaves regions without municipalities out of the denominator', () => {
    const novex = overlap.divisions.NOVEX;
    expect(novex.regions[2]).toEqual({ id: 'N3', name: 'Novex Leeg', municipalities: 0, bestMatch: null, foundBack: false });
    expect(novex.regionsAssessed).toBe(2);
    // N1, N2, N3 known; N3 has no municipalities → 1 not assessable, so the share is not complete.
    expect(novex.regionsKnown).toBe(3);
    expect(novex.regionsNotAssessable).toBe(1);
    expect(novex.complete).toBe(false);
    expect(novex.regionsFoundBack).toBe(2);
    expect(novex.shareFoundBack).toBe(1); // 2/2, not 2/3
  });

  it('applies the found-back threshold (≥)', () => {
    const strict = analyseOverlap(tinyDataset(), tinyReference, { foundBack: 0.7 });
    // N1 best 1 ≥ 0.7; N2 best 2/3 < 0.7 → 1/2
    expect(strict.divisions.NOVEX.shareFoundBack).toBe(0.5);
    expect(strict.foundBackThreshold).toBe(0.7);
  });

  it('includes the CBS reference divisions under their documented keys', () => {
    expect(Object.keys(overlap.divisions)).toEqual([
      'CBS_ARBEIDSMARKTREGIO', 'CBS_COROP', 'CBS_GGDREGIO', 'CBS_JEUGDREGIO', 'CBS_PROVINCIE', 'CBS_RES', 'CBS_VEILIGHEIDSREGIO', 'NOVEX',
    ]);
    expect(Object.values(REFERENCE_DIVISION_KEYS)).toHaveLength(7);
    const res = overlap.divisions.CBS_RES;
    // ES01{1,2}: c1 2/3, c2 ∩{2} ∪{1,2,3} 1/3, c4 2/4 → c1; |∩|/|R| = 2/2, |∩|/|A| = 2/3.
    expect(res.regions[0]).toMatchObject({ id: 'ES01', name: 'RES Noord', municipalities: 2 });
    expect(res.regions[0].bestMatch).toEqual({ cooperationId: 'c1', shared: 2, agendaMunicipalities: 3, jaccard: 2 / 3, containmentOfRegion: 1, containmentOfAgenda: 2 / 3 });
    // ES02{3,4,5,6}: c1 1/6, c2 1/5, c3 2/4, c4 ∩{3,4} ∪{1..6} 2/6 → c3 with exactly 0.5: found back (≥ 0.5).
    expect(res.regions[1].bestMatch).toEqual({ cooperationId: 'c3', shared: 2, agendaMunicipalities: 2, jaccard: 0.5, containmentOfRegion: 0.5, containmentOfAgenda: 1 });
    expect(res.regions[1].foundBack).toBe(true);
  });

  it('breaks Jaccard ties by the smallest cooperation id', () => {
    const ds = tinyDataset({
      cooperations: [coop({ id: 'zz', municipalities: ['GM0004', 'GM0005'] }), coop({ id: 'aa', municipalities: ['GM0004', 'GM0005'] })],
      nationalRegions: [{ division: 'X', id: 'r', name: 'r', municipalities: ['GM0004', 'GM0005'], attribute: null, category: null, source: null, extra: {} }],
    });
    expect(analyseOverlap(ds, tinyReference, { foundBack: 0.5 }).divisions.X.regions[0].bestMatch?.cooperationId).toBe('aa');
  });

  it('gives bestMatch null when no agenda touches the region, and null share when nothing can be assessed', () => {
    const ds = tinyDataset({
      cooperations: [coop({ id: 'a', municipalities: ['GM0001'] })],
      nationalRegions: [
        { division: 'X', id: 'r', name: 'r', municipalities: ['GM0006'], attribute: null, category: null, source: null, extra: {} },
        { division: 'Y', id: 'e', name: 'e', municipalities: [], attribute: null, category: null, source: null, extra: {} },
      ],
    });
    const r = analyseOverlap(ds, tinyReference, { foundBack: 0.5 });
    expect(r.divisions.X).toMatchObject({ regionsAssessed: 1, regionsFoundBack: 0, shareFoundBack: 0 });
    expect(r.divisions.X.regions[0].bestMatch).toBeNull();
    expect(r.divisions.Y.shareFoundBack).toBeNull();
  });
});
