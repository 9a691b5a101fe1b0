/**
 * Derives each 2025 municipality's province and region per reference division from the CBS/PDOK
 * polygons: one interior point per municipality (pole of inaccessibility) is tested against every
 * region polygon of each division; exactly one region must contain it, otherwise derivation fails.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REFERENCE_DIVISIONS, type Municipality, type ReferenceDivision } from '../model/reference.ts';
import { interiorPoint } from './interior-point.ts';
import { LAYER_FILE_STEM, type TopologyLayer } from './layers.ts';

export interface Area {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

export type RegionNames = Record<ReferenceDivision, Record<string, string>>;

export interface DerivedReference {
  municipalities: Municipality[];
  regionNames: RegionNames;
  /** Interior point per municipality code, [lon, lat] rounded to 6 decimals. */
  points: Record<string, [number, number]>;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The areas of one layer's topology (statcode, statnaam, geometry), sorted by code. */
export function topologyAreas(topology: Topology, layer: TopologyLayer): Area[] {
  const object = topology.objects[LAYER_FILE_STEM[layer]] as GeometryCollection | undefined;
  if (!object) throw new Error(`Topology for layer '${layer}' has no object '${LAYER_FILE_STEM[layer]}'`);
  const fc = feature(topology, object) as FeatureCollection;
  const areas = fc.features.map((f: Feature) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(props.statcode ?? f.id ?? '');
    const name = String(props.statnaam ?? '');
    if (!code || !name) throw new Error(`Layer '${layer}': feature without statcode/statnaam`);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new Error(`Layer '${layer}': ${code} has geometry type ${f.geometry.type}`);
    }
    return { code, name, geometry: f.geometry };
  });
  const codes = new Set(areas.map((a) => a.code));
  if (codes.size !== areas.length) throw new Error(`Layer '${layer}': duplicate statcodes`);
  return areas.sort(byCode);
}

/**
 * Assigns every municipality to exactly one region per division. Throws one error listing every
 * municipality/division with zero or several containing regions, and every region left empty.
 */
export function deriveMemberships(
  municipalities: Area[],
  divisions: Record<ReferenceDivision, Area[]>,
): DerivedReference {
  const problems: string[] = [];
  const regionNames = {} as RegionNames;
  for (const division of REFERENCE_DIVISIONS) {
    const names: Record<string, string> = {};
    for (const region of [...divisions[division]].sort(byCode)) names[region.code] = region.name;
    regionNames[division] = names;
  }
  const used = new Set<string>();
  const points: Record<string, [number, number]> = {};
  const result: Municipality[] = [];
  for (const m of [...municipalities].sort(byCode)) {
    const { point } = interiorPoint(m.geometry);
    if (!booleanPointInPolygon(point, m.geometry)) problems.push(`${m.code} ${m.name}: interior point not inside`);
    points[m.code] = [round6(point[0]), round6(point[1])];
    const regions = {} as Record<ReferenceDivision, string>;
    for (const division of REFERENCE_DIVISIONS) {
      const hits = divisions[division].filter((r) => booleanPointInPolygon(point, r.geometry)).map((r) => r.code);
      if (hits.length !== 1) {
        problems.push(
          `${m.code} ${m.name}: ${hits.length} regions in '${division}' at [${point[0].toFixed(5)}, ${point[1].toFixed(5)}]` +
            (hits.length ? ` (${hits.join(', ')})` : ''),
        );
        continue;
      }
      regions[division] = hits[0];
      used.add(`${division}:${hits[0]}`);
    }
    const province = regionNames.provincie[regions.provincie] ?? '';
    result.push({ code: m.code, name: m.name, province, regions });
  }
  for (const division of REFERENCE_DIVISIONS) {
    for (const [code, name] of Object.entries(regionNames[division])) {
      if (!used.has(`${division}:${code}`)) problems.push(`${division} ${code} ${name}: no municipality assigned`);
    }
  }
  if (problems.length) {
    throw new Error(`Reference derivation failed (${problems.length} problems):\n  ${problems.join('\n  ')}`);
  }
  return { municipalities: result, regionNames, points };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
