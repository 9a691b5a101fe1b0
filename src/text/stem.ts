/**
 * A light Dutch suffix-stripping stemmer (a small subset of the Kraaij–Pohlmann/Snowball Dutch
 * rules, not a full lemmatiser). Steps on a normalised word: strip one inflectional or derivational
 * ending (-ingen, -ing, -heden, -en, -es, -e, -s; -s only after a consonant other than j, as in
 * Snowball, so "maas" stays) when at least 3 letters remain, then undouble a
 * final double consonant (aanlegg → aanleg). So bouwen/bouw, verbreden/verbreding/verbred,
 * ontwikkelen/ontwikkeling/ontwikkel and lobbyen/lobby share a stem. Used only to match the
 * classifier's word lists, never shown to users.
 */

const SUFFIXES = ['ingen', 'ing', 'heden', 'en', 'es', 'e', 's'] as const;
const MIN_STEM = 3;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

export function stem(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) {
      const before = w[w.length - suffix.length - 1];
      if (suffix === 's' && (VOWELS.has(before) || before === 'j')) break;
      w = w.slice(0, -suffix.length);
      if (suffix === 'heden') w += 'heid';
      break;
    }
  }
  const last = w[w.length - 1];
  if (w.length > MIN_STEM && last === w[w.length - 2] && last !== undefined && !VOWELS.has(last)) {
    w = w.slice(0, -1);
  }
  return w;
}
