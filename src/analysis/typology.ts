/**
 * Typology of spatial agendas: the given label (`typologie`), else one inferred by explainable rules,
 * tried in this order (first that fires wins):
 *   1. economic cluster term in name or agenda title        → ECONOMISCH
 *   2. landscape or water term/name in name or agenda title → LANDSCHAPPELIJK
 *   3. ≥2 business or knowledge partners                    → ECONOMISCH
 *   4. themes: only 'Ruimte voor economische sectoren'     → ECONOMISCH
 *   5. themes: Natuurbehoud and otherwise only Water en bodem, Landbouw, Overig → LANDSCHAPPELIJK
 *   6. otherwise                                            → BESTUURLIJK
 * A named cluster outranks a landscape word because it is the more specific reason for the area
 * (a "Greenport Duin- en Bollenstreek" is organised around the cluster). Agreement = share of the
 * agendas with a given label for which the rules give that same label. A result carries the rule's
 * id and the values that made it fire (words, partners, themes); the sentence a reader sees is made
 * from those by the presentation (src/present/explain.ts).
 */
import type { Cooperation, Dataset } from '../model/dataset.ts';
import { TYPOLOGIES, type Typology } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import type { TypologyCooperation, TypologyResult, TypologyRule } from './types.ts';
import { themesOf } from './themes.ts';
import { foldToAsciiWords } from '../model/normalise.ts';
import { compareStrings, share } from './util.ts';

/**
 * Terms are matched on normalised text (foldToAsciiWords in model/normalise.ts). Notation: `word` = whole word,
 * `word*` = a word starting with it, `*word` = a word ending with it, `*word*` = anywhere in a word,
 * `two words` = that exact word sequence.
 */
export const TYPOLOGY_TERMS = {
  economicCluster: [
    'greenport*', 'brainport*', 'seaport*', 'mainport*', 'airport*', 'port', 'port of',
    'haven', 'havens', 'haven*', '*haven', 'campus', '*campus', 'campus*', 'cluster', 'clusters', '*cluster',
    '*valley', 'valley', 'chemelot', 'cleantech*', 'economic board', 'triple helix', 'topsector*',
    'bedrijventerrein*', '*bedrijventerrein*', 'werklocaties', 'logistiek*', '*logistiek', 'industrie*',
    '*industrie', 'glastuinbouw', 'tuinbouw*', 'agrofood*', 'food*', 'ontwikkelingsmaatschappij',
    'innovatiedistrict', 'science park', 'kennisas',
  ],
  landscape: [
    '*landschap*', 'park', 'nationaal park', '*nationaalpark', 'heuvelrug*', '*heuvelrug', 'heuvelland',
    'duin*', '*duinen', 'plassen', '*plassen', 'meer', 'meren', '*randmeren', 'delta*', '*delta', 'rivier',
    'rivieren', 'rivierengebied', 'dal', '*dal', 'waard', '*waard', 'veen', 'veenweide*', 'veenkolonien',
    '*veenweide*', 'wold', '*wold', 'wouden', '*wouden', 'wadden*', 'kust', 'kust*', '*kust', 'groene hart',
    'recreatieschap*', 'natuur*', 'natuurnetwerk', 'bossen', '*bossen', 'heide', '*heide', 'polder*', 'eiland*',
    'beekdal*', '*beekdal', 'uiterwaard*', 'stroomgebied', 'landgoed*', 'buitengebied',
    // landscape names
    'veluwe', 'biesbosch', 'weerribben', 'wieden', 'gelderse vallei', 'vechtstreek', 'drentsche aa',
    'hondsrug',
    // water names
    'ijsselmeer*', 'markermeer', 'ijmeer', 'lauwersmeer', 'veluwemeer', 'gooimeer', 'veerse meer',
    'zoommeer', 'waddenzee', 'noordzee*', 'oosterschelde', 'westerschelde', 'schelde*', 'maas', '*maas',
    'waal', 'rijn', 'nederrijn', 'ijssel', 'lek', 'linge', 'vecht', 'amstel', 'dommel', 'roer', 'eems',
    'dollard', 'grevelingen', 'haringvliet', 'hollands diep', 'volkerak', 'zuiderzee',
  ],
  businessPartner: [
    'bedrijfsleven', 'bedrijven', 'ondernemers*', '*ondernemers', 'ondernemersvereniging', 'werkgevers*',
    'vno ncw', 'mkb', 'kamer van koophandel', 'kvk', 'lto', 'b v', 'bv', 'n v', 'nv', 'havenbedrijf*',
    'ontwikkelingsmaatschappij', 'economic board', 'bank', '*bank',
  ],
  knowledgePartner: [
    'universiteit*', '*universiteit', 'university', 'hogeschool*', '*hogeschool', 'kennisinstelling*',
    'kennisinstituut', 'tno', 'roc', 'mbo', 'hbo', 'onderwijs*', 'wur', 'tu', 'deltares', 'campus',
  ],
} as const;

const LANDSCAPE_THEMES: readonly Theme[] = ['Natuurbehoud', 'Water en bodem', 'Landbouw', 'Overig'];

/**
 * Compiles a term list once into lookups: whole words in a Set, phrases as padded substrings, and
 * prefix/suffix/infix terms tested per word. Returns the matched words/phrases, sorted, unique.
 */
