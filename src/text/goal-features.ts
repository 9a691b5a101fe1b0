/**
 * Features of one goal for the learned classifier (goal-model.ts): word stems, stem bigrams, the rule
 * signals and the class the rules chose, plus optional groups that let the model generalise to
 * documents it has not seen:
 *   - word affixes (first/last `affix` letters of longer stems);
 *   - character n-grams (3 to `chars` letters) inside each word, with word-boundary marks, so an
 *     unknown compound ("afwegingskader", "stresstest") shares evidence with its known parts;
 *   - skip-bigrams (stem pairs with one word between: "komt _ een");
 *   - sentence-start features: the first word as written (so the imperative "zorg" differs from the
 *     infinitive "zorgen", which share a stem) and whether it is a bare verb-like word (no inflection,
 *     not a function word), the usual shape of an imperative.
 * The options are stored in the model, so prediction builds the same features as training.
 */
import type { GoalClass } from '../model/enums.ts';
import type { Token } from './tokenise.ts';

export interface FeatureOptions {
  /** Length of the word-affix features (0 = none). */
  affix: number;
  /** Longest character n-gram inside words (0 = none; otherwise n-grams of 3..chars letters). */
  chars: number;
  /** Stem pairs with one word in between. */
  skip: boolean;
  /** First word of each sentence and the bare-word flag. */
  start: boolean;
  /**
   * Length (L2 norm) of the character n-gram group of one goal: each n-gram counts charScale/sqrt(m)
   * for m n-grams, so a long goal's hundreds of n-grams do not outweigh its few rule signals.
   */
  charScale: number;
}

export const BASIC_FEATURES: FeatureOptions = { affix: 0, chars: 0, skip: false, start: false, charScale: 1 };

/**
 * Closed-class words (articles, pronouns, prepositions, conjunctions, common adverbs, auxiliaries) that
 * can start a sentence without being an imperative. General Dutch grammar, not a list of goal words.
 */
const FUNCTION_WORDS = new Set([
  'de', 'het', 'een', 'die', 'dat', 'dit', 'deze', 'wij', 'we', 'ik', 'jij', 'je', 'u', 'zij', 'ze', 'hij', 'ons', 'onze', 'uw', 'hun', 'haar',
  'in', 'op', 'aan', 'bij', 'met', 'van', 'voor', 'naar', 'om', 'over', 'door', 'uit', 'tot', 'tussen', 'onder', 'boven', 'langs', 'rond', 'rondom', 'via', 'na', 'sinds', 'tijdens', 'binnen', 'buiten', 'zonder', 'tegen', 'vanuit', 'per',
  'en', 'of', 'maar', 'want', 'dus', 'als', 'omdat', 'wanneer', 'waar', 'hoe', 'wat', 'wie', 'welke', 'ook', 'nog', 'niet', 'geen', 'meer', 'minder', 'veel', 'alle', 'elk', 'elke', 'ieder', 'iedere',
  'er', 'hier', 'daar', 'nu', 'zo', 'al', 'dan', 'toen', 'samen', 'verder', 'daarom', 'daarnaast', 'bovendien', 'tevens', 'ten', 'ter', 'te',
  'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen', 'wil', 'willen', 'gaat', 'gaan', 'heeft', 'hebben',
]);

/** A first word that carries no inflection and is not a function word, like "zorg", "investeer", "leg". */
function bareWord(t: Token): boolean {
  return t.norm === t.stem && t.norm.length >= 3 && !FUNCTION_WORDS.has(t.norm) && !/\d/.test(t.norm);
}

/** Character n-grams of one word, kept per word and length: goals share most of their words. */
const charGramCache = new Map<string, readonly string[]>();

function charGrams(norm: string, longest: number): readonly string[] {
  const key = `${longest}:${norm}`;
  let grams = charGramCache.get(key);
  if (grams === undefined) {
    const w = `<${norm}>`;
    const out: string[] = [];
    for (let n = 3; n <= longest; n++) for (let i = 0; i + n <= w.length; i++) out.push(`c:${w.slice(i, i + n)}`);
    // Bounded: an unusual input (a long list of unique words) must not grow it without limit.
    if (charGramCache.size >= 200_000) charGramCache.clear();
    charGramCache.set(key, (grams = out));
  }
  return grams;
}

/** Features of one goal, unique, in the order they are found (prediction needs no sorting). */
export function goalFeatureSet(tokens: Token[], signals: string[], ruleLabel: GoalClass, options: FeatureOptions = BASIC_FEATURES): Set<string> {
  const f = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    f.add(`w:${t.stem}`);
    if (i + 1 < tokens.length) f.add(`b:${t.stem}_${tokens[i + 1].stem}`);
    if (options.skip && i + 2 < tokens.length) f.add(`k:${t.stem}_${tokens[i + 2].stem}`);
    if (options.affix > 0 && t.stem.length > options.affix + 1) {
      f.add(`p:${t.stem.slice(0, options.affix)}`);
      f.add(`x:${t.stem.slice(-options.affix)}`);
    }
    if (options.chars >= 3 && t.norm.length >= 4) for (const g of charGrams(t.norm, options.chars)) f.add(g);
    if (options.start && t.sentenceStart) {
      f.add(`f:${t.norm}`);
      if (bareWord(t)) f.add('f:kaal');
    }
  }
  for (const s of signals) f.add(`s:${s}`);
  f.add(`r:${ruleLabel}`);
  return f;
}

/** Features of one goal, sorted and unique (a fixed order, so training sums the same way every time). */
export function goalFeatures(tokens: Token[], signals: string[], ruleLabel: GoalClass, options: FeatureOptions = BASIC_FEATURES): string[] {
  return [...goalFeatureSet(tokens, signals, ruleLabel, options)].sort();
}

export const isCharGram = (feature: string): boolean => feature.startsWith('c:');

/** The value of each of a goal's `count` character n-grams: together they have length `charScale`. */
export function charGramValue(options: FeatureOptions, count: number): number {
  return options.charScale / Math.sqrt(count);
}

/** The value of each feature (same order): 1, except character n-grams, scaled as `charScale` says. */
export function featureValues(features: readonly string[], options: FeatureOptions): Float64Array {
  const values = new Float64Array(features.length).fill(1);
  const chars = features.reduce((m, f) => (isCharGram(f) ? m + 1 : m), 0);
  if (chars > 0) {
    const v = charGramValue(options, chars);
    features.forEach((f, i) => {
      if (isCharGram(f)) values[i] = v;
    });
  }
  return values;
}
