/**
 * Cell clean-up shared by the readers: trim, NFC, no-break and zero-width spaces, control
 * characters, list cells, and the header key. Comparison keys are folded by model/normalise.ts.
 */
import { foldWords } from '../model/normalise.ts';

/** Anything but printable ASCII: a cell without it needs only trimming (most cells of big sheets). */
const UNUSUAL = /[^\x20-\x7e]/;

/** Whether a cell is printable ASCII only (then cleanCell is just trim). */
export function isPlainCell(value: string): boolean {
  return !UNUSUAL.test(value);
}

/** A cell as the analyst meant it: Unicode NFC, no-break and zero-width spaces removed, trimmed. */
export function cleanCell(value: string): string {
  return isPlainCell(value) ? value.trim() : cleanUnusualCell(value);
}

/** cleanCell for a cell that is not plain printable ASCII. */
export function cleanUnusualCell(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .trim();
}

/** Header key: like foldWords but with underscores, so "Agenda jaar" and "agenda_jaar" are equal. */
export function headerKey(value: string): string {
  return foldWords(value).replace(/ /g, '_');
}

/**
 * Splits a list cell. Items are separated by `;` or a line break (Alt+Enter in Excel); commas are
 * not separators because CBS names contain them ("Nuenen, Gerwen en Nederwetten").
 */
export function splitList(value: string): string[] {
  const items: string[] = [];
  if (value === '') return items;
  // A list of one (no separator) needs no split.
  if (!LIST_SEPARATOR.test(value)) {
    const item = cleanCell(value);
    if (item !== '') items.push(item);
    return items;
  }
  for (const part of value.split(LIST_SEPARATORS)) {
    const item = cleanCell(part);
    if (item !== '') items.push(item);
  }
  return items;
}

const LIST_SEPARATORS = /[;\n\r]+/;
const LIST_SEPARATOR = /[;\n\r]/;

/** Shortens a value for display in a finding (huge cells must not flood the report). */
export function shorten(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} tekens)`;
}

/**
 * Control characters that have no place in a cell: C0 except tab and line breaks (a line break
 * separates list items), DEL and C1. They are invisible, and ESC sequences can rewrite a terminal.
 */
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function hasControl(value: string): boolean {
  return CONTROL.test(value);
}

/** The value without its control characters. */
export function removeControls(value: string): string {
  return value.replace(CONTROL_ALL, '');
}

/** The value with each control character written as \x1B, for findings. */
export function showControls(value: string): string {
  return value.replace(CONTROL_ALL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The distinct control characters of a value as U+001B, U+0007 (for a finding's message). */
export function controlCodes(value: string): string {
  return [...new Set(value.match(CONTROL_ALL) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}
