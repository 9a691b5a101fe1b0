import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchEntries, searchHits, type SearchEntry } from './normalize.ts';

const entries: SearchEntry[] = [
  { n: 'Súdwest-Fryslân', k: 'g', u: '/gemeenten/GM1900/', d: 'Fryslân', a: ['Littenseradiel'] },
  { n: "'s-Hertogenbosch", k: 'g', u: '/gemeenten/GM0796/', d: 'Noord-Brabant' },
  { n: 'Samenwerking Fryslân-West', k: 's', u: '/samenwerkingen/fryslan-west/', d: '' },
];

describe('search normalisation', () => {
  it('normalizeForSearch removes diacritics, case and punctuation', () => {
    expect(normalizeForSearch('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalizeForSearch("'s-Hertogenbosch")).toBe('s hertogenbosch');
  });

  it('searchEntries finds Súdwest-Fryslân for "sudwest", "SUDWEST FRYS" and its former part', () => {
    expect(searchEntries(entries, 'sudwest').map((e) => e.n)).toEqual(['Súdwest-Fryslân']);
    expect(searchEntries(entries, 'SUDWEST FRYS').map((e) => e.n)).toEqual(['Súdwest-Fryslân']);
    expect(searchHits(entries, 'littenser')).toEqual([{ entry: entries[0], via: 'Littenseradiel' }]);
    expect(searchHits(entries, 'sudwest')[0].via).toBeNull();
  });

  it('ranks prefix matches before infix matches', () => {
    // "fryslan" is a prefix of neither name; both contain it → alphabetical (Samenwerking < Súdwest).
    expect(searchEntries(entries, 'fryslan').map((e) => e.n)).toEqual(['Samenwerking Fryslân-West', 'Súdwest-Fryslân']);
    expect(searchEntries(entries, 'hertogenbosch').map((e) => e.n)).toEqual(["'s-Hertogenbosch"]);
    expect(searchEntries(entries, '   ')).toEqual([]);
  });
});
