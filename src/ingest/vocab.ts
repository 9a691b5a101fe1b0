/**
 * Parsing of the contract's controlled values. Exact values are accepted regardless of case,
 * accents, spaces/underscores; known synonyms of a legal form are converted with a warning; any
 * other value is rejected with a suggestion (synonym table first, then the nearest value by
 * Levenshtein distance when it is at most a third of the word).
 */
import { distance } from 'fastest-levenshtein';
import { THEMES, type Theme } from '../model/themes.ts';
import {
  GOAL_CLASSES,
  KNOWN_DIVISIONS,
  LEGAL_FORMS,
  LIFE_PHASES,
  STEERING_TYPES,
  TYPOLOGIES,
  type GoalClass,
  type LegalForm,
  type LifePhase,
  type SteeringType,
  type Typology,
} from '../model/enums.ts';
import { foldWords } from '../model/normalise.ts';

export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; hint: string };

/** Nearest of `options` to `value` by edit distance on folded keys, if close enough. */
export function nearest(value: string, options: readonly string[]): string | null {
  const key = foldWords(value);
  if (key === '') return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = distance(key, foldWords(option));
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}

/** Words analysts use for a theme; the key is folded (foldWords). */
const THEME_SYNONYMS: Record<string, Theme> = {
  woningbouw: 'Wonen',
  woningen: 'Wonen',
  woningmarkt: 'Wonen',
  huisvesting: 'Wonen',
  verstedelijking: 'Wonen',
  verkeer: 'Mobiliteit',
  'verkeer en vervoer': 'Mobiliteit',
  vervoer: 'Mobiliteit',
  bereikbaarheid: 'Mobiliteit',
  infrastructuur: 'Mobiliteit',
  ov: 'Mobiliteit',
  'openbaar vervoer': 'Mobiliteit',
  energie: 'Energietransitie',
  duurzaamheid: 'Energietransitie',
  'duurzame energie': 'Energietransitie',
  water: 'Water en bodem',
  bodem: 'Water en bodem',
  klimaatadaptatie: 'Water en bodem',
  waterbeheer: 'Water en bodem',
  'water en bodem sturend': 'Water en bodem',
  natuur: 'Natuurbehoud',
  landschap: 'Natuurbehoud',
  biodiversiteit: 'Natuurbehoud',
  groen: 'Natuurbehoud',
  'natuur en landschap': 'Natuurbehoud',
  agrarisch: 'Landbouw',
  landbouwtransitie: 'Landbouw',
  voedsel: 'Landbouw',
  zorg: 'Gezondheid',
  'gezonde leefomgeving': 'Gezondheid',
  leefomgeving: 'Gezondheid',
  economie: 'Ruimte voor economische sectoren',
  werklocaties: 'Ruimte voor economische sectoren',
  bedrijventerreinen: 'Ruimte voor economische sectoren',
  bedrijvigheid: 'Ruimte voor economische sectoren',
  werken: 'Ruimte voor economische sectoren',
  industrie: 'Ruimte voor economische sectoren',
  havens: 'Ruimte voor economische sectoren',
  recreatie: 'Overig',
  toerisme: 'Overig',
  'recreatie en toerisme': 'Overig',
  cultuur: 'Overig',
  erfgoed: 'Overig',
  overige: 'Overig',
};

const THEME_BY_KEY = new Map<string, Theme>(THEMES.map((t) => [foldWords(t), t]));

export function parseTheme(value: string): Parsed<Theme> {
  const key = foldWords(value);
  const exact = THEME_BY_KEY.get(key);
  if (exact) return { ok: true, value: exact };
  const suggestion = THEME_SYNONYMS[key] ?? nearest(value, THEMES);
  return {
    ok: false,
    hint: suggestion
      ? `Bedoelt u '${suggestion}'? Gebruik een van de negen thema's: ${THEMES.join(', ')}.`
      : `Gebruik een van de negen thema's: ${THEMES.join(', ')}.`,
  };
}

/** Legal-form words that map unambiguously onto the three contract values. */
const LEGAL_FORM_SYNONYMS: Record<string, LegalForm> = {
  gr: 'WGR',
  'gemeenschappelijke regeling': 'WGR',
  'wgr regeling': 'WGR',
  'openbaar lichaam': 'WGR',
  bedrijfsvoeringsorganisatie: 'WGR',
  'gemeenschappelijk orgaan': 'WGR',
  'centrumgemeenteconstructie': 'WGR',
  stichting: 'PRIVAAT',
  vereniging: 'PRIVAAT',
  bv: 'PRIVAAT',
  nv: 'PRIVAAT',
  cooperatie: 'PRIVAAT',
  vennootschap: 'PRIVAAT',
  privaatrechtelijk: 'PRIVAAT',
  private: 'PRIVAAT',
  convenant: 'OVERIG',
  netwerk: 'OVERIG',
  netwerkorganisatie: 'OVERIG',
  informeel: 'OVERIG',
  overeenkomst: 'OVERIG',
  samenwerkingsovereenkomst: 'OVERIG',
  bestuursovereenkomst: 'OVERIG',
  intentieovereenkomst: 'OVERIG',
  other: 'OVERIG',
};

