/**
 * The current dataset in the database, in the shape of the CSV contract: import (through the same
 * readDataset and findings as `regioruimte check`; refused when there are errors), export (the
 * files back, byte for byte for unchanged records) and the Dataset of the current state (the
 * exported files read by readDataset again, so the portal never has a second interpretation).
 */
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { METADATA_FILES } from '../ingest/metadata.ts';
import { datasetToSheets } from '../present/export.ts';
import { FIELDS, mapHeader } from '../ingest/columns.ts';
import { readDataset, type SheetName } from '../ingest/index.ts';
import type { Dataset } from '../model/dataset.ts';
import type { Reference } from '../reference/index.ts';
import type { Db, Queryable } from './db.ts';
import { parseSheetText, sheetText, type StoredSheet } from './sheet-text.ts';
import { audit, type Actor } from './audit.ts';

/** Sheets whose records the portal edits; the others are kept whole. */
export const EDITABLE_SHEETS = ['samenwerkingen', 'doelen'] as const;
export type EditableSheet = (typeof EDITABLE_SHEETS)[number];

export type Sheets = Partial<Record<SheetName, StoredSheet>>;

/** Index of a contract column in a header (aliases as the ingest accepts them), or -1. */
export function columnIndex(sheet: EditableSheet, header: readonly string[], field: string): number {
  // Extra columns outside the contract (such as thema_onderbouwing) are found by their exact name.
  return mapHeader([...header], FIELDS[sheet]).fields.get(field) ?? header.findIndex((h) => h.trim() === field);
}

/** The stored form of every present sheet: original text for UTF-8 CSV, else the canonical export. */
export function sheetsFromInput(path: string, dataset: Dataset, ref: Reference): Sheets {
  const sheets: Sheets = {};
  const folder = statSync(path).isDirectory();
  // The canonical export is needed only for a workbook or a file that is not UTF-8.
  let canonical: Map<string, ReturnType<typeof datasetToSheets>[number]> | undefined;
  for (const account of dataset.sheets) {
    if (!account.present) continue;
    const sheet = account.sheet as SheetName;
    const bytes = folder ? readFileSync(join(path, account.file)) : null;
    if (bytes && isUtf8(bytes)) {
      sheets[sheet] = parseSheetText(account.file, bytes.toString('utf8'));
      continue;
    }
    canonical ??= new Map(datasetToSheets(dataset, ref).map((t) => [t.sheet, t]));
    const table = canonical.get(sheet);
    if (!table) continue;
    sheets[sheet] = {
      fileName: `${sheet}.csv`,
      prefix: '',
      header: table.columns,
      headerRaw: null,
      delimiter: ',',
      eol: '\r\n',
      rows: table.rows.map((r) => ({ cells: r.map(String), raw: null })),
    };
  }
  // colofon.csv and publicatie.csv sit beside the sheets (in the folder, or beside a workbook);
  // they are kept whole under their file name, so export and publish carry them byte for byte.
  const beside = folder ? path : dirname(path);
  for (const file of METADATA_FILES) {
    const bytes = existsSync(join(beside, file)) ? readFileSync(join(beside, file)) : null;
    if (bytes && isUtf8(bytes)) sheets[file as SheetName] = parseSheetText(file, bytes.toString('utf8'));
  }
  return sheets;
}

export type ImportResult = { ok: true; dataset: Dataset; cooperations: number; changed: number } | { ok: false; dataset: Dataset };

/** Reads and validates `path`; when it has no errors, it replaces the stored dataset. */
export async function importDataset(db: Db, path: string, ref: Reference, actor: Actor): Promise<ImportResult> {
  const dataset = await readDataset(path, ref);
  if (dataset.findings.some((f) => f.severity === 'error')) return { ok: false, dataset };
  const sheets = sheetsFromInput(path, dataset, ref);
  const changed = await db.transaction((tx) => replaceSheets(tx, sheets, actor, dataset.source));
  return { ok: true, dataset, cooperations: dataset.cooperations.length, changed };
}

function cooperationIdOf(sheet: EditableSheet, header: readonly string[], cells: readonly string[]): string | null {
  const index = columnIndex(sheet, header, sheet === 'samenwerkingen' ? 'id' : 'samenwerking_id');
  const id = index >= 0 ? (cells[index] ?? '').trim() : '';
  return id === '' ? null : id;
}

async function insertRows(tx: Queryable, name: EditableSheet, sheet: StoredSheet): Promise<void> {
  // One statement per sheet: a row-by-row insert cost a round trip per row (seconds for the
  // example's goals in the embedded database).
  const rows = sheet.rows.map((row, position) => ({ position, id: cooperationIdOf(name, sheet.header, row.cells), cells: row.cells, raw: row.raw }));
  await tx.query(
    `insert into sheet_row (sheet, position, cooperation_id, cells, raw)
     select $1, (r->>'position')::double precision, r->>'id', r->'cells', r->>'raw' from jsonb_array_elements($2::jsonb) as r`,
    [name, JSON.stringify(rows)],
  );
}

