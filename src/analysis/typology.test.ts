import { describe, expect, it } from 'vitest';
import { analyseTypology, inferTypology } from './typology.ts';
import { coop, tinyDataset } from './__fixtures__/tiny.ts';

const infer = (partial: Parameters<typeof coop>[0]) => inferTypology(coop(partial));

describe('inferTypology', () => {
  it('rule 1: an economic cluster term in the name', () => {
    expect(infer({ id: 'x', municipalities: [], name: 'Greenport Venlo' })).toMatchObject({ typology: 'ECONOMISCH', rule: 'ECONOMISCH_CLUSTER', words: ['greenport'] });
    expect(infer({ id: 'x', municipalities: [], name: 'Regio', agendaTitle: 'Ruimtelijke agenda Foodvalley' }).words).toEqual(['foodvalley']);
  });

  it('rule 1 outranks rule 2 (cluster before landscape)', () => {
    const r = infer({ id: 'x', municipalities: [], name: 'Greenport Duin- en Bollenstreek' });
    expect(r).toMatchObject({ typology: 'ECONOMISCH', rule: 'ECONOMISCH_CLUSTER', words: ['greenport'], partners: [], themes: [] });
  });

  it('rule 2: landscape and water names, diacritics ignored', () => {
    expect(infer({ id: 'x', municipalities: [], name: 'Nationaal Park De Duinen' })).toMatchObject({
      typology: 'LANDSCHAPPELIJK',
      rule: 'LANDSCHAP_NAAM',
      words: ['duinen', 'nationaal park', 'park'],
    });
    expect(infer({ id: 'x', municipalities: [], name: 'Gebiedsvisie Veenkoloniën' }).words).toEqual(['veenkolonien']);
    expect(infer({ id: 'x', municipalities: [], name: 'IJsselmeergroep' }).words).toEqual(['ijsselmeergroep']);
    expect(infer({ id: 'x', municipalities: [], name: 'Súdwest-Fryslân Kustvisie' }).words).toEqual(['kustvisie']);
  });

  it('does not fire on look-alike words', () => {
    // 'park' only as a whole word, 'rivier' not inside 'Rivierenland', 'port' not inside 'transport'.
    // a river inside a place name ('aan den IJssel') is not a landscape
    expect(infer({ id: 'x', municipalities: [], name: 'Coalitie Capelle aan den IJssel' }).typology).toBe('BESTUURLIJK');
    expect(infer({ id: 'x', municipalities: [], name: 'Coalitie IJssel' }).words).toEqual(['ijssel']);
    for (const name of ['Parkstad Limburg', 'Regio Rivierenland', 'Transportcorridor Oost', 'Holland Rijnland']) {
      expect(infer({ id: 'x', municipalities: [], name }).typology, name).toBe('BESTUURLIJK');
    }
  });

  it('rule 3: two or more business or knowledge partners', () => {
    const r = infer({ id: 'x', municipalities: [], name: 'Samenwerking West', partners: ['Rabobank', 'Hogeschool West', 'Natuurmonumenten'] });
    expect(r).toMatchObject({ typology: 'ECONOMISCH', rule: 'ECONOMISCHE_PARTNERS', words: ['hogeschool', 'rabobank'] });
    // the two partners that hold a term, sorted; Natuurmonumenten holds none
    expect(r.partners).toEqual(['Hogeschool West', 'Rabobank']);
    // one such partner is not enough
    expect(infer({ id: 'x', municipalities: [], name: 'Samenwerking West', partners: ['Rabobank', 'Natuurmonumenten'] }).typology).toBe('BESTUURLIJK');
  });

  it('rules 4 and 5: themes', () => {
    expect(infer({ id: 'x', municipalities: [], name: 'Samenwerking', themes: ['Ruimte voor economische sectoren'] })).toMatchObject({
      rule: 'ECONOMISCH_THEMA',
      themes: ['Ruimte voor economische sectoren'],
      words: [],
      partners: [],
    });
    expect(infer({ id: 'x', municipalities: [], name: 'Samenwerking', themes: ['Natuurbehoud', 'Water en bodem'] })).toMatchObject({
      rule: 'LANDSCHAP_THEMA',
      themes: ['Water en bodem', 'Natuurbehoud'], // in the fixed order of the nine themes
    });
    // Wonen is not a landscape theme
    expect(infer({ id: 'x', municipalities: [], name: 'Samenwerking', themes: ['Natuurbehoud', 'Wonen'] }).rule).toBe('STANDAARD');
  });
});

describe('analyseTypology', () => {
  it('uses the given label, else the inferred one, and measures agreement', () => {
    const r = analyseTypology(tinyDataset());
    // c1 'Regio Noord' → rule 6 BESTUURLIJK; c2 'Nationaal Park De Duinen' → LANDSCHAPPELIJK (given LANDSCHAPPELIJK: agrees);
    // c3 'Greenport Oost' → ECONOMISCH (given BESTUURLIJK: disagrees); c4 'Mobiliteitsvisie Zuid' → BESTUURLIJK.
    expect(r.cooperations.map((c) => [c.id, c.typology, c.given, c.inferred])).toEqual([
      ['c1', 'BESTUURLIJK', null, 'BESTUURLIJK'],
      ['c2', 'LANDSCHAPPELIJK', 'LANDSCHAPPELIJK', 'LANDSCHAPPELIJK'],
      ['c3', 'BESTUURLIJK', 'BESTUURLIJK', 'ECONOMISCH'],
      ['c4', 'BESTUURLIJK', null, 'BESTUURLIJK'],
    ]);
    expect(r.labelled).toBe(2);
    expect(r.agreement).toBe(0.5); // 1 of 2 given labels reproduced
    expect([r.agreed, r.labelled]).toEqual([1, 2]);
    expect(r.counts).toEqual({ BESTUURLIJK: 3, ECONOMISCH: 0, LANDSCHAPPELIJK: 1 });
    // c3's given label stays; the rule that disagrees with it is kept with its words
    expect(r.cooperations[2]).toMatchObject({ rule: 'ECONOMISCH_CLUSTER', words: ['greenport'], partners: [], themes: [] });
  });

  it('gives agreement null when no label is given', () => {
    const ds = tinyDataset({ cooperations: [coop({ id: 'a', municipalities: ['GM0001'] })] });
    expect(analyseTypology(ds).agreement).toBeNull();
  });
});
