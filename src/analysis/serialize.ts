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

/**
 * A copy that JSON.stringify writes as this module's text: keys inserted in text order (the engine then
 * enumerates index-like keys first, in numeric order, exactly as jsonKeyOrder does), numbers rounded,
 * left-out values dropped. JSON.stringify itself already writes -0 as 0, non-finite numbers and
 * undefined array items as null. A prototype-free object keeps a key such as "__proto__" as data.
 */
function normalised(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map(normalised);
  const record = value as Record<string, unknown>;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of writtenKeys(record)) out[key] = normalised(record[key]);
  return out;
}

/** The text of one value at `indent`: the engine's JSON.stringify of the normalised copy, indented. */
function valueText(value: unknown, indent: string): string {
  if (!isContainer(value)) return scalarText(value) ?? 'null';
  const text = JSON.stringify(normalised(value), null, 2);
  // Newlines inside strings are escaped, so every raw newline is one between lines of the layout.
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/**
 * The text of a value as pieces: the outer levels (sections, their fields and the items of
 * their lists) are walked as a generator so the text can be streamed; each value below that is written
 * whole, so memory is bounded by the largest single item (one goal, one municipality), not the file.
 */
function* valueChunks(value: unknown, indent: string, depth: number): Generator<string> {
  if (!isContainer(value) || depth >= STREAMED_LEVELS) return yield valueText(value, indent);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* valueChunks(value[i], inner, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = writtenKeys(record);
  if (keys.length === 0) return yield '{}';
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(keys[i])}: `;
    yield* valueChunks(record[keys[i]], inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/** Levels below the root walked as a generator: root → section → field → list item. */
const STREAMED_LEVELS = 3;

/** The stable JSON text in pieces of bounded size (about `size` characters each). */
export function* stableChunks(value: unknown, size = 64 * 1024): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of valueChunks(value, '', 0)) {
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
