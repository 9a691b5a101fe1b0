import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { bestMatch, compareMatches, overlappingAgendas, spatialAgendas, type SpatialAgenda } from './match.ts';
import { analyseOverlap } from './overlap.ts';
import { analyseNational } from './national.ts';
import { coop, tinyDataset, tinyReference } from './__fixtures__/tiny.ts';

const set = (...n: number[]) => new Set(n.map((i) => `GM${String(i).padStart(4, '0')}`));
const codes = (...n: number[]) => [...set(...n)];

describe('one best match', () => {
  // Region {1..4}. Agenda "a" = {1,2}: ∩ 2, ∪ 4 → Jaccard 0.5, containmentOfRegion 2/4 = 0.5.
  // Agenda "b" = {1..8}: ∩ 4, ∪ 8 → Jaccard 0.5, containmentOfRegion 4/4 = 1. Equal Jaccard, so the
  // agenda holding more of the region wins: "b", although "a" has the smaller id.
  const agendas: SpatialAgenda[] = [
    { id: 'a', members: set(1, 2), themes: [] },
    { id: 'b', members: set(1, 2, 3, 4, 5, 6, 7, 8), themes: [] },
  ];

  it('breaks a Jaccard tie by containment of the region, not by id', () => {
    expect(bestMatch(codes(1, 2, 3, 4), agendas)).toEqual({ cooperationId: 'b', shared: 4, agendaMunicipalities: 8, jaccard: 0.5, containmentOfRegion: 1, containmentOfAgenda: 0.5 });
    expect(overlappingAgendas(codes(1, 2, 3, 4), agendas).map((m) => m.cooperationId)).toEqual(['b', 'a']);
  });

  it('breaks a full tie by the smaller id', () => {
    // Region {1,2}; "x" = {1,2,3} and "w" = {1,2,4}: both ∩ 2, ∪ 3, containment 1 → "w" < "x".
    const twins: SpatialAgenda[] = [
      { id: 'x', members: set(1, 2, 3), themes: [] },
      { id: 'w', members: set(1, 2, 4), themes: [] },
    ];
    expect(bestMatch(codes(1, 2), twins)?.cooperationId).toBe('w');
    const m = { shared: 2, agendaMunicipalities: 3, jaccard: 0.5, containmentOfRegion: 1, containmentOfAgenda: 1 };
    expect(compareMatches({ cooperationId: 'w', ...m }, { cooperationId: 'x', ...m })).toBeLessThan(0);
  });

  it('gives the overlap section and the national section the same agenda', () => {
    const base = tinyDataset();
    const dataset: Dataset = {
      ...base,
      cooperations: [coop({ id: 'a', municipalities: codes(1, 2) }), coop({ id: 'b', municipalities: codes(1, 2, 3, 4, 5, 6, 7, 8) })],
      nationalRegions: [{ division: 'NOVEX', id: 'R', name: 'Regio', municipalities: codes(1, 2, 3, 4), attribute: null, category: null, source: null, extra: {} }],
    };
    // The tie of the first test: both sections (and so the guide and the division pages) pick "b".
    const overlap = analyseOverlap(dataset, tinyReference, { foundBack: 0.5 });
    const national = analyseNational({ dataset, ref: tinyReference, overlap }, { foundBack: 0.5 });
    expect(overlap.divisions.NOVEX.regions[0].bestMatch?.cooperationId).toBe('b');
    expect(national.regions[0].agendas[0].cooperationId).toBe('b');
    expect(spatialAgendas(dataset).map((a) => a.id)).toEqual(['a', 'b']);
  });
});
