/**
 * Property tests: whatever bytes or rows are put in the input files, readDataset returns (never
 * throws), every sheet keeps rowsRead = rowsAccepted + rowsRejected, and every accepted record
 * satisfies the model (codes GM0000, themes from the nine).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { THEMES } from '../src/model/themes.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();

function expectSound(d: Dataset): void {
  for (const s of d.sheets) expect(s.rowsRead, s.sheet).toBe(s.rowsAccepted + s.rowsRejected);
  for (const s of d.sheets) expect(s.rowsRead).toBeGreaterThanOrEqual(0);
  const samen = d.sheets.find((s) => s.sheet === 'samenwerkingen')!;
  expect(d.cooperations.length).toBe(samen.rowsAccepted);
  for (const c of d.cooperations) {
    expect(c.municipalities.every((m) => /^GM\d{4}$/.test(m))).toBe(true);
    expect(c.themes.every((t) => (THEMES as readonly string[]).includes(t))).toBe(true);
  }
  for (const f of d.findings) expect(['error', 'warning', 'info']).toContain(f.severity);
}

async function withFolder<T>(files: Record<string, Uint8Array | string>, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'rr-prop-'));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CONTRACT = ['id', 'naam', 'rechtsvorm', 'gemeenten', 'themas', 'ruimtelijk', 'agenda_jaar', 'typologie', 'levensfase', 'bronnen'];
const GOAL_COLUMNS = ['samenwerking_id', 'thema', 'tekst', 'bron', 'label'];
const cellText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', 'WGR', 'privaat', 'GR', 'Wonen', 'Woningbouw', 'Amsterdam', 'Bergen', 'Haaren', 'GM0363', 'ja', 'nee', '2020', 'a', 'b', '"', ';', '\n', '"";"', 'Súdwest-Fryslân'),
  fc.array(fc.constantFrom('Amsterdam', 'Almere', 'Bergen', 'Amsterdm', 'Weesp', 'GM9999'), { maxLength: 4 }).map((a) => a.join(';')),
);

function csvLine(cells: string[], delimiter: string, quoteAll: boolean): string {
  return cells
    .map((c) => (quoteAll || /[;,"\n\r\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(delimiter);
}

const table = (columns: string[]) =>
  fc.record({
    header: fc.subarray([...columns, 'extra', 'Opmerking'], { minLength: 0 }).chain((cols) => fc.shuffledSubarray(cols, { minLength: cols.length, maxLength: cols.length })),
    rows: fc.array(fc.array(cellText, { maxLength: 12 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(';', ',', '\t'),
    quoteAll: fc.boolean(),
    raw: fc.boolean(),
  });

function render(t: { header: string[]; rows: string[][]; delimiter: string; quoteAll: boolean; raw: boolean }): string {
  const lines = [t.header, ...t.rows];
  // raw = true writes cells without any quoting, so broken quotes and stray delimiters occur.
  return lines.map((l) => (t.raw ? l.join(t.delimiter) : csvLine(l, t.delimiter, t.quoteAll))).join('\n');
}

describe('readDataset never throws and keeps the accounting', () => {
  it('on random bytes as samenwerkingen.csv and doelen.csv', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 500 }), async (a, b) => {
        const d = await withFolder({ 'samenwerkingen.csv': a, 'doelen.csv': b }, (dir) => readDataset(dir, ref));
        expectSound(d);
      }),
      { numRuns: 60, seed: 20251128 },
    );
  });

  it('on random tables (random column sets, cells, delimiters, quoting) in every sheet', async () => {
    await fc.assert(
      fc.asyncProperty(table(CONTRACT), table(GOAL_COLUMNS), table(['van', 'naar', 'personen', 'jaar', "Woonregio's", "Werkregio's"]), async (s, g, p) => {
        const d = await withFolder(
          { 'samenwerkingen.csv': render(s), 'doelen.csv': render(g), 'pendel.csv': render(p) },
          (dir) => readDataset(dir, ref),
        );
        expectSound(d);
      }),
      { numRuns: 80, seed: 42 },
    );
  });

  it('on random workbooks (formulas with and without results, errors, dates, booleans, rich text)', async () => {
    const value = fc.oneof(
      cellText,
      fc.integer({ min: -10, max: 3000 }),
      fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
      cellText.map((t) => ({ formula: 'A1&""', result: t })),
      fc.constant({ formula: 'NOW()' }),
      fc.constant({ error: '#N/A' }),
      cellText.map((t) => ({ richText: [{ text: t }, { text: 'x' }] })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(CONTRACT, { minLength: 0 }),
        fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 8 }),
        fc.constantFrom('samenwerkingen', 'Samenwerkingen', 'doelen', 'iets anders'),
        async (header, rows, sheetName) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet(sheetName);
          ws.addRow(header);
          for (const row of rows) ws.addRow(row as ExcelJS.CellValue[]);
          const buffer = Buffer.from(await wb.xlsx.writeBuffer());
          const d = await withFolder({ 'invoer.xlsx': buffer }, (dir) => readDataset(join(dir, 'invoer.xlsx'), ref));
          expectSound(d);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
