import { foldToAsciiWords } from '../../text/normalise.ts';

/**
 * Search normalisation, shared by the build (index) and the browser (query): lower case, diacritics
 * removed (NFD + strip combining marks), every non-alphanumeric run becomes one space.
 * "Súdwest-Fryslân" → "sudwest fryslan"; "'s-Hertogenbosch" → "s hertogenbosch".
 */
export const normalizeForSearch = foldToAsciiWords;

/** Compact form without spaces, so "sudwest" and "sudwestfryslan" both match "sudwest fryslan". */
export function compactForSearch(text: string): string {
  return normalizeForSearch(text).replace(/ /g, '');
}

export interface SearchEntry {
  /** Display name. */
  n: string;
  /** Kind: "g" municipality, "s" cooperation. */
  k: 'g' | 's';
  /** URL path. */
  u: string;
  /** Short detail (province, agenda title). */
  d: string;
  /** Extra names that should also match (former municipality names). */
  a?: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  /** The former name that matched, when the match was not on the name itself. */
  via: string | null;
}

/** Entries whose name (or former name) contains the query: prefix matches first, then alphabetical. */
export function searchEntries(entries: SearchEntry[], query: string, limit = 50): SearchEntry[] {
  return searchHits(entries, query, limit).map((h) => h.entry);
}

export function searchHits(entries: SearchEntry[], query: string, limit = 50): SearchHit[] {
  const q = compactForSearch(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const e of entries) {
    const own = compactForSearch(e.n).indexOf(q);
    let score = own === 0 ? 2 : own > 0 ? 1 : -1;
    let via: string | null = null;
    if (score < 0) {
      for (const alias of e.a ?? []) {
        const i = compactForSearch(alias).indexOf(q);
        const s = i === 0 ? 2 : i > 0 ? 1 : -1;
        if (s > score) [score, via] = [s, alias];
      }
    }
    if (score >= 0) scored.push({ hit: { entry: e, via }, score });
  }
  scored.sort((x, y) => y.score - x.score || x.hit.entry.n.localeCompare(y.hit.entry.n, 'nl'));
  return scored.slice(0, limit).map((s) => s.hit);
}
