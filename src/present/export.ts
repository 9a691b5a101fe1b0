/**
 * Dataset → the input contract again: one table per sheet with the Dutch contract columns (plus the
 * extra columns, in first-seen order), municipalities written as their CBS 2025 names. Written as
 * CSV files (`;`-separated, UTF-8 with BOM, so Dutch Excel opens them) or as one XLSX workbook.
 * Reading the output back with readDataset gives the same Dataset (round-trip tested).
 * The XLSX bytes are deterministic (../output/xlsx.ts): fixed document dates and zip entry times.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../model/dataset.ts';
import type { Reference } from '../reference/index.ts';
import { contractColumns, README_SHEET, SHEETS, type SheetName } from '../ingest/columns.ts';
import { codeList, COLUMN_DICTIONARY, EXTRA_COLUMN, SHEET_MEANING } from './dictionary.ts';
import { csvField, toCsv } from './csv.ts';
import { xlsxBytes, type XlsxCell, type XlsxRow, type XlsxSheet, type XlsxStyle } from '../output/xlsx.ts';

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
  for (const r of records) for (const key of Object.keys(r.extra)) seen.add(key);
  return [...seen];
}

/** A sheet of records: the given columns, then each record's extra columns (in first-seen order). */
function recordTable<R extends { extra: Record<string, string> }>(sheet: SheetName, columns: string[], records: R[], cells: (r: R) => Cell[]): SheetTable {
  const extra = extraColumns(records);
  return { sheet, columns: [...columns, ...extra], rows: records.map((r) => [...cells(r), ...extra.map((k) => r.extra[k] ?? '')]) };
}

interface SheetContext {
  dataset: Dataset;
  /** A municipality code as its CBS 2025 name (the code itself when unknown). */
  name: (code: string) => string;
}

const names = (ctx: SheetContext, codes: readonly string[]): string => list(codes.map(ctx.name));

function cooperationsSheet(ctx: SheetContext): SheetTable {
  return recordTable('samenwerkingen', contractColumns('samenwerkingen'), ctx.dataset.cooperations, (c) => [
    c.id,
    c.name,
    orEmpty(c.agendaTitle),
    orEmpty(c.agendaYear),
    c.legalForm,
    names(ctx, c.municipalities),
    list(c.otherGovernments),
    list(c.partners),
    list(c.themes),
    orEmpty(c.typology),
    orEmpty(c.lifePhase),
    yesNo(c.spatial),
    list(c.sources),
  ]);
}

function goalsSheet(ctx: SheetContext): SheetTable {
  return recordTable('doelen', contractColumns('doelen'), ctx.dataset.goals, (g) => [g.cooperationId, g.theme, g.text, orEmpty(g.source), orEmpty(g.label)]);
}

function nationalRegionsSheet(ctx: SheetContext): SheetTable {
  // Municipalities are written as names, so the optional code column is left out; categorie only
  // when some area has one, so a dataset without categories is written exactly as it was read.
  const regions = ctx.dataset.nationalRegions;
  const categories = regions.some((r) => r.category !== null);
  const columns = contractColumns('nationale_gebieden').filter((c) => c !== 'gemeentecode' && (categories || c !== 'categorie'));
  return recordTable('nationale_gebieden', columns, regions, (r) => [
    r.division,
    r.id,
    r.name,
    names(ctx, r.municipalities),
    orEmpty(r.attribute),
    ...(categories ? [orEmpty(r.category)] : []),
    orEmpty(r.source),
  ]);
}

function nationalPoliciesSheet(ctx: SheetContext): SheetTable {
  return recordTable('nationaal_beleid', contractColumns('nationaal_beleid'), ctx.dataset.nationalPolicies, (p) => [
    p.id,
    p.title,
    orEmpty(p.year),
    list(p.themes),
    p.steering,
    yesNo(p.areaBased),
    orEmpty(p.explanation),
    orEmpty(p.source),
  ]);
}

function commutingSheet(ctx: SheetContext): SheetTable | null {
  const flows = ctx.dataset.commuting;
  if (flows === null) return null;
  return { sheet: 'pendel', columns: ['van', 'naar', 'personen', 'jaar', 'toelichting'], rows: flows.map((f) => [ctx.name(f.from), ctx.name(f.to), f.persons, orEmpty(f.year), orEmpty(f.note)]) };
}

