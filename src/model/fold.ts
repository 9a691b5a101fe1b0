/**
 * Text folding for matching names and keys: the one place that decides when two spellings count as
 * the same. Compatibility decomposition (NFKD) splits accented letters and ligatures into base
 * letter + combining mark; the marks (U+0300–U+036F) are dropped, so "Súdwest-Fryslân" and
 * "Sudwest-Fryslan" fold alike. No imports, so the browser bundle can use it as well.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`]/g;

/** Removes diacritics only, keeping case and punctuation ("Fryslân" → "Fryslan"). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * ASCII words: diacritics removed, lower case, every run of characters outside a–z/0–9 one space.
 * "Súdwest-Fryslân" → "sudwest fryslan"; "'s-Hertogenbosch" → "s hertogenbosch".
 */
export function foldToAsciiWords(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Comparison key for vocabularies and headers: like foldToAsciiWords, but apostrophes vanish instead
 * of separating words ("'s-Gravenhage" → "s gravenhage", "d’Ouwe" → "douwe").
 */
export function foldWords(text: string): string {
  return foldToAsciiWords(text.replace(APOSTROPHES, ''));
}

/** Key without any separators: "'s-Hertogenbosch", "s Hertogenbosch", "S-HERTOGENBOSCH" → "shertogenbosch". */
export function foldCompact(text: string): string {
  return foldToAsciiWords(text).replace(/ /g, '');
}

/**
 * Letters of any script kept (lower case, diacritics removed), apostrophes dropped, other
 * non-letters/digits one space: for Dutch running text, where a word must not become ASCII-only.
 */
export function foldUnicodeWords(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(APOSTROPHES, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** URL and file name slug: ASCII words joined by '-' ("REGIO_DEAL" → "regio-deal"; '' when nothing is left). */
export function slugify(text: string): string {
  return foldToAsciiWords(text).replace(/ /g, '-');
}

/**
 * Whether two identifiers would be one name on a case-insensitive file system or to a reader:
 * same after lower-casing and removing diacritics (but keeping every other character).
 */
export function identityKey(text: string): string {
  // Lower-case ASCII (most ids) is its own key: no new string.
  if (/^[\x00-\x40\x5b-\x7f]*$/.test(text)) return text;
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}
