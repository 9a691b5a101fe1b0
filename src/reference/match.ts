/**
 * Matches a municipality name or GM code from user input to the 2025 municipalities. Order: GM code,
 * official CBS name (ignoring case and spacing), then normalised forms and known variants, ambiguous
 * names, former municipalities (merger table), and otherwise up to 3 suggestions by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { foldCompact } from '../model/normalise.ts';
import type { Municipality } from '../model/reference.ts';
import type { Reference } from './index.ts';

export type MunicipalityMatch =
  | { kind: 'exact'; code: string }
  | { kind: 'variant'; code: string; note: string }
  | { kind: 'former'; codes: string[]; formerName: string; year: number }
  | { kind: 'ambiguous'; candidates: { code: string; name: string }[] }
  | { kind: 'unknown'; suggestions: { code: string; name: string }[] };

/** Case- and space-insensitive form: differences here are not worth a note. */
function looseExact(input: string): string {
  return input.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Strips the "(gemeente)" suffix and "gemeente"/"gem." prefix that CBS and users add to a name. */
function stripGemeente(input: string): string {
  return input
    .replace(/\(\s*gemeente\s*\)\s*$/i, '')
    .replace(/^\s*(gemeente|gem\.)\s+/i, '')
    .trim();
}

/** Province abbreviations CBS uses in name suffixes, with other common spellings of the same. */
const SUFFIX_SYNONYMS: Record<string, string[]> = {
  o: ['ov', 'overijssel'],
  nh: ['noordholland'],
  zh: ['zuidholland'],
  l: ['lb', 'limburg'],
  z: ['zld', 'zeeland'],
};

interface Entry {
  code: string;
  /** Set when the key is not the CBS name itself; explains the reading. */
  via?: 'normalised' | 'variant' | 'suffix';
}

interface Lookup {
  codes: Set<string>;
  /** looseExact(CBS name) → code. */
  exact: Map<string, string>;
  /** foldCompact(key) → 2025 codes it can mean (several = ambiguous). */
  names: Map<string, Entry[]>;
  /** foldCompact(former name) / former code → merger. */
  formerByName: Map<string, MunicipalityMatch & { kind: 'former' }>;
  formerByCode: Map<string, MunicipalityMatch & { kind: 'former' }>;
  /** Keys for suggestions: normalised key → municipality. */
  suggestKeys: { key: string; municipality: Municipality }[];
  results: Map<string, MunicipalityMatch>;
}

const lookups = new WeakMap<Reference, Lookup>();
const RESULT_CACHE_LIMIT = 20_000;

function addName(names: Map<string, Entry[]>, key: string, entry: Entry): void {
  if (!key) return;
  const list = names.get(key) ?? [];
  if (!list.some((e) => e.code === entry.code)) list.push(entry);
  names.set(key, list);
}

function buildLookup(ref: Reference): Lookup {
  const names = new Map<string, Entry[]>();
  const exact = new Map<string, string>();
  const byName = new Map(ref.municipalities.map((m) => [m.name, m]));
  const suggestKeys: Lookup['suggestKeys'] = [];
  for (const m of ref.municipalities) {
    exact.set(looseExact(m.name), m.code);
    addName(names, foldCompact(m.name), { code: m.code, via: 'normalised' });
    suggestKeys.push({ key: foldCompact(m.name), municipality: m });
    // "Alphen aan den Rijn" is often written "Alphen a/d Rijn".
    if (/ aan de[n]? /i.test(m.name)) {
      addName(names, foldCompact(m.name.replace(/ aan de[n]? /i, ' a/d ')), { code: m.code, via: 'variant' });
    }
    const suffix = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(m.name);
    if (suffix) {
      const base = foldCompact(suffix[1]);
      const abbr = foldCompact(suffix[2]);
      // The bare base name ("Bergen") is registered for every municipality sharing it: one = variant, two = ambiguous.
      addName(names, base, { code: m.code, via: 'suffix' });
      for (const s of [abbr, ...(SUFFIX_SYNONYMS[abbr] ?? []), foldCompact(m.province)]) {
        addName(names, base + s, { code: m.code, via: 'suffix' });
      }
    }
  }
  // Other names (Den Bosch, Ljouwert, ...) come from data/reference/naamvarianten.csv, with their source.
  for (const { variant, municipality: name } of ref.nameVariants ?? []) {
    const m = byName.get(name);
    if (!m) throw new Error(`naamvarianten.csv: '${name}' is not a 2025 municipality`);
    addName(names, foldCompact(variant), { code: m.code, via: 'variant' });
    suggestKeys.push({ key: foldCompact(variant), municipality: m });
  }
  const formerByName = new Map<string, MunicipalityMatch & { kind: 'former' }>();
  const formerByCode = new Map<string, MunicipalityMatch & { kind: 'former' }>();
  for (const merger of ref.mergers) {
    const match = {
      kind: 'former' as const,
      codes: [...merger.successors].sort(),
      formerName: merger.formerName,
      year: merger.year,
    };
    formerByCode.set(merger.formerCode, match);
    const key = foldCompact(stripGemeente(merger.formerName));
    // A current name always wins over a former one with the same spelling.
    if (!names.has(key)) formerByName.set(key, match);
  }
  return {
    codes: new Set(ref.municipalities.map((m) => m.code)),
    exact,
    names,
    formerByName,
    formerByCode,
    suggestKeys,
    results: new Map(),
  };
}

function getLookup(ref: Reference): Lookup {
  let lookup = lookups.get(ref);
  if (!lookup) {
    lookup = buildLookup(ref);
    lookups.set(ref, lookup);
  }
  return lookup;
}

const CODE_PATTERN = /^\s*(?:gm)?\s*(\d{1,4})\s*$/i;

function suggestions(lookup: Lookup, key: string): { code: string; name: string }[] {
  if (!key) return [];
  // About one edit per three or four letters: catches typos without suggesting unrelated names.
  const limit = Math.max(1, Math.round(key.length * 0.3));
  const best = new Map<string, { d: number; m: Municipality }>();
  for (const { key: k, municipality } of lookup.suggestKeys) {
    if (Math.abs(k.length - key.length) > limit) continue;
    const d = distance(key, k);
    if (d > limit) continue;
    const prev = best.get(municipality.code);
    if (!prev || d < prev.d) best.set(municipality.code, { d, m: municipality });
  }
  return [...best.values()]
    .sort((a, b) => a.d - b.d || a.m.name.localeCompare(b.m.name, 'nl'))
    .slice(0, 3)
    .map(({ m }) => ({ code: m.code, name: m.name }));
}

function resolve(input: string, ref: Reference, lookup: Lookup): MunicipalityMatch {
  const code = CODE_PATTERN.exec(input);
  if (code) {
    const gm = 'GM' + code[1].padStart(4, '0');
    if (lookup.codes.has(gm)) return { kind: 'exact', code: gm };
    const former = lookup.formerByCode.get(gm);
    if (former) return former;
    return { kind: 'unknown', suggestions: [] };
  }
  const exact = lookup.exact.get(looseExact(input));
  if (exact) return { kind: 'exact', code: exact };
  const stripped = stripGemeente(input);
  const key = foldCompact(stripped);
  const entries = lookup.names.get(key);
  if (entries && entries.length === 1) {
    const m = ref.byCode.get(entries[0].code)!;
    const note =
      entries[0].via === 'normalised'
        ? `"${input.trim()}" gelezen als "${m.name}" (${m.code}), de schrijfwijze van het CBS`
        : `"${input.trim()}" gelezen als "${m.name}" (${m.code})`;
    return { kind: 'variant', code: m.code, note };
  }
  if (entries && entries.length > 1) {
    return {
      kind: 'ambiguous',
      candidates: entries
        .map((e) => ({ code: e.code, name: ref.byCode.get(e.code)!.name }))
        .sort((a, b) => (a.code < b.code ? -1 : 1)),
    };
  }
  const former = lookup.formerByName.get(key);
  if (former) return former;
  return { kind: 'unknown', suggestions: suggestions(lookup, key) };
}

/**
 * Matches one input string. The lookup tables are built once per Reference and results are memoised,
 * so repeated calls are cheap; returned objects are shared and must be treated as read-only.
 */
export function matchMunicipality(input: string, ref: Reference): MunicipalityMatch {
  const lookup = getLookup(ref);
  let result = lookup.results.get(input);
  if (!result) {
    result = resolve(input, ref, lookup);
    if (lookup.results.size >= RESULT_CACHE_LIMIT) lookup.results.clear();
    lookup.results.set(input, result);
  }
  return result;
}