function compileList(terms: readonly string[]): (text: string) => string[] {
  const whole = new Set<string>();
  const phrases: string[] = [];
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const infixes: string[] = [];
  for (const term of terms) {
    if (term.includes(' ')) {
      phrases.push(term);
      continue;
    }
    const starts = term.startsWith('*');
    const ends = term.endsWith('*');
    const core = term.replace(/^\*|\*$/g, '');
    if (starts && ends) infixes.push(core);
    else if (ends) prefixes.push(core);
    else if (starts) suffixes.push(core);
    else whole.add(core);
  }
  // One alternation per kind (terms are plain [a-z0-9]), so each word costs three regex tests.
  const alternation = (list: string[]) => list.map((t) => t.replace(/[^a-z0-9]/g, '')).join('|');
  const prefix = prefixes.length > 0 ? new RegExp(`^(?:${alternation(prefixes)})`) : null;
  const suffix = suffixes.length > 0 ? new RegExp(`(?:${alternation(suffixes)})$`) : null;
  const infix = infixes.length > 0 ? new RegExp(`(?:${alternation(infixes)})`) : null;
  // Whether a word is a term: memoised per word (names and titles repeat their words a lot), and
  // cleared when it grows large so an unusual input cannot hold on to memory.
  const wordHits = new Map<string, boolean>();
  const isTerm = (w: string): boolean => {
    let hit = wordHits.get(w);
    if (hit === undefined) {
      hit = whole.has(w) || (prefix?.test(w) ?? false) || (suffix?.test(w) ?? false) || (infix?.test(w) ?? false);
      if (wordHits.size >= 50_000) wordHits.clear();
      wordHits.set(w, hit);
    }
    return hit;
  };
  // Takes text already passed through foldToAsciiWords (so each text is normalised once).
  return (norm) => {
    if (norm === '') return [];
    const hits = new Set<string>();
    for (const w of norm.split(' ')) if (isTerm(w)) hits.add(w);
    const padded = ` ${norm} `;
    for (const phrase of phrases) if (padded.includes(` ${phrase} `)) hits.add(phrase);
    return [...hits].sort(compareStrings);
  };
}

const matchEconomic = compileList(TYPOLOGY_TERMS.economicCluster);
const matchLandscapeTerms = compileList(TYPOLOGY_TERMS.landscape);
/** 'Capelle aan den IJssel', 'Alphen aan den Rijn': a river in a place name is not a landscape. */
const matchLandscape = (norm: string) => matchLandscapeTerms(norm.replace(/ aan (de|den|het) [a-z0-9]+/g, ' ').trim());
const matchBusiness = compileList(TYPOLOGY_TERMS.businessPartner);
const matchKnowledge = compileList(TYPOLOGY_TERMS.knowledgePartner);

export interface Inference {
  typology: Typology;
  rule: TypologyRule;
  words: string[];
  /** The partners whose names made rule 3 fire, sorted; empty for the other rules. */
  partners: string[];
  /** The themes that made rule 4 or 5 fire; empty for the other rules. */
  themes: Theme[];
}

/** Apply rules 1–6 (see module comment) to one cooperation. */
export function inferTypology(c: Cooperation): Inference {
  const none = { words: [], partners: [], themes: [] };
  const title = foldToAsciiWords(`${c.name} \n ${c.agendaTitle ?? ''}`);
  const economic = matchEconomic(title);
  if (economic.length > 0) return { ...none, typology: 'ECONOMISCH', rule: 'ECONOMISCH_CLUSTER', words: economic };
  const landscape = matchLandscape(title);
  if (landscape.length > 0) return { ...none, typology: 'LANDSCHAPPELIJK', rule: 'LANDSCHAP_NAAM', words: landscape };
  const partnerHits: string[] = [];
  const partnerWords = new Set<string>();
  for (const p of [...new Set(c.partners)].sort(compareStrings)) {
    const norm = foldToAsciiWords(p);
    const hits = [...matchBusiness(norm), ...matchKnowledge(norm)];
    if (hits.length === 0) continue;
    partnerHits.push(p);
    for (const h of hits) partnerWords.add(h);
  }
  if (partnerHits.length >= 2) {
    const words = [...partnerWords].sort(compareStrings);
    return { ...none, typology: 'ECONOMISCH', rule: 'ECONOMISCHE_PARTNERS', words, partners: partnerHits };
  }
  const themes = themesOf(c);
  if (themes.length === 1 && themes[0] === 'Ruimte voor economische sectoren') {
    return { ...none, typology: 'ECONOMISCH', rule: 'ECONOMISCH_THEMA', themes };
  }
  if (themes.includes('Natuurbehoud') && themes.every((t) => LANDSCAPE_THEMES.includes(t))) {
    return { ...none, typology: 'LANDSCHAPPELIJK', rule: 'LANDSCHAP_THEMA', themes };
  }
  return { ...none, typology: 'BESTUURLIJK', rule: 'STANDAARD' };
}

export function analyseTypology(dataset: Dataset): TypologyResult {
  const spatial = dataset.cooperations.filter((c) => c.spatial).sort((x, y) => compareStrings(x.id, y.id));
  const counts = Object.fromEntries(TYPOLOGIES.map((t) => [t, 0])) as Record<Typology, number>;
  let labelled = 0;
  let agreed = 0;
  const cooperations: TypologyCooperation[] = spatial.map((c) => {
    const inference = inferTypology(c);
    const given = c.typology;
    const typology = given ?? inference.typology;
    counts[typology] += 1;
    if (given !== null) {
      labelled += 1;
      if (given === inference.typology) agreed += 1;
    }
    const { rule, words, partners, themes } = inference;
    return { id: c.id, typology, given, inferred: inference.typology, rule, words, partners, themes };
  });
  return { cooperations, agreement: labelled === 0 ? null : share(agreed, labelled), agreed, labelled, counts };
}
