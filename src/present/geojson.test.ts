import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { loadTopology } from '../reference/index.ts';
import { COORDINATE_DECIMALS, cooperationsGeoJson, geoJsonText, municipalitiesGeoJson, rewind, validArea } from './geojson.ts';
import { createLookup } from './lookup.ts';
import { fixtureSite } from '../../test/fixtures/site/fixture.ts';
import { geosInvalid } from '../../test/geos.ts';

/** Shoelace in lon/lat: positive = counter-clockwise. */
function area(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

const polygons = (g: Geometry | null): Position[][][] => (g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : []);
const collection = (geometry: Geometry): FeatureCollection => ({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'x', properties: {}, geometry }] });

describe('rewind(geometry) — RFC 7946 §3.1.6 winding', () => {
  it('makes exterior rings counter-clockwise and holes clockwise, rounding to 5 decimals', () => {
    // Clockwise 2×2 square (area −4) with a counter-clockwise 1×1 hole (area +1).
    const cw = [[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]];
    const ccwHole = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]];
    const out = rewind({ type: 'Polygon', coordinates: [cw, ccwHole] });
    if (out.type !== 'Polygon') throw new Error('type');
    expect(area(out.coordinates[0])).toBe(4);
    expect(area(out.coordinates[1])).toBe(-1);
    expect(rewind({ type: 'Polygon', coordinates: [[[0.12345678, 0], [1, 0], [1, 1], [0.12345678, 0]]] }).coordinates[0][0]).toEqual([0.12346, 0]);
  });
});

describe('validArea(geometry): valid by GEOS after dissolving', () => {
  // Two 0.01° squares meeting in one corner (5.01, 52.01), dissolved into one ring that passes
  // through that corner twice: GEOS calls it "Ring Self-intersection". Valid form: two polygons
  // touching in a point, together 2 × 0.0001 square degrees.
  const [x0, x1, x2, y0, y1, y2] = [5, 5.01, 5.02, 52, 52.01, 52.02];
  const figureEight = { type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1], [x0, y1], [x0, y0]]] };

  it('repairs a ring that touches itself into parts GEOS accepts, keeping the area', async () => {
    expect((await geosInvalid(collection(figureEight))).map((i) => i.reason)).toEqual([expect.stringMatching(/Self-intersection/)]);
    const fixed = validArea(figureEight)!;
    expect(await geosInvalid(collection(fixed))).toEqual([]);
    const total = polygons(fixed).reduce((s, poly) => s + area(poly[0]), 0);
    expect(total).toBeCloseTo(0.0002, 10);
    for (const poly of polygons(fixed)) expect(area(poly[0])).toBeGreaterThan(0);
  });

  it('drops a ring collapsed to a line and keeps a valid one as it was (rounded)', async () => {
    const sliver = [[x0, y0], [x1, y0], [x0, y0], [x0, y0]];
    const square = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    const fixed = validArea({ type: 'MultiPolygon', coordinates: [[square], [sliver]] })!;
    expect(await geosInvalid(collection(fixed))).toEqual([]);
    expect(polygons(fixed)).toHaveLength(1);
    expect(validArea({ type: 'Polygon', coordinates: [square] })).toEqual({ type: 'Polygon', coordinates: [square] });
  });
});

describe('GeoJSON downloads from the CBS 2025 topology', () => {
  const topology = loadTopology('gemeente');
  const l = createLookup(fixtureSite);

  it('municipalitiesGeoJson: 342 features sorted by code, WGS84 inside the Netherlands, CCW exteriors, 0 invalid by GEOS', async () => {
    const fc = municipalitiesGeoJson(topology, l);
    expect(fc.features).toHaveLength(342);
    const codes = fc.features.map((f) => f.id as string);
    expect(codes).toEqual([...codes].sort());
    const sudwest = fc.features.find((f) => f.id === 'GM1900')!;
    expect(sudwest.properties).toMatchObject({ code: 'GM1900', naam: 'Súdwest-Fryslân', ruimtelijke_agendas: 1, witte_vlek: false });
    for (const f of fc.features) {
      expect(polygons(f.geometry).length, String(f.id)).toBeGreaterThan(0);
      for (const poly of polygons(f.geometry)) {
        expect(area(poly[0])).toBeGreaterThan(0);
        for (const [lon, lat] of poly[0]) {
          expect(lon).toBeGreaterThan(3);
          expect(lon).toBeLessThan(7.3);
          expect(lat).toBeGreaterThan(50.7);
          expect(lat).toBeLessThan(53.7);
        }
      }
    }
    // GM1676 (Noord-Beveland) has a self-touching ring in the source; after repair GEOS finds none.
    expect(await geosInvalid(fc)).toEqual([]);
  });

  it('cooperationsGeoJson: one feature per cooperation, the merged member area', () => {
    const fc = cooperationsGeoJson(topology, l);
    expect(fc.features.map((f) => f.id).sort()).toEqual(['fryslan-west', 'veiligheid-fryslan', 'xss-test', 'zuidoost']);
    const west = fc.features.find((f) => f.id === 'fryslan-west')!;
    expect(west.properties).toMatchObject({ naam: 'Samenwerking Fryslân-West', gemeenten: ['GM0072', 'GM1900', 'GM1949'], ruimtelijk: true });
    expect(west.geometry?.type).toBe('MultiPolygon');
  });

  it('geoJsonText writes every coordinate with exactly five decimals and is the same collection', () => {
    const fc = municipalitiesGeoJson(topology, l);
    const text = geoJsonText(fc);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(fc)));
    const numbers = [...text.matchAll(/\[(-?[\d.]+),(-?[\d.]+)\]/g)].flatMap((m) => [m[1], m[2]]);
    expect(numbers.length).toBeGreaterThan(10_000);
    const decimals = new Set(numbers.map((n) => n.split('.')[1]?.length ?? 0));
    expect([...decimals]).toEqual([COORDINATE_DECIMALS]);
  });
});