export function parseLegalForm(value: string): Parsed<LegalForm> {
  const key = foldWords(value);
  const exact = LEGAL_FORMS.find((f) => f.toLowerCase() === key);
  if (exact) return { ok: true, value: exact };
  const synonym = LEGAL_FORM_SYNONYMS[key];
  if (synonym) return { ok: true, value: synonym, note: `'${value}' is gelezen als '${synonym}'.` };
  const near = nearest(value, LEGAL_FORMS);
  return {
    ok: false,
    hint: `${near ? `Bedoelt u '${near}'? ` : ''}Gebruik WGR (gemeenschappelijke regeling), PRIVAAT (stichting, vereniging, bv) of OVERIG (convenant, netwerk, informeel).`,
  };
}

/** Enum values written with spaces, hyphens or any case ("draaiend systeem") are accepted. */
function parseEnum<T extends string>(value: string, options: readonly T[], label: string): Parsed<T> {
  const key = foldWords(value).replace(/ /g, '_');
  const exact = options.find((o) => o.toLowerCase() === key);
  if (exact) return { ok: true, value: exact };
  const near = nearest(value.replace(/_/g, ' '), options.map((o) => o.replace(/_/g, ' ')));
  const nearValue = near ? near.replace(/ /g, '_') : null;
  return {
    ok: false,
    hint: `${nearValue ? `Bedoelt u '${nearValue}'? ` : ''}Toegestaan voor ${label}: ${options.join(', ')}${label === 'typologie' ? ' (leeg = afgeleid door de analyse)' : ' of leeg'}.`,
  };
}

export const parseTypology = (v: string): Parsed<Typology> => parseEnum(v, TYPOLOGIES, 'typologie');
export const parseLifePhase = (v: string): Parsed<LifePhase> => parseEnum(v, LIFE_PHASES, 'levensfase');
export const parseGoalClass = (v: string): Parsed<GoalClass> => parseEnum(v, GOAL_CLASSES, 'label');
export const parseSteering = (v: string): Parsed<SteeringType> => parseEnum(v, STEERING_TYPES, 'sturing');

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/** ja/nee, also yes/no, true/false (Excel WAAR/ONWAAR), 1/0. Empty is handled by the caller. */
export function parseYesNo(value: string): Parsed<boolean> {
  const key = foldWords(value);
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, hint: 'Schrijf ja of nee (ook toegestaan: true/false, 1/0).' };
}

/** A calendar year 1800–2100; Excel may deliver "2018.0" or "2018,0". */
export function parseYear(value: string): Parsed<number> {
  const match = /^(\d{4})(?:[.,]0+)?$/.exec(value.trim());
  if (match) {
    const year = Number(match[1]);
    if (year >= 1800 && year <= 2100) return { ok: true, value: year };
  }
  return { ok: false, hint: 'Schrijf een jaartal van vier cijfers, bijv. 2023, of laat de cel leeg.' };
}

const ONLY_DIGITS = /^\d+$/;

/**
 * A non-negative number of persons. Accepts 1200, 1200.5, 1200,5 and Dutch thousands separators
 * (1.200 or 1 200 — a dot followed by exactly three digits in groups is a thousands separator).
 */
export function parseCount(value: string): Parsed<number> {
  // Plain digits (the usual cell) take the same path below unchanged: skip straight to its end.
  if (ONLY_DIGITS.test(value)) {
    const n = Number(value);
    if (Number.isFinite(n)) return { ok: true, value: n };
  }
  let text = value.trim().replace(/[\s\u00a0]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) && text.includes('.')) text = text.replace(/,/g, '');
  else text = text.replace(',', '.');
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return { ok: true, value: n };
  }
  return { ok: false, hint: 'Schrijf een aantal personen als getal, bijv. 1200.' };
}

/** Common spellings of the known national divisions. */
const DIVISION_SYNONYMS: Record<string, string> = {
  res: 'RES',
  'regionale energiestrategie': 'RES',
  novex: 'NOVEX',
  'novex gebied': 'NOVEX',
  'nationaal park': 'NATIONAAL_PARK',
  'nationale parken': 'NATIONAAL_PARK',
  delta: 'DELTA',
  deltaprogramma: 'DELTA',
  'deltaprogramma gebied': 'DELTA',
  'regio deal': 'REGIO_DEAL',
  'regio deals': 'REGIO_DEAL',
  regiodeal: 'REGIO_DEAL',
  'nota ruimte': 'NOTA_RUIMTE',
  woondeal: 'WOONDEAL',
  woondeals: 'WOONDEAL',
};

/** Returns the known division code, or null for a division the product does not know. */
export function knownDivision(value: string): string | null {
  const key = foldWords(value);
  const exact = KNOWN_DIVISIONS.find((d) => foldWords(d) === key);
  return exact ?? DIVISION_SYNONYMS[key] ?? null;
}
