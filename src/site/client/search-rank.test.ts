import { describe, expect, it } from 'vitest';
import { loadReference } from '../../reference/index.ts';
import { maxTypos, nameRank, searchEntries, searchHits, type SearchEntry } from './search-rank.ts';

const entries: SearchEntry[] = [
  { n: 'Súdwest-Fryslân', k: 'g', u: '/gemeenten/GM1900/', d: 'Fryslân', a: ['Littenseradiel'] },
  { n: "'s-Hertogenbosch", k: 'g', u: '/gemeenten/GM0796/', d: 'Noord-Brabant', v: ['Den Bosch'] },
  { n: 'Samenwerking Fryslân-West', k: 's', u: '/samenwerkingen/fryslan-west/', d: '' },
];

/** Every 2025 municipality with its other names, as the site's index has them (without cooperations). */
function municipalityEntries(): SearchEntry[] {
  const ref = loadReference();
  return ref.municipalities.map((m) => {
    const v = (ref.nameVariants ?? []).filter((x) => x.municipality === m.name).map((x) => x.variant);
    return { n: m.name, k: 'g', u: `/gemeenten/${m.code}/`, d: m.province, ...(v.length ? { v } : {}) };
  });
}

describe('search normalisation', () => {
  it('searchEntries finds Súdwest-Fryslân for "sudwest", "SUDWEST FRYS" and its former part', () => {
    expect(searchEntries(entries, 'sudwest').map((e) => e.n)).toEqual(['Súdwest-Fryslân']);
    expect(searchEntries(entries, 'SUDWEST FRYS').map((e) => e.n)).toEqual(['Súdwest-Fryslân']);
    expect(searchHits(entries, 'littenser')).toEqual([{ entry: entries[0], via: 'Littenseradiel', viaKind: 'former', approximate: false }]);
    expect(searchHits(entries, 'sudwest')[0].via).toBeNull();
  });

  it('ranks word starts before infix matches, municipalities before cooperations at equal rank', () => {
    // "fryslan" starts a word in both names (rank 4): the municipality comes first.
    expect(searchEntries(entries, 'fryslan').map((e) => e.n)).toEqual(['Súdwest-Fryslân', 'Samenwerking Fryslân-West']);
    // "ertogenbosch" is inside a word only (rank 3).
    expect(searchEntries(entries, 'ertogenbosch').map((e) => e.n)).toEqual(["'s-Hertogenbosch"]);
    expect(searchEntries(entries, '   ')).toEqual([]);
  });

  it('nameRank: exact 6, prefix 5, word start 4, infix 3 (4+ characters), typo 1', () => {
    expect(nameRank('Ede', 'ede')).toEqual({ rank: 6, typos: 0 });
    expect(nameRank('Edam-Volendam', 'edam')).toEqual({ rank: 5, typos: 0 });
    expect(nameRank('Gemeente Ede', 'ede')).toEqual({ rank: 4, typos: 0 });
    // Three letters inside a word do not count: "Nederweert" is no hit for "ede".
    expect(nameRank('Nederweert', 'ede').rank).toBe(0);
    expect(nameRank('Nederweert', 'derw')).toEqual({ rank: 3, typos: 0 });
    // "amsterdm" vs "amsterda(m)": one edit (8 characters allow 2).
    expect(nameRank('Amsterdam', 'amsterdm')).toEqual({ rank: 1, typos: 1 });
    // "hellendorn" vs "hellendoorn": one insertion.
    expect(nameRank('Hellendoorn', 'hellendorn')).toEqual({ rank: 1, typos: 1 });
    expect(maxTypos('eed')).toBe(0);
    expect(maxTypos('hengel')).toBe(1);
    expect(maxTypos('amsterdm')).toBe(2);
  });
});

describe('search over the 342 municipalities of 2025 and naamvarianten.csv', () => {
  const all = municipalityEntries();
  const first = (q: string) => searchHits(all, q)[0];

  it('finds the common and Frisian names: "den bosch" → \'s-Hertogenbosch, "Ljouwert" → Leeuwarden', () => {
    expect(first('den bosch')).toMatchObject({ entry: { n: "'s-Hertogenbosch" }, via: 'Den Bosch', viaKind: 'variant' });
    expect(first('Ljouwert')).toMatchObject({ entry: { n: 'Leeuwarden' }, via: 'Ljouwert' });
    expect(first('den haag').entry.n).toBe("'s-Gravenhage");
    expect(first('skylge').entry.n).toBe('Terschelling');
  });

  it('tolerates typos: "Amsterdm" → Amsterdam, "hellendorn" → Hellendoorn, first and marked approximate', () => {
    expect(first('Amsterdm')).toMatchObject({ entry: { n: 'Amsterdam' }, approximate: true });
    expect(first('hellendorn')).toMatchObject({ entry: { n: 'Hellendoorn' }, approximate: true });
  });

  it('"Ede" shows Ede first and no names that merely contain "ede"', () => {
    const names = searchHits(all, 'Ede').map((h) => h.entry.n);
    expect(names[0]).toBe('Ede');
    // Ten of the 342 names contain "ede"; nine only inside a word (Enschede, Rheden, Wijk bij
    // Duurstede, Heemstede, Medemblik, Stede Broec, Nuenen, Gerwen en Nederwetten, Nederweert,
    // Neder-Betuwe), and three letters inside a word are no hit.
    expect(names).toEqual(['Ede']);
  });
});
