import { describe, expect, it } from 'vitest';
import { communityNames } from './lookup.ts';

describe('communityNames', () => {
  const name = (c: string) => ({ A: 'Almelo', B: 'Borne', C: 'Culemborg', D: 'Delft', E: 'Ede' })[c] ?? c;
  it('names each community of ≥ 2 after its most populous member; ties by lines; singletons unnamed', () => {
    const communities = { A: 1, B: 1, C: 2, D: 3, E: 3 };
    const population = new Map([['A', 10], ['B', 20], ['C', 99], ['D', 5], ['E', 5]]);
    const degree = new Map([['D', 1], ['E', 3]]);
    // 1: Borne (20 > 10); 2: Culemborg alone → none; 3: Delft and Ede tie on 5 → Ede has 3 lines.
    expect(communityNames(communities, name, population, degree)).toEqual({ '1': 'Cluster Borne', '3': 'Cluster Ede' });
  });
  it('without population: the member with most lines, then the name', () => {
    expect(communityNames({ A: 1, B: 1, D: 2, E: 2 }, name, undefined, new Map([['A', 1], ['B', 4]]))).toEqual({ '1': 'Cluster Borne', '2': 'Cluster Delft' });
  });
});
