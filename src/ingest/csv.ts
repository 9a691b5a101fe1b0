/**
 * Streaming CSV reader for Dutch-Excel habits. Pass 1 streams the bytes once to detect binary
 * content (NUL bytes or >10% control characters in the first 64 KiB) and the encoding (UTF-16 by
 * BOM, else UTF-8 if every byte sequence is valid, else Windows-1252). Pass 2 streams the decoded
 * text through CsvScanner (csv-scan.ts: csv-parse's rules, scanned in runs); the delimiter (; , or
 * tab) is the one that occurs most often outside quotes on the first line that has any. A record
 * that cannot be read (an unclosed quote, or one over 8 million characters) becomes
 * one broken row and parsing resumes on the next line, so memory stays bounded by the chunk size.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { formatNumber } from '../model/numbers.ts';
import { CsvScanner, type BrokenReason } from './csv-scan.ts';
import type { RawRow, RawSheet } from './raw.ts';
import type { FindingSink } from './sink.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const PROBE_BYTES = 64 * 1024;
/** A record larger than this is treated like an unclosed quote (it would otherwise eat the file). */
const MAX_RECORD_CHARS = 8_000_000;

export interface ProbeResult {
  kind: 'text' | 'binary' | 'empty';
  encoding: TextEncoding;
  bom: boolean;
  /** Byte offset of the chunk with the first invalid UTF-8 sequence, if any. */
  invalidUtf8At: number | null;
  /** Invalid UTF-8 sequences; in a file kept as UTF-8 they become U+FFFD. */
  replaced: number;
  /** The text has NUL bytes (each is reported at its row and column, and removed). */
  nul: boolean;
  /** UTF-16 recognised without a byte-order mark (from the zero bytes of ASCII characters). */
  utf16WithoutBom: boolean;
}

/**
 * The kind of file from its first bytes. UTF-16 without BOM: in text that is mostly ASCII, every
 * character has one zero byte, always on the same side (odd offsets for LE, even for BE).
 * Binary: more than 10% control bytes. NUL bytes alone do not make a file binary.
 */
function classifyHead(head: Buffer, nul: boolean): ProbeResult | null {
  if (head[0] === 0xff && head[1] === 0xfe) return text('utf-16le', true);
  if (head[0] === 0xfe && head[1] === 0xff) return text('utf-16be', true);
  if (nul) {
    const pairs = Math.floor(Math.min(head.length, PROBE_BYTES) / 2);
    let evenZero = 0;
    let oddZero = 0;
    for (let k = 0; k < pairs; k++) {
      if (head[2 * k] === 0) evenZero++;
      if (head[2 * k + 1] === 0) oddZero++;
    }
    if (pairs >= 2 && oddZero >= 0.6 * pairs && evenZero <= 0.05 * pairs) return { ...text('utf-16le', false), utf16WithoutBom: true };
    if (pairs >= 2 && evenZero >= 0.6 * pairs && oddZero <= 0.05 * pairs) return { ...text('utf-16be', false), utf16WithoutBom: true };
  }
  if (controlRatio(head) > 0.1) return { ...text('utf-8', false), kind: 'binary' };
  return null;
}

function text(encoding: TextEncoding, bom: boolean): ProbeResult {
  return { kind: 'text', encoding, bom, invalidUtf8At: null, replaced: 0, nul: false, utf16WithoutBom: false };
}

const EMPTY: ProbeResult = { kind: 'empty', encoding: 'utf-8', bom: false, invalidUtf8At: null, replaced: 0, nul: false, utf16WithoutBom: false };

const NON_ASCII_UNIT = /[^\x00-\x7f]/g;

/** Bytes at the end of `bytes` that start a UTF-8 sequence the next chunk completes (0–3). */
function incompleteTail(bytes: Buffer): number {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead byte
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > k ? k : 0;
  }
  return 0;
}

const REPLACEMENT_BYTES = Buffer.from('\ufffd', 'utf8');

/**
 * Pass 1: one streaming read that classifies the file. Most files are valid UTF-8: that is checked
 * on the bytes (no decoding); a file that is not, or that contains U+FFFD itself, is read once more
 * by probeDecoded, which counts what a lenient decoder replaces.
 */
