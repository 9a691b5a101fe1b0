/**
 * Normalisation of Dutch text for matching: Unicode NFD with combining marks removed (ë → e),
 * lower case, apostrophes dropped ('s-Hertogenbosch → shertogenbosch), every other
 * non-letter/digit character (hyphens, dashes, slashes, punctuation) → one space.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Removes diacritics only, keeping case and punctuation ("Fryslân" → "Fryslan"). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** One word: diacritics removed, lower case, apostrophes dropped, other punctuation removed. */
export function normaliseWord(word: string): string {
  // Fast path for plain ASCII letters and digits (most tokens): no Unicode normalisation needed.
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  return stripDiacritics(word)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A whole phrase: normalised words separated by single spaces. */
export function normalise(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds text to ASCII words for term and search matching: diacritics removed, lower case, every run
 * of characters outside a–z/0–9 (apostrophes included) → one space. "Súdwest-Fryslân" → "sudwest
 * fryslan"; "'s-Hertogenbosch" → "s hertogenbosch". Shared by typology terms and site search (it has
 * no imports, so the browser bundle can use it too).
 */
export function foldToAsciiWords(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
