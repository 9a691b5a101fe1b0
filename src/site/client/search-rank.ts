/**
 * Search ranking, shared by the build (index) and the browser (query). Names and queries are folded
 * with model/normalise.ts: names to ASCII words (foldToAsciiWords), queries without spaces
 * (foldCompact), so "sudwest" and "sudwestfryslan" both match "Súdwest-Fryslân".
 */
import { distance } from 'fastest-levenshtein';
import { foldCompact, foldToAsciiWords } from '../../model/normalise.ts';

export interface SearchEntry {
  /** Display name. */
  n: string;
  /** Kind: "g" municipality, "s" cooperation. */
  k: 'g' | 's';
  /** URL path. */
  u: string;
  /** Short detail (province, agenda title). */
  d: string;
  /** Former municipality names (merged into this one) that should also match. */
  a?: string[];
  /** Other current names that should also match (Den Bosch, Ljouwert; data/reference/naamvarianten.csv). */
  v?: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  /** The other name that matched, when the match was not on the name itself. */
  via: string | null;
  /** Whether `via` is a former name (merged municipality) or another current name. */
  viaKind: 'former' | 'variant' | null;
  /** True when the match needed typo tolerance (no name contains the query as typed). */
  approximate: boolean;
}

/**
 * How well one name matches the query, higher is better (0 = no match):
 *   6 the whole name equals the query ("Ede" for "ede"),
 *   5 the name starts with the query,
 *   4 a word of the name starts with the query ("bosch" in "Den Bosch"),
 *   3 the name contains the query inside a word (only for queries of 4+ characters, so "ede" does
 *     not hit every name with "ede" inside),
 *   1 typo tolerance: some word-start of the name is within `maxTypos` edits of the query (compared
 *     with the name's next |q|−1 … |q|+1 characters, so "amsterdm" matches "Amsterdam" and
 *     "hellendorn" matches "Hellendoorn").
 * Equal ranks are ordered by fewer typos, then municipalities before cooperations, then by name.
 */
export function nameRank(name: string, q: string): { rank: number; typos: number } {
  const words = foldToAsciiWords(name).split(' ').filter(Boolean);
  const compact = words.join('');
  if (compact === q) return { rank: 6, typos: 0 };
  if (compact.startsWith(q)) return { rank: 5, typos: 0 };
  const starts = words.map((_, i) => words.slice(i).join(''));
  if (starts.some((s) => s.startsWith(q))) return { rank: 4, typos: 0 };
  if (q.length >= 4 && compact.includes(q)) return { rank: 3, typos: 0 };
  const allowed = maxTypos(q);
  if (allowed === 0) return { rank: 0, typos: 0 };
  let best = allowed + 1;
  for (const s of starts) {
    for (let len = q.length - 1; len <= q.length + 1; len++) best = Math.min(best, distance(q, s.slice(0, len)));
  }
  return best <= allowed ? { rank: 1, typos: best } : { rank: 0, typos: 0 };
}

/** Typos tolerated: none up to 4 characters (too many short names are one edit apart), 1 up to 7, then 2. */
export function maxTypos(q: string): number {
  return q.length <= 4 ? 0 : q.length <= 7 ? 1 : 2;
}

export function searchHits(entries: SearchEntry[], query: string, limit = 50): SearchHit[] {
  const q = foldCompact(query);
  if (!q) return [];
  const scored: { hit: SearchHit; rank: number; typos: number }[] = [];
  for (const e of entries) {
    let best = { ...nameRank(e.n, q), via: null as string | null, viaKind: null as SearchHit['viaKind'] };
    const others: [string, 'former' | 'variant'][] = [...(e.v ?? []).map((n) => [n, 'variant'] as [string, 'variant']), ...(e.a ?? []).map((n) => [n, 'former'] as [string, 'former'])];
    for (const [alias, kind] of others) {
      const r = nameRank(alias, q);
      if (r.rank > best.rank || (r.rank === best.rank && r.rank > 0 && r.typos < best.typos)) best = { ...r, via: alias, viaKind: kind };
    }
    if (best.rank > 0) scored.push({ hit: { entry: e, via: best.via, viaKind: best.viaKind, approximate: best.rank === 1 }, rank: best.rank, typos: best.typos });
  }
  scored.sort(
    (x, y) =>
      y.rank - x.rank ||
      x.typos - y.typos ||
      (x.hit.entry.k === y.hit.entry.k ? 0 : x.hit.entry.k === 'g' ? -1 : 1) ||
      x.hit.entry.n.localeCompare(y.hit.entry.n, 'nl') ||
      x.hit.entry.u.localeCompare(y.hit.entry.u),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}

/** The entries of `searchHits`, in the same order. */
export function searchEntries(entries: SearchEntry[], query: string, limit = 50): SearchEntry[] {
  return searchHits(entries, query, limit).map((h) => h.entry);
}
