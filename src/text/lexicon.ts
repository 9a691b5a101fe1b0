/**
 * Word lists of the goal classifier, as stems (see stem.ts) with a match mode: `exact` (the token's
 * stem equals it), `prefix` (the stem starts with it) or `contains` (for Dutch compounds whose head
 * comes last: "gebiedsvisie" contains "visie"). Lists were written from the class definitions in
 * docs/doelen.md; each list says which class it supports.
 */
import type { LexMemo, Token } from './tokenise.ts';

export type MatchMode = 'exact' | 'prefix' | 'contains' | 'suffix';
export interface LexItem {
  stem: string;
  mode: MatchMode;
}

function items(mode: MatchMode, stems: string[]): LexItem[] {
  return stems.map((stem) => ({ stem, mode }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledList {
  /** Bit of this list in a word's memo entry. */
  bit: number;
  exact: Set<string>;
  prefix: RegExp | null;
  contains: RegExp | null;
  suffix: RegExp | null;
}

const compiled = new WeakMap<LexItem[], CompiledList>();
let nextBit = 0;

/** Compiles a list once into a set and three regular expressions (one alternation each), for speed. */
function compile(list: LexItem[]): CompiledList {
  let c = compiled.get(list);
  if (c) return c;
  const of = (mode: MatchMode) => list.filter((i) => i.mode === mode).map((i) => escape(i.stem));
  const re = (parts: string[], wrap: (alt: string) => string) => (parts.length === 0 ? null : new RegExp(wrap(parts.join('|'))));
  c = {
    bit: nextBit < 31 ? 1 << nextBit++ : 0,
    exact: new Set(list.filter((i) => i.mode === 'exact').map((i) => i.stem)),
    prefix: re(of('prefix'), (a) => `^(?:${a})`),
    contains: re(of('contains'), (a) => `(?:${a})`),
    suffix: re(of('suffix'), (a) => `(?:${a})$`),
  };
  compiled.set(list, c);
  return c;
}

/**
 * Memo per normalised word (the stem is a function of the word): which lists were tested (`known`)
 * and which matched (`value`), one bit per list. The token keeps a reference to its entry, so each
 * token costs one map lookup however many lists are tested. Only the first 31 compiled lists get a
 * bit; any further list is matched without memo.
 */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, LexMemo>();

function memoOf(token: Token): LexMemo {
  if (token.lex) return token.lex;
  let entry = memo.get(token.norm);
  if (!entry) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    entry = { known: 0, value: 0 };
    memo.set(token.norm, entry);
  }
  token.lex = entry;
  return entry;
}

function matchesCompiled(token: Token, c: CompiledList): boolean {
  if (c.bit === 0) return matchesUncached(token, c);
  const entry = memoOf(token);
  if ((entry.known & c.bit) !== 0) return (entry.value & c.bit) !== 0;
  const result = matchesUncached(token, c);
  entry.known |= c.bit;
  if (result) entry.value |= c.bit;
  return result;
}

function matchesUncached(token: Token, c: CompiledList): boolean {
  const { stem: s, norm } = token;
  if (c.exact.has(s) || c.exact.has(norm)) return true;
  if (c.prefix && (c.prefix.test(s) || c.prefix.test(norm))) return true;
  if (c.contains && c.contains.test(norm)) return true;
  return c.suffix !== null && (c.suffix.test(norm) || c.suffix.test(s));
}

/** Whether one token matches any item of the list (memoised per word like findLex). */
export function matchesLex(token: Token, list: LexItem[]): boolean {
  return matchesCompiled(token, compile(list));
}

/** Indices of the tokens in [from, to) that match any item of the list. */
export function findLex(tokens: Token[], list: LexItem[], from = 0, to = tokens.length): number[] {
  const c = compile(list);
  const hits: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    if (matchesCompiled(tokens[i], c)) hits.push(i);
  }
  return hits;
}

/** Particles of Dutch separable verbs ("stel ... op", "uit te breiden", "aan te leggen"). */
const PARTICLES = new Set(['aan', 'af', 'op', 'uit', 'om', 'vast', 'toe', 'in', 'door', 'mee', 'over', 'na', 'bij', 'terug']);
/** Words that end a clause after a split-off particle ("Stel een visie op en ..."). */
const CLAUSE_ENDS = new Set(['en', 'of', 'om', 'zodat', 'waardoor', 'waarbij', 'maar', 'die', 'dat', 'wat', 'welke', 'hoe', 'waar']);

/**
 * Indices of verbs whose separable form matches the list: "uit te breiden" (particle, te, verb: the
 * verb's index) and a particle split off at the end of a clause ("Stel een visie op", "werken we
 * oplossingen uit"; the verb within the 8 tokens before it, whose particle+verb form matches).
 * `text` is the raw goal text, to see where a clause ends (punctuation or the end of the text).
 */
export function findSeparable(tokens: Token[], list: LexItem[], text: string): number[] {
  const c = compile(list);
  const test = (particle: string, verb: Token) => {
    const norm = particle + verb.norm;
    return matchesUncached({ ...verb, norm, stem: particle + verb.stem, lex: undefined }, c);
  };
  const hits: number[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const p = tokens[j].norm;
    if (!PARTICLES.has(p)) continue;
    if (tokens[j + 1]?.norm === 'te' && tokens[j + 2] && test(p, tokens[j + 2])) { hits.push(j + 2); continue; }
    const next = tokens[j + 1];
    const clauseEnd = !next || /[.,;:!?)]/.test(text.slice(tokens[j].end, next.start)) || CLAUSE_ENDS.has(next.norm);
    if (!clauseEnd) continue;
    for (let i = j - 1; i >= Math.max(0, j - 8); i--) if (test(p, tokens[i])) { hits.push(i); break; }
  }
  return hits;
}

