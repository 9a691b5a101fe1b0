/**
 * Network (Kaart 1): for every pair of municipalities, the number of cooperations (spatial or not)
 * both are a member of. Edges are pairs with shared ≥ threshold (a < b, sorted by a then b).
 * Communities: Louvain (graphology, weight = shared, seeded mulberry32 RNG) on the thresholded graph
 * over all reference municipalities; `pairs` lists every pair with shared ≥ 1 (for the Kaart 1 slider); isolated municipalities form their own community. Community ids
 * are renumbered 1..n in order of each community's smallest member code. Degree and strength
 * (sum of shared over a municipality's edges) are taken on the thresholded graph.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Dataset } from '../model/dataset.ts';
import type { Network, NetworkEdge, NetworkMunicipality } from './types.ts';
import { compareStrings, mulberry32, type AnalysisReference } from './util.ts';

// The package is CommonJS (module.exports = fn) while its typings declare an ES default export:
// at run time the default import is already the function, under the typings it is `.default`.
type Louvain = typeof louvainModule.default;
const louvain: Louvain =
  typeof louvainModule === 'function' ? (louvainModule as unknown as Louvain) : louvainModule.default;

export interface NetworkOptions {
  threshold: number;
  seed: number;
}

/** Pair counts in a flat upper-triangular table over `codes` (sorted), so 100× data stays cheap. */
function countPairs(dataset: Dataset, codes: string[]): Uint32Array {
  const index = new Map(codes.map((c, i) => [c, i]));
  const n = codes.length;
  const counts = new Uint32Array(n * n);
  for (const c of dataset.cooperations) {
    const members = [...new Set(c.municipalities)].map((code) => index.get(code)!).sort((x, y) => x - y);
    for (let i = 0; i < members.length; i++) {
      const row = members[i] * n;
      for (let j = i + 1; j < members.length; j++) counts[row + members[j]] += 1;
    }
  }
  return counts;
}

export function analyseNetwork(dataset: Dataset, ref: AnalysisReference, options: NetworkOptions): Network {
  const { threshold, seed } = options;
  const codeSet = new Set(ref.municipalities.map((m) => m.code));
  for (const c of dataset.cooperations) for (const code of c.municipalities) codeSet.add(code);
  const codes = [...codeSet].sort(compareStrings);
  const n = codes.length;
  const counts = countPairs(dataset, codes);

  const pairs: NetworkEdge[] = [];
  const edges: NetworkEdge[] = [];
  const pairCounts = new Map<number, number>();
  const degree = new Uint32Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const shared = counts[i * n + j];
      if (shared === 0) continue;
      pairCounts.set(shared, (pairCounts.get(shared) ?? 0) + 1);
      const pair = { a: codes[i], b: codes[j], shared };
      pairs.push(pair);
      if (shared < threshold) continue;
      edges.push(pair);
      degree[i] += 1;
      degree[j] += 1;
      strength[i] += shared;
      strength[j] += shared;
    }
  }

  const { communities, count, modularity } = detectCommunities(codes, edges, seed);
  const municipalities: NetworkMunicipality[] = codes.map((code, i) => ({ code, degree: degree[i], strength: strength[i] }));
  const pairCountsByShared: Record<string, number> = {};
  for (const shared of [...pairCounts.keys()].sort((x, y) => x - y)) pairCountsByShared[String(shared)] = pairCounts.get(shared)!;
  const sizes = new Map<number, number>();
  for (const id of Object.values(communities)) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  const multiMemberCommunities = [...sizes.values()].filter((size) => size >= 2).length;
  return { threshold, edges, pairs, communities, communityCount: count, multiMemberCommunities, modularity, municipalities, pairCountsByShared };
}

/** The weighted graph Louvain runs on: nodes by code, then edges by (a, b); null without edges. */
export function communityGraph(codes: readonly string[], edges: readonly NetworkEdge[]): UndirectedGraph | null {
  if (edges.length === 0) return null;
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const code of codes) graph.addNode(code);
  for (const e of edges) graph.addEdge(e.a, e.b, { weight: e.shared });
  return graph;
}

/**
 * Louvain with deterministic input order (nodes by code, edges by a,b) and a seeded RNG, then ids
 * renumbered by smallest member so the numbering does not depend on Louvain's internal labels.
 * Louvain only reads the graph, so runs at several resolutions can share one `graph`.
 */
export function detectCommunities(
  codes: string[],
  edges: NetworkEdge[],
  seed: number,
  resolution = 1,
  graph: UndirectedGraph | null = communityGraph(codes, edges),
): { communities: Record<string, number>; count: number; modularity: number | null } {
  const raw = new Map<string, string>();
  let modularity: number | null = null;
  if (graph) {
    const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed), resolution });
    modularity = result.modularity;
    for (const code of codes) {
      // Louvain also labels isolated nodes; give them a label of their own to be explicit.
      raw.set(code, graph.degree(code) === 0 ? `iso:${code}` : `c:${result.communities[code]}`);
    }
  } else {
    for (const code of codes) raw.set(code, `iso:${code}`);
  }
  // codes are sorted, so the first time a label is seen is at its smallest member.
  const renumber = new Map<string, number>();
  const communities: Record<string, number> = {};
  for (const code of codes) {
    const label = raw.get(code)!;
    if (!renumber.has(label)) renumber.set(label, renumber.size + 1);
    communities[code] = renumber.get(label)!;
  }
  return { communities, count: renumber.size, modularity };
}
