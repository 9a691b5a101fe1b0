import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldUnicodeWords } from '../model/normalise.ts';
import { buildGazetteer, loadGazetteer } from './gazetteer.ts';
import { findPlaces } from './places.ts';
import { tokenise } from './tokenise.ts';

const gazetteer = loadGazetteer();
const places = (text: string) => findPlaces(text, tokenise(text), gazetteer).map((p) => `${p.text}:${p.weight}`);

describe('loadGazetteer()', () => {
  it('holds the 2025 municipalities, former names, provinces and named areas', () => {
    const names = new Set(gazetteer.entries.map((e) => e.name));
    for (const n of ['Zaltbommel', 'Bergen', "'s-Gravenhage", 'Den Haag', 'Delfzijl', 'Zeeland', 'Veluwe', 'Bommelerwaard', 'Maas', 'Lelylijn', 'Schiphol', 'Amercentrale']) {
      expect(names.has(n), n).toBe(true);
    }
    // Every one of the 342 CBS 2025 names is findable (some under a more specific kind, e.g. Westland as streek).
    const cbs = JSON.parse(readFileSync(new URL('../../data/reference/gemeenten.json', import.meta.url), 'utf8')) as { name: string }[];
    expect(cbs).toHaveLength(342);
    const keys = new Set(gazetteer.entries.map((e) => e.tokens.join(' ')));
    expect(cbs.filter((m) => !keys.has(foldUnicodeWords(m.name.replace(/\s*\(.*\)$/, ''))))).toEqual([]);
  });
  it('knows the other names of municipalities from data/reference/naamvarianten.csv as municipalities', () => {
    const kindOf = (name: string) => gazetteer.entries.find((e) => e.name === name)?.kind;
    // Den Bosch (common name), Ljouwert (Frisian for Leeuwarden), Tietjerksteradeel (Dutch for Tytsjerksteradiel)
    expect(['Den Bosch', 'Ljouwert', 'Tietjerksteradeel'].map(kindOf)).toEqual(['gemeente', 'gemeente', 'gemeente']);
  });
  it('keeps the most specific kind for a name in several lists', () => {
    const g = buildGazetteer([
      { name: 'Midden-Delfland', kind: 'gemeente', detail: 'gemeente' },
      { name: 'Midden-Delfland', kind: 'landschap', detail: 'landschap' },
    ]);
    expect(g.entries).toHaveLength(1);
    expect(g.entries[0].kind).toBe('landschap');
  });
});

describe('findPlaces(text, tokens, gazetteer)', () => {
  it('recognises motorways A1–A79 and N-roads, not N2000 or a lower-case a', () => {
    expect(places('Verbreding van de A20 en de N279')).toEqual(['A20:infra', 'N279:infra']);
    expect(places('Natura N2000 en a20 en A80')).toEqual([]);
  });
  it('recognises "langs de Maas" (gazetteer) and "langs de X" for an unlisted name', () => {
    expect(places('Woningbouw langs de Maas')).toEqual(['Maas:gebied']);
    expect(places('Woningbouw langs de Zuidwillemsvaartkade')).toEqual(['Zuidwillemsvaartkade:gebied']);
  });
  it('does not treat "in de regio" or "regio X" as a place', () => {
    expect(places('Meer woningen in de regio')).toEqual([]);
    expect(places('Meer woningen in de regio Zwolle')).toEqual(['Zwolle:bestuurlijk']);
  });
  it('treats a municipality as a place only after a locative word, not as an actor', () => {
    expect(places('Een recyclingfabriek in Delfzijl')).toEqual(['Delfzijl:gebied']);
    expect(places('De gemeenten Zaltbommel en Maasdriel werken samen')).toEqual(['Zaltbommel:bestuurlijk', 'Maasdriel:bestuurlijk']);
    expect(places('Investeren in de steden Breda, Oosterhout en Roosendaal')).toEqual(['Breda:gebied', 'Oosterhout:gebied', 'Roosendaal:gebied']);
  });
  it('requires capitals for capitalised names (Lek the river, not "lek")', () => {
    expect(places('Een lek in de dijk')).toEqual([]);
    expect(places('Een dijk langs de Lek')).toEqual(['Lek:gebied']);
  });
  it('weighs region names, provinces and named patterns', () => {
    expect(places('Twente als topregio')).toEqual(['Twente:streek']);
    expect(places('Samen met de provincie Zeeland')).toEqual(['Zeeland:bestuurlijk']);
    expect(places('Het toekomstige station Halfweg-Zwanenburg')).toEqual(['station Halfweg-Zwanenburg:infra']);
    expect(places('Natuur rond de Wijkerplassen')).toEqual(['Wijkerplassen:gebied']);
    expect(places('Een nieuw stationsgebied')).toEqual(['stationsgebied:infra']);
  });
});
