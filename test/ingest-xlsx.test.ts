/**
 * Workbooks that are not what they seem, built at test time (small on disk): zip bombs (declared
 * and forged sizes), password-protected and old .xls files, a missing shared-strings part, cached
 * formula errors and years in date-formatted cells.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { FindingSink } from '../src/ingest/sink.ts';
import { openWorkbook, worksheetSheet, XLSX_LIMITS } from '../src/ingest/xlsx.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();

async function tmp(name: string, content: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rr-xlsx-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function workbookBytes(rows: unknown[][], format?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('samenwerkingen');
  for (const r of rows) ws.addRow(r);
  format?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sets the uncompressed size of `name` in its local header (offset 22) and central entry (24). */
function forgeSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const target = Buffer.from(name);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + target.length).equals(target) && out.readUInt16LE(i + 26) === target.length) out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + target.length).equals(target) && out.readUInt16LE(i + 28) === target.length) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

const HEADER = ['id', 'naam', 'rechtsvorm', 'gemeenten', 'themas', 'ruimtelijk'];
const errors = (d: Dataset) => d.findings.filter((f) => f.severity === 'error');

describe('zip bombs', () => {
  it('a workbook that declares more than the limit uncompressed is refused before inflating', async () => {
    const bytes = forgeSize(await workbookBytes([HEADER]), 'xl/styles.xml', 400 * 1024 * 1024);
    const d = await readDataset(await tmp('bom.xlsx', bytes), ref);
    const [e] = errors(d);
    expect(e.message).toBe(`Het werkboek is uitgepakt 400 MB groot; de grens is ${XLSX_LIMITS.uncompressedBytes / 1024 / 1024} MB (mogelijk een zip-bom).`);
    expect(e.file).toBe('bom.xlsx');
  });

  it('a sheet that inflates to more than it declares is stopped while streaming', async () => {
    // 5 MB of spaces inside the sheet XML compress to a few kB; the size fields claim 1,000 bytes.
    const zip = await JSZip.loadAsync(await workbookBytes([HEADER, ['a', 'A', 'WGR', 'Amsterdam', 'Wonen', 'ja']]));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('<sheetData>', `<sheetData>${' '.repeat(5_000_000)}`));
    const packed = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(packed.length).toBeLessThan(100_000);
    const path = await tmp('bom.xlsx', forgeSize(packed, 'xl/worksheets/sheet1.xml', 1_000));
    const sink = new FindingSink();
    // A budget of 1 MB for the whole workbook (the default is 200 MB) keeps the test small.
    const workbook = await openWorkbook(path, 'bom.xlsx', sink, { ...XLSX_LIMITS, uncompressedBytes: 1024 * 1024 });
    expect(workbook).not.toBeNull();
    const raw = worksheetSheet(workbook!, workbook!.sheets[0], 'bom.xlsx[samenwerkingen]', sink);
    await expect(async () => {
      for await (const batch of raw.records) void batch;
    }).rejects.toThrow('Het werkboek is uitgepakt groter dan 1 MB (mogelijk een zip-bom); het lezen is gestopt.');
  });
  it('a part whose size does not match its header is one finding, not an uncaught error', async () => {
    // JSZip reports the mismatch only after the last byte; it must reach the reader as a finding.
    const packed = await workbookBytes([HEADER, ['a', 'A', 'WGR', 'Amsterdam', 'Wonen', 'ja']]);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      const d = await readDataset(await tmp('mismatch.xlsx', forgeSize(packed, part, 100)), ref);
      const [e] = errors(d);
      expect(e.message).toContain(`kan niet worden gelezen: het onderdeel ${part} pakt uit tot een andere grootte dan het werkboek opgeeft`);
      expect(e.hint).toBeTruthy();
      expect(e.file).toMatch(/^mismatch\.xlsx/);
    }
    // exceljs stops reading the styles at their closing tag, before JSZip can check the size:
    // nothing is lost then, and the late report must not escape as an uncaught error either.
    const styles = await readDataset(await tmp('mismatch.xlsx', forgeSize(packed, 'xl/styles.xml', 100)), ref);
    expect(errors(styles)).toEqual([]);
    expect(styles.cooperations.map((c) => c.id)).toEqual(['a']);
  });
});

describe('workbooks Excel cannot give us', () => {
  it('a password-protected workbook and an old .xls are named as such, with what to do', async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const encrypted = Buffer.from(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1024);
    const e1 = errors(await readDataset(await tmp('geheim.xlsx', encrypted), ref));
    expect(e1.map((f) => f.message)).toEqual(['Het werkboek is beveiligd met wachtwoord (versleuteld); het kan niet worden gelezen.']);
    const e2 = errors(await readDataset(await tmp('oud.xls', cfb), ref));
    expect(e2[0].message).toContain('oude Excel-formaat (.xls');
    expect(e2[0].hint).toContain('sla het op als .xlsx');
  });

  it('a missing shared-strings part is one clear finding, no TypeError', async () => {
    const zip = await JSZip.loadAsync(await workbookBytes([HEADER, ['a', 'A', 'WGR', 'Amsterdam', 'Wonen', 'ja']]));
    zip.remove('xl/sharedStrings.xml');
    const d = await readDataset(await tmp('kapot.xlsx', await zip.generateAsync({ type: 'nodebuffer' })), ref);
    const [e] = errors(d);
    expect(e.message).toContain('het onderdeel met de teksten van de cellen (xl/sharedStrings.xml) ontbreekt');
    expect(d.findings.some((f) => /TypeError|undefined/.test(f.message))).toBe(false);
  });

  it('a cached #DIV/0! is named as the formula\'s error value', async () => {
    const bytes = await workbookBytes([HEADER, ['a', 'A', 'WGR', 'Amsterdam', 'Wonen', 'ja']], (ws) => {
      ws.getCell('G1').value = 'agenda_jaar';
      ws.getCell('G2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const d = await readDataset(await tmp('deling.xlsx', bytes), ref);
    const [e] = errors(d);
    expect(e).toMatchObject({ row: 2, column: 'agenda_jaar', value: '=1/0' });
    expect(e.message).toBe("De formule in cel 'G2' geeft de foutwaarde #DIV/0! (deling door nul); de cel is als leeg gelezen.");
  });

  it('a year typed into a date-formatted cell is read as the year, with a warning', async () => {
    const bytes = await workbookBytes([[...HEADER, 'agenda_jaar'], ['a', 'A', 'WGR', 'Amsterdam', 'Wonen', 'ja', 2023]], (ws) => {
      ws.getCell('G2').numFmt = 'dd-mm-yyyy';
    });
    const d = await readDataset(await tmp('jaar.xlsx', bytes), ref);
    expect(d.cooperations[0].agendaYear).toBe(2023);
    // Serial 2023 = 1905-07-15 (day 1 = 1900-01-01, with Excel's phantom 1900-02-29).
    const [w] = d.findings.filter((f) => f.message.includes('opgemaakt als datum'));
    expect(w.message).toBe("Cel 'G2' is opgemaakt als datum (1905-07-15) maar bevat het getal 2023, waarschijnlijk een jaartal; gelezen als 2023.");
  });
});
