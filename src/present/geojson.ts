/**
 * GeoJSON downloads (RFC 7946): municipalities and cooperations (the dissolved area of their member
 * municipalities) in WGS84 lon/lat, every geometry valid by the OGC Simple Features rules that GEOS
 * and JTS check, and every coordinate written with the same precision.
 *
 * - Precision: COORDINATE_DECIMALS (5) decimals, about 1 m. The CBS boundaries are generalised to a
 *   grid of about 0.001° (70–110 m), so nothing real is lost; every number is written with exactly
 *   five decimals ("3.91400"), so no coordinate claims more or less precision than another.
 * - Validity: the boundaries come from a planar topology (shared arcs), so dissolving members
 *   (topojson `merge`) can only go wrong in two ways: a ring that touches itself at a vertex (two
 *   members meeting in one point, "Ring Self-intersection") or a ring that collapses to fewer than four
 *   points ("Too few points"); the source itself has one such municipality ring. Those geometries are
 *   repaired by JTS (jsts GeometryPrecisionReducer: snap to the same grid, then buffer(0), which
 *   rebuilds the rings from the area they enclose); all others only get rounded.
 * - Winding: exteriors counter-clockwise, holes clockwise (RFC 7946 §3.1.6).
 */
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import PrecisionModel from 'jsts/org/locationtech/jts/geom/PrecisionModel.js';
import GeometryPrecisionReducer from 'jsts/org/locationtech/jts/precision/GeometryPrecisionReducer.js';
import type { SiteLookup } from './lookup.ts';

type Area = Polygon | MultiPolygon;

export const COORDINATE_DECIMALS = 5;
const SCALE = 10 ** COORDINATE_DECIMALS;

const snap = (v: number): number => Math.round(v * SCALE) / SCALE;

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2; // positive = counter-clockwise in lon/lat
}

const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** A ring on the coordinate grid, without repeated consecutive positions. */
function snapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [snap(p[0]), snap(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * Coordinates on the grid, exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
 * A ring left with fewer than four positions encloses no area and is dropped (with its polygon when
 * it is the exterior).
 */
export function rewind(geometry: Area): Area {
  const polys = polygonsOf(geometry)
    .map((poly) => poly.map(snapRing))
    .filter((poly) => poly[0].length >= 4)
    .map((poly) => poly.filter((ring) => ring.length >= 4).map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? ring : ring.reverse())));
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polys[0] ?? [] } : { type: 'MultiPolygon', coordinates: polys };
}

/** Whether a ring (closed, on the grid) passes through one vertex twice. */
function touchesItself(ring: Position[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < ring.length - 1; i++) {
    const key = `${ring[i][0]},${ring[i][1]}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

const factory = new GeometryFactory();
const reader = new GeoJSONReader(factory);
const writer = new GeoJSONWriter();
const grid = new PrecisionModel(SCALE);

/** JTS's repair: snap to the grid, and rebuild the rings from the enclosed area where that is invalid. */
function repair(geometry: Area): Area | null {
  const fixed = writer.write(GeometryPrecisionReducer.reduce(reader.read(geometry), grid)) as Area | { type: string; coordinates: unknown[] };
  if ((fixed.type !== 'Polygon' && fixed.type !== 'MultiPolygon') || fixed.coordinates.length === 0) return null;
  return fixed as Area;
}

/** A valid geometry on the grid with RFC 7946 winding; null when nothing with an area is left. */
export function validArea(geometry: Area): Area | null {
  const snapped = rewind(geometry);
  if (polygonsOf(snapped).length === 0) return null;
  if (!polygonsOf(snapped).some((poly) => poly.some(touchesItself))) return snapped;
  const fixed = repair(snapped);
  return fixed && rewind(fixed);
}

/**
 * The collection as text, every coordinate with exactly COORDINATE_DECIMALS decimals (JSON.stringify
 * would write 3.914 next to 51.62869).
 */
export function geoJsonText(collection: FeatureCollection<Area | null>): string {
  const rings: string[] = [];
  const ring = (r: Position[]) => `[${r.map((p) => `[${p[0].toFixed(COORDINATE_DECIMALS)},${p[1].toFixed(COORDINATE_DECIMALS)}]`).join(',')}]`;
  const coordinates = (g: Area) => (g.type === 'Polygon' ? `[${g.coordinates.map(ring).join(',')}]` : `[${g.coordinates.map((poly) => `[${poly.map(ring).join(',')}]`).join(',')}]`);
  const json = JSON.stringify(collection, function (this: unknown, key, value) {
    if (key === 'geometry' && value) {
      rings.push(coordinates(value as Area));
      return { type: (value as Area).type, coordinates: `\u0000${rings.length - 1}` };
    }
    return value;
  });
  return json.replace(/"\\u0000(\d+)"/g, (_, i: string) => rings[Number(i)]);
}

function layer(topology: Topology): GeometryCollection {
  const name = Object.keys(topology.objects).sort()[0];
  return topology.objects[name] as GeometryCollection;
}

function codeOf(g: GeometryObject): string {
  const props = (g.properties ?? {}) as Record<string, unknown>;
  return String(g.id ?? props.statcode ?? '');
}

export function municipalitiesGeoJson(topology: Topology, l: SiteLookup): FeatureCollection<Area | null> {
  const geoms = [...layer(topology).geometries].sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const coverage = new Map(l.input.analysis.coverage.municipalities.map((m) => [m.code, m]));
  const features: Feature<Area | null>[] = geoms.map((g) => {
    const code = codeOf(g);
    const f = feature(topology, g) as Feature<Area>;
    const cov = coverage.get(code);
    return {
      type: 'Feature',
      id: code,
      properties: {
        code,
        naam: l.municipalityName(code),
        provincie: l.municipality(code)?.province ?? null,
        ruimtelijke_agendas: cov?.spatialCooperations ?? 0,
        samenwerkingsverbanden: cov?.allCooperations ?? 0,
        witte_vlek: l.whiteSpotSet.has(code),
      },
      geometry: validArea(f.geometry),
    };
  });
  return { type: 'FeatureCollection', features };
}

export function cooperationsGeoJson(topology: Topology, l: SiteLookup): FeatureCollection<Area | null> {
  const byCode = new Map(layer(topology).geometries.map((g) => [codeOf(g), g]));
  // Many cooperations share one member set (a safety region, its GGD, its RES): dissolve each set once.
  const areas = new Map<string, Area | null>();
  const areaOf = (codes: readonly string[]): Area | null => {
    const parts = codes.map((code) => byCode.get(code)).filter((g): g is GeometryObject => !!g);
    const key = parts.map(codeOf).sort().join(' ');
    if (!areas.has(key)) areas.set(key, parts.length ? validArea(merge(topology, parts as never) as MultiPolygon) : null);
    return areas.get(key)!;
  };
  const features: Feature<Area | null>[] = l.cooperations.map((c) => ({
    type: 'Feature',
    id: c.id,
    properties: {
      id: c.id,
      naam: c.name,
      agenda_titel: c.agendaTitle,
      agenda_jaar: c.agendaYear,
      rechtsvorm: c.legalForm,
      ruimtelijk: c.spatial,
      themas: c.themes,
      typologie: l.typologyOf(c.id)?.typology ?? null,
      gemeenten: c.municipalities,
    },
    geometry: areaOf(c.municipalities),
  }));
  return { type: 'FeatureCollection', features };
}
