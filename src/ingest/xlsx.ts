/**
 * XLSX reader, streaming and bounded. The zip is opened with JSZip (central directory only); every
 * part is inflated as a stream whose bytes are counted against one budget for the workbook, and the
 * XML is parsed by exceljs's streaming readers (shared strings and styles first, then one sheet at
 * a time, row by row), so memory holds the compressed file, the shared strings and one batch of
 * rows, never a whole sheet. Limits (XLSX_LIMITS, docs/input.md) stop a zip bomb with a finding.
 * Formula cells yield their cached result (warning naming the cell); Excel error values (#N/A,
 * #DIV/0!), also as a formula's result, are errors; dates become ISO dates, booleans ja/nee.
 */
import { readFile, stat } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawRow, RawSheet } from './raw.ts';
import type { FindingSink } from './sink.ts';
import { cleanCell } from './cells.ts';

export const XLSX_LIMITS = {
  /** The .xlsx file itself (it is held in memory while reading). */
  fileBytes: 50 * 1024 * 1024,
  /** All parts together once inflated (the XML that is parsed). */
  uncompressedBytes: 200 * 1024 * 1024,
  /** The shared-strings part, which is held in memory. */
  sharedStringsBytes: 50 * 1024 * 1024,
  /** Excel's own maximum number of rows. */
  rows: 1_048_576,
  /** Far more than the contract's columns; a wider sheet is not an input sheet. */
  columns: 1_000,
  /** Excel's own maximum cell length. */
  cellChars: 32_767,
};

export type XlsxLimits = typeof XLSX_LIMITS;

const MB = 1024 * 1024;

function size(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** A limit was exceeded while inflating; the message is the finding. */
export class WorkbookLimitError extends Error {}

/** exceljs's streaming reader, with the internal steps this reader drives itself. */
interface StreamReader {
  model: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string; Type: string }[];
  sharedStrings?: unknown[];
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ value: AsyncIterable<ExcelJS.Row> }>;
}

export interface Workbook {
  sheets: { name: string; part: string }[];
  zip: JSZip;
  reader: StreamReader;
  /** Bytes still allowed to be inflated. */
  budget: Budget;
  limits: XlsxLimits;
}

interface Budget {
  left: number;
  total: number;
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function refuse(sink: FindingSink, file: string, message: string, hint: string): null {
  sink.add({ severity: 'error', file, message, hint });
  return null;
}

/** Opens a workbook (zip structure, shared strings, styles), or reports why not and returns null. */
export async function openWorkbook(path: string, display: string, sink: FindingSink, limits: XlsxLimits = XLSX_LIMITS): Promise<Workbook | null> {
  const resave = 'Open het bestand in Excel en sla het opnieuw op als "Excel-werkmap (*.xlsx)", of lever CSV-bestanden in een map aan.';
  const info = await stat(path);
  if (info.size > limits.fileBytes) {
    return refuse(sink, display, `Het werkboek is ${size(info.size)}; de grens is ${size(limits.fileBytes)}.`, 'Lever grote bladen (zoals pendel) als CSV-bestanden in een map aan; die worden zonder grens in stukken gelezen.');
  }
  const bytes = await readFile(path);
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      return refuse(sink, display, 'Het werkboek is beveiligd met wachtwoord (versleuteld); het kan niet worden gelezen.', 'Open het in Excel, verwijder het wachtwoord (Bestand → Info → Werkmap beveiligen → Versleutelen met wachtwoord: leeg) en sla het op als .xlsx.');
    }
    return refuse(sink, display, 'Dit is een werkboek in het oude Excel-formaat (.xls, Excel 97-2003); dat wordt niet gelezen.', 'Open het in Excel en sla het op als .xlsx ("Excel-werkmap").');
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    return refuse(sink, display, 'Dit bestand is geen Excel-werkboek (.xlsx): het is geen zip-bestand.', resave);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return refuse(sink, display, `Dit bestand is geen leesbaar Excel-werkboek (.xlsx): ${shortReason(error)}.`, resave);
  }
  const declared = Object.values(zip.files).reduce((sum, f) => sum + declaredSize(f), 0);
  if (declared > limits.uncompressedBytes) {
    return refuse(sink, display, `Het werkboek is uitgepakt ${size(declared)} groot; de grens is ${size(limits.uncompressedBytes)} (mogelijk een zip-bom).`, 'Lever grote bladen als CSV-bestanden in een map aan, of verwijder lege rijen en opmaak uit het werkboek.');
  }
  try {
    return await openParts(zip, display, sink, limits);
  } catch (error) {
    if (error instanceof WorkbookLimitError) return refuse(sink, display, error.message, 'Lever grote bladen als CSV-bestanden in een map aan.');
    return refuse(sink, display, `Het werkboek is beschadigd en kan niet worden gelezen: ${shortReason(error)}.`, resave);
  }
}

function declaredSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

async function openParts(zip: JSZip, display: string, sink: FindingSink, limits: XlsxLimits): Promise<Workbook | null> {
  const budget = { left: limits.uncompressedBytes, total: limits.uncompressedBytes };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(null as never, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as StreamReader;
  const part = (name: string) => zip.file(name);
  const rels = part('xl/_rels/workbook.xml.rels');
  const book = part('xl/workbook.xml');
  if (!rels || !book) {
    return refuse(sink, display, `Het werkboek is beschadigd: het onderdeel ${!book ? 'xl/workbook.xml' : 'xl/_rels/workbook.xml.rels'} ontbreekt.`, 'Open het bestand in Excel en sla het opnieuw op als .xlsx.');
  }
  await reader._parseRels(nodeText(rels, budget, Infinity));
  await reader._parseWorkbook(nodeText(book, budget, Infinity));
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(nodeText(styles, budget, Infinity));
  const target = (type: string) => reader.workbookRels?.find((r) => r.Type.endsWith(`/${type}`))?.Target;
  const stringsTarget = target('sharedStrings');
  const strings = stringsTarget ? part(partPath(stringsTarget)) : part('xl/sharedStrings.xml');
  if (strings) {
    for await (const _ of reader._parseSharedStrings(nodeText(strings, budget, limits.sharedStringsBytes))) void _;
  } else if (stringsTarget) {
    return refuse(sink, display, `Het werkboek is beschadigd: het onderdeel met de teksten van de cellen (${partPath(stringsTarget)}) ontbreekt, dus geen tekstcel kan worden gelezen.`, 'Open het bestand in Excel of LibreOffice en sla het opnieuw op als .xlsx; lukt dat niet, lever de bladen als CSV aan.');
  } else {
    reader.sharedStrings = [];
  }
  const sheets: Workbook['sheets'] = [];
  for (const sheet of reader.model.sheets ?? []) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    if (rel) sheets.push({ name: sheet.name, part: partPath(rel.Target) });
  }
  return { sheets, zip, reader, budget, limits };
}

/** Relationship target (relative to xl/, or absolute from the package root) → zip path. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The part's text, inflated as a stream and counted against the workbook's budget. */
async function* partText(file: JSZip.JSZipObject, budget: Budget, partLimit: number, errorValues = false): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let inPart = 0;
  let tail = '';
  for await (const chunk of inflated(file)) {
    inPart += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) {
      throw new WorkbookLimitError(`Het werkboek is uitgepakt groter dan ${size(budget.total)} (mogelijk een zip-bom); het lezen is gestopt.`);
    }
    if (inPart > partLimit) {
      throw new WorkbookLimitError(`Het onderdeel ${file.name} is uitgepakt groter dan ${size(partLimit)}; het lezen is gestopt.`);
    }
    let text = tail + decoder.write(chunk);
    if (errorValues) {
      // exceljs turns a formula's cached error (t="e") into NaN; as t="str" it keeps the text
      // (#DIV/0!), which cellText recognises. A match cut by the chunk end is completed next time.
      text = text.replace(/ t="e"/g, ' t="str"');
      const keep = Math.min(5, text.length);
      tail = text.slice(text.length - keep);
      text = text.slice(0, text.length - keep);
    }
    if (text.length > 0) yield text;
  }
  const rest = tail + decoder.end();
  if (rest.length > 0) yield rest;
}

/**
 * The part's bytes as JSZip inflates them. JSZip's stream is an old-style one: piped into a
 * PassThrough it can be iterated, but pipe does not pass errors on. Its worker reports a part that
 * inflates to another size than its header declares only at the end, so without a listener that
 * error would surface after the reader has stopped, as an uncaught exception. Here it ends the
 * iteration instead, and stopping early pauses the worker, so nothing is inflated for nobody.
 */
