import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { loadReference } from '../reference/index.ts';
import { csvField, csvNumber, neutraliseFormula, toCsv } from './csv.ts';
import { datasetToSheets, datasetXlsxBuffer, tableToCsv } from './export.ts';

// Cells a spreadsheet would run (OWASP CSV injection): '=', '+', '-', '@', tab, CR first.
const ATTACKS = ['=HYPERLINK("http://evil.example","klik")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];

describe('figure/table downloads (toCsv): formulas neutralised for spreadsheet users', () => {
  it('prefixes every formula-like text cell with an apostrophe, and nothing else', () => {
    expect(ATTACKS.map(neutraliseFormula)).toEqual(ATTACKS.map((a) => `'${a}`));
    for (const safe of ['Wonen', 'Regio = Noord', 'a-b', '', "'al tekst", '€ 5']) expect(neutraliseFormula(safe)).toBe(safe);
  });

  it('writes the neutralised cells quoted where needed; numbers (also negative) stay numbers', () => {
    expect(toCsv(['naam', 'waarde'], [[ATTACKS[0], -0.25], [ATTACKS[3], 3], ['\r=1', null]])).toBe(
      `\ufeffnaam;waarde\r\n"'=HYPERLINK(""http://evil.example"",""klik"")";-0,25\r\n'@SUM(A1:A2);3\r\n"'\r=1";\r\n`,
    );
  });
});

describe('one Dutch spreadsheet convention for every CSV (toCsv)', () => {
  it('writes a BOM, ; between fields, a decimal comma with at most six decimals, and CRLF', () => {
    // 7/13 = 0.538461538… → 0,538462; 2.5 → 2,5; integers and negative numbers unchanged apart from the comma.
    expect(toCsv(['thema', 'aandeel', 'aantal'], [['Fryslân; west', 7 / 13, 2500], ['Wonen', -2.5, 0]])).toBe('\ufeffthema;aandeel;aantal\r\n"Fryslân; west";0,538462;2500\r\nWonen;-2,5;0\r\n');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3');
    expect(csvNumber(1e-9)).toBe('0');
    expect(csvNumber(12.5, ',')).toBe('12.5');
  });

  it('keeps formula-like text for the machine-readable contract', () => {
    expect(toCsv(['a'], [['=1+1']], 'keep')).toBe('\ufeffa\r\n=1+1\r\n');
  });
});

describe('the dataset CSV (machine-readable contract): values kept exactly', () => {
  it('csvField keeps formula-like values unchanged by default (round trip)', () => {
    for (const a of ATTACKS) expect(csvField(a).replace(/^"|"$/g, '').replace(/""/g, '"')).toBe(a);
    expect(csvField('=1', { formulas: 'neutralise' })).toBe("'=1");
  });

  it('the XLSX workbook stores such values as text cells, never as formulas', async () => {
    const ref = loadReference();
    const dataset: Dataset = {
      source: 'x',
      cooperations: [
        { id: 'a', name: ATTACKS[0], agendaTitle: ATTACKS[1], agendaYear: null, legalForm: 'WGR', municipalities: ['GM0363'], otherGovernments: [], partners: [ATTACKS[3]], themes: ['Wonen'], typology: null, lifePhase: null, spatial: true, sources: [], extra: { opmerking: ATTACKS[2] } },
      ],
      goals: [],
      nationalRegions: [],
      nationalPolicies: [],
      commuting: null,
      sheets: [],
      findings: [],
    };
    const csv = tableToCsv(datasetToSheets(dataset, ref)[0]);
    expect(csv).toContain('"=HYPERLINK(""http://evil.example"",""klik"")"');
    const zip = await JSZip.loadAsync(await datasetXlsxBuffer(dataset, ref));
    const sheets = Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) expect(await zip.file(s)!.async('string'), s).not.toMatch(/<f[\s>]/);
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? (await zip.file(sheets[0])!.async('string'));
    expect(strings).toContain('=HYPERLINK(');
  });
});
