import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { REFERENCE_DIVISIONS, type ReferenceDivision } from '../model/reference.ts';
import { deriveMemberships, topologyAreas, type Area } from './derive.ts';
import { loadTopology, REFERENCE_DIR } from './index.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});

/** Every division gets the same regions, so one layout tests all seven. */
function divisions(regions: Area[]): Record<ReferenceDivision, Area[]> {
  return Object.fromEntries(REFERENCE_DIVISIONS.map((d) => [d, regions])) as Record<ReferenceDivision, Area[]>;
}

describe('deriveMemberships (synthetic)', () => {
  // Two municipalities side by side at lon 5–5.1 and 5.1–5.2; region West covers lon 5–5.1, East 5.1–5.2.
  const gemeenten: Area[] = [
    { code: 'GM0002', name: 'Oost', geometry: box(5.1, 52, 5.2, 52.1) },
    { code: 'GM0001', name: 'West', geometry: box(5, 52, 5.1, 52.1) },
  ];
  const regions: Area[] = [
    { code: 'R2', name: 'Oostregio', geometry: box(5.1, 52, 5.2, 52.1) },
    { code: 'R1', name: 'Westregio', geometry: box(5, 52, 5.1, 52.1) },
  ];

  it('assigns each municipality to the region containing its interior point, sorted by code', () => {
    const out = deriveMemberships(gemeenten, divisions(regions));
    expect(out.municipalities.map((m) => [m.code, m.regions.res, m.province])).toEqual([
      ['GM0001', 'R1', 'Westregio'],
      ['GM0002', 'R2', 'Oostregio'],
    ]);
    expect(out.regionNames.corop).toEqual({ R1: 'Westregio', R2: 'Oostregio' });
    // Interior point of a 0.1° square is its centre.
    expect(out.points.GM0001[0]).toBeCloseTo(5.05, 3);
  });

  it('fails loudly when a municipality lies in no region or in two', () => {
    const onlyWest = [regions[1]];
    expect(() => deriveMemberships(gemeenten, divisions(onlyWest))).toThrow(/GM0002 Oost: 0 regions/);
    const overlapping = [...regions, { code: 'R3', name: 'Alles', geometry: box(4.9, 51.9, 5.3, 52.2) }];
    expect(() => deriveMemberships(gemeenten, divisions(overlapping))).toThrow(/2 regions in 'provincie'.*\(R1, R3\)/);
  });

  it('fails when a region gets no municipality', () => {
    const extra = [...regions, { code: 'R9', name: 'Leeg', geometry: box(7, 53, 7.1, 53.1) }];
    expect(() => deriveMemberships(gemeenten, divisions(extra))).toThrow(/R9 Leeg: no municipality assigned/);
  });
});

describe('deriveMemberships (CBS 2025 polygons)', () => {
  it('reproduces the committed gemeenten.json and regios.json exactly', () => {
    const municipalities = topologyAreas(loadTopology('gemeente'), 'gemeente');
    const divs = Object.fromEntries(
      REFERENCE_DIVISIONS.map((d) => [d, topologyAreas(loadTopology(d), d)]),
    ) as Record<ReferenceDivision, Area[]>;
    const derived = deriveMemberships(municipalities, divs);
    expect(JSON.stringify(derived.municipalities, null, 2) + '\n').toBe(readFileSync(REFERENCE_DIR + 'gemeenten.json', 'utf8'));
    expect(JSON.stringify(derived.regionNames, null, 2) + '\n').toBe(readFileSync(REFERENCE_DIR + 'regios.json', 'utf8'));
  });
});