async function* inflated(file: JSZip.JSZipObject): AsyncGenerator<Buffer> {
  const source = file.nodeStream('nodebuffer');
  const through = new PassThrough();
  let failure: Error | undefined;
  source.on('error', (error: Error) => {
    failure ??= /size mismatch/.test(error.message)
      ? new Error(`het onderdeel ${file.name} pakt uit tot een andere grootte dan het werkboek opgeeft`)
      : error;
    through.destroy(failure);
  });
  source.pipe(through);
  try {
    for await (const chunk of through as AsyncIterable<Buffer>) yield chunk;
  } finally {
    source.unpipe(through);
    source.pause();
    (source as unknown as { _helper?: { pause(): void } })._helper?.pause();
  }
  if (failure) throw failure;
}

function nodeText(file: JSZip.JSZipObject, budget: Budget, partLimit: number): NodeJS.ReadableStream {
  return Readable.from(partText(file, budget, partLimit), { objectMode: false });
}


function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 160);
}

/** Excel column letters for a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function worksheetSheet(workbook: Workbook, sheet: Workbook['sheets'][number], file: string, sink: FindingSink): RawSheet {
  return { file, records: worksheetRows(workbook, sheet, file, sink) };
}

function limitFinding(sink: FindingSink, file: string, row: number, message: string): void {
  sink.add({ severity: 'error', file, row, message, hint: 'Verwijder lege of overbodige rijen en kolommen, of lever het blad als CSV aan.' });
}

async function* worksheetRows(workbook: Workbook, sheet: Workbook['sheets'][number], file: string, sink: FindingSink): AsyncGenerator<RawRow[]> {
  const part = workbook.zip.file(sheet.part);
  if (!part) {
    sink.add({ severity: 'error', file, message: `Het werkboek is beschadigd: het blad (${sheet.part}) ontbreekt.`, hint: 'Open het bestand in Excel en sla het opnieuw op als .xlsx.' });
    return;
  }
  const [event] = [...workbook.reader._parseWorksheet(partText(part, workbook.budget, Infinity, true), '0')];
  let batch: RawRow[] = [];
  let header: string[] | null = null;
  for await (const row of event.value) {
    const r = row.number;
    if (r > workbook.limits.rows) {
      limitFinding(sink, file, r, `Het blad heeft meer dan ${workbook.limits.rows.toLocaleString('nl-NL')} rijen (de grens van Excel); de rest is niet gelezen.`);
      break;
    }
    const width = row.cellCount;
    if (width > workbook.limits.columns) {
      limitFinding(sink, file, r, `Rij ${r} heeft ${width.toLocaleString('nl-NL')} kolommen; de grens is ${workbook.limits.columns.toLocaleString('nl-NL')}. Het blad is vanaf hier niet gelezen.`);
      break;
    }
    const cells: string[] = [];
    let tooLong = false;
    for (let c = 1; c <= width; c++) {
      const columnName = header?.[c - 1] || columnLetter(c);
      const text = cellText(row.getCell(c).value, `${columnLetter(c)}${r}`, { file, row: r, column: columnName }, sink);
      if (text.length > workbook.limits.cellChars) {
        sink.add({ severity: 'error', file, row: r, column: columnName, value: text, message: `Cel ${columnLetter(c)}${r} heeft ${text.length.toLocaleString('nl-NL')} tekens; Excel zelf staat er ${workbook.limits.cellChars.toLocaleString('nl-NL')} toe. De rij is afgewezen.`, hint: 'Het werkboek is niet door Excel gemaakt of is beschadigd; kort de cel in of lever het blad als CSV aan.' });
        tooLong = true;
      }
      cells.push(text);
    }
    if (header === null && cells.some((cell) => cleanCell(cell) !== '')) header = cells.map(cleanCell);
    batch.push(tooLong ? { row: r, cells: [], broken: true } : { row: r, cells });
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

interface Where {
  file: string;
  row: number;
  column: string;
}

type CellValue = ExcelJS.CellValue | undefined;

/** Excel's error values and what causes them, for the finding. */
const EXCEL_ERRORS: Record<string, string> = {
  '#DIV/0!': 'deling door nul',
  '#N/A': 'waarde niet beschikbaar, bijv. een zoekfunctie die niets vindt',
  '#NAME?': 'onbekende functie- of naamverwijzing',
  '#NULL!': 'lege doorsnede van bereiken',
  '#NUM!': 'ongeldig getal',
  '#REF!': 'verwijzing naar een verwijderde cel',
  '#VALUE!': 'verkeerd soort waarde in de formule',
  '#SPILL!': 'het resultaat past niet in de cellen ernaast',
  '#CALC!': 'rekenfout',
  '#GETTING_DATA': 'gegevens nog niet opgehaald',
};

