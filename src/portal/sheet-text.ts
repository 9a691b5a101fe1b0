/**
 * A CSV sheet of the input contract as the portal stores it: the header and every record with its
 * original text (`raw`, terminator included), so writing it back reproduces the file byte for byte
 * until a record is changed. A changed record has raw = null and is written in the file's own
 * dialect: its delimiter and line ending, a field quoted only when it needs it (csvField).
 */
import { parse } from 'csv-parse/sync';
import { csvField } from '../present/export.ts';
import { detectDelimiter } from '../ingest/csv.ts';

export interface StoredRow {
  cells: string[];
  raw: string | null;
}

export interface StoredSheet {
  fileName: string;
  /** Text before the header (a byte-order mark), kept verbatim. */
  prefix: string;
  header: string[];
  headerRaw: string | null;
  delimiter: string;
  eol: string;
  rows: StoredRow[];
}

const BOM = '\ufeff';

/** Splits CSV text into header and records, each with its original text. */
export function parseSheetText(fileName: string, text: string): StoredSheet {
  const prefix = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(prefix.length);
  const delimiter = detectDelimiter(body).delimiter;
  const eol = /\r\n/.test(body.slice(0, body.search(/\n|$/) + 1)) ? '\r\n' : '\n';
  const bytes = Buffer.from(body, 'utf8');
  const parsed = parse(bytes, { info: true, delimiter, record_delimiter: eol, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as unknown as {
    record: string[];
    info: { bytes: number };
  }[];
  // Each record's original text is the byte range up to where the parser stood after it.
  let start = 0;
  const records = parsed.map((p) => {
    const end = p.info.bytes;
    const raw = bytes.subarray(start, end).toString('utf8');
    start = end;
    return { record: p.record, raw };
  });
  const [head, ...rest] = records;
  const sheet: StoredSheet = {
    fileName,
    prefix,
    header: head?.record ?? [],
    headerRaw: head?.raw ?? null,
    delimiter,
    eol,
    rows: rest.map((r) => ({ cells: r.record, raw: r.raw })),
  };
  // Keep the original text only when it demonstrably reproduces the file (it always should).
  if (sheetText(sheet) !== text) {
    sheet.headerRaw = null;
    for (const row of sheet.rows) row.raw = null;
  }
  return sheet;
}

export function recordText(cells: readonly string[], delimiter: string, eol: string): string {
  return cells.map((c) => csvField(c, delimiter)).join(delimiter) + eol;
}

/** The sheet as file text: original text for unchanged records, the dialect for changed ones. */
export function sheetText(sheet: StoredSheet): string {
  const pieces = [sheet.headerRaw ?? recordText(sheet.header, sheet.delimiter, sheet.eol)];
  for (const row of sheet.rows) pieces.push(row.raw ?? recordText(row.cells, sheet.delimiter, sheet.eol));
  const out = [sheet.prefix];
  // The last character written so far; testing the growing text itself with /[\r\n]$/ scanned
  // all of it for every record (seconds for the example's 8,820 commuting rows).
  let last = sheet.prefix.slice(-1);
  pieces.forEach((piece, i) => {
    // A record appended after a last line without line ending must still start on its own line.
    if (i > 0 && last !== '\n' && last !== '\r') out.push(sheet.eol);
    out.push(piece);
    if (piece.length > 0) last = piece.slice(-1);
  });
  return out.join('');
}
