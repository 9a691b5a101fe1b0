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

export class CsvScanner {
  /** Complete records found so far; the caller takes them (and may replace the array). */
  records: string[][] = [];
  /** Set when the text cannot be read further (like csv-parse's skipped fatal errors). */
  fatal: ScanFatal | null = null;

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

  constructor(delimiter: string, maxRecordSize: number) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
      throw new Error(`CsvScanner: unsupported delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordSize = maxRecordSize;
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
  private field(value: string): boolean {
    if (this.tooBig(value)) {
      this.fatal = 'CSV_MAX_RECORD_SIZE';
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
        this.finishChunk(chunk, State.AfterCr);
        return -1;
      }
      if (chunk.charCodeAt(next) === LF) next++;
    }
    this.endRecord(chunk, next);
    return next;
  }

  private endRecord(chunk: string, next: number): void {
    this.records.push(this.record);
    this.record = [];
    this.recordChars = 0;
    this.lastChunk = chunk;
    this.lastIndex = next;
    this.lastBytesBefore = this.bytesBefore;
  }

  /** Scans one chunk of text. Does nothing once `fatal` is set. */
  write(chunk: string): void {
    if (this.fatal) return;
    const n = chunk.length;
    const delim = this.delimiter;
    let state = this.state;
    let i = 0;
    if (state === State.AfterCr) {
      state = State.FieldStart;
      if (n > 0 && chunk.charCodeAt(0) === LF) {
        i = 1;
        this.lastChunk = chunk;
        this.lastIndex = 1;
        this.lastBytesBefore = this.bytesBefore;
      }
    } else if (state === State.QuotedQuote && n > 0) {
      // Resolve the quote left over from the previous chunk with the first character of this one.
      const c = chunk.charCodeAt(0);
      if (c === QUOTE) {
        this.carry += '"';
        i = 1;
        state = State.Quoted;
      } else if (c === delim || c === LF || c === CR || c === 0) {
        state = State.Unquoted; // closed; the field ends at the next delimiter / line break
      } else {
        this.carry = `"${this.carry}"`;
        state = State.Unquoted;
      }
    }
    // `start` is where the current field's text in this chunk begins (after carry).
    let start = i;
    while (i < n) {
      if (state === State.FieldStart) {
        const c = chunk.charCodeAt(i);
        if (c === QUOTE) {
          state = State.Quoted;
          i++;
          start = i;
          continue;
        }
        state = State.Unquoted;
        start = i;
        // fall through to the unquoted scan at the same position
      }
      if (state === State.Unquoted) {
        let j = i;
        let c = 0;
        for (; j < n; j++) {
          c = chunk.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
        }
        if (j === n) {
          i = n;
          break;
        }
        const value = this.carry === '' ? chunk.slice(start, j) : this.carry + chunk.slice(start, j);
        this.carry = '';
        if (!this.field(value)) return;
        if (c === delim) {
          i = j + 1;
          start = i;
          state = State.FieldStart;
          continue;
        }
        const next = this.lineBreak(chunk, j);
        if (next < 0) return;
        i = next;
        start = i;
        state = State.FieldStart;
        continue;
      }
      // Quoted: find the next quote.
      const q = chunk.indexOf('"', i);
      if (q === -1) {
        this.carry += chunk.slice(start, n);
        start = n;
        i = n;
        break;
      }
      if (q + 1 === n) {
        // The quote's meaning depends on the next chunk.
        this.carry += chunk.slice(start, q);
        this.finishChunk(chunk, State.QuotedQuote);
        return;
      }
      const c = chunk.charCodeAt(q + 1);
      if (c === QUOTE) {
        // Escaped quote: keep one.
        this.carry += chunk.slice(start, q + 1);
        i = q + 2;
        start = i;
        continue;
      }
      const content = this.carry + chunk.slice(start, q);
      this.carry = '';
      if (c === delim || c === LF || c === CR || c === 0) {
        // Closing quote. NUL is not a separator: it starts plain text after the closed field.
        if (c === 0) {
          this.carry = content;
          state = State.Unquoted;
          i = q + 1;
          start = i;
          continue;
        }
        if (!this.field(content)) return;
        if (c === delim) {
          i = q + 2;
          start = i;
          state = State.FieldStart;
          continue;
        }
        const next = this.lineBreak(chunk, q + 1);
        if (next < 0) return;
        i = next;
        start = i;
        state = State.FieldStart;
        continue;
      }
      // relax_quotes: not a closing quote; the field is plain text with both quotes kept.
      this.carry = `"${content}"`;
      state = State.Unquoted;
      i = q + 1;
      start = i;
    }
    // End of chunk inside a field: carry its text over.
    if (state === State.Unquoted && start < n) this.carry += chunk.slice(start, n);
    this.finishChunk(chunk, state);
  }

  private finishChunk(chunk: string, state: State): void {
    this.state = state;
    this.bytesBefore += Buffer.byteLength(chunk, 'utf8');
    // The field so far may already be too big (csv-parse would have stopped inside this chunk).
    if (state !== State.FieldStart && state !== State.AfterCr && this.tooBig(this.carry)) {
      this.fatal = 'CSV_MAX_RECORD_SIZE';
    }
  }

  /** Ends the text: a last record without line break, or a quote that was never closed. */
  end(): void {
    if (this.fatal) return;
    const state = this.state;
    if (state === State.Quoted) {
      this.fatal = 'CSV_QUOTE_NOT_CLOSED';
      return;
    }
    if (state === State.AfterCr) return;
    if (state === State.FieldStart && this.record.length === 0) return;
    // FieldStart after a delimiter: an empty last field. QuotedQuote: the quote closes the field.
    const value = this.carry;
    this.carry = '';
    if (!this.field(value)) return;
    this.records.push(this.record);
    this.record = [];
    this.recordChars = 0;
    this.lastChunk = '';
    this.lastIndex = 0;
    this.lastBytesBefore = this.bytesBefore;
    this.state = State.FieldStart;
  }
}
