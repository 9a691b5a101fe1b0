/**
 * GeoJSON downloads (RFC 7946): municipalities and cooperations (union of member polygons) in
 * WGS84 lon/lat, coordinates rounded to 6 decimals (~0.1 m), rings rewound so exteriors run
 * counter-clockwise and holes clockwise, as RFC 7946 §3.1.6 asks.
 */
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { SiteLookup } from './lookup.ts';

type Area = Polygon | MultiPolygon;

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2; // positive = counter-clockwise in lon/lat
}

function fixRing(ring: Position[], exterior: boolean): Position[] {
  const rounded = ring.map((p) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6]);
  const ccw = signedArea(rounded) > 0;
  return ccw === exterior ? rounded : rounded.reverse();
}

export function rewind(geometry: Area): Area {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((r, i) => fixRing(r, i === 0)) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((r, i) => fixRing(r, i === 0))) };
}

function layer(topology: Topology): GeometryCollection {
  const name = Object.keys(topology.objects).sort()[0];
  return topology.objects[name] as GeometryCollection;
}

function codeOf(g: GeometryObject): string {
  const props = (g.properties ?? {}) as Record<string, unknown>;
  return String(g.id ?? props.statcode ?? '');
}

export function municipalitiesGeoJson(topology: Topology, l: SiteLookup): FeatureCollection<Area> {
  const geoms = [...layer(topology).geometries].sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const coverage = new Map(l.input.analysis.coverage.municipalities.map((m) => [m.code, m]));
  const features: Feature<Area>[] = geoms.map((g) => {
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
      geometry: rewind(f.geometry),
    };
  });
  return { type: 'FeatureCollection', features };
}

export function cooperationsGeoJson(topology: Topology, l: SiteLookup): FeatureCollection<Area | null> {
  const byCode = new Map(layer(topology).geometries.map((g) => [codeOf(g), g]));
  const features: Feature<Area | null>[] = l.cooperations.map((c) => {
    const parts = c.municipalities.map((code) => byCode.get(code)).filter((g): g is GeometryObject => !!g);
    const geometry = parts.length ? rewind(merge(topology, parts as never) as MultiPolygon) : null;
    return {
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
      geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