// ── LOBBY ────────────────────────────────────────────────────────────────────────────────────────
/** Asking verbs that are lobby by themselves. */
export const LOBBY_VERBS = [
  ...items('prefix', ['lobby', 'pleit', 'pleidooi', 'gepleit', 'oproep', 'opgeroep', 'aandring', 'aangedrong', 'attender', 'petitie']),
  ...items('exact', ['mirt', 'mit']),
];
/** Verbs that are lobby when another government is named as addressee or giver. */
export const ASK_VERBS = [
  ...items('prefix', ['vrag', 'gevraagd', 'verzoek', 'toezeg', 'toegezegd', 'aanvrag', 'aanvraag', 'aangevraagd', 'agender', 'aankaart', 'boodschap', 'wensenlijst']),
  ...items('exact', ['vraag', 'vraagt']),
];
/** Other governments and funders a region can ask. */
export const ADDRESSEES = [
  ...items('exact', ['rijk', 'rijksoverheid', 'kabinet', 'ministerie', 'minister', 'staatssecretaris', 'provincie', 'provincies', 'provinciaal', 'europa', 'europes', 'eu', 'brussel', 'kamer', 'gedeputeerd', 'regering', 'informateur', 'informateurs', 'formateur']),
  ...items('prefix', ['rijksmiddel', 'rijksbijdrag', 'rijksgeld', 'rijksfinanciering', 'rijksinvester']),
];
/** Money, capacity and decisions asked for. */
export const ASKED_RESOURCES = [
  ...items('prefix', ['middel', 'geld', 'financier', 'bijdrag', 'subsidie', 'budget', 'fonds', 'cofinancier', 'steun', 'capaciteit', 'besluit', 'toezegging', 'euro', 'miljoen', 'miljard']),
];

// ── PROCES ───────────────────────────────────────────────────────────────────────────────────────
/** Words that postpone the choice by themselves: research, exploration, coordination. */
export const PROCESS_WORDS = [
  ...items('prefix', ['onderzoeken', 'onderzoekt', 'verken', 'afstem', 'planvorm', 'inventariser', 'zoektocht', 'haalbaar', 'onderzocht', 'overwog', 'nagaan', 'nagegaan', 'nagaat', 'uitwerk', 'uitgewerkt', 'uitzoek', 'uitgezocht']),
  ...items('suffix', ['studie', 'studies', 'vorming', 'analyse', 'analyses']),
  ...items('exact', ['bekeken']),
];
/** Policy products: visions, agendas, strategies, plans, programmes, agreements. */
export const POLICY_OBJECTS = [
  ...items('suffix', ['visie', 'visies', 'agenda', 'agendas', 'strategie', 'strategieen', 'plan', 'plannen', 'programma', 'programmas', 'beleid', 'afspraken', 'afspraak', 'akkoord', 'convenant', 'intentieverklaring', 'referentiekader', 'afwegingskader', 'omgevingswet', 'woonruimteverdeling',
    'perspectief', 'toekomstbeeld', 'beleidskader', 'toetsingskader', 'ontwikkelkader', 'uitvoeringskader', 'stresstest', 'routekaart',
    'handreiking', 'prognose', 'prognoses', 'scenario', 'scenarios', 'varianten', 'notitie', 'startnotitie', 'prioriteitenlijst']),
  ...items('exact', ['lop', 'ras', 'reks', 'res', 'aanpak', 'voorstel', 'variant', 'gvvp']),
];
/** Verbs that produce a policy product ("opstellen van een gebiedsvisie"). */
export const PRODUCING_VERBS = [
  ...items('prefix', ['opstel', 'opgesteld', 'ontwikkel', 'vaststel', 'vastgesteld', 'uitwerk', 'uitgewerkt', 'opstart', 'opgestart', 'actualiser', 'formuler', 'geformuleerd', 'herzien', 'herijk', 'hanter', 'gehanteerd', 'gemaakt', 'integratie', 'integrer', 'invoer', 'aanpass', 'aangepast', 'vertal', 'opzet', 'opgezet', 'verwerk', 'inpass']),
  ...items('exact', ['mak', 'maak', 'maakt', 'voer', 'voeren', 'schrijv', 'komen', 'opstellen', 'ontwikkelen']),
];
/** Verbs of a document describing or steering ("In de visie is beschreven hoe ..."). */
export const DOCUMENT_VERBS = [
  ...items('prefix', ['beschrev', 'beschrijf', 'beschrijv', 'vastgelegd', 'vastleg', 'referentiekader', 'stip', 'bedoeld', 'opgenomen', 'aangev', 'aangeeft', 'weergegev', 'weergeef']),
  ...items('exact', ['geeft', 'geven', 'richting']),
];
export const CONTAINER_HEADS = ['doel', 'doelen', 'doelstelling', 'kader'];
/** Wh-words after "bepalen"/"vaststellen": deciding which, where or how is still to come. */
export const OPEN_QUESTIONS = new Set(['welke', 'wat', 'waar', 'hoe', 'wanneer']);
/** Verbs of determining ("samen bepalen welke terreinen ..."); with an open question they are PROCES. */
export const DETERMINING_VERBS = [...items('prefix', ['bepal', 'vaststel', 'vastgesteld', 'bereken', 'berekend']), ...items('exact', ['weten'])];

