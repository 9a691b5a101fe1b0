import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../ingest/index.ts';
import type { Dataset, NationalRegion } from '../model/dataset.ts';
import { loadReference } from '../reference/index.ts';
import { csvField, datasetToSheets, datasetXlsxBuffer, tableToCsv, writeDatasetCsv } from './export.ts';
import { fixZipTimestamps } from '../output/xlsx.ts';

const ref = loadReference();

const dataset: Dataset = {
  source: 'x',
  cooperations: [
    {
      id: 'bergen',
      name: 'Bergen; Alkmaar',
      agendaTitle: null,
      agendaYear: 2021,
      legalForm: 'OVERIG',
      municipalities: ['GM0361', 'GM0373'],
      otherGovernments: [],
      partners: ['Stichting "Duin"'],
      themes: ['Wonen', 'Natuurbehoud'],
      typology: null,
      lifePhase: 'STARTUP',
      spatial: false,
      sources: ['https://a.example', 'https://b.example'],
      extra: { opmerking: 'eerste' },
    },
  ],
  goals: [],
  nationalRegions: [],
  nationalPolicies: [],
  commuting: null,
  sheets: [{ sheet: 'doelen', file: 'doelen.csv', present: true, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 }],
  findings: [],
};

describe('dataset export', () => {
  it('writes contract columns with CBS names, ja/nee, ;-lists and extra columns; only the sheets that were there', () => {
    const tables = datasetToSheets(dataset, ref);
    // doelen was present (empty) so it is written; the other optional sheets were absent; pendel is null.
    expect(tables.map((t) => t.sheet)).toEqual(['samenwerkingen', 'doelen']);
    const [samen] = tables;
    expect(samen.columns).toEqual(['id', 'naam', 'agenda_titel', 'agenda_jaar', 'rechtsvorm', 'gemeenten', 'overige_overheden', 'partners', 'themas', 'typologie', 'levensfase', 'ruimtelijk', 'bronnen', 'opmerking']);
    expect(samen.rows).toEqual([
      ['bergen', 'Bergen; Alkmaar', '', 2021, 'OVERIG', 'Alkmaar;Bergen (NH.)', '', 'Stichting "Duin"', 'Wonen;Natuurbehoud', '', 'STARTUP', 'nee', 'https://a.example;https://b.example', 'eerste'],
    ]);
  });

  it('nationale_gebieden: a categorie column only when an area has one; read back and written again it gives the same bytes; the workbook keeps it', async () => {
    const area = (id: string, municipalities: string[], category: string | null): NationalRegion => ({ division: 'NOTA_RUIMTE', id, name: `Gebied ${id}`, municipalities, attribute: null, category, source: null, extra: {} });
    const sheets = [...dataset.sheets, { sheet: 'nationale_gebieden' as const, file: 'nationale_gebieden.csv', present: true, rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 }];
    const without = datasetToSheets({ ...dataset, sheets, nationalRegions: [area('a', ['GM0361'], null)] }, ref).find((t) => t.sheet === 'nationale_gebieden')!;
    expect(without.columns).toEqual(['indeling', 'gebied_id', 'gebied_naam', 'gemeenten', 'kenmerk', 'bron']);

    const withCategories: Dataset = { ...dataset, sheets, nationalRegions: [area('a', ['GM0361'], 'Groei-regio'), area('b', ['GM0373'], null)] };
    const table = datasetToSheets(withCategories, ref).find((t) => t.sheet === 'nationale_gebieden')!;
    expect(table.columns).toEqual(['indeling', 'gebied_id', 'gebied_naam', 'gemeenten', 'kenmerk', 'categorie', 'bron']);
    expect(table.rows).toEqual([
      ['NOTA_RUIMTE', 'a', 'Gebied a', 'Alkmaar', '', 'Groei-regio', ''],
      ['NOTA_RUIMTE', 'b', 'Gebied b', 'Bergen (NH.)', '', '', ''],
    ]);
    const first = mkdtempSync(join(tmpdir(), 'rr-export-'));
    await writeDatasetCsv(withCategories, ref, first);
    const read = await readDataset(first, ref);
    expect(read.nationalRegions.map((r) => [r.id, r.category])).toEqual([
      ['a', 'Groei-regio'],
      ['b', null],
    ]);
    const second = mkdtempSync(join(tmpdir(), 'rr-export-'));
    await writeDatasetCsv(read, ref, second);
    const bytes = (dir: string) => readFileSync(join(dir, 'nationale_gebieden.csv'));
    expect(bytes(second).equals(bytes(first))).toBe(true);
    // The workbook carries the column too.
    const workbook = join(second, 'dataset.xlsx');
    writeFileSync(workbook, await datasetXlsxBuffer(withCategories, ref));
    expect((await readDataset(workbook, ref)).nationalRegions.map((r) => r.category)).toEqual(['Groei-regio', null]);
  });

  it('quotes CSV fields only when needed and starts with a BOM', () => {
    expect(csvField('a')).toBe('a');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvField(' rand')).toBe('" rand"');
    expect(csvField(12.5)).toBe('12,5');
    expect(tableToCsv({ sheet: 'doelen', columns: ['a', 'b'], rows: [['x;y', 1]] })).toBe('\ufeffa;b\r\n"x;y";1\r\n');
  });

  it('the workbook: a read-me sheet first, typed cells (a year is a number, an empty value no cell), codes with their labels', async () => {
    const noYear = { ...dataset.cooperations[0], id: 'zonder-jaar', agendaYear: null, legalForm: 'WGR' as const };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await datasetXlsxBuffer({ ...dataset, cooperations: [dataset.cooperations[0], noYear] }, ref)) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['leesmij', 'samenwerkingen', 'doelen']);
    const sheet = workbook.getWorksheet('samenwerkingen')!;
    const yearColumn = (sheet.getRow(1).values as string[]).indexOf('agenda_jaar');
    expect(sheet.getRow(2).getCell(yearColumn).value).toBe(2021);
    expect(sheet.getRow(2).getCell(yearColumn).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).getCell(yearColumn).type).toBe(ExcelJS.ValueType.Null);
    const readme = workbook.getWorksheet('leesmij')!;
    const rows = readme.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['samenwerkingen', 'agenda_jaar', 'jaartal', 'Jaar van de agenda (leeg: onbekend).']);
    expect(rows).toContainEqual(['samenwerkingen', 'opmerking', 'tekst', 'Extra kolom uit de invoer, buiten het invoercontract; overgenomen zoals opgegeven.']);
    expect(rows).toContainEqual(['samenwerkingen', 'rechtsvorm', 'WGR', 'Gemeenschappelijke regeling (Wgr)']);
    expect(rows).toContainEqual(['samenwerkingen', 2, 14, 'Eén rij per samenwerkingsverband.']);
    // Codes only for the sheets in the workbook: no national-policy steering codes here.
    expect(rows.some((r) => r[0] === 'nationaal_beleid')).toBe(false);
  });

  it('sets zip entry timestamps to 1980-01-01 in local and central headers', () => {
    // A minimal zip with one stored entry "a" (content "x"), written by hand.
    const name = Buffer.from('a');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(0x1234, 10);
    local.writeUInt16LE(0x5678, 12);
    local.writeUInt16LE(1, 26);
    const data = Buffer.from('x');
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x1234, 12);
    central.writeUInt16LE(0x5678, 14);
    central.writeUInt16LE(1, 28);
    central.writeUInt32LE(0, 42);
    const cdOffset = local.length + name.length + data.length;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(cdOffset, 16);
    const zip = Buffer.concat([local, name, data, central, name, eocd]);
    const fixed = fixZipTimestamps(zip);
    // DOS date 1980-01-01 = (0 << 9) | (1 << 5) | 1 = 33; time 00:00 = 0.
    expect([fixed.readUInt16LE(10), fixed.readUInt16LE(12)]).toEqual([0, 33]);
    expect([fixed.readUInt16LE(cdOffset + 12), fixed.readUInt16LE(cdOffset + 14)]).toEqual([0, 33]);
    expect(zip.readUInt16LE(10)).toBe(0x1234);
  });
});
