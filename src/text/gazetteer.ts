/**
 * Gazetteer loader: reads the place-name lists in data/reference/gazetteer/ (see SOURCES.md there)
 * into a phrase index keyed on the first normalised token. When one name occurs in several lists the
 * most specific kind wins (infrastructure > nature/water/landscape > region > municipality >
 * province), because the classifier treats those kinds differently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { foldUnicodeWords } from '../model/normalise.ts';
import { compareStrings } from '../model/order.ts';

/** Coarse kind of a place, ordered from most to least specific. */
export const PLACE_KINDS = ['infrastructuur', 'natuur', 'water', 'landschap', 'streek', 'gemeente', 'provincie'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface GazetteerEntry {
  /** Name as written in the list. */
  name: string;
  kind: PlaceKind;
  /** Finer kind from the list's `soort` column (rivier, haven, voormalige_gemeente, ...). */
  detail: string;
  tokens: string[];
  /** Whether the listed name starts with a capital: then the text must too (Lek vs lek). */
  capitalised: boolean;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** First normalised token → entries starting with it, longest first. */
  byFirstToken: Map<string, GazetteerEntry[]>;
}

const FILES: { file: string; kind: (soort: string) => PlaceKind }[] = [
  { file: 'infrastructuur.csv', kind: () => 'infrastructuur' },
  { file: 'landschappen-natuur.csv', kind: (s) => (s === 'water' ? 'water' : s === 'natuur' ? 'natuur' : 'landschap') },
  { file: 'wateren.csv', kind: () => 'water' },
  { file: 'streken.csv', kind: () => 'streek' },
  { file: 'gemeenten-2025.csv', kind: () => 'gemeente' },
  { file: 'voormalige-gemeenten.csv', kind: () => 'gemeente' },
  { file: 'provincies.csv', kind: () => 'provincie' },
];

export const GAZETTEER_DIR = fileURLToPath(new URL('../../data/reference/gazetteer/', import.meta.url));
/** Other names of municipalities (Den Bosch, Ljouwert): the list the name matching and the site search use too. */
export const NAME_VARIANTS_FILE = fileURLToPath(new URL('../../data/reference/naamvarianten.csv', import.meta.url));

/** Drops a CBS disambiguation suffix: "Bergen (NH.)" → "Bergen". */
function displayName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

export function buildGazetteer(lists: { name: string; kind: PlaceKind; detail: string }[]): Gazetteer {
  const rank = (k: PlaceKind) => PLACE_KINDS.indexOf(k);
  const byKey = new Map<string, GazetteerEntry>();
  for (const item of lists) {
    const name = displayName(item.name);
    const key = foldUnicodeWords(name);
    if (key === '') continue;
    const existing = byKey.get(key);
    if (existing && rank(existing.kind) <= rank(item.kind)) continue;
    byKey.set(key, { name, kind: item.kind, detail: item.detail, tokens: key.split(' '), capitalised: /^\p{Lu}/u.test(name) });
  }
  // Code-unit order, not a locale's: matching only depends on the lists per first token, and a
  // collator would load ICU's locale data in every command that classifies goals.
  const byName = (a: GazetteerEntry, b: GazetteerEntry) => compareStrings(a.name, b.name);
  const entries = [...byKey.values()].sort(byName);
  const byFirstToken = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    const first = entry.tokens[0];
    const list = byFirstToken.get(first) ?? [];
    list.push(entry);
    byFirstToken.set(first, list);
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || byName(a, b));
  return { entries, byFirstToken };
}

let cached: Gazetteer | null = null;

/** Loads the gazetteer from data/reference/gazetteer/ and the name variants once per process. */
export function loadGazetteer(dir: string = GAZETTEER_DIR, variantsFile: string = NAME_VARIANTS_FILE): Gazetteer {
  const standard = dir === GAZETTEER_DIR && variantsFile === NAME_VARIANTS_FILE;
  if (cached && standard) return cached;
  const lists: { name: string; kind: PlaceKind; detail: string }[] = [];
  for (const { file, kind } of FILES) {
    const rows = parse(readFileSync(dir + file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
    for (const row of rows) lists.push({ name: row.naam, kind: kind(row.soort), detail: row.soort });
  }
  const variants = parse(readFileSync(variantsFile, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  for (const row of variants) lists.push({ name: row.variant, kind: 'gemeente', detail: 'variant' });
  const gazetteer = buildGazetteer(lists);
  if (standard) cached = gazetteer;
  return gazetteer;
}
