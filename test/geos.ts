/**
 * GEOS itself (the C++ library behind PostGIS and shapely, as WebAssembly: geos-wasm) as the judge of
 * geometry validity in tests: GEOSisValidReason by the OGC Simple Features rules.
 */
import initGeosJs from 'geos-wasm';
import { geojsonToGeosGeom } from 'geos-wasm/helpers';
import type { FeatureCollection, Geometry } from 'geojson';

let geosModule: ReturnType<typeof initGeosJs> | undefined;

/** Every feature whose geometry GEOS finds invalid, with GEOS's reason. */
export async function geosInvalid(collection: FeatureCollection<Geometry | null>): Promise<{ id: string; reason: string }[]> {
  const geos = await (geosModule ??= initGeosJs());
  const invalid: { id: string; reason: string }[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const g = geojsonToGeosGeom(f.geometry as never, geos);
    if (geos.GEOSisValid(g) !== 1) {
      const reason = geos.GEOSisValidReason(g);
      invalid.push({ id: String(f.id), reason: geos.Module.UTF8ToString(reason) });
      geos.GEOSFree(reason);
    }
    geos.GEOSGeom_destroy(g);
  }
  return invalid;
}
