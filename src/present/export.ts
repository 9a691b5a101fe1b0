/**
 * Dataset → the input contract again: one table per sheet with the Dutch contract columns (plus the
 * extra columns, in first-seen order), municipalities written as their CBS 2025 names. Written as
 * CSV files (`;`-separated, UTF-8 with BOM, so Dutch Excel opens them) or as one XLSX workbook.
 * Reading the output back with readDataset gives the same Dataset (round-trip tested).
 * The XLSX bytes are deterministic: fixed document dates and zip entry timestamps (1980-01-01).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { Dataset } from '../model/dataset.ts';
import type { Reference } from '../reference/index.ts';
import { contractColumns, SHEETS, type SheetName } from '../ingest/columns.ts';
import { csvField } from './csv.ts';

export type Cell = string | number;

export interface SheetTable {
  sheet: SheetName;
  columns: string[];
  rows: Cell[][];
}

const yesNo = (b: boolean): string => (b ? 'ja' : 'nee');
const list = (items: readonly string[]): string => items.join(';');
const orEmpty = (v: string | number | null): Cell => (v === null ? '' : v);

/** Union of extra keys in first-seen order. */
function extraColumns(records: { extra: Record<string, string> }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of records) {
    for (const key of Object.keys(r.extra)) {
      if (!seen.has(key)) {
        seen.add(key);
        out.push(key);
      }
    }
  }
  return out;
}

/**
 * The sheets to write: samenwerkingen always; an optional sheet when the input had it or it has
 * records; pendel only when the dataset has commuting flows (null = no sheet).
 */
export function datasetToSheets(dataset: Dataset, ref: Reference): SheetTable[] {
  const name = (code: string): string => ref.byCode.get(code)?.name ?? code;
  const names = (codes: readonly string[]): string => list(codes.map(name));
  const present = (sheet: SheetName): boolean => dataset.sheets.some((s) => s.sheet === sheet && s.present);
  const tables: SheetTable[] = [];

  for (const sheet of SHEETS) {
    const contract = contractColumns(sheet);
    switch (sheet) {
      case 'samenwerkingen': {
        const extra = extraColumns(dataset.cooperations);
        tables.push({
          sheet,
          columns: [...contract, ...extra],
          rows: dataset.cooperations.map((c) => [
            c.id,
            c.name,
            orEmpty(c.agendaTitle),
            orEmpty(c.agendaYear),
            c.legalForm,
            names(c.municipalities),
            list(c.otherGovernments),
            list(c.partners),
            list(c.themes),
            orEmpty(c.typology),
            orEmpty(c.lifePhase),
            yesNo(c.spatial),
            list(c.sources),
            ...extra.map((k) => c.extra[k] ?? ''),
          ]),
        });
        break;
      }
      case 'doelen': {
        if (!present(sheet) && dataset.goals.length === 0) break;
        const extra = extraColumns(dataset.goals);
        tables.push({
          sheet,
          columns: [...contract, ...extra],
          rows: dataset.goals.map((g) => [g.cooperationId, g.theme, g.text, orEmpty(g.source), orEmpty(g.label), ...extra.map((k) => g.extra[k] ?? '')]),
        });
        break;
      }
      case 'nationale_gebieden': {
        if (!present(sheet) && dataset.nationalRegions.length === 0) break;
        const columns = contract.filter((c) => c !== 'gemeentecode');
        const extra = extraColumns(dataset.nationalRegions);
        tables.push({
          sheet,
          columns: [...columns, ...extra],
          rows: dataset.nationalRegions.map((r) => [
            r.division,
            r.id,
            r.name,
            names(r.municipalities),
            orEmpty(r.attribute),
            orEmpty(r.source),
            ...extra.map((k) => r.extra[k] ?? ''),
          ]),
        });
        break;
      }
      case 'nationaal_beleid': {
        if (!present(sheet) && dataset.nationalPolicies.length === 0) break;
        const extra = extraColumns(dataset.nationalPolicies);
        tables.push({
          sheet,
          columns: [...contract, ...extra],
          rows: dataset.nationalPolicies.map((p) => [
            p.id,
            p.title,
            orEmpty(p.year),
            list(p.themes),
            p.steering,
            yesNo(p.areaBased),
            orEmpty(p.explanation),
            orEmpty(p.source),
            ...extra.map((k) => p.extra[k] ?? ''),
          ]),
        });
        break;
      }
      case 'pendel': {
        if (dataset.commuting === null) break;
        tables.push({
          sheet,
          columns: ['van', 'naar', 'personen', 'jaar', 'toelichting'],
          rows: dataset.commuting.map((f) => [name(f.from), name(f.to), f.persons, orEmpty(f.year), orEmpty(f.note)]),
        });
        break;
      }
    }
  }
  return tables;
}

/** The dataset CSV is the machine-readable contract: every value kept exactly (see ./csv.ts). */
export { csvField };

export function tableToCsv(table: SheetTable, delimiter = ';'): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map((c) => csvField(c, delimiter)).join(delimiter));
  return `\ufeff${lines.join('\n')}\n`;
}

/** Writes `<sheet>.csv` per table into `dir` (created if needed); returns the file names. */
export async function writeDatasetCsv(dataset: Dataset, ref: Reference, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const table of datasetToSheets(dataset, ref)) {
    const file = `${table.sheet}.csv`;
    await writeFile(join(dir, file), tableToCsv(table), 'utf8');
    written.push(file);
  }
  return written;
}

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** A new workbook whose metadata does not depend on when it is made (same content, same bytes). */
export function reproducibleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'regioruimte';
  workbook.lastModifiedBy = 'regioruimte';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  return workbook;
}

/**
 * The workbook's bytes with fixed zip entry times, so writing it twice gives identical files.
 * ExcelJS deflates through pure-JS pako, which costs about three quarters of writing a small
 * workbook; it writes the parts uncompressed here and fflate deflates them, several times faster
 * for the same compression level.
 */
export async function reproducibleXlsxBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const parts = unzipSync(new Uint8Array(stored));
  // zipSync reads mtime as local time; fixZipTimestamps then sets one fixed time in every zone.
  return fixZipTimestamps(Buffer.from(zipSync(parts, { level: 6, mtime: new Date(2000, 0, 1) })));
}

/** The workbook as bytes; identical input gives identical bytes. */
export async function datasetXlsxBuffer(dataset: Dataset, ref: Reference): Promise<Buffer> {
  const workbook = reproducibleWorkbook();
  for (const table of datasetToSheets(dataset, ref)) {
    const worksheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(table.columns);
    worksheet.getRow(1).font = { bold: true };
    for (const row of table.rows) worksheet.addRow(row);
  }
  return reproducibleXlsxBytes(workbook);
}

export async function writeDatasetXlsx(dataset: Dataset, ref: Reference, path: string): Promise<void> {
  await writeFile(path, await datasetXlsxBuffer(dataset, ref));
}

/**
 * Sets every zip entry's DOS modification time/date to 1980-01-01 00:00 (local headers and the
 * central directory), because the zip writer stamps entries with the current time.
 */
export function fixZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && p + 46 <= out.length; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) break;
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (local + 30 <= out.length && out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(DOS_TIME, local + 10);
      out.writeUInt16LE(DOS_DATE, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