/** Replaces the rows (and header) of one editable sheet, inside the caller's transaction. */
export async function replaceSheetRows(tx: Queryable, name: EditableSheet, sheet: StoredSheet): Promise<void> {
  const updated = await tx.query('update dataset_sheet set header = $2::jsonb, header_raw = $3 where sheet = $1 returning sheet', [name, JSON.stringify(sheet.header), sheet.headerRaw]);
  if (updated.length === 0) {
    await tx.query("insert into dataset_sheet (sheet, file_name, prefix, header, header_raw, delimiter, eol, final_eol, body) values ($1, $2, $3, $4::jsonb, $5, $6, $7, true, null)", [
      name, sheet.fileName, sheet.prefix, JSON.stringify(sheet.header), sheet.headerRaw, sheet.delimiter, sheet.eol,
    ]);
  }
  await tx.query('delete from sheet_row where sheet = $1', [name]);
  await insertRows(tx, name, sheet);
}

/** Replaces every stored sheet; cooperations whose record changed get a new version. */
export async function replaceSheets(tx: Queryable, sheets: Sheets, actor: Actor, source: string): Promise<number> {
  const before = new Map((await tx.query<{ cooperation_id: string; cells: string[] }>("select cooperation_id, cells from sheet_row where sheet = 'samenwerkingen'")).map((r) => [r.cooperation_id, JSON.stringify(r.cells)]));
  await tx.query('delete from sheet_row');
  await tx.query('delete from dataset_sheet');
  for (const [name, sheet] of Object.entries(sheets) as [SheetName, StoredSheet][]) {
    const editable = (EDITABLE_SHEETS as readonly string[]).includes(name);
    await tx.query(
      'insert into dataset_sheet (sheet, file_name, prefix, header, header_raw, delimiter, eol, final_eol, body) values ($1, $2, $3, $4::jsonb, $5, $6, $7, true, $8)',
      [name, sheet.fileName, sheet.prefix, JSON.stringify(sheet.header), sheet.headerRaw, sheet.delimiter, sheet.eol, editable ? null : JSON.stringify(sheet.rows)],
    );
    if (editable) await insertRows(tx, name as EditableSheet, sheet);
  }
  let changed = 0;
  for (const row of await tx.query<{ cooperation_id: string; cells: string[] }>("select cooperation_id, cells from sheet_row where sheet = 'samenwerkingen' and cooperation_id is not null")) {
    const old = before.get(row.cooperation_id);
    if (old === JSON.stringify(row.cells)) continue;
    changed++;
    await tx.query('insert into cooperation (id) values ($1) on conflict (id) do update set version = cooperation.version + 1', [row.cooperation_id]);
  }
  await bumpState(tx);
  await audit(tx, actor, 'import', 'dataset', null, null, { source, changedCooperations: changed });
  return changed;
}

/** A counter raised by every change of the dataset, so derived views know when to refresh. */
export async function bumpState(tx: Queryable): Promise<void> {
  await tx.query("insert into dataset_meta (key, value) values ('state', '1') on conflict (key) do update set value = (dataset_meta.value::integer + 1)::text");
}

export async function stateVersion(db: Queryable): Promise<number> {
  const rows = await db.query<{ value: string }>("select value from dataset_meta where key = 'state'");
  return rows.length ? Number(rows[0].value) : 0;
}

interface SheetRecord {
  sheet: SheetName;
  file_name: string;
  prefix: string;
  header: string[];
  header_raw: string | null;
  delimiter: string;
  eol: string;
  body: string | null;
}

/** The stored dataset as sheets (rows in file order). */
export async function loadSheets(db: Queryable): Promise<Sheets> {
  const sheets: Sheets = {};
  const rows = await db.query<{ sheet: SheetName; cells: string[]; raw: string | null }>('select sheet, cells, raw from sheet_row order by sheet, position');
  for (const s of await db.query<SheetRecord>('select * from dataset_sheet')) {
    sheets[s.sheet] = {
      fileName: s.file_name,
      prefix: s.prefix,
      header: s.header,
      headerRaw: s.header_raw,
      delimiter: s.delimiter,
      eol: s.eol,
      rows: s.body === null ? rows.filter((r) => r.sheet === s.sheet).map((r) => ({ cells: r.cells, raw: r.raw })) : JSON.parse(s.body),
    };
  }
  return sheets;
}

export function hasDataset(sheets: Sheets): boolean {
  return sheets.samenwerkingen !== undefined;
}

/** Writes the sheets as the CSV contract into `dir` (each under its original file name). */
export async function writeSheets(sheets: Sheets, dir: string, only?: readonly SheetName[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, sheet] of Object.entries(sheets) as [SheetName, StoredSheet][]) {
    if (only && !only.includes(name)) continue;
    await writeFile(join(dir, sheet.fileName), sheetText(sheet));
    written.push(sheet.fileName);
  }
  return written.sort();
}

/** Reads sheets through readDataset (the check rules) via a temporary folder that is removed again. */
export async function readSheets(sheets: Sheets, ref: Reference, only?: readonly SheetName[]): Promise<Dataset> {
  const dir = mkdtempSync(join(tmpdir(), 'regioruimte-beheer-'));
  try {
    await writeSheets(sheets, dir, only);
    return await readDataset(dir, ref);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let cached: { state: number; dataset: Dataset } | null = null;

/** The Dataset of the stored state (cached per state counter). */
export async function currentDataset(db: Queryable, ref: Reference): Promise<Dataset | null> {
  const state = await stateVersion(db);
  if (cached?.state === state && state > 0) return cached.dataset;
  const sheets = await loadSheets(db);
  if (!hasDataset(sheets)) return null;
  const dataset = await readSheets(sheets, ref);
  cached = { state, dataset };
  return dataset;
}