function errorValue(sink: FindingSink, where: Where, address: string, code: string, formula: string | null): '' {
  const cause = EXCEL_ERRORS[code] ?? 'Excel-foutwaarde';
  sink.add({
    severity: 'error',
    ...where,
    value: formula === null ? code : `=${formula}`,
    message: formula === null
      ? `Cel '${address}' bevat de Excel-foutwaarde ${code} (${cause}); de cel is als leeg gelezen.`
      : `De formule in cel '${address}' geeft de foutwaarde ${code} (${cause}); de cel is als leeg gelezen.`,
    hint: formula === null ? 'Herstel de fout in Excel of vul de waarde zelf in.' : 'Herstel de formule in Excel (of vervang haar door de waarde: Plakken speciaal → Waarden) en sla het werkboek op.',
  });
  return '';
}

/** Days from Excel's day 0 (1899-12-30, the 1900 date system) to a date. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A date cell. A whole serial number between 1800 and 2200 is a year typed into a cell formatted as
 * date (2023 shows as 15-7-1905): it is read as the year, with a warning.
 */
function dateText(value: Date, address: string, where: Where, sink: FindingSink): string {
  if (Number.isNaN(value.getTime())) return '';
  const serial = excelSerial(value);
  if (Number.isInteger(serial) && serial >= 1800 && serial <= 2200) {
    sink.add({
      severity: 'warning',
      ...where,
      value: String(serial),
      message: `Cel '${address}' is opgemaakt als datum (${value.toISOString().slice(0, 10)}) maar bevat het getal ${serial}, waarschijnlijk een jaartal; gelezen als ${serial}.`,
      hint: 'Zet de celopmaak in Excel op Standaard of Getal, zodat het jaartal als getal wordt bewaard.',
    });
    return String(serial);
  }
  return value.toISOString().slice(0, 10);
}

function formulaText(value: { formula?: string; sharedFormula?: string; result?: CellValue }, address: string, where: Where, sink: FindingSink): string {
  const formula = value.formula || value.sharedFormula || '';
  const result = value.result;
  if (typeof result === 'string' && result in EXCEL_ERRORS) return errorValue(sink, where, address, result, formula);
  if (result !== null && typeof result === 'object' && 'error' in (result as object)) {
    return errorValue(sink, where, address, String((result as { error: unknown }).error), formula);
  }
  if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) {
    sink.add({
      severity: 'error',
      ...where,
      value: `=${formula}`,
      message: `Cel '${address}' bevat een formule zonder opgeslagen uitkomst; de cel is als leeg gelezen.`,
      hint: 'Open het werkboek in Excel en sla het op (dan wordt de uitkomst bewaard), of vervang de formule door de waarde (Plakken speciaal → Waarden).',
    });
    return '';
  }
  const text = cellText(result, address, where, sink);
  sink.add({
    severity: 'warning',
    ...where,
    value: `=${formula}`,
    message: `Cel '${address}' bevat een formule; de opgeslagen uitkomst '${text}' is gebruikt.`,
    hint: 'Vervang formules door waarden, zodat de invoer niet verandert als het werkboek opnieuw rekent.',
  });
  return text;
}

function richText(parts: { text: string }[]): string {
  return parts.map((part) => part.text).join('');
}

function cellText(value: CellValue, address: string, where: Where, sink: FindingSink): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value in EXCEL_ERRORS ? errorValue(sink, where, address, value, null) : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) return dateText(value, address, where, sink);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value || 'sharedFormula' in value) return formulaText(value as never, address, where, sink);
  if ('error' in value) return errorValue(sink, where, address, String((value as { error: unknown }).error), null);
  if ('richText' in value && Array.isArray(value.richText)) return richText(value.richText);
  if ('sharedString' in value) {
    sink.addGrouped(`${where.file}|shared-string`, { severity: 'error', ...where, message: `Cel '${address}' verwijst naar een tekst die niet in het werkboek staat; de cel is als leeg gelezen.`, hint: 'Het werkboek is beschadigd: open het in Excel en sla het opnieuw op.' });
    return '';
  }
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richText((text as { richText: { text: string }[] }).richText);
    return '';
  }
  return String(value);
}
