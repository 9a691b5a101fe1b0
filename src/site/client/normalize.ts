/**
 * Search normalisation, shared by the build (index) and the browser (query): lower case, diacritics
 * removed (NFD + strip combining marks), every non-alphanumeric run becomes one space.
 * "Súdwest-Fryslân" → "sudwest fryslan"; "'s-Hertogenbosch" → "s hertogenbosch".
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

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
  /** Extra names that should also match (former municipality names), already normalised. */
  a?: string[];
}

/** Entries whose name (or alias) contains the query, prefix matches first, then alphabetical. */
export function searchEntries(entries: SearchEntry[], query: string, limit = 50): SearchEntry[] {
  const q = compactForSearch(query);
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of entries) {
    const names = [compactForSearch(e.n), ...(e.a ?? []).map((a) => a.replace(/ /g, ''))];
    let best = -1;
    for (const name of names) {
      const i = name.indexOf(q);
      if (i === 0) best = Math.max(best, 2);
      else if (i > 0) best = Math.max(best, 1);
    }
    if (best >= 0) scored.push({ e, score: best });
  }
  scored.sort((x, y) => y.score - x.score || x.e.n.localeCompare(y.e.n, 'nl'));
  return scored.slice(0, limit).map((s) => s.e);
}
