import { describe, expect, it } from 'vitest';
import { analyseCoverage } from './coverage.ts';
import { tinyDataset, tinyReference } from './__fixtures__/tiny.ts';

describe('analyseCoverage', () => {
  const coverage = analyseCoverage(tinyDataset(), tinyReference);

  it('counts spatial and all memberships per municipality', () => {
    // spatial: c1{1,2,3} c2{2,3} c3{4,5} c4{1,2,3,4}  → 1:2 2:3 3:3 4:2 5:1 6:0
    // all: + c5{1,2} c6{1,2,3,4,5}                    → 1:4 2:5 3:4 4:3 5:2 6:0
    expect(coverage.municipalities.map((m) => [m.code, m.spatialCooperations, m.allCooperations])).toEqual([
      ['GM0001', 2, 4],
      ['GM0002', 3, 5],
      ['GM0003', 3, 4],
      ['GM0004', 2, 3],
      ['GM0005', 1, 2],
      ['GM0006', 0, 0],
    ]);
    expect(coverage.municipalities[0]).toMatchObject({ name: 'Aadorp', province: 'Noordland' });
  });

  it('lists white spots overall and per theme (spatial agendas only)', () => {
    expect(coverage.whiteSpots).toEqual(['GM0006']);
    // Wonen: c1{1,2,3} → 4,5,6 uncovered. Mobiliteit: c1 ∪ c4 = {1,2,3,4} → 5,6.
    expect(coverage.whiteSpotsByTheme.Wonen).toEqual(['GM0004', 'GM0005', 'GM0006']);
    expect(coverage.whiteSpotsByTheme.Mobiliteit).toEqual(['GM0005', 'GM0006']);
    // Overig: only c2{2,3}; c6 has Overig but is not spatial, so it does not cover 1,4,5.
    expect(coverage.whiteSpotsByTheme.Overig).toEqual(['GM0001', 'GM0004', 'GM0005', 'GM0006']);
    expect(coverage.whiteSpotsByTheme['Ruimte voor economische sectoren']).toEqual(['GM0001', 'GM0002', 'GM0003', 'GM0006']);
    expect(coverage.whiteSpotsByTheme.Energietransitie).toHaveLength(6);
    expect(Object.keys(coverage.whiteSpotsByTheme)).toHaveLength(9);
  });

  it('counts a municipality listed twice in one cooperation once', () => {
    const ds = tinyDataset({
      cooperations: [
        { ...tinyDataset().cooperations[0], municipalities: ['GM0001', 'GM0001'] },
      ],
    });
    expect(analyseCoverage(ds, tinyReference).municipalities[0].spatialCooperations).toBe(1);
  });
});
