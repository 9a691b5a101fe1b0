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
 *     not a function word), the usual shape of an imperative;
 *   - the abstracted sentence (`abstract`): n-grams over the words replaced by their kind (a recognised
 *     place by its weight, another government, a number, a word-list role, a name, a place head, else
 *     the word's ending), which carry over to documents whose vocabulary the training never saw;
 *   - clause cues (`clause`): length bucket, question to "u", modal + infinitive, who the subject is,
 *     "komt er", an intervention near a place.
 * The lexical features and the rule features can be switched off (`lexical`, `rules`), to measure what
 * they add. The options are stored in the model, so prediction builds the same features as training.
 */
import type { GoalClass } from '../model/enums.ts';
import { ADDRESSEES, AREA_ACTIONS, ASK_VERBS, ASKED_RESOURCES, LOBBY_VERBS, matchesLex, OBJECT_NOUNS, PHYSICAL_INTERVENTIONS, POLICY_OBJECTS, POSITIONING, PROCESS_WORDS, PRODUCING_VERBS, type LexItem } from './lexicon.ts';
import type { PlaceMention } from './places.ts';
import { endsAsQuestion, youIndex, type Token } from './tokenise.ts';

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
  /** Word stems and stem pairs as written (the lexical features; off = only the abstracted ones). */
  lexical?: boolean;
  /**
   * Word n-grams (1..abstract) over the abstracted sentence: a recognised place becomes its weight
   * ("PLEK-gebied"), another government "OVERHEID", a number "GETAL", a word of a classifier word list
   * its role ("INGREEP", "BELEID", ...), a capitalised word inside a sentence "NAAM"; function words
   * stay as they are; any other word stays (`abstractWords`) or becomes its ending class.
   */
  abstract?: number;
  /** In the abstracted sentence, keep content words as stems (true) or only their ending class (false). */
  abstractWords?: boolean;
  /** In the abstracted sentence, a noun with a place head (-plein, -straat, -wijk, -locatie, ...) is "PLEKWOORD". */
  placeWords?: boolean;
  /** Which rule outputs are features: the signals and the rule class (absent = 'all'), only the signals, or none. */
  rules?: 'all' | 'signals' | 'none';
  /** Clause cues: length bucket, modal + infinitive at the end, who the subject is, "komt er", ingreep near a place. */
  clause?: boolean;
  /**
   * Addressee cues: who is asked and who acts. Another government as object of an ask verb or after
   * "aan/bij/richting/met" (the addressee of a request), the motion dictum ("verzoekt", "draagt ... op",
   * "roept ... op") at a sentence start, a process word together with an addressee, a government as
   * subject with a finite verb of its own (it acts itself, nothing is asked), and an infinitive or
   * imperative without subject (at the start, or "te" + infinitive at the end).
   */
  address?: boolean;
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

/** Roles of words in the classifier's word lists, in order of precedence (the first list that matches names the word). */
const ROLES: readonly (readonly [string, LexItem[]])[] = [
  ['OVERHEID', ADDRESSEES], ['VRAAG', LOBBY_VERBS], ['VRAAG', ASK_VERBS], ['MIDDEL', ASKED_RESOURCES], ['ONDERZOEK', PROCESS_WORDS],
  ['BELEID', POLICY_OBJECTS], ['INGREEP', PHYSICAL_INTERVENTIONS], ['OBJECT', OBJECT_NOUNS], ['PROFIEL', POSITIONING], ['MAAK', PRODUCING_VERBS], ['HANDELING', AREA_ACTIONS],
];
/**
 * Heads of nouns that name a place without a proper name ("het Marktplein", "de winkelstraten", "de
 * nieuwe wijk", "de bibliotheeklocatie"): general Dutch word formation, so an unknown place in a new
 * document still looks like a place.
 */
const PLACE_HEADS = /(plein|pleinen|straat|straten|weg|wegen|laan|wijk|wijken|buurt|centrum|kern|kernen|dorp|dorpen|locatie|locaties|terrein|terreinen|gebouw|haven|kade|dijk|station|stations|zone|park|parken|oever|rand|kant|perceel|percelen|kavel|kavels|lijn)$/;
const MODALS = new Set(['moet', 'moeten', 'wil', 'willen', 'gaan', 'gaat', 'zal', 'zullen', 'kan', 'kunnen', 'dient', 'dienen', 'blijft', 'blijven']);
const WE = new Set(['wij', 'we', 'regio', 'samenwerking', 'gemeenten', 'partners']);
const COME = new Set(['komt', 'komen', 'kom']);

/** The ending class of a content word: infinitive/plural, past participle, adjective, or other. */
function endingClass(t: Token): string {
  const n = t.norm;
  if (/^\d/.test(n)) return 'GETAL';
  if (n.startsWith('ge') && (n.endsWith('d') || n.endsWith('t')) && n.length > 5) return 'W-ge';
  if (n.endsWith('en')) return 'W-en';
  if (n.endsWith('e')) return 'W-e';
  if (n.endsWith('t')) return 'W-t';
  if (n.endsWith('s')) return 'W-s';
  return 'W';
}

/** What the abstracted sentence needs of a word, computed once per word (the stem is a function of it). */
interface WordSymbol {
  /** Its own form (function word) or its role in the word lists, else null. */
  fixed: string | null;
  /** Whether it has a place head (-plein, -straat, ...). */
  placeHead: boolean;
  /** Its ending class (endingClass). */
  ending: string;
}
const wordSymbols = new Map<string, WordSymbol>();

function wordSymbol(t: Token): WordSymbol {
  let w = wordSymbols.get(t.norm);
  if (w === undefined) {
    let fixed: string | null = null;
    if (FUNCTION_WORDS.has(t.norm) || COME.has(t.norm) || t.norm === 'zorg' || t.norm === 'zorgen') fixed = t.norm;
    else for (const [role, list] of ROLES) if (matchesLex(t, list)) { fixed = role; break; }
    // Bounded like the other word caches: an unusual input must not grow it without limit.
    if (wordSymbols.size >= 200_000) wordSymbols.clear();
    wordSymbols.set(t.norm, (w = { fixed, placeHead: PLACE_HEADS.test(t.norm), ending: endingClass(t) }));
  }
  return w;
}

const isDigit = (norm: string): boolean => {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/**
 * The abstracted sentence: one symbol per word (a place mention is one symbol). Written into `out`
 * (reused between goals, so no allocation per goal beyond the symbols themselves).
 */
function abstractSequence(tokens: Token[], places: readonly PlaceMention[], keepWords: boolean, options: FeatureOptions, out: string[]): string[] {
  out.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const place = places.length > 0 ? placeAt(places, i) : undefined;
    if (place) {
      out.push(`PLEK-${place.weight}`);
      i = place.to - 1;
      continue;
    }
    const t = tokens[i];
    if (t.sentenceStart && i > 0) out.push('|');
    if (isDigit(t.norm)) {
      while (i + 1 < tokens.length && isDigit(tokens[i + 1].norm) && !placeAt(places, i + 1)) i++;
      out.push('GETAL');
      continue;
    }
    const w = wordSymbol(t);
    let symbol = w.fixed;
    if (symbol === null && t.capitalised && !t.sentenceStart) symbol = 'NAAM';
    if (symbol === null && options.placeWords && w.placeHead) symbol = 'PLEKWOORD';
    out.push(symbol ?? (keepWords ? t.stem : w.ending));
  }
  return out;
}

function placeAt(places: readonly PlaceMention[], i: number): PlaceMention | undefined {
  for (const p of places) if (i >= p.from && i < p.to) return p;
  return undefined;
}

const scratch: string[] = [];
const PLACE_NEAR = 4;

/** Clause cues of one goal (see FeatureOptions.clause). */
function clauseCues(tokens: Token[], places: readonly PlaceMention[], seq: readonly string[], text: string, f: Set<string>): void {
  const n = tokens.length;
  if (endsAsQuestion(text)) f.add('q:vraag');
  if (youIndex(tokens) >= 0) f.add('q:aanspreken');
  f.add(`q:lengte-${n <= 5 ? 5 : n <= 10 ? 10 : n <= 20 ? 20 : n <= 35 ? 35 : 'meer'}`);
  const last = tokens[n - 1];
  if (last && last.norm.endsWith('en')) {
    for (let i = 0; i < n - 1; i++) if (MODALS.has(tokens[i].norm)) { f.add('q:modaal-infinitief'); break; }
  }
  const first = tokens[0];
  if (first && WE.has(first.norm)) f.add('q:onderwerp-wij');
  for (let i = 0; i < seq.length - 1 && i < 6; i++) {
    if (seq[i] === 'OVERHEID' && MODALS.has(seq[i + 1])) f.add('q:onderwerp-overheid');
    if (seq[i] === 'OVERHEID' && i <= 3) f.add('q:overheid-vooraan');
  }
  for (let i = 0; i < n; i++) {
    if (COME.has(tokens[i].norm) && (tokens[i + 1]?.norm === 'er' || tokens[i - 1]?.norm === 'er')) f.add('q:komt-er');
  }
  // A physical intervention or an action within a few symbols of a place (not an actor).
  for (let i = 0; i < seq.length; i++) {
    if (!seq[i].startsWith('PLEK-') || seq[i] === 'PLEK-bestuurlijk') continue;
    for (let j = Math.max(0, i - PLACE_NEAR); j <= Math.min(seq.length - 1, i + PLACE_NEAR); j++) {
      if (seq[j] === 'INGREEP' || seq[j] === 'HANDELING' || seq[j] === 'OBJECT') f.add(`q:ingreep-bij-${seq[i]}`);
      if (COME.has(seq[j])) f.add(`q:komt-bij-${seq[i]}`);
    }
  }
  if (places.length === 0) f.add('q:geen-plek');
}

const ADDRESS_PREPOSITIONS = new Set(['aan', 'bij', 'richting', 'met', 'tot', 'van']);
const DICTUM = new Set(['verzoekt', 'verzoeken', 'vraagt', 'vragen', 'draagt', 'roept', 'dringt', 'verzoek', 'vraag', 'roep']);
const DETERMINERS = new Set(['de', 'het', 'een', 'onze', 'uw', 'dit', 'deze']);

/** Addressee cues of one goal (see FeatureOptions.address). */
function addressCues(tokens: Token[], seq: readonly string[], f: Set<string>): void {
  const n = tokens.length;
  let ask = false;
  let process = false;
  let addressed = false;
  for (let i = 0; i < seq.length; i++) {
    const s = seq[i];
    if (s === 'VRAAG') ask = true;
    if (s === 'ONDERZOEK' || s === 'BELEID') process = true;
    if (s !== 'OVERHEID') continue;
    // "aan het kabinet", "bij het Rijk", "met de provincie": the government is who is spoken to.
    const before = seq[i - 1] !== undefined && DETERMINERS.has(seq[i - 1]) ? seq[i - 2] : seq[i - 1];
    if (before !== undefined && ADDRESS_PREPOSITIONS.has(before)) {
      f.add(`q:adres-${before}`);
      addressed = true;
    }
    // "verzoekt de regering", "vraagt het Rijk": a government right after an ask verb is its object.
    for (let j = Math.max(0, i - 3); j < i; j++) if (seq[j] === 'VRAAG') { f.add('q:vraag-aan-overheid'); addressed = true; }
    // "Het kabinet trekt ... uit", "De provincie investeert": a government as subject with its own finite verb.
    if (i <= 2) {
      const next = seq[i + 1];
      if (next !== undefined && (next === 'W-t' || next === 'HANDELING' || next === 'MAAK')) f.add('q:overheid-doet');
    }
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    // The nouns a request asks for: a study, a conversation (the rules count "onderzoek" only with an object).
    if (t.norm.startsWith('onderzoek') || t.norm.endsWith('studie') || t.norm === 'gesprek' || t.norm === 'overleg') process = true;
    if ((t.sentenceStart || i <= 2) && DICTUM.has(t.norm)) f.add('q:dictum');
    if (t.norm === 'op' && i > 0 && (tokens.slice(Math.max(0, i - 6), i).some((x) => x.norm === 'draagt' || x.norm === 'roept'))) f.add('q:dictum');
    if (t.norm === 'gesprek' && tokens[i - 1]?.norm === 'in') f.add('q:in-gesprek');
  }
  if (process && addressed) f.add('q:proces-met-adres');
  if (process && ask) f.add('q:proces-met-vraag');
  const first = tokens[0];
  if (first && first.norm.endsWith('en') && !FUNCTION_WORDS.has(first.norm)) f.add('q:begin-infinitief');
  if (first && bareWord(first)) f.add('q:begin-kaal');
  if (n > 1 && tokens[n - 2].norm === 'te' && tokens[n - 1].norm.endsWith('en') && !(first && (WE.has(first.norm) || DETERMINERS.has(first.norm)))) f.add('q:te-infinitief-eind');
}

/** Features of one goal, unique, in the order they are found (prediction needs no sorting). */
export function goalFeatureSet(tokens: Token[], signals: string[], ruleLabel: GoalClass, options: FeatureOptions = BASIC_FEATURES, places: readonly PlaceMention[] = [], text = ''): Set<string> {
  const f = new Set<string>();
  const lexical = options.lexical !== false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (lexical) {
      f.add(`w:${t.stem}`);
      if (i + 1 < tokens.length) f.add(`b:${t.stem}_${tokens[i + 1].stem}`);
    }
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
  const n = options.abstract ?? 0;
  if (n > 0 || options.clause || options.address) {
    const seq = abstractSequence(tokens, places, options.abstractWords === true, options, scratch);
    for (let i = 0; i < seq.length && n > 0; i++) {
      if (seq[i] === '|') continue;
      // Class symbols start with a capital (GETAL, PLEK-gebied, W-en); words keep their lower-case form.
      const first = seq[i].charCodeAt(0);
      if (!lexical || (first >= 65 && first <= 90)) f.add(`a:${seq[i]}`);
      let gram = seq[i];
      for (let k = 1; k < n && i + k < seq.length; k++) {
        if (seq[i + k] === '|') break;
        gram += `_${seq[i + k]}`;
        f.add(`a:${gram}`);
      }
    }
    if (options.clause) clauseCues(tokens, places, seq, text, f);
    if (options.address) addressCues(tokens, seq, f);
  }
  const rules = options.rules ?? 'all';
  if (rules !== 'none') for (const s of signals) f.add(`s:${s}`);
  if (rules === 'all') f.add(`r:${ruleLabel}`);
  return f;
}

/** Features of one goal, sorted and unique (a fixed order, so training sums the same way every time). */
export function goalFeatures(tokens: Token[], signals: string[], ruleLabel: GoalClass, options: FeatureOptions = BASIC_FEATURES, places: readonly PlaceMention[] = [], text = ''): string[] {
  return [...goalFeatureSet(tokens, signals, ruleLabel, options, places, text)].sort();
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
