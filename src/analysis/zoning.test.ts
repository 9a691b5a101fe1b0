import { describe, expect, it } from 'vitest';
import { THEMES, type Theme } from '../model/themes.ts';
import { zoningDataset } from './__fixtures__/zoning.ts';
import { tinyDataset, tinyReference } from './__fixtures__/tiny.ts';
import { analyseGoals } from './goals.ts';
import { analyse } from './index.ts';
import { analyseOverlap } from './overlap.ts';
import { analyseZoning, hasZoning } from './zoning.ts';

const themes = (counts: Partial<Record<Theme, number>>) => Object.fromEntries(THEMES.map((t) => [t, counts[t] ?? 0]));

describe('analyseZoning(deps, { foundBack }) on the synthetic zoning (see __fixtures__/zoning.ts)', () => {
  const dataset = zoningDataset();
  const result = analyseZoning({ dataset, overlap: analyseOverlap(dataset, tinyReference, { foundBack: 0.5 }), goals: analyseGoals(dataset) }, { foundBack: 0.5 });
  const [division] = result.divisions;
  const [urban, rural] = division.categories;

  it('only divisions with a category; all areas as denominator, the uncategorised ones apart; categories in input order', () => {
    expect(result.spatialAgendas).toBe(4);
    expect(result.foundBackThreshold).toBe(0.5);
    expect(result.divisions.map((d) => d.division)).toEqual(['NOTA_RUIMTE']);
    expect(division.areas).toBe(5);
    expect(division.areasCategorised).toBe(4);
    expect(division.uncategorised).toEqual(['Z5']);
    // Z1 (Stedelijk) comes before Z3 (Landelijk) in the input.
    expect(division.categories.map((c) => [c.category, c.areas.map((a) => a.id)])).toEqual([
      ['Stedelijk', ['Z1', 'Z2']],
      ['Landelijk', ['Z3', 'Z4']],
    ]);
  });

  it('per area the best-matching agenda and whether it is found back (Jaccard ≥ 0.5)', () => {
    // Z1 {1,2} vs c1 {1,2,3}: ∩ 2, ∪ 3 → 2/3 (c4 {1,2,3,4}: 2/4, c2 {2,3}: 1/3).
    expect(urban.areas[0]).toEqual({ id: 'Z1', name: 'Zone Z1', municipalities: 2, bestMatch: { cooperationId: 'c1', shared: 2, agendaMunicipalities: 3, jaccard: 2 / 3, containmentOfRegion: 1, containmentOfAgenda: 2 / 3 }, foundBack: true });
    // Z2 {4} vs c3 {4,5}: 1/2, exactly the bar (c4: 1/4).
    expect(urban.areas[1]).toMatchObject({ bestMatch: { cooperationId: 'c3', jaccard: 0.5, containmentOfRegion: 1, containmentOfAgenda: 0.5 }, foundBack: true });
    // Z3 {5,6} vs c3 {4,5}: ∩ 1, ∪ 3 → 1/3; Z4 has no members.
    expect(rural.areas[0]).toMatchObject({ bestMatch: { cooperationId: 'c3', jaccard: 1 / 3, containmentOfRegion: 0.5, containmentOfAgenda: 0.5 }, foundBack: false });
    expect(rural.areas[1]).toEqual({ id: 'Z4', name: 'Zone Z4', municipalities: 0, bestMatch: null, foundBack: false });
    expect([urban.areasAssessed, urban.areasFoundBack, rural.areasAssessed, rural.areasFoundBack]).toEqual([2, 2, 1, 0]);
  });

  it('per category its municipalities, the agendas touching them and the themes those agendas address', () => {
    // Stedelijk {1,2,4}: c1 (1,2), c2 (2), c3 (4), c4 (1,2,4). Landelijk {5,6}: only c3 (5).
    expect(urban.municipalities).toEqual(['GM0001', 'GM0002', 'GM0004']);
    expect(urban.agendas).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(urban.agendasPerTheme).toEqual(themes({ Wonen: 1, Mobiliteit: 2, Natuurbehoud: 1, Overig: 1, 'Ruimte voor economische sectoren': 1 }));
    expect(rural.municipalities).toEqual(['GM0005', 'GM0006']);
    expect(rural.agendas).toEqual(['c3']);
    expect(rural.agendasPerTheme).toEqual(themes({ 'Ruimte voor economische sectoren': 1 }));
  });

  it('per category the share of its agendas’ goals that choose a location', () => {
    // Stedelijk: goals of c1 (2), c2 (1), c3 (1), c4 (1) = 5, LOCATIE c1 + c3 = 2 → 2/5.
    expect([urban.goals, urban.locationChoices, urban.shareLocationChoices, urban.agendasWithGoals]).toEqual([5, 2, 0.4, 4]);
    // Landelijk: c3's one goal is LOCATIE → 1/1.
    expect([rural.goals, rural.locationChoices, rural.shareLocationChoices, rural.agendasWithGoals]).toEqual([1, 1, 1, 1]);
  });

  it('without a goals section the goal counts are null; without an overlap section match.ts gives the same best match', () => {
    const bare = analyseZoning({ dataset }, { foundBack: 0.5 });
    const c = bare.divisions[0].categories[0];
    expect([c.goals, c.locationChoices, c.shareLocationChoices, c.agendasWithGoals]).toEqual([null, null, null, null]);
    expect(bare.divisions[0].categories.map((x) => x.areas)).toEqual(division.categories.map((x) => x.areas));
  });

  it('takes the best match and found-back flag from the overlap section when given', () => {
    const overlap = analyseOverlap(dataset, tinyReference, { foundBack: 0.5 });
    const z1 = overlap.divisions.NOTA_RUIMTE.regions.find((r) => r.id === 'Z1')!;
    z1.foundBack = false;
    const own = analyseZoning({ dataset, overlap }, { foundBack: 0.5 });
    expect(own.divisions[0].categories[0].areas[0].foundBack).toBe(false);
    expect(own.divisions[0].categories[0].areasFoundBack).toBe(1);
  });
});

describe('analyse() and the zoning section', () => {
  it('is there only when an area has a category', () => {
    expect(hasZoning(tinyDataset())).toBe(false);
    expect(analyse(tinyDataset(), tinyReference).zoning).toBeUndefined();
    expect(hasZoning(zoningDataset())).toBe(true);
    expect(analyse(zoningDataset(), tinyReference).zoning?.divisions[0].categories.map((c) => [c.category, c.shareLocationChoices])).toEqual([
      ['Stedelijk', 0.4],
      ['Landelijk', 1],
    ]);
  });
});