export async function probeFile(path: string): Promise<ProbeResult> {
  let head: Buffer | null = null;
  let nul = false;
  let valid = true;
  let pending: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: PROBE_BYTES }) as AsyncIterable<Buffer>) {
    if (head === null) head = chunk;
    if (!nul && chunk.indexOf(0) !== -1) nul = true;
    if (!valid) continue;
    const bytes: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
    const tail = incompleteTail(bytes);
    const body = tail > 0 ? bytes.subarray(0, bytes.length - tail) : bytes;
    if (!isUtf8(body) || body.indexOf(REPLACEMENT_BYTES) !== -1) valid = false;
    pending = tail > 0 ? Buffer.from(bytes.subarray(bytes.length - tail)) : null;
  }
  if (pending !== null) valid = false;
  if (head === null || head.length === 0) return EMPTY;
  const known = classifyHead(head, nul);
  if (known) return known;
  if (!valid) return probeDecoded(path);
  // Valid UTF-8 without U+FFFD: what probeDecoded would find with nothing replaced.
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { ...text('utf-8', bom), nul };
}

/** Pass 1 for files that are not plain valid UTF-8: decodes leniently and counts. */
export async function probeDecoded(path: string): Promise<ProbeResult> {
  // Lenient decoding counts invalid sequences (U+FFFD) against valid non-ASCII characters: a
  // UTF-8 file with a stray bad byte stays UTF-8; a file with no valid multi-byte text is cp1252.
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let head: Buffer | null = null;
  let offset = 0;
  let invalidUtf8At: number | null = null;
  let replaced = 0;
  let validNonAscii = 0;
  let nul = false;
  const count = (text: string, at: number): void => {
    // Jump from one non-ASCII unit to the next (the regex scan is native; most text is ASCII).
    NON_ASCII_UNIT.lastIndex = 0;
    for (let match = NON_ASCII_UNIT.exec(text); match !== null; match = NON_ASCII_UNIT.exec(text)) {
      const i = match.index;
      const c = text.charCodeAt(i);
      if (c === 0xfffd) {
        replaced++;
        invalidUtf8At ??= at;
      } else if (!(c === 0xfeff && at === 0 && i === 0)) validNonAscii++;
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: PROBE_BYTES }) as AsyncIterable<Buffer>) {
    if (head === null) head = chunk;
    count(decoder.decode(chunk, { stream: true }), offset);
    offset += chunk.length;
    if (!nul && chunk.indexOf(0) !== -1) nul = true;
  }
  count(decoder.decode(), offset);
  if (head === null || head.length === 0) return EMPTY;
  const known = classifyHead(head, nul);
  if (known) return known;
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  if (replaced > 0 && validNonAscii < replaced) return { ...text('windows-1252', false), invalidUtf8At, replaced, nul };
  return { ...text('utf-8', bom), invalidUtf8At, replaced, nul };
}

function controlRatio(bytes: Buffer): number {
  const n = Math.min(bytes.length, PROBE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control / n;
}

/** Decoded text of the file, BOM removed, starting `skipBytes` UTF-8 bytes into that text. */
async function* decodedText(path: string, encoding: TextEncoding, skipBytes: number): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: PROBE_BYTES });
  // iconv-lite only for the rare Windows-1252 file: loading it costs every run about 15–30 ms.
  const iconv = encoding === 'windows-1252' ? (await import('iconv-lite')).default : null;
  const decode: (chunk: Buffer | null) => string =
    iconv
      ? (() => {
          const d = iconv.getDecoder('win1252');
          return (chunk) => (chunk ? d.write(chunk) : (d.end() ?? ''));
        })()
      : (() => {
          const d = new TextDecoder(encoding);
          return (chunk) => (chunk ? d.decode(chunk, { stream: true }) : d.decode());
        })();
  let first = true;
  let toSkip = skipBytes;
  const emit = function* (text: string): Generator<string> {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (toSkip > 0 && text.length > 0) {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length <= toSkip) {
        toSkip -= bytes.length;
        return;
      }
      text = bytes.subarray(toSkip).toString('utf8');
      toSkip = 0;
    }
    if (text.length > 0) yield text;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) yield* emit(decode(chunk));
  yield* emit(decode(null));
}

/** Counts a candidate delimiter outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) count++;
  }
  return count;
}

export interface DelimiterGuess {
  /** ; , or tab as detected, or any character named by an Excel `sep=` line. */
  delimiter: string;
  /** A character that looks like an unsupported delimiter (e.g. "|"), for the hint. */
  suspicious: string | null;
}

/** Picks ; , or tab from the first lines of the text (first line that contains any of them). */
export function detectDelimiter(text: string): DelimiterGuess {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 10);
  for (const line of lines) {
    const counts = ([';', ',', '\t'] as const).map((d) => ({ d, n: countOutsideQuotes(line, d) }));
    const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
    if (best.n > 0) return { delimiter: best.d, suspicious: null };
  }
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const other = ['|', ':', '^', '#'].find((d) => countOutsideQuotes(firstLine, d) > 0) ?? null;
  return { delimiter: ',', suspicious: other };
}

