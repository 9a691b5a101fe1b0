import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { loadTopology } from '../reference/index.ts';
import { cooperationsGeoJson, municipalitiesGeoJson, rewind } from './geojson.ts';
import { createLookup } from './lookup.ts';
import { fixtureSite } from '../../test/fixtures/site/fixture.ts';

/** Shoelace in lon/lat: positive = counter-clockwise. */
function area(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

describe('rewind(geometry) — RFC 7946 §3.1.6 winding', () => {
  it('makes exterior rings counter-clockwise and holes clockwise, rounding to 6 decimals', () => {
    // Clockwise 2×2 square (area −4) with a counter-clockwise 1×1 hole (area +1).
    const cw = [[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]];
    const ccwHole = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]];
    const out = rewind({ type: 'Polygon', coordinates: [cw, ccwHole] });
    if (out.type !== 'Polygon') throw new Error('type');
    expect(area(out.coordinates[0])).toBe(4);
    expect(area(out.coordinates[1])).toBe(-1);
    expect(rewind({ type: 'Polygon', coordinates: [[[0.12345678, 0], [1, 0], [1, 1], [0.12345678, 0]]] }).coordinates[0][0]).toEqual([0.123457, 0]);
  });
});

describe('GeoJSON downloads from the CBS 2025 topology', () => {
  const topology = loadTopology('gemeente');
  const l = createLookup(fixtureSite);

  it('municipalitiesGeoJson: 342 features sorted by code, WGS84 lon/lat inside the Netherlands, CCW exteriors', () => {
    const fc = municipalitiesGeoJson(topology, l);
    expect(fc.features).toHaveLength(342);
    const codes = fc.features.map((f) => f.id as string);
    expect(codes).toEqual([...codes].sort());
    const sudwest = fc.features.find((f) => f.id === 'GM1900')!;
    expect(sudwest.properties).toMatchObject({ code: 'GM1900', naam: 'Súdwest-Fryslân', ruimtelijke_agendas: 1, witte_vlek: false });
    for (const f of fc.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const poly of polys) {
        expect(area(poly[0])).toBeGreaterThan(0);
        for (const [lon, lat] of poly[0]) {
          expect(lon).toBeGreaterThan(3);
          expect(lon).toBeLessThan(7.3);
          expect(lat).toBeGreaterThan(50.7);
          expect(lat).toBeLessThan(53.7);
        }
      }
    }
  });

  it('cooperationsGeoJson: one feature per cooperation, the merged member area', () => {
    const fc = cooperationsGeoJson(topology, l);
    expect(fc.features.map((f) => f.id).sort()).toEqual(['fryslan-west', 'veiligheid-fryslan', 'xss-test', 'zuidoost']);
    const west = fc.features.find((f) => f.id === 'fryslan-west')!;
    expect(west.properties).toMatchObject({ naam: 'Samenwerking Fryslân-West', gemeenten: ['GM0072', 'GM1900', 'GM1949'], ruimtelijk: true });
    expect(west.geometry?.type).toBe('MultiPolygon');
  });
});