/** Per sheet: whether the dataset has records for it (an optional sheet is also kept when the input had it). */
const HAS_RECORDS: Record<Exclude<SheetName, 'samenwerkingen' | 'pendel'>, (d: Dataset) => boolean> = {
  doelen: (d) => d.goals.length > 0,
  nationale_gebieden: (d) => d.nationalRegions.length > 0,
  nationaal_beleid: (d) => d.nationalPolicies.length > 0,
};

const SHEET_WRITERS: Record<SheetName, (ctx: SheetContext) => SheetTable | null> = {
  samenwerkingen: cooperationsSheet,
  doelen: goalsSheet,
  nationale_gebieden: nationalRegionsSheet,
  nationaal_beleid: nationalPoliciesSheet,
  pendel: commutingSheet,
};

/**
 * The sheets to write: samenwerkingen always; an optional sheet when the input had it or it has
 * records; pendel only when the dataset has commuting flows (null = no sheet).
 */
export function datasetToSheets(dataset: Dataset, ref: Reference): SheetTable[] {
  const ctx: SheetContext = { dataset, name: (code) => ref.byCode.get(code)?.name ?? code };
  const wanted = (sheet: SheetName): boolean => {
    if (sheet === 'samenwerkingen' || sheet === 'pendel') return true;
    return dataset.sheets.some((s) => s.sheet === sheet && s.present) || HAS_RECORDS[sheet](dataset);
  };
  return SHEETS.filter(wanted)
    .map((sheet) => SHEET_WRITERS[sheet](ctx))
    .filter((t): t is SheetTable => t !== null);
}

/** The dataset CSV is the machine-readable contract: every value kept exactly (see ./csv.ts). */
export { csvField };

export function tableToCsv(table: SheetTable): string {
  return toCsv(table.columns, table.rows, 'keep');
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

/** A data sheet: bold frozen header, typed cells (numbers as numbers; an empty value is an empty cell, not text). */
function dataSheet(table: SheetTable): XlsxSheet {
  const rows: XlsxRow[] = [{ cells: table.columns, style: { bold: true } }];
  for (const row of table.rows) rows.push({ cells: row.map((cell) => (cell === '' ? null : cell)) });
  return { name: table.sheet, frozenRows: 1, rows };
}

/**
 * The read-me sheet: what the workbook is, per sheet and column what it holds and in which form,
 * and the label of every code (./dictionary.ts). Reading the workbook back skips it (README_SHEET).
 */
function readmeSheet(tables: SheetTable[]): XlsxSheet {
  const rows: XlsxRow[] = [];
  const add = (cells: XlsxCell[], style?: XlsxStyle) => rows.push(style ? { cells, style } : { cells });
  const bold = { bold: true };
  const heading = (text: string) => {
    add([]);
    add([text], { bold: true, size: 13 });
  };
  add(['Dataset in het invoerformaat van regioruimte'], { bold: true, size: 15 });
  add(['Elk ander tabblad is één blad van de dataset; de eerste rij noemt de kolommen. Opnieuw in te lezen met regioruimte (dit tabblad wordt dan overgeslagen).']);
  add(['Getallen en jaartallen staan als getal in de cel; een lege cel betekent: niet opgegeven. Lijsten staan in één cel, gescheiden door een puntkomma.']);
  heading('Tabbladen');
  add(['tabblad', 'rijen', 'kolommen', 'inhoud'], bold);
  for (const t of tables) add([t.sheet, t.rows.length, t.columns.length, SHEET_MEANING[t.sheet]]);
  heading('Kolommen');
  add(['tabblad', 'kolom', 'soort', 'betekenis'], bold);
  for (const t of tables) {
    for (const column of t.columns) {
      const e = COLUMN_DICTIONARY[t.sheet][column] ?? EXTRA_COLUMN;
      add([t.sheet, column, e.kind, e.meaning]);
    }
  }
  heading('Codes');
  add(['tabblad', 'kolom', 'code', 'betekenis'], bold);
  const written = new Set(tables.map((t) => t.sheet));
  for (const c of codeList()) if (written.has(c.sheet)) add([c.sheet, c.column, c.code, c.label]);
  return { name: README_SHEET, widths: [22, 22, 26, 90], rows };
}

/** The workbook as bytes (read-me sheet first, then the data sheets); identical input gives identical bytes. */
export async function datasetXlsxBuffer(dataset: Dataset, ref: Reference): Promise<Buffer> {
  const tables = datasetToSheets(dataset, ref);
  return xlsxBytes([readmeSheet(tables), ...tables.map(dataSheet)]);
}

export async function writeDatasetXlsx(dataset: Dataset, ref: Reference, path: string): Promise<void> {
  await writeFile(path, await datasetXlsxBuffer(dataset, ref));
}