export interface CsvSheet extends RawSheet {
  encoding: TextEncoding;
  delimiter: DelimiterGuess;
}

/**
 * Opens a CSV file as a RawSheet, or reports why it cannot be read and returns null.
 * `file` is the display name used in findings.
 */
export async function openCsv(path: string, file: string, sink: FindingSink): Promise<CsvSheet | null> {
  let probe: ProbeResult;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      sink.add({ severity: 'error', file, message: `Dit is geen gewoon bestand maar ${fileKind(info)}; het is niet gelezen.`, hint: `Zet de gegevens in een gewoon bestand ${file}.` });
      return null;
    }
    probe = await probeFile(path);
  } catch (error) {
    sink.add({ severity: 'error', file, message: `Het bestand kan niet worden gelezen: ${(error as Error).message}`, hint: 'Controleer of het bestand bestaat en leesbaar is.' });
    return null;
  }
  if (probe.kind === 'binary') {
    sink.add({
      severity: 'error',
      file,
      message: 'Dit is geen tekstbestand (CSV): meer dan 10% van de eerste bytes zijn stuurtekens (binaire gegevens, bijvoorbeeld een werkboek of afbeelding met de naam .csv).',
      hint: 'Sla het blad in Excel op als "CSV (gescheiden door lijstscheidingsteken)", of lever een .xlsx-werkboek aan.',
    });
    return null;
  }
  if (probe.utf16WithoutBom) {
    sink.add({
      severity: 'warning',
      file,
      message: `Het bestand is UTF-16 zonder byte-volgordemarkering (BOM); het is gelezen als ${probe.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}.`,
      hint: 'Controleer letters met accenten in de gelezen waarden. Sla het bestand bij voorkeur op als "CSV UTF-8".',
    });
  }
  if (probe.encoding === 'windows-1252') {
    sink.add({
      severity: 'warning',
      file,
      message: 'Het bestand is geen geldige UTF-8; het is gelezen als Windows-1252 (de oude Excel-codering).',
      hint: 'Controleer letters met accenten (bijv. Súdwest-Fryslân). Sla het bestand bij voorkeur op als "CSV UTF-8".',
    });
  }
  if (probe.encoding === 'utf-8' && probe.replaced > 0) {
    sink.add({
      severity: 'warning',
      file,
      message: `Het bestand is UTF-8 maar bevat ${probe.replaced} ongeldige teken(s); die zijn vervangen door '\ufffd'.`,
      hint: 'Zoek het teken � in de gelezen waarden (meldingen hieronder of de site) en herstel het in het bestand; sla op als "CSV UTF-8".',
    });
  }
  const head = await readHead(path, probe.encoding);
  const sep = sepLine(head);
  const delimiter: DelimiterGuess = sep ? { delimiter: sep, suspicious: null } : detectDelimiter(head);
  const shape: Shape = { width: headerWidth(head, delimiter.delimiter, sep !== null) };
  return {
    file,
    encoding: probe.encoding,
    delimiter,
    mayContainNul: probe.nul,
    records: csvRecords(path, file, probe.encoding, delimiter.delimiter, shape, sep !== null, sink),
  };
}

/** What a path that is not a regular file is, in Dutch (for the finding). */
export function fileKind(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'een map';
  if (info.isFIFO()) return 'een pijp (FIFO, named pipe)';
  if (info.isSocket()) return 'een socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'een apparaat';
  return 'geen gewoon bestand';
}

async function readHead(path: string, encoding: TextEncoding): Promise<string> {
  let text = '';
  for await (const chunk of decodedText(path, encoding, 0)) {
    text += chunk;
    if (text.length >= 16_384) break;
  }
  return text;
}

/** At most this many unreadable lines get a finding of their own; the rest are counted. */
const MAX_LINE_FINDINGS = 50;

