/**
 * Island municipalities: those that share no boundary with any other municipality in the CBS/PDOK
 * boundaries (data/reference/cbs/gemeente_2025.topojson). Derived from the boundaries rather than
 * listed by hand, so the flag follows the reference: in 2025 these are the five Wadden islands.
 * Their residents can only reach another municipality by ferry, which keeps commuting off the
 * island low for reasons of geography, not of the regional economy.
 */
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Codes (sorted) of the geometries in `objectName` that have no neighbour sharing an arc. */
export function islandMunicipalities(topology: Topology, objectName: string): string[] {
  const collection = topology.objects[objectName] as GeometryCollection | undefined;
  if (!collection) throw new Error(`Topologie heeft geen object '${objectName}'`);
  const geometries = collection.geometries;
  const adjacency = neighbors(geometries);
  return geometries
    .filter((_, i) => adjacency[i].length === 0)
    .map((g) => String(g.id))
    .sort();
}
