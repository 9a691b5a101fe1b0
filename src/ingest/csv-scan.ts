/**
 * Streaming CSV tokenizer with exactly the record semantics of csv-parse 7 for the options the
 * reader used (one-character delimiter, quote and escape `"`, record delimiters \r\n \n \r,
 * relax_quotes, relax_column_count, max_record_size), but scanning whole runs of text instead of
 * one byte at a time: about ten times faster on big sheets. src/ingest/csv-scan.test.ts checks it
 * against csv-parse on random inputs and chunkings.
 *
 * csv-parse rules kept here: a `"` opens a quoted field only as the first character of a field; in
 * a quoted field `""` is one quote, and `"` closes the field only when followed by the delimiter, a
 * line break or the end of the text (or NUL); otherwise (relax_quotes) the field becomes plain text
 * that keeps both quotes (`"ab"c` → `"ab"c`). Every line break outside quotes ends a record, so an
 * empty line is a record with one empty cell; text after the last line break is a last record.
 * max_record_size: csv-parse checks, before appending each byte of a field, whether (characters of
 * the earlier fields of the record) + (UTF-8 bytes of the field so far) exceeds the maximum; since
 * both only grow, checking the field's last appended byte at the end of each field or chunk is
 * equivalent.
 *
 * Recovery mode (`new CsvScanner(d, max, { validate })`, used by the reader): the scanner also
 * knows physical lines. A record whose quoted field spans a line break is kept only if `validate`
 * accepts it (the reader checks that it closes properly and has the header's width); otherwise
 * the record's first line becomes a broken record and scanning restarts on the next line, so a
 * stray `"` costs one line, not the lines up to the next quote. A record over the maximum becomes a
 * broken line (the rest of its line is skipped) instead of a fatal error. Without `validate` the
 * records are exactly csv-parse's, which the differential test checks.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Scanner states between characters (and across chunk boundaries). */
const enum State {
  /** At the first character of a field. */
  FieldStart,
  /** In an unquoted field (or a relaxed one): quotes are ordinary characters. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Inside a quoted field, a `"` was the last character of the previous chunk. */
  QuotedQuote,
  /** A record ended on \r at the end of the previous chunk; a following \n belongs to it. */
  AfterCr,
  /** Recovery mode: discarding the rest of a line whose record was too big. */
  SkipLine,
}

/**
 * V8 returns a slice of 13 or more characters as a view on the whole chunk (64 KiB), so one kept
 * value (a name in the Dataset) would keep its chunk alive, and all chunks together hold the file.
 * Such values are copied: prepending a character makes V8 flatten the text into a new string.
 */
const SLICE_MIN = 13;
function detach(value: string): string {
  return (` ${value}`).slice(1);
}

export type ScanFatal = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_MAX_RECORD_SIZE';

/** Why recovery mode turned a line into a broken record. */
export type BrokenReason = 'quote-not-closed' | 'too-long-quoted' | 'too-long-unquoted';

export interface BrokenLine {
  /** Index in `records` of the (empty) broken record. */
  index: number;
  reason: BrokenReason;
}

export interface ScanOptions {
  /**
   * Decides whether a record that has a quoted field spanning a line break is a real record.
   * `relaxed`: such a field did not close properly (its closing quote was followed by text).
   */
  validate?: (record: string[], relaxed: boolean) => boolean;
}

/** Returned by a scan step when the scan of the chunk ends there. */
const STOP = -1;

/** Index of the first delimiter or line-break character at or after `from`, or text.length. */
function nextSeparator(text: string, from: number, delimiter: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === delimiter || c === LF || c === CR) return j;
  }
  return text.length;
}

/** Line breaks (\r\n counts once) in text[from, to); `first` = index just after the first one. */
function lineBreaks(text: string, from: number, to: number): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) {
      count++;
      if (first < 0) first = k + 1;
    }
  }
  return { count, first };
}

export class CsvScanner {
  /** Complete records found so far; the caller takes them (and may replace the array). */
  records: string[][] = [];
  /** Physical line (1-based) where each record of `records` starts; taken together with it. */
  lines: number[] = [];
  /** Recovery mode: records of `records` that stand for an unreadable line. */
  broken: BrokenLine[] = [];
  /** Set when the text cannot be read further (like csv-parse's skipped fatal errors). */
  fatal: ScanFatal | null = null;
  /** With `fatal`: whether the scanner was inside a quoted field. */
  fatalQuoted = false;

