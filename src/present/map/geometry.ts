/**
 * Map geometry in RD New: a CBS TopoJSON layer (WGS84, quantized) is rewritten once into an
 * unquantized topology whose arc points are RD metres (every arc point projected exactly once),
 * cached per topology object. Features, meshes (shared borders) and merges (dissolved outlines)
 * are then taken from that RD topology, so borders from mesh/merge coincide with the areas.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { feature, merge, mesh, transform } from 'topojson-client';
import { neighbourCodes } from '../../reference/islands.ts';
import { toRD } from './rd.ts';
import { interiorPoint, ringArea } from './interior.ts';

export type AreaGeometry = Polygon | MultiPolygon;

export interface AreaFeature extends Feature<AreaGeometry, { code: string; name: string }> {
  id: string;
}

/** One layer (e.g. gemeente) projected to RD New, with what the map renderers need per area. */
export interface MapGeometry {
  /** The RD topology (no transform; coordinates in metres). */
  topology: Topology;
  objectName: string;
  /** Area codes in topology order. */
  codes: string[];
  byCode: Map<string, AreaFeature>;
  /** An interior point per code (inside the largest part), RD metres. Lines and markers attach here. */
  interior: Map<string, [number, number]>;
  /** Bounding box per code [minX, minY, maxX, maxY] in RD metres. */
  bbox: Map<string, [number, number, number, number]>;
  /** Codes of the areas that share a border with each code (sorted). */
  neighbours: Map<string, string[]>;
  /** All areas, for fitting the projection to the whole country. */
  collection: FeatureCollection<AreaGeometry, { code: string; name: string }>;
}

const cache = new WeakMap<Topology, MapGeometry>();

/** Project a (WGS84) TopoJSON layer to RD New. Cached per topology object; the input is not modified. */
export function geometryFromTopology(source: Topology, objectName?: string): MapGeometry {
  const hit = cache.get(source);
  if (hit && (objectName === undefined || hit.objectName === objectName)) return hit;
  const name = objectName ?? Object.keys(source.objects)[0];
  const decode = transform(source.transform ?? null);
  const arcs = source.arcs.map((arc) =>
    arc.map((p, i) => {
      const [lon, lat] = decode(p, i as unknown as boolean);
      return toRD([lon, lat]);
    }),
  );
  const topology: Topology = { type: 'Topology', objects: source.objects, arcs };
  const object = topology.objects[name] as GeometryCollection<{ statcode?: string; statnaam?: string }>;
  const geometries = object.geometries;
  const codes: string[] = [];
  const byCode = new Map<string, AreaFeature>();
  const interior = new Map<string, [number, number]>();
  const bbox = new Map<string, [number, number, number, number]>();
  const features: AreaFeature[] = [];
  for (const g of geometries) {
    const props = (g.properties ?? {}) as { statcode?: string; statnaam?: string };
    const code = String(g.id ?? props.statcode ?? '');
    const f = feature(topology, g as GeometryObject) as Feature<AreaGeometry>;
    const area: AreaFeature = {
      type: 'Feature',
      id: code,
      properties: { code, name: String(props.statnaam ?? code) },
      geometry: f.geometry,
    };
    codes.push(code);
    byCode.set(code, area);
    features.push(area);
    interior.set(code, interiorPoint(area.geometry));
    bbox.set(code, boundsOf(area.geometry));
  }
  const result: MapGeometry = {
    topology,
    objectName: name,
    codes,
    byCode,
    interior,
    bbox,
    neighbours: neighbourCodes(geometries as GeometryObject[], codes),
    collection: { type: 'FeatureCollection', features },
  };
  cache.set(source, result);
  return result;
}

function geometryObjects(geo: MapGeometry): GeometryObject[] {
  return (geo.topology.objects[geo.objectName] as GeometryCollection).geometries as GeometryObject[];
}

function codeOf(g: GeometryObject): string {
  return String(g.id ?? (g.properties as { statcode?: string } | undefined)?.statcode ?? '');
}

/**
 * Borders between two areas for which `keep(codeA, codeB)` holds (each shared border once).
 * With `outer` true the outside border (coast, national border) is included too.
 */
export function borders(
  geo: MapGeometry,
  keep: (a: string, b: string) => boolean = () => true,
  outer = false,
): MultiLineString {
  const object = geo.topology.objects[geo.objectName] as GeometryObject;
  return mesh(geo.topology, object, (a, b) => (a === b ? outer : keep(codeOf(a), codeOf(b))));
}

/** The outside border of the layer (coastline and national border). */
export function outline(geo: MapGeometry): MultiLineString {
  const object = geo.topology.objects[geo.objectName] as GeometryObject;
  return mesh(geo.topology, object, (a, b) => a === b);
}

/**
 * Recently dissolved outlines per layer, keyed by the set of areas: the locator map on every
 * municipality page dissolves the whole country, and a region's outline is drawn on several maps.
 * Bounded, because every cooperation has its own set.
 */
const dissolved = new WeakMap<MapGeometry, Map<string, MultiPolygon>>();
const DISSOLVED_KEPT = 64;

/** Dissolve a set of area codes into one (multi)polygon; unknown codes are ignored. */
export function dissolve(geo: MapGeometry, codes: Iterable<string>): MultiPolygon {
  const wanted = new Set(codes);
  const parts = geometryObjects(geo).filter((g) => wanted.has(codeOf(g)));
  let kept = dissolved.get(geo);
  if (!kept) dissolved.set(geo, (kept = new Map()));
  const key = parts.map(codeOf).join('\u0000');
  let outline = kept.get(key);
  if (outline) {
    // Most recently used last, so the eviction below drops the one unused longest.
    kept.delete(key);
  } else {
    outline = merge(geo.topology, parts as Parameters<typeof merge>[1]);
    if (kept.size >= DISSOLVED_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, outline);
  return outline;
}

export function boundsOf(g: AreaGeometry): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polygons)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
  return [minX, minY, maxX, maxY];
}

export { ringArea };
