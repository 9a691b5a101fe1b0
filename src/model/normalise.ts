/**
 * Text folding: the one place that decides when two spellings count as the same. Every folding
 * starts with compatibility decomposition (NFKD), which splits accented letters and ligatures into
 * base letter + combining mark ("â" → "a" + U+0302, "ﬁ" → "fi"); the foldings differ only in what
 * they keep afterwards:
 *
 *   function          keeps                                 separators          example
 *   stripDiacritics   case, punctuation, every script       unchanged           "Fryslân" → "Fryslan"
 *   identityKey       punctuation, every script             unchanged           "Noordoostpolder-É" → "noordoostpolder-e"
 *   foldUnicodeWords  letters and digits of every script    one space           "Veenkoloniën!" → "veenkolonien"
 *   foldUnicodeWord   letters and digits of every script    none                "agenda's" → "agendas"
 *   foldToAsciiWords  a–z, 0–9                              one space           "'s-Hertogenbosch" → "s hertogenbosch"
 *   foldWords         a–z, 0–9; apostrophes vanish          one space           "'s-Gravenhage" → "s gravenhage"
 *   foldCompact       a–z, 0–9                              none                "'s-Hertogenbosch" → "shertogenbosch"
 *   slugify           a–z, 0–9                              one '-'             "REGIO_DEAL" → "regio-deal"
 *
 * The script-keeping foldings drop only the Latin combining diacritics (U+0300–U+036F), so a vowel
 * sign of another script stays part of its word; the ASCII foldings drop every combining mark. No
 * imports, so the browser bundle and every layer can use it.
 */

const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘`]/g;

/** Lower case with every combining mark removed: the common first step of the ASCII foldings. */
function asciiBase(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Removes diacritics only, keeping case and punctuation ("Fryslân" → "Fryslan"). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(LATIN_DIACRITICS, '').normalize('NFC');
}

/**
 * Whether two identifiers would be one name on a case-insensitive file system or to a reader:
 * same after lower-casing and removing diacritics (but keeping every other character).
 */
export function identityKey(text: string): string {
  // Lower-case ASCII (most ids) is its own key: no new string.
  if (/^[\x00-\x40\x5b-\x7f]*$/.test(text)) return text;
  return text.normalize('NFKD').replace(LATIN_DIACRITICS, '').toLowerCase();
}

/**
 * Dutch running text, where a word must not become ASCII-only: letters and digits of any script kept
 * (lower case, diacritics removed), apostrophes dropped, every other run one space.
 * "Veenkoloniën, Zeeuws-Vlaanderen!" → "veenkolonien zeeuws vlaanderen".
 */
export function foldUnicodeWords(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(APOSTROPHES, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One word as foldUnicodeWords folds it, with no separator left ("agenda's" → "agendas", "Zuid-Holland" → "zuidholland"). */
export function foldUnicodeWord(word: string): string {
  // Fast path for plain ASCII letters and digits (most tokens): no Unicode normalisation needed.
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  return stripDiacritics(word).toLowerCase().replace(APOSTROPHES, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * ASCII words for term and search matching: diacritics removed, lower case, every run of characters
 * outside a–z/0–9 (apostrophes included) one space. "Súdwest-Fryslân" → "sudwest fryslan";
 * "'s-Hertogenbosch" → "s hertogenbosch".
 */
export function foldToAsciiWords(text: string): string {
  return asciiBase(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

const WORDS_CACHE_LIMIT = 10_000;
const wordsCache = new Map<string, string>();

/**
 * Comparison key for vocabularies and headers: like foldToAsciiWords, but apostrophes vanish instead
 * of separating words ("'s-Gravenhage" → "s gravenhage", "d’Ouwe" → "douwe").
 */
export function foldWords(text: string): string {
  // Vocabulary cells repeat (themes, legal forms, ja/nee): fold each distinct value once.
  let key = wordsCache.get(text);
  if (key === undefined) {
    key = asciiBase(text).replace(APOSTROPHES, '').replace(/[^a-z0-9]+/g, ' ').trim();
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    wordsCache.set(text, key);
  }
  return key;
}

/** Key without any separators: "'s-Hertogenbosch", "s Hertogenbosch", "S-HERTOGENBOSCH" → "shertogenbosch". */
export function foldCompact(text: string): string {
  return asciiBase(text).replace(/[^a-z0-9]+/g, '');
}

/** URL and file name slug: ASCII words joined by '-' ("REGIO_DEAL" → "regio-deal"; '' when nothing is left). */
export function slugify(text: string): string {
  return foldToAsciiWords(text).replace(/ /g, '-');
}