  private readonly delimiter: number;
  private readonly maxRecordSize: number;
  private state = State.FieldStart;
  /** Fields of the record being read. */
  private record: string[] = [];
  /** Characters (UTF-16 units) of the completed fields of the record, as csv-parse counts them. */
  private recordChars = 0;
  /** Field text carried over from earlier chunks (already unescaped). */
  private carry = '';
  /** UTF-8 bytes of all earlier chunks. */
  private bytesBefore = 0;
  /** Where the last complete record ended: its chunk, the index in it, the bytes before that chunk. */
  private lastChunk = '';
  private lastIndex = 0;
  private lastBytesBefore = 0;
  /** Physical line at the scan position, and where the record being read started. */
  private line = 1;
  private recordLine = 1;
  private readonly validate: ScanOptions['validate'];
  /**
   * Recovery mode, while the record has a quoted field spanning a line break: the raw text after
   * that first line break (earlier chunks in `pendingRaw`, this chunk from `pendingFrom`), so the
   * record can be rescanned from its second line if it turns out not to be one.
   */
  private pending = false;
  private pendingRaw = '';
  private pendingFrom = 0;
  /** The quoted field being read contains a line break; a relaxed close then marks the record. */
  private fieldBreak = false;
  private relaxed = false;
  /** Set when a pending record is rejected: the text to scan next instead of the rest. */
  private restart: string | null = null;

