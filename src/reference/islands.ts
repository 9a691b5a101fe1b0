/**
 * Neighbours and island municipalities from the CBS/PDOK boundaries
 * (data/reference/cbs/gemeente_2025.topojson): two areas are neighbours when they share an arc.
 * Islands are those with no neighbour, derived from the boundaries rather than listed by hand, so
 * the flag follows the reference: in 2025 these are the five Wadden islands. Their residents can
 * only reach another municipality by ferry, which keeps commuting off the island low for reasons
 * of geography, not of the regional economy.
 */
import { neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Per code (`codes[i]` names `geometries[i]`), the codes of the areas sharing an arc with it, sorted. */
export function neighbourCodes(geometries: readonly GeometryObject[], codes: readonly string[]): Map<string, string[]> {
  const adjacency = neighbors(geometries as GeometryObject[]);
  return new Map(codes.map((code, i) => [code, adjacency[i].map((j) => codes[j]).sort()]));
}

/** Codes (sorted) of the geometries in `objectName` that have no neighbour sharing an arc. */
export function islandMunicipalities(topology: Topology, objectName: string): string[] {
  const collection = topology.objects[objectName] as GeometryCollection | undefined;
  if (!collection) throw new Error(`Topologie heeft geen object '${objectName}'`);
  const codes = collection.geometries.map((g) => String(g.id));
  return [...neighbourCodes(collection.geometries, codes)]
    .filter(([, list]) => list.length === 0)
    .map(([code]) => code)
    .sort();
}
