import { describe, expect, it } from 'vitest';
import { analyseThemes } from './themes.ts';
import { coop, tinyDataset } from './__fixtures__/tiny.ts';

describe('analyseThemes', () => {
  // Spatial agendas: c1 [Wonen, Mobiliteit], c2 [Natuurbehoud, Overig], c3 [Ruimte voor economische sectoren], c4 [Mobiliteit].
  const themes = analyseThemes(tinyDataset());

  it('counts agendas per theme over spatial agendas only', () => {
    expect(themes.agendasPerTheme).toEqual({
      Wonen: 1,
      Mobiliteit: 2,
      Energietransitie: 0,
      'Water en bodem': 0,
      Natuurbehoud: 1,
      Landbouw: 0,
      Gezondheid: 0,
      'Ruimte voor economische sectoren': 1,
      Overig: 1, // c6 (Overig) is not spatial
    });
  });

  it('gives the distribution of the number of themes as shares', () => {
    // 1 theme: c3, c4 → 2/4; 2 themes: c1, c2 → 2/4; keys 1..9 always present.
    expect(themes.themeCountDistribution).toEqual({ '1': 0.5, '2': 0.5, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 });
  });

  it('gives the same distribution as counts of agendas, the numerators of those shares', () => {
    expect(themes.themeCountAgendas).toEqual({ '1': 2, '2': 2, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 });
  });

  it('adds key "0" only when an agenda has no theme', () => {
    const ds = tinyDataset({ cooperations: [coop({ id: 'x', municipalities: ['GM0001'] }), coop({ id: 'y', municipalities: ['GM0001'], themes: ['Wonen'] })] });
    const r = analyseThemes(ds);
    expect(r.themeCountDistribution['0']).toBe(0.5);
    expect(r.themeCountDistribution['1']).toBe(0.5);
    expect(r.themeCountAgendas['0']).toBe(1);
    expect(r.themeCountAgendas['1']).toBe(1);
  });

  it('lists all 36 pairs, by count desc then theme order', () => {
    expect(themes.pairs).toHaveLength(36);
    expect(themes.pairs.slice(0, 3)).toEqual([
      { a: 'Wonen', b: 'Mobiliteit', count: 1 },
      { a: 'Natuurbehoud', b: 'Overig', count: 1 },
      { a: 'Wonen', b: 'Energietransitie', count: 0 },
    ]);
    expect(themes.pairs.reduce((s, p) => s + p.count, 0)).toBe(2);
  });

  it('gives per theme the share of its agendas that address only that theme', () => {
    // Mobiliteit: c4 alone out of {c1, c4} → 1/2; economic sectors: c3 alone of {c3} → 1; Wonen 0/1; no agendas → 0.
    expect(themes.singleThemeShare.Mobiliteit).toBe(0.5);
    expect(themes.singleThemeShare['Ruimte voor economische sectoren']).toBe(1);
    expect(themes.singleThemeShare.Wonen).toBe(0);
    expect(themes.singleThemeShare.Energietransitie).toBe(0);
    // The numerators: c4 for Mobiliteit, c3 for economic sectors, none elsewhere.
    expect(themes.singleThemeAgendas).toEqual({
      Wonen: 0,
      Mobiliteit: 1,
      Energietransitie: 0,
      'Water en bodem': 0,
      Natuurbehoud: 0,
      Landbouw: 0,
      Gezondheid: 0,
      'Ruimte voor economische sectoren': 1,
      Overig: 0,
    });
  });

  it('ignores a theme listed twice', () => {
    const ds = tinyDataset({ cooperations: [coop({ id: 'x', municipalities: ['GM0001'], themes: ['Wonen', 'Wonen'] })] });
    const r = analyseThemes(ds);
    expect(r.agendasPerTheme.Wonen).toBe(1);
    expect(r.themeCountDistribution['1']).toBe(1);
  });

  it('states its denominator and names the agendas that no map can show', () => {
    // Two spatial agendas, one without municipalities: 2 in the denominator, 'leeg' listed apart.
    const ds = tinyDataset({ cooperations: [coop({ id: 'x', municipalities: ['GM0001'], themes: ['Wonen'] }), coop({ id: 'leeg', municipalities: [], themes: ['Wonen'] })] });
    const r = analyseThemes(ds);
    expect(r.agendas).toBe(2);
    expect(r.agendasWithoutMunicipalities).toEqual(['leeg']);
    expect(r.agendasPerTheme.Wonen).toBe(2);
    expect(themes.agendas).toBe(4);
    expect(themes.agendasWithoutMunicipalities).toEqual([]);
  });
});
