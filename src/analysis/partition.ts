/**
 * Agreement between two partitions of the same items (adjusted Rand index, Hubert & Arabie 1985).
 * With n_ij the contingency table, a_i and b_j its row and column sums and C(x) = x(x−1)/2:
 *   index = Σ C(n_ij), expected = Σ C(a_i) · Σ C(b_j) / C(n), max = (Σ C(a_i) + Σ C(b_j)) / 2,
 *   ARI = (index − expected) / (max − expected).
 * 1 = identical partitions, ≈ 0 = no more agreement than chance. Only items in both partitions count.
 */

const pairs = (x: number) => (x * (x - 1)) / 2;

export interface PartitionAgreement {
  /** Items assigned in both partitions (the denominator). */
  items: number;
  groupsA: number;
  groupsB: number;
  /** null when fewer than two common items, or both partitions are a single group or all singletons. */
  adjustedRandIndex: number | null;
}

export function comparePartitions(a: ReadonlyMap<string, string | number>, b: ReadonlyMap<string, string | number>): PartitionAgreement {
  const cells = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  let n = 0;
  for (const [item, ga] of a) {
    const gb = b.get(item);
    if (gb === undefined) continue;
    n++;
    const key = `${ga}\u0000${gb}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(ga, (rows.get(ga) ?? 0) + 1);
    cols.set(gb, (cols.get(gb) ?? 0) + 1);
  }
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, x) => s + pairs(x), 0);
  const index = sum(cells);
  const sa = sum(rows);
  const sb = sum(cols);
  const expected = n < 2 ? 0 : (sa * sb) / pairs(n);
  const max = (sa + sb) / 2;
  const ari = n < 2 || max === expected ? null : (index - expected) / (max - expected);
  return { items: n, groupsA: rows.size, groupsB: cols.size, adjustedRandIndex: ari };
}
