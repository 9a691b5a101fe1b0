/**
 * Text normalisation shared by the readers: cell clean-up (trim, NFC, no-break spaces) and
 * comparison keys (lower case, diacritics and punctuation removed) for headers and vocabularies.
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** A cell as the analyst meant it: Unicode NFC, no-break and zero-width spaces removed, trimmed. */
export function cleanCell(value: string): string {
  // Plain ASCII needs no Unicode clean-up (the common case on big sheets).
  if (!NON_ASCII.test(value)) return value.trim();
  return value
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .trim();
}

const FOLD_CACHE_LIMIT = 10_000;
const foldCache = new Map<string, string>();

/** Comparison key: lower case, without diacritics, every run of non-alphanumerics one space. */
export function foldKey(value: string): string {
  // Vocabulary cells repeat (themes, legal forms, ja/nee): fold each distinct value once.
  let key = foldCache.get(value);
  if (key === undefined) {
    key = foldUncached(value);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(value, key);
  }
  return key;
}

function foldUncached(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Header key: like foldKey but with underscores, so "Agenda jaar" and "agenda_jaar" are equal. */
export function headerKey(value: string): string {
  return foldKey(value).replace(/ /g, '_');
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
