/**
 * Stable JSON for the Analysis: object keys sorted recursively (code-unit order, index-like keys first
 * in numeric order), arrays kept in the
 * order each module defines, numbers rounded to 6 decimals (and -0 written as 0), non-finite numbers
 * and undefined array items as null, undefined object values left out, 2-space indent, trailing
 * newline. Same Analysis → byte-identical text on every machine.
 *
 * The text is produced as a sequence of pieces (stableChunks), so a large Analysis can be written
 * to a file without first holding a normalised copy and the whole string in memory; the string
 * form is the same pieces joined.
 */
import type { Analysis } from './types.ts';

function stableNumber(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  const rounded = Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** The scalar's JSON text, or undefined for a value JSON leaves out of an object (undefined, functions). */
function scalarText(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'number') return stableNumber(value);
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  return undefined;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/** Array-index keys ("0", "17"), which a JavaScript object always enumerates first, in numeric order. */
function isIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Whether JSON leaves the value out of an object (undefined, functions, symbols). */
function isWritten(value: unknown): boolean {
  const type = typeof value;
  return type === 'object' || type === 'string' || type === 'number' || type === 'boolean';
}

/**
 * Keys of an object in text order, without those JSON leaves out. The order the text has always had:
 * keys sorted by UTF-16 code units (locale-independent), except that index-like keys come first in
 * numeric order, as in any object built with the sorted keys (published files such as a histogram
 * keyed "2", "10" depend on that order). Object.keys already gives the index-like keys first and in
 * numeric order, so only the named keys after them are sorted, and only when they are not in order yet.
 */
function writtenKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  let named = 0;
  while (named < keys.length && isIndexKey(keys[named])) named++;
  let sorted = true;
  for (let i = named + 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  const ordered = sorted ? keys : [...keys.slice(0, named), ...keys.slice(named).sort()];
  return ordered.filter((k) => isWritten(record[k]));
}

/** Sets `record[key]`; "__proto__" as an own data key (an assignment would set the prototype instead). */
function setKey(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * A copy that JSON.stringify writes as this module's text: keys inserted in text order (the engine then
 * enumerates index-like keys first, in numeric order, which is the order writtenKeys gives), numbers rounded,
 * left-out values dropped. JSON.stringify itself already writes -0 as 0, non-finite numbers and
 * undefined array items as null. Plain objects, not prototype-free ones: V8 builds and stringifies those
 * in dictionary mode, several times slower.
 */
function normalised(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map(normalised);
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of writtenKeys(record)) setKey(out, key, normalised(record[key]));
  return out;
}

/**
 * The entries of `part` (a normalised container) as they stand between its brackets at `indent`, written by
 * one JSON.stringify: the part is wrapped in one array per indent level, so the engine indents the entries
 * itself and only the wrappers' lines are cut off (re-indenting the text afterwards costs as much again).
 */
function entriesText(part: unknown, indent: string): string {
  const levels = indent.length / 2;
  let wrapped = part;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapper opens with "[\n" and the indent of its child, and closes with "\n", its own indent and "]".
  const head = 2 * levels + levels * (levels + 1) + 1;
  const tail = 2 * levels + 2 + 2 * levels + levels * (levels - 1);
  return text.slice(head, text.length - tail);
}

/**
 * The entries of a container at `indent` as text pieces, in batches: each batch is one JSON.stringify
 * of a normalised container holding just those entries. The batch grows or shrinks so that a piece stays
 * near `size` characters, whatever one entry weighs.
 */
function* batchedEntries(value: object, indent: string, size: number): Generator<string> {
  const isArray = Array.isArray(value);
  const keys = isArray ? null : writtenKeys(value as Record<string, unknown>);
  const count = keys ? keys.length : (value as unknown[]).length;
  let batch = 16;
  for (let start = 0, end = 0; start < count; start = end) {
    end = Math.min(count, start + batch);
    let part: unknown;
    if (keys) {
      const record: Record<string, unknown> = {};
      for (let i = start; i < end; i++) setKey(record, keys[i], normalised((value as Record<string, unknown>)[keys[i]]));
      part = record;
    } else {
      part = (value as unknown[]).slice(start, end).map(normalised);
    }
    const entries = entriesText(part, indent);
    yield start === 0 ? entries : `,${entries}`;
    if (entries.length < size / 2) batch *= 2;
    else if (entries.length > size * 2 && batch > 1) batch = Math.max(1, batch >> 1);
  }
}

/**
 * The text of a value as pieces: the outer levels (sections and their fields) are walked as a
 * generator so the text can be streamed; the entries of each field are written in batches, so memory
 * is bounded by a batch of about `size` characters (or one large entry), not the file.
 */
function* valueChunks(value: unknown, indent: string, depth: number, size: number): Generator<string> {
  if (!isContainer(value)) return yield scalarText(value) ?? 'null';
  const isArray = Array.isArray(value);
  const empty = isArray ? value.length === 0 : writtenKeys(value as Record<string, unknown>).length === 0;
  if (empty) return yield isArray ? '[]' : '{}';
  yield isArray ? '[' : '{';
  if (depth >= STREAMED_LEVELS) yield* batchedEntries(value, indent, size);
  else {
    const inner = `${indent}  `;
    if (isArray) {
      for (let i = 0; i < value.length; i++) {
        yield `${i === 0 ? '' : ','}\n${inner}`;
        yield* valueChunks(value[i], inner, depth + 1, size);
      }
    } else {
      const record = value as Record<string, unknown>;
      const keys = writtenKeys(record);
      for (let i = 0; i < keys.length; i++) {
        yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(keys[i])}: `;
        yield* valueChunks(record[keys[i]], inner, depth + 1, size);
      }
    }
  }
  yield `\n${indent}${isArray ? ']' : '}'}`;
}

/** Levels walked one entry at a time (root → section → field); a field's entries go in batches. */
const STREAMED_LEVELS = 2;

/** The stable JSON text in pieces of bounded size (about `size` characters each). */
export function* stableChunks(value: unknown, size = 64 * 1024): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of valueChunks(value, '', 0, size)) {
    // A batch of entries is already about `size`: passed on as it is, since joining it copies it again.
    if (piece.length >= size / 2) {
      if (length > 0) yield buffer.join('');
      yield piece;
      buffer = [];
      length = 0;
      continue;
    }
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  buffer.push('\n');
  yield buffer.join('');
}

export function stableStringify(value: unknown): string {
  return [...stableChunks(value)].join('');
}

export function serializeAnalysis(analysis: Analysis): string {
  return stableStringify(analysis);
}
