import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkMergers, parseMergers } from './mergers.ts';
import { loadReference, REFERENCE_DIR } from './index.ts';

const ref = loadReference();
const csv = readFileSync(REFERENCE_DIR + 'samenvoegingen.csv', 'utf8');
const raw = parse(csv, { columns: true }) as Record<string, string>[];
const list2014 = new Map(
  (parse(readFileSync(REFERENCE_DIR + 'gemeenten_2014.csv', 'utf8'), { columns: true }) as Record<string, string>[]).map((r) => [r.code, r.name]),
);
const list2025 = new Map(ref.municipalities.map((m) => [m.code, m.name]));
const row = (code: string) => ref.mergers.find((m) => m.formerCode === code);

describe('samenvoegingen.csv', () => {
  it('satisfies every invariant against the 2014 and 2025 lists', () => {
    expect(list2014.size).toBe(403);
    const problems = checkMergers({
      mergers: ref.mergers,
      successorNames: raw.map((r) => r.successor_names.split(';')),
      municipalities2014: list2014,
      municipalities2025: list2025,
    });
    expect(problems).toEqual([]);
  });

  it('accounts for all 84 codes of 2014 that no longer exist, and nothing else', () => {
    // 403 municipalities in 2014, of which 319 codes still exist in 2025 (shared SOURCE.md): 403 − 319 = 84.
    const gone = [...list2014.keys()].filter((c) => !list2025.has(c)).sort();
    expect(gone).toHaveLength(84);
    expect(ref.mergers.map((m) => m.formerCode).sort()).toEqual(gone);
  });

  it('matches the yearly decline in the number of municipalities reported by CBS', () => {
    // Net decline = codes that vanished − new codes created that year:
    // 2015: 403→393 = 13 − 3 (Nissewaard, Krimpenerwaard, De Fryske Marren)
    // 2016: 393→390 =  5 − 2 (Gooise Meren, Berg en Dal)      2017: 390→388 = 3 − 1 (Meierijstad)
    // 2018: 388→380 = 11 − 3 (Westerwolde, Midden-Groningen, Waadhoeke)
    // 2019: 380→355 = 34 − 9 (Altena, Beekdaelen, Het Hogeland, Hoeksche Waard, Molenlanden,
    //                         Noardeast-Fryslân, Vijfheerenlanden, West Betuwe, Westerkwartier)
    // 2020: none.   2021: 355→352 = 4 − 1 (Eemsdelta)
    // 2022: 352→344 = 11 − 3 (Dijk en Waard, Land van Cuijk, Maashorst; Weesp on 24 March)
    // 2023: 344→342 =  3 − 1 (Voorne aan Zee).   Total 84.
    const perYear: Record<number, number> = {};
    for (const m of ref.mergers) perYear[m.year] = (perYear[m.year] ?? 0) + 1;
    expect(perYear).toEqual({ 2015: 13, 2016: 5, 2017: 3, 2018: 11, 2019: 34, 2021: 4, 2022: 11, 2023: 3 });
    const newCodes = [...list2025.keys()].filter((c) => !list2014.has(c));
    expect(newCodes).toHaveLength(3 + 2 + 1 + 3 + 9 + 1 + 3 + 1);
  });

  it('lists splits with every successor', () => {
    expect(row('GM0140')).toMatchObject({ formerName: 'Littenseradiel', year: 2018, successors: ['GM0080', 'GM1900', 'GM1949'] });
    expect(row('GM0788')).toMatchObject({ formerName: 'Haaren', year: 2021, successors: ['GM0757', 'GM0824', 'GM0855', 'GM0865'] });
    expect(row('GM1671')).toMatchObject({ formerName: 'Maasdonk', successors: ['GM0796', 'GM0828'] });
    expect(row('GM0053')).toMatchObject({ formerName: 'Winsum', successors: ['GM1966', 'GM1969'] });
  });

  it('maps chains to the 2025 successor', () => {
    // Millingen aan de Rijn joined Groesbeek in 2015; Groesbeek was renamed Berg en Dal (GM1945) in 2016.
    expect(row('GM0265')?.successors).toEqual(['GM1945']);
    // Molenwaard (itself a 2013 merger) joined Molenlanden in 2019.
    expect(row('GM1927')?.successors).toEqual(['GM1978']);
  });

  it('has absorbed municipalities as rows but not the absorbing one', () => {
    expect(row('GM0017')?.formerName).toBe('Haren');
    expect(row('GM0009')?.formerName).toBe('Ten Boer');
    expect(row('GM0017')?.successors).toEqual(['GM0014']);
    expect(row('GM0014')).toBeUndefined();
    expect(row('GM0457')?.successors).toEqual(['GM0363']);
    expect(row('GM0363')).toBeUndefined();
  });

  it('names a source on every row', () => {
    for (const m of ref.mergers) expect(m.source).toMatch(/https?:\/\//);
  });
});

describe('checkMergers', () => {
  const m2014 = new Map([
    ['GM0001', 'Oud'],
    ['GM0002', 'Blijft'],
    ['GM0003', 'Vergeten'],
  ]);
  const m2025 = new Map([
    ['GM0002', 'Blijft'],
    ['GM0100', 'Nieuw'],
  ]);
  it('reports a vanished 2014 code missing from the table, a bad successor and a wrong name', () => {
    const mergers = parseMergers(
      'former_code,former_name,year,successor_codes,successor_names,source\n' +
        'GM0001,Oud,2019,GM0100;GM0999,Nieuw;Fout,x\n' +
        'GM0002,Blijft,2014,GM0100,Nieuw,x\n',
    );
    const problems = checkMergers({ mergers, municipalities2014: m2014, municipalities2025: m2025 });
    expect(problems).toEqual([
      'GM0001: successor GM0999 is not a 2025 municipality',
      'GM0002 Blijft: code still exists in 2025',
      'GM0002 Blijft: year 2014 outside 2015–2025',
      '2014 municipality GM0003 Vergeten: neither in 2025 nor in the merger table',
    ]);
  });

  it('rejects a row with an empty field', () => {
    expect(() =>
      parseMergers('former_code,former_name,year,successor_codes,successor_names,source\nGM0001,Oud,2019,,Nieuw,x\n'),
    ).toThrow(/row 2: empty successor_codes/);
  });
});
