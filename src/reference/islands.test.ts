import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { islandMunicipalities } from './islands.ts';
import { loadReference } from './index.ts';

// GM0002 and GM0001 are squares sharing one edge (arc 1, walked the other way by GM0001);
// GM0004 and GM0003 stand alone, listed out of code order.
const topology: Topology = {
  type: 'Topology',
  arcs: [
    [[0, 0], [1, 0]],
    [[1, 0], [1, 1]],
    [[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]],
    [[1, 1], [0, 1], [0, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1]],
    [[8, 8], [9, 8], [9, 9], [8, 8]],
  ],
  objects: {
    gemeente: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'GM0002', arcs: [[0, 1, 3]] },
        { type: 'Polygon', id: 'GM0004', arcs: [[5]] },
        { type: 'Polygon', id: 'GM0001', arcs: [[4, ~1]] },
        { type: 'Polygon', id: 'GM0003', arcs: [[2]] },
      ],
    },
  },
};

describe('islandMunicipalities', () => {
  it('gives the municipalities that share no boundary with another, sorted by code', () => {
    expect(islandMunicipalities(topology, 'gemeente')).toEqual(['GM0003', 'GM0004']);
  });

  it('names the five Wadden islands in the 2025 boundaries (Ameland, Schiermonnikoog, Terschelling, Vlieland, Texel)', () => {
    expect([...(loadReference().islands ?? [])]).toEqual(['GM0060', 'GM0088', 'GM0093', 'GM0096', 'GM0448']);
  });
});