// ── Definite objects ("de dijk", "het stationsgebied", "deze rotonde") ─────────────────────────
/** Concrete objects that count as a place with a definite article and a physical intervention. */
export const OBJECT_NOUNS = [
  ...items('suffix', ['dijk', 'rotonde', 'kruising', 'kruispunt', 'sluis', 'sluizen', 'brug', 'viaduct', 'tunnel', 'aquaduct', 'stationsgebied', 'haven', 'kade', 'terrein', 'uiterwaard', 'uiterwaarden', 'polder', 'geul', 'knooppunt', 'toegangsweg', 'rondweg', 'dijktrace', 'plangebied', 'projectgebied', 'lint', 'spoorzone', 'plein', 'straat', 'straten', 'wijk', 'centrum', 'dorpskern', 'locatie', 'gebouw', 'parallelweg', 'oever', 'beek', 'beken', 'kaden', 'rijbaan', 'fietspad', 'weg']),
];
export const DEFINITE = new Set(['de', 'het', 'dit', 'deze', 'die', 'dat']);

// ── LOCATIE ──────────────────────────────────────────────────────────────────────────────────────
/** Acting on an area: enough together with a named nature area, water, landscape or place. */
export const AREA_ACTIONS = [
  ...items('prefix', [
    'ontwikkel', 'versterk', 'verbeter', 'verbeter', 'behoud', 'bescherm', 'herstel', 'inricht', 'herinricht', 'aanleg', 'aangelegd',
    'realiser', 'realisatie', 'uitbreid', 'uitgebreid', 'uitbreiding', 'benut', 'vergrot', 'invester', 'geinvesteerd', 'verbind',
    'verbinding', 'ondersteun', 'bouw', 'gebouwd', 'herstructur', 'transformatie', 'transformer', 'inpass', 'verbred', 'vergroen',
    'stimuler', 'concentratie', 'revitaliser', 'vitaliser', 'verduurzam', 'omvorm', 'sanering', 'saner', 'ontsluit', 'verplaats',
    'instandhouding', 'stand', 'aanpak', 'woningbouw', 'natuurontwikkeling', 'vernatting', 'vergroting',
    'verbreed', 'opknap', 'geplaatst', 'verleg', 'ombouw', 'omgebouwd', 'uitdiep', 'uitgediept', 'vervang', 'vernieuw', 'verdicht',
    'verdubbel', 'verhoog', 'verhoogd', 'ophog', 'opgehoogd', 'verwijder', 'bagger', 'gebaggerd', 'aanbreng', 'aangebracht', 'opbouw', 'opgebouwd', 'bestrat', 'aanplant', 'bijgebouwd', 'bijbouw', 'volgebouwd', 'volbouw', 'aanwijz', 'aanwijs', 'aangewezen', 'invull', 'ingevuld', 'uitvoering', 'gekozen', 'kiez',
  ]),
  ...items('contains', ['ontwikkel', 'herstructur', 'natuurontwikkel']),
];
/** Concrete physical interventions: needed before a region name (Veluwe, Twente) counts as a place. */
export const PHYSICAL_INTERVENTIONS = [
  ...items('contains', ['vakantiepark', 'tuinbouw', 'bedrijventerrein', 'windpark', 'zonnepark', 'windturbine', 'dijk', 'waterberging', 'fietspad', 'wandelpad', 'fietsroute', 'wandelroute', 'terminal', 'spoorlijn', 'spoorverbinding', 'natuurontwikkel', 'herstructur', 'inpassing', 'aanleg', 'verbreding', 'herinricht', 'snelweg', 'rondweg',
    'damwand', 'nevengeul', 'rotonde', 'kruising', 'sluis', 'aquaduct', 'tunnel', 'viaduct', 'zonnepanel', 'windmolen', 'ligplaats', 'verbreed', 'ombouw', 'verdubbel', 'fietsverbinding']),
  ...items('exact', ['park', 'parken', 'route', 'routes', 'sloop', 'vernatting']),
];
/** Positioning of a whole area (branding), not an intervention in it. */
export const POSITIONING = [
  ...items('prefix', ['profiler', 'profilering', 'geprofileerd', 'positioner', 'gepositioneerd', 'imago', 'branding', 'identiteit']),
  ...items('contains', ['topregio']),
];
