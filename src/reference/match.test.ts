import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadReference, REFERENCE_DIR } from './index.ts';
import { matchMunicipality } from './match.ts';

const ref = loadReference();
const m = (input: string) => matchMunicipality(input, ref);
const codeOf = (input: string) => {
  const r = m(input);
  return r.kind === 'exact' || r.kind === 'variant' ? r.code : `(${r.kind})`;
};

describe('matchMunicipality', () => {
  it('accepts GM codes in several notations', () => {
    for (const input of ['GM0363', 'gm363', '0363', ' GM 0363 ']) expect(m(input), input).toEqual({ kind: 'exact', code: 'GM0363' });
    expect(m('GM9999')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('matches every official CBS name exactly, regardless of case', () => {
    for (const mun of ref.municipalities) {
      expect(m(mun.name), mun.name).toEqual({ kind: 'exact', code: mun.code });
      expect(m(mun.name.toUpperCase()), mun.name).toEqual({ kind: 'exact', code: mun.code });
    }
  });

  it.each([
    ["'s-Hertogenbosch", 'GM0796'],
    ['Den Bosch', 'GM0796'],
    ["'s Hertogenbosch", 'GM0796'],
    ['s-Hertogenbosch', 'GM0796'],
    ["'s-Gravenhage", 'GM0518'],
    ['Den Haag', 'GM0518'],
    ['The Hague', 'GM0518'],
    ['den haag', 'GM0518'],
    ['Hengelo', 'GM0164'],
    ['Hengelo (O.)', 'GM0164'],
    ['Hengelo (Ov)', 'GM0164'],
    ['Hengelo Overijssel', 'GM0164'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['Sudwest Fryslan', 'GM1900'],
    ['Súdwest Fryslân', 'GM1900'],
    ['Sudwest-Fryslan', 'GM1900'],
    ['Nuenen c.a.', 'GM0820'],
    ['Nuenen', 'GM0820'],
    ['Nuenen, Gerwen en Nederwetten', 'GM0820'],
    ['Bergen NH', 'GM0373'],
    ['Bergen (NH)', 'GM0373'],
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen (L)', 'GM0893'],
    ['Bergen L.', 'GM0893'],
    ['Bergen Limburg', 'GM0893'],
    ['Bergen op Zoom', 'GM0748'],
    ['Noardeast-Fryslân', 'GM1970'],
    ['Noardeast Fryslan', 'GM1970'],
    ['Dantumadiel', 'GM1891'],
    ['Dantumadeel', 'GM1891'],
    ['Groningen (gemeente)', 'GM0014'],
    ["'s-Gravenhage (gemeente)", 'GM0518'],
    ['gemeente Utrecht', 'GM0344'],
    ['Laren', 'GM0417'],
    ['Rijswijk', 'GM0603'],
    ['Middelburg', 'GM0687'],
    ['Beek', 'GM0888'],
    ['Stein', 'GM0971'],
    ['Alphen a/d Rijn', 'GM0484'],
    ['Capelle a/d IJssel', 'GM0502'],
  ])('%s → %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('marks non-official spellings as variant with a note naming the CBS name', () => {
    const r = m('Den Haag');
    expect(r.kind).toBe('variant');
    if (r.kind === 'variant') expect(r.note).toContain("'s-Gravenhage");
    expect(m("'s-Gravenhage").kind).toBe('exact');
    expect(m('Hengelo').kind).toBe('variant');
  });

  it('reports Bergen alone as ambiguous with both candidates', () => {
    expect(m('Bergen')).toEqual({
      kind: 'ambiguous',
      candidates: [
        { code: 'GM0373', name: 'Bergen (NH.)' },
        { code: 'GM0893', name: 'Bergen (L.)' },
      ],
    });
    expect(m('bergen').kind).toBe('ambiguous');
  });

  it('maps former municipalities to their 2025 successors', () => {
    expect(m('Haaren')).toEqual({ kind: 'former', codes: ['GM0757', 'GM0824', 'GM0855', 'GM0865'], formerName: 'Haaren', year: 2021 });
    expect(m('Weesp')).toEqual({ kind: 'former', codes: ['GM0363'], formerName: 'Weesp', year: 2022 });
    expect(m('Heerhugowaard')).toEqual({ kind: 'former', codes: ['GM1980'], formerName: 'Heerhugowaard', year: 2022 });
    expect(m('Littenseradiel')).toMatchObject({ kind: 'former', codes: ['GM0080', 'GM1900', 'GM1949'] });
    expect(m('Millingen aan de Rijn')).toMatchObject({ kind: 'former', codes: ['GM1945'], year: 2015 });
    expect(m('het Bildt')).toMatchObject({ kind: 'former', codes: ['GM1949'] });
    expect(m('Het Bildt')).toMatchObject({ kind: 'former', codes: ['GM1949'] });
    expect(m('Haarlemmerliede en Spaarnwoude')).toMatchObject({ kind: 'former', codes: ['GM0394'] });
    // Former codes too.
    expect(m('GM0788')).toMatchObject({ kind: 'former', formerName: 'Haaren' });
  });

  it('resolves every name of the 2014 list: to the same code if it still exists, else as former', () => {
    // gemeenten_2014.csv has CBS 2014 spellings such as "Groningen (gemeente)" and "Sudwest-Fryslan".
    const rows = parse(readFileSync(REFERENCE_DIR + 'gemeenten_2014.csv', 'utf8'), { columns: true }) as { code: string; name: string }[];
    expect(rows).toHaveLength(403);
    for (const { code, name } of rows) {
      const r = m(name);
      if (ref.byCode.has(code)) expect(codeOf(name), name).toBe(code);
      else expect(r, name).toMatchObject({ kind: 'former', formerName: name });
    }
  });

  it('suggests close names for unknown input', () => {
    expect(m('Amsterdm')).toEqual({ kind: 'unknown', suggestions: [{ code: 'GM0363', name: 'Amsterdam' }] });
    const r = m('Roterdam');
    expect(r.kind === 'unknown' && r.suggestions[0]).toEqual({ code: 'GM0599', name: 'Rotterdam' });
    const s = m('Hertogenbos');
    expect(s.kind === 'unknown' && s.suggestions.map((x) => x.code)).toContain('GM0796');
    expect(m('qqqqqqq')).toEqual({ kind: 'unknown', suggestions: [] });
    expect(m('')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('returns at most three suggestions', () => {
    // "Bergn" is one edit from "bergen" (shared by two municipalities) and close to several others.
    const r = m('Bergn');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('gives the same answer on repeated calls', () => {
    expect(m('Den Bosch')).toEqual(m('Den Bosch'));
  });
});
