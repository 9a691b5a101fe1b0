/**
 * RD New (EPSG:28992): the Dutch national grid, defined here as a proj4 string so nothing is fetched.
 * Parameters from the EPSG registry (oblique stereographic on Bessel 1841, 7-parameter datum shift
 * to WGS84). `toRD` converts [lon, lat] in WGS84 degrees to [x, y] in metres (x east, y north).
 */
import proj4 from 'proj4';

export const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const converter = proj4('EPSG:4326', RD_NEW);

export function toRD(lonLat: readonly [number, number] | number[]): [number, number] {
  const [x, y] = converter.forward([lonLat[0], lonLat[1]]);
  return [x, y];
}
