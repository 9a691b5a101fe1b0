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
import iconv from 'iconv-lite';
import { CsvScanner } from './csv-scan.ts';
import type { RawRow, RawSheet } from './raw.ts';
import type { FindingSink } from './sink.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const PROBE_BYTES = 64 * 1024;
/** A record larger than this is treated like an unclosed quote (it would otherwise eat the file). */
const MAX_RECORD_CHARS = 8_000_000;
/** After this many unreadable records the rest of the file is given up as one finding. */
const MAX_RECOVERIES = 50;

export interface ProbeResult {
  kind: 'text' | 'binary' | 'empty';
  encoding: TextEncoding;
  bom: boolean;
  /** Byte offset of the chunk with the first invalid UTF-8 sequence, if any. */
  invalidUtf8At: number | null;
  /** Invalid UTF-8 sequences; in a file kept as UTF-8 they become U+FFFD. */
  replaced: number;
}

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
  if (head === null || head.length === 0) {
    return { kind: 'empty', encoding: 'utf-8', bom: false, invalidUtf8At: null, replaced: 0 };
  }
  if (!valid) return probeDecoded(path);
  // Valid UTF-8 without U+FFFD: what probeDecoded would find with nothing replaced.
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le', bom: true, invalidUtf8At: null, replaced: 0 };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf-16be', bom: true, invalidUtf8At: null, replaced: 0 };
  if (nul || controlRatio(head) > 0.1) return { kind: 'binary', encoding: 'utf-8', bom: false, invalidUtf8At: null, replaced: 0 };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { kind: 'text', encoding: 'utf-8', bom, invalidUtf8At: null, replaced: 0 };
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
  if (head === null || head.length === 0) {
    return { kind: 'empty', encoding: 'utf-8', bom: false, invalidUtf8At: null, replaced: 0 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le', bom: true, invalidUtf8At: null, replaced: 0 };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf-16be', bom: true, invalidUtf8At: null, replaced: 0 };
  if (nul || controlRatio(head) > 0.1) return { kind: 'binary', encoding: 'utf-8', bom: false, invalidUtf8At: null, replaced: 0 };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  if (replaced > 0 && validNonAscii < replaced) return { kind: 'text', encoding: 'windows-1252', bom: false, invalidUtf8At, replaced };
  return { kind: 'text', encoding: 'utf-8', bom, invalidUtf8At, replaced };
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
  const decode: (chunk: Buffer | null) => string =
    encoding === 'windows-1252'
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
  delimiter: ';' | ',' | '\t';
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
      sink.add({ severity: 'error', file, message: 'Dit is geen bestand maar een map.', hint: `Zet de gegevens in ${file}.` });
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
      message: 'Dit is geen tekstbestand (CSV): het bevat binaire gegevens.',
      hint: 'Sla het blad in Excel op als "CSV (gescheiden door lijstscheidingsteken)", of lever een .xlsx-werkboek aan.',
    });
    return null;
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
  const delimiter = detectDelimiter(head);
  return {
    file,
    encoding: probe.encoding,
    delimiter,
    records: csvRecords(path, file, probe.encoding, delimiter.delimiter, sink),
  };
}

async function readHead(path: string, encoding: TextEncoding): Promise<string> {
  let text = '';
  for await (const chunk of decodedText(path, encoding, 0)) {
    text += chunk;
    if (text.length >= 16_384) break;
  }
  return text;
}

/** Pass 2: streams records; restarts after an unreadable record at the line that follows it. */
async function* csvRecords(
  path: string,
  file: string,
  encoding: TextEncoding,
  delimiter: string,
  sink: FindingSink,
): AsyncGenerator<RawRow[]> {
  let baseBytes = 0;
  let nextRow = 1;
  let recoveries = 0;
  for (;;) {
    const scanner = new CsvScanner(delimiter, MAX_RECORD_CHARS);
    let rowInRun = nextRow;
    const take = (): RawRow[] => {
      const rows: RawRow[] = new Array(scanner.records.length);
      for (let i = 0; i < rows.length; i++) rows[i] = { row: rowInRun++, cells: scanner.records[i] };
      scanner.records = [];
      return rows;
    };
    for await (const text of decodedText(path, encoding, baseBytes)) {
      scanner.write(text);
      const rows = take();
      if (rows.length > 0) yield rows;
      if (scanner.fatal) break;
    }
    if (!scanner.fatal) {
      scanner.end();
      const rows = take();
      if (rows.length > 0) yield rows;
    }
    const fatal = scanner.fatal;
    if (!fatal) return;

    // The broken record starts right after the last good one; skip its first line and go on.
    const brokenRow = rowInRun;
    const startBytes = baseBytes + scanner.lastRecordBytes;
    const resume = await lineEndAfter(path, encoding, startBytes);
    recoveries++;
    yield [{ row: brokenRow, cells: [], broken: true }];
    if (resume === null || recoveries > MAX_RECOVERIES) {
      sink.add({
        severity: 'error',
        file,
        row: brokenRow,
        message: recoveries > MAX_RECOVERIES
          ? `Te veel onleesbare regels; het bestand is vanaf rij ${brokenRow} niet verder gelezen.`
          : 'Aanhalingsteken (") niet gesloten; deze laatste rij kon niet worden gelezen.',
        hint: 'Sluit elk aanhalingsteken, of verdubbel een aanhalingsteken binnen een cel ("").',
      });
      return;
    }
    sink.add({
      severity: 'error',
      file,
      row: brokenRow,
      message: fatal === 'CSV_MAX_RECORD_SIZE'
        ? 'Deze rij is onleesbaar groot (waarschijnlijk een aanhalingsteken dat niet gesloten is); de rij is overgeslagen.'
        : 'Aanhalingsteken (") niet gesloten; de rij is overgeslagen en het lezen gaat verder op de volgende regel.',
      hint: 'Sluit elk aanhalingsteken, of verdubbel een aanhalingsteken binnen een cel ("").',
    });
    baseBytes = resume;
    nextRow = brokenRow + 1;
  }
}

/** UTF-8 byte offset (in decoded text) just after the first line break at or after `start`. */
async function lineEndAfter(path: string, encoding: TextEncoding, start: number): Promise<number | null> {
  let offset = start;
  for await (const text of decodedText(path, encoding, start)) {
    const bytes = Buffer.from(text, 'utf8');
    const lf = bytes.indexOf(0x0a);
    const cr = bytes.indexOf(0x0d);
    const candidates = [lf, cr].filter((i) => i !== -1);
    if (candidates.length > 0) {
      const i = Math.min(...candidates);
      const crlf = bytes[i] === 0x0d && bytes[i + 1] === 0x0a;
      return offset + i + (crlf ? 2 : 1);
    }
    offset += bytes.length;
  }
  return null;
}