  constructor(delimiter: string, maxRecordSize: number, options: ScanOptions = {}) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
      throw new Error(`CsvScanner: unsupported delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordSize = maxRecordSize;
    this.validate = options.validate;
  }

  /** Line the record in progress started on (for a fatal error's row). */
  get currentLine(): number {
    return this.recordLine;
  }

  /**
   * UTF-8 byte offset just after the last complete record (after its line break), counted from the
   * start of the text: where csv-parse's `info.bytes` stood when that record was emitted.
   */
  get lastRecordBytes(): number {
    if (this.lastIndex === 0) return this.lastBytesBefore;
    return this.lastBytesBefore + Buffer.byteLength(this.lastChunk.slice(0, this.lastIndex), 'utf8');
  }

  /** True when a field with `content` (complete or so far) breaks max_record_size. */
  private tooBig(content: string): boolean {
    const max = this.maxRecordSize;
    if (max === 0 || content.length === 0) return false;
    // UTF-8 needs at most 3 bytes per UTF-16 unit: most fields are decided without counting.
    if (this.recordChars + 3 * content.length - 1 <= max) return false;
    return this.recordChars + Buffer.byteLength(content, 'utf8') - 1 > max;
  }

  /** Ends a field; returns false when the record became too big. */
  private field(value: string, chunk: string, quoted: boolean): boolean {
    if (this.tooBig(value)) {
      this.overflow(chunk, quoted);
      return false;
    }
    this.record.push(value.length < SLICE_MIN ? value : detach(value));
    this.recordChars += value.length;
    return true;
  }

  /**
   * Ends the record at the line break at `at` (\r\n counts as one) and returns where the next record
   * starts, or -1 when the chunk ends right after a \r (its \n may open the next chunk).
   */
  private lineBreak(chunk: string, at: number): number {
    let next = at + 1;
    if (chunk.charCodeAt(at) === CR) {
      if (next === chunk.length) {
        this.endRecord(chunk, next);
        if (this.restart === null) this.finishChunk(chunk, State.AfterCr);
        return -1;
      }
      if (chunk.charCodeAt(next) === LF) next++;
    }
    this.endRecord(chunk, next);
    return next;
  }

  private endRecord(chunk: string, next: number): void {
    if (this.pending) {
      // Rejected: rescan from the record's second line, i.e. all of this chunk after pendingFrom.
      const raw = this.pendingRaw + chunk.slice(this.pendingFrom);
      const record = this.record;
      const relaxed = this.relaxed;
      this.clearPending();
      if (!this.validate!(record, relaxed)) {
        this.reject('quote-not-closed', raw);
        return;
      }
      this.record = record;
    }
    this.records.push(this.record);
    this.lines.push(this.recordLine);
    this.line++;
    this.recordLine = this.line;
    this.record = [];
    this.recordChars = 0;
    this.lastChunk = chunk;
    this.lastIndex = next;
    this.lastBytesBefore = this.bytesBefore;
  }

  private clearPending(): void {
    this.pending = false;
    this.pendingRaw = '';
    this.pendingFrom = 0;
    this.relaxed = false;
    this.fieldBreak = false;
  }

  /**
   * Recovery mode: the record started on `recordLine` is not one. It becomes a broken record; the
   * text after its first line (`raw`) is scanned again as new records, before the rest.
   */
  private reject(reason: BrokenReason, raw: string): void {
    this.broken.push({ index: this.records.length, reason });
    this.records.push([]);
    this.lines.push(this.recordLine);
    this.line = this.recordLine + 1;
    this.recordLine = this.line;
    this.record = [];
    this.recordChars = 0;
    this.carry = '';
    this.state = State.FieldStart;
    this.restart = raw;
  }

  /** Continues after overflow() in the middle of a chunk: skips to the end of the line at `from`. */
  private afterSkip(chunk: string, from: number): number {
    this.skipping = false;
    const next = this.skipLine(chunk, from);
    if (next === -1) this.finishChunk(chunk, State.SkipLine);
    else if (next === -2) this.finishChunk(chunk, State.AfterCr);
    return next < 0 ? -1 : next;
  }

  /**
   * Index just after the first line break at or after `from`; -1 when the chunk ends first, -2 when
   * it ends on a \r (a \n may follow in the next chunk).
   */
  private skipLine(chunk: string, from: number): number {
    for (let k = from; k < chunk.length; k++) {
      const c = chunk.charCodeAt(k);
      if (c !== LF && c !== CR) continue;
      this.line++;
      this.recordLine = this.line;
      if (c === LF) return k + 1;
      if (k + 1 === chunk.length) return -2;
      return chunk.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
    }
    return -1;
  }

  /** Recovery mode: a record that ends with the text inside an open quote on one line. */
  private pushBroken(reason: BrokenReason): void {
    this.broken.push({ index: this.records.length, reason });
    this.records.push([]);
    this.lines.push(this.recordLine);
    this.record = [];
    this.recordChars = 0;
    this.carry = '';
  }

  /** A record over the maximum: fatal, or in recovery mode a broken line. */
  private overflow(chunk: string, quoted: boolean): void {
    if (!this.validate) {
      this.fatal = 'CSV_MAX_RECORD_SIZE';
      this.fatalQuoted = quoted;
      return;
    }
    if (this.pending) {
      // Rescan from the record's second line: everything after it up to the end of this chunk.
      const raw = this.pendingRaw + chunk.slice(this.pendingFrom);
      this.clearPending();
      this.reject('too-long-quoted', raw);
      return;
    }
    // The record lies on one line: skip to its end.
    this.pushBroken(quoted ? 'too-long-quoted' : 'too-long-unquoted');
    this.skipping = true;
  }

  /** Set by overflow(): the caller continues in SkipLine state. */
  private skipping = false;

  /** Notes the line breaks inside quoted text chunk[from, to) (recovery mode keeps the raw text). */
  private quotedBreaks(chunk: string, from: number, to: number): void {
    // A \r that ended the previous chunk and this \n are one line break, counted already.
    if (this.quotedCr && from === 0 && chunk.charCodeAt(0) === LF) {
      from = 1;
      if (this.pending && this.pendingRaw === '' && this.pendingFrom === 0) this.pendingFrom = 1;
    }
    this.quotedCr = to === chunk.length && to > from && chunk.charCodeAt(to - 1) === CR;
    const breaks = lineBreaks(chunk, from, to);
    if (breaks.count === 0) return;
    this.line += breaks.count;
    this.fieldBreak = true;
    if (this.validate && !this.pending) {
      this.pending = true;
      this.pendingRaw = '';
      this.pendingFrom = breaks.first;
    }
  }

  /** The quoted text of the previous chunk ended on \r. */
  private quotedCr = false;

  /** Scans one chunk of text. Does nothing once `fatal` is set. */
  write(chunk: string): void {
    let text: string | null = chunk;
    while (text !== null && !this.fatal) {
      this.restart = null;
      this.scan(text);
      text = this.restart;
    }
  }

  /**
   * Scans one chunk: resume the state the previous chunk left, then one step per field part until
   * the chunk ends (its state is kept for the next chunk) or a step stops the scan (a record ended
   * the chunk on \r, the text became fatal, or a rejected record asks for a rescan).
   */
  private scan(chunk: string): void {
    const n = chunk.length;
    let i = this.resume(chunk);
    while (i !== STOP && i < n) i = this.step(chunk, i);
    if (i !== STOP) this.finishChunk(chunk, this.state);
  }

  /** One step in the scan from `i` (a field's start or a field in progress): where to go on. */
  private step(chunk: string, i: number): number {
    if (this.state === State.FieldStart) return this.fieldStart(chunk, i);
    if (this.state === State.Unquoted) return this.unquoted(chunk, i);
    return this.quoted(chunk, i);
  }

  /** Where the chunk starts: after the rest of a skipped line, the \n of a \r\n, or a pending quote. */
  private resume(chunk: string): number {
    if (this.state === State.SkipLine) return this.resumeSkip(chunk);
    if (this.state === State.AfterCr) return this.resumeAfterCr(chunk);
    if (this.state === State.QuotedQuote && chunk.length > 0) return this.resumeQuote(chunk);
    return 0;
  }

  private resumeSkip(chunk: string): number {
    const next = this.skipLine(chunk, 0);
    if (next < 0) {
      this.finishChunk(chunk, next === -1 ? State.SkipLine : State.AfterCr);
      return STOP;
    }
    this.state = State.FieldStart;
    return next;
  }

  private resumeAfterCr(chunk: string): number {
    this.state = State.FieldStart;
    if (chunk.length === 0 || chunk.charCodeAt(0) !== LF) return 0;
    this.lastChunk = chunk;
    this.lastIndex = 1;
    this.lastBytesBefore = this.bytesBefore;
    return 1;
  }

  /** Resolves the quote left over from the previous chunk with the first character of this one. */
  private resumeQuote(chunk: string): number {
    const c = chunk.charCodeAt(0);
    if (c === QUOTE) {
      this.carry += '"';
      this.state = State.Quoted;
      return 1;
    }
    // Closed: the field ends at the next delimiter / line break (NUL starts plain text after it).
    if (c === this.delimiter || c === LF || c === CR || c === 0) this.state = State.Unquoted;
    else this.relaxQuote(this.carry);
    return 0;
  }

  /** At the first character of a field: a `"` opens a quoted field, anything else an unquoted one. */
  private fieldStart(chunk: string, i: number): number {
    if (chunk.charCodeAt(i) === QUOTE) {
      this.state = State.Quoted;
      this.fieldBreak = false;
      return i + 1;
    }
    this.state = State.Unquoted;
    return i;
  }

  /** An unquoted (or relaxed) field from `i`: ends at the next delimiter or line break, or carries over. */
  private unquoted(chunk: string, i: number): number {
    const n = chunk.length;
    const j = nextSeparator(chunk, i, this.delimiter);
    if (j === n) {
      this.carry += chunk.slice(i, n);
      return n;
    }
    const value = this.carry === '' ? chunk.slice(i, j) : this.carry + chunk.slice(i, j);
    this.carry = '';
    return this.endField(chunk, value, false, j);
  }

  /** Inside a quoted field from `i`: up to the next quote, which escapes, closes or is relaxed. */
  private quoted(chunk: string, i: number): number {
    const n = chunk.length;
    const q = chunk.indexOf('"', i);
    this.quotedBreaks(chunk, i, q === -1 ? n : q);
    if (q === -1) {
      this.carry += chunk.slice(i, n);
      return n;
    }
    if (q + 1 === n) {
      // The quote's meaning depends on the next chunk.
      this.carry += chunk.slice(i, q);
      this.finishChunk(chunk, State.QuotedQuote);
      return STOP;
    }
    const c = chunk.charCodeAt(q + 1);
    if (c === QUOTE) {
      // Escaped quote: keep one.
      this.carry += chunk.slice(i, q + 1);
      return q + 2;
    }
    const content = this.carry + chunk.slice(i, q);
    this.carry = '';
    if (c === 0) {
      // A closing quote, but NUL is not a separator: it starts plain text after the closed field.
      this.carry = content;
      this.state = State.Unquoted;
      return q + 1;
    }
    if (c === this.delimiter || c === LF || c === CR) return this.endField(chunk, content, true, q + 1);
    this.relaxQuote(content);
    return q + 1;
  }

  /** relax_quotes: the quote did not close the field; it is plain text with both quotes kept. */
  private relaxQuote(content: string): void {
    if (this.fieldBreak) this.relaxed = true;
    this.fieldBreak = false;
    this.carry = `"${content}"`;
    this.state = State.Unquoted;
  }

  /**
   * Ends a field whose text is `value` at the separator at `at`: the next field starts after a
   * delimiter, the next record after a line break. STOP when the scan of this chunk ends here.
   */
  private endField(chunk: string, value: string, quoted: boolean, at: number): number {
    if (!this.field(value, chunk, quoted)) {
      if (this.restart !== null || this.fatal) return STOP;
      const next = this.afterSkip(chunk, at);
      if (next < 0) return STOP;
      this.state = State.FieldStart;
      return next;
    }
    if (quoted) this.fieldBreak = false;
    this.state = State.FieldStart;
    if (chunk.charCodeAt(at) === this.delimiter) return at + 1;
    const next = this.lineBreak(chunk, at);
    return next < 0 || this.restart !== null ? STOP : next;
  }

  private finishChunk(chunk: string, state: State): void {
    this.state = state;
    this.bytesBefore += Buffer.byteLength(chunk, 'utf8');
    // The field so far may already be too big (csv-parse would have stopped inside this chunk).
    const inField = state === State.Unquoted || state === State.Quoted || state === State.QuotedQuote;
    if (inField && this.tooBig(this.carry)) {
      this.overflow(chunk, state !== State.Unquoted);
      if (this.skipping) {
        this.skipping = false;
        this.state = State.SkipLine;
      }
      return;
    }
    if (this.pending) {
      this.pendingRaw += chunk.slice(this.pendingFrom);
      this.pendingFrom = 0;
    }
  }

  /** Ends the text: a last record without line break, or a quote that was never closed. */
  end(): void {
    for (;;) {
      if (this.fatal) return;
      const state = this.state;
      if (state === State.Quoted) {
        if (this.pending) {
          const raw = this.pendingRaw;
          this.clearPending();
          this.reject('quote-not-closed', raw);
          this.write(raw);
          continue;
        }
        if (!this.validate) {
          this.fatal = 'CSV_QUOTE_NOT_CLOSED';
          this.fatalQuoted = true;
          return;
        }
        this.pushBroken('quote-not-closed');
        this.state = State.FieldStart;
        return;
      }
      if (state === State.AfterCr || state === State.SkipLine) return;
      if (state === State.FieldStart && this.record.length === 0) return;
      // FieldStart after a delimiter: an empty last field. QuotedQuote: the quote closes the field.
      const value = this.carry;
      this.carry = '';
      if (!this.field(value, '', state === State.QuotedQuote)) {
        this.skipping = false;
        this.state = State.FieldStart;
        if (this.restart !== null) {
          this.write(this.restart);
          continue;
        }
        return;
      }
      if (this.pending) {
        const raw = this.pendingRaw;
        const relaxed = this.relaxed;
        this.clearPending();
        if (!this.validate!(this.record, relaxed)) {
          this.reject('quote-not-closed', raw);
          this.write(raw);
          continue;
        }
      }
      this.records.push(this.record);
      this.lines.push(this.recordLine);
      this.record = [];
      this.recordChars = 0;
      this.lastChunk = '';
      this.lastIndex = 0;
      this.lastBytesBefore = this.bytesBefore;
      this.state = State.FieldStart;
      return;
    }
  }
}
