import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { interiorPoint, polylabel, signedDistance } from './interior-point.ts';

describe('signedDistance', () => {
  const square = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
  it('is positive inside, negative outside, by the distance to the nearest edge', () => {
    // (1, 2): nearest edge x = 0 at distance 1. (6, 2): nearest edge x = 4 at distance 2.
    expect(signedDistance(1, 2, square)).toBeCloseTo(1, 12);
    expect(signedDistance(6, 2, square)).toBeCloseTo(-2, 12);
  });
});

describe('polylabel', () => {
  it('finds the centre of a square', () => {
    // Square 0..4: the centre (2, 2) is 2 from every edge.
    const [x, y, d] = polylabel([[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]], 0.001);
    expect(x).toBeCloseTo(2, 2);
    expect(y).toBeCloseTo(2, 2);
    expect(d).toBeCloseTo(2, 2);
  });

  it('stays inside a U shape whose centroid lies outside', () => {
    // U of width 6, height 6, with a 2-wide notch from the top down to y = 2.
    // Centroid ≈ (3, 2.6) lies in the notch; the deepest point is in a 2-thick arm (depth 1).
    const u = [[[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0]]];
    const [x, y, d] = polylabel(u, 0.001);
    expect(signedDistance(x, y, u)).toBeGreaterThan(0);
    expect(d).toBeGreaterThanOrEqual(0.99);
    expect(booleanPointInPolygon([x, y], { type: 'Polygon', coordinates: u })).toBe(true);
  });
});

describe('interiorPoint', () => {
  it('picks the part of a multipolygon where the point lies deepest', () => {
    // A tiny island (0.01°) and a larger one (0.1°): the point must be on the larger one.
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[5, 52], [5.01, 52], [5.01, 52.01], [5, 52.01], [5, 52]]],
        [[[6, 52], [6.1, 52], [6.1, 52.1], [6, 52.1], [6, 52]]],
      ],
    };
    const { point } = interiorPoint(g);
    expect(point[0]).toBeGreaterThan(6);
    expect(booleanPointInPolygon(point, g)).toBe(true);
  });

  it('avoids a hole', () => {
    // Square 0..1 with a hole 0.3..0.7 around the centre: the centre itself is not allowed.
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[5, 52], [6, 52], [6, 53], [5, 53], [5, 52]],
        [[5.3, 52.3], [5.3, 52.7], [5.7, 52.7], [5.7, 52.3], [5.3, 52.3]],
      ],
    };
    const { point } = interiorPoint(g);
    expect(booleanPointInPolygon(point, g)).toBe(true);
  });
});