const BROKEN_TEXT: Record<BrokenReason, { message: string; hint: string }> = {
  'quote-not-closed': {
    message: 'Aanhalingsteken (") niet gesloten op deze regel; de regel is overgeslagen en de regels erna zijn als eigen rijen gelezen.',
    hint: 'Sluit het aanhalingsteken, of verdubbel een aanhalingsteken binnen een cel (""). Een cel over meer regels moet met een " beginnen en eindigen.',
  },
  'too-long-quoted': {
    message: `Een cel tussen aanhalingstekens is langer dan ${formatNumber(MAX_RECORD_CHARS)} tekens (waarschijnlijk een aanhalingsteken dat niet gesloten is); de regel is overgeslagen.`,
    hint: 'Sluit het aanhalingsteken, of verdubbel een aanhalingsteken binnen een cel ("").',
  },
  'too-long-unquoted': {
    message: `Deze regel is langer dan ${formatNumber(MAX_RECORD_CHARS)} tekens zonder regeleinde (geen aanhalingsteken in het spel); de regel is overgeslagen.`,
    hint: 'Controleer of hier per ongeluk veel tekst is geplakt of regeleinden ontbreken; cellen zijn normaal korter dan 10.000 tekens.',
  },
};

/** Shape of the sheet, from its first lines: what a multi-line record must look like. */
interface Shape {
  /** Fields of the header (the first record with two or more fields); null when unknown. */
  width: number | null;
}

/**
 * Whether a record with a quoted field spanning a line break is a real record: the field closed
 * properly, the record has the header's width (extra empty fields allowed: a trailing delimiter),
 * and no later line inside the field looks like a whole record of its own.
 */
export function multilineRecordOk(record: string[], relaxed: boolean, delimiter: string, shape: Shape): boolean {
  if (relaxed) return false;
  const width = shape.width;
  if (width !== null) {
    if (record.length < width) return false;
    for (let i = width; i < record.length; i++) if (record[i] !== '') return false;
  }
  const threshold = Math.max(2, (width ?? 3) - 1);
  for (const field of record) {
    if (!field.includes('\n') && !field.includes('\r')) continue;
    const lines = field.split(/\r\n|\n|\r/);
    for (let k = 1; k < lines.length; k++) {
      if (lines[k].split(delimiter).length - 1 >= threshold) return false;
    }
  }
  return true;
}

/** Excel's first line `sep=;` names the delimiter. */
export function sepLine(head: string): string | null {
  const match = /^sep=(.)[ \t]*(?:\r\n|\n|\r|$)/i.exec(head);
  if (!match) return null;
  const d = match[1];
  return d === '"' || d === '\r' || d === '\n' ? null : d;
}

/** Width of the header: the first record of the head with two or more fields. */
function headerWidth(head: string, delimiter: string, skipFirst: boolean): number | null {
  const scanner = new CsvScanner(delimiter, MAX_RECORD_CHARS, { validate: () => true });
  // Up to the last line break: a record cut off by the head's end would have the wrong width.
  const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  scanner.write(cut >= 0 ? head.slice(0, cut + 1) : head);
  if (cut < 0) scanner.end();
  const records = skipFirst ? scanner.records.slice(1) : scanner.records;
  return records.find((r) => r.length >= 2)?.length ?? null;
}

/**
 * Pass 2: streams records. The scanner runs in recovery mode, so an unreadable line becomes one
 * broken row (with a finding) and reading goes on with the next line.
 */
async function* csvRecords(
  path: string,
  file: string,
  encoding: TextEncoding,
  delimiter: string,
  shape: Shape,
  skipSepLine: boolean,
  sink: FindingSink,
): AsyncGenerator<RawRow[]> {
  const scanner = new CsvScanner(delimiter, MAX_RECORD_CHARS, {
    validate: (record, relaxed) => multilineRecordOk(record, relaxed, delimiter, shape),
  });
  let brokenSeen = 0;
  let skip = skipSepLine;
  const take = (): RawRow[] => {
    const { records, lines, broken } = scanner;
    const rows: RawRow[] = new Array(records.length);
    for (let i = 0; i < rows.length; i++) rows[i] = { row: lines[i], cells: records[i] };
    for (const b of broken) {
      const row = rows[b.index];
      row.broken = true;
      brokenSeen++;
      const text = BROKEN_TEXT[b.reason];
      if (brokenSeen <= MAX_LINE_FINDINGS) sink.add({ severity: 'error', file, row: row.row, ...text });
      else sink.addGrouped(`csv-broken:${file}`, { severity: 'error', file, row: row.row, message: 'Nog meer regels konden niet worden gelezen (zie de meldingen hierboven); ze zijn overgeslagen.', hint: text.hint });
    }
    scanner.records = [];
    scanner.lines = [];
    scanner.broken = [];
    if (skip && rows.length > 0) {
      skip = false;
      return rows.slice(1);
    }
    return rows;
  };
  for await (const text of decodedText(path, encoding, 0)) {
    scanner.write(text);
    const rows = take();
    if (rows.length > 0) yield rows;
  }
  scanner.end();
  const rows = take();
  if (rows.length > 0) yield rows;
}
