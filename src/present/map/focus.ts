/**
 * A frame zoomed to a set of municipalities: their joint bounding box plus a margin (at least 15 km
 * wide), kept between 4:5 portrait and 8:5 landscape so a long, thin region (Limburg) does not
 * become a strip whose names shrink to nothing. Returns the frame and the municipalities whose box
 * meets the view (the clip cuts the rest away), for drawing context around the focus.
 */
import type { Polygon } from 'geojson';
import { makeFrame, type Frame } from './frame.ts';
import type { MapGeometry } from './geometry.ts';

const MIN_EXTENT_M = 15_000;

export function focusFrame(
  geo: MapGeometry,
  index: ReadonlyMap<string, unknown>,
  codes: readonly string[],
  width: number,
  margin = 0.12,
): { frame: Frame; inView: string[] } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of codes) {
    const b = geo.bbox.get(c)!;
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const mid = (lo + hi) / 2;
    const half = Math.max((hi - lo) * (1 + 2 * margin), MIN_EXTENT_M) / 2;
    return [mid - half, mid + half];
  };
  [x0, x1] = grow(x0, x1);
  [y0, y1] = grow(y0, y1);
  const widen = (lo: number, hi: number, size: number): [number, number] => [(lo + hi) / 2 - size / 2, (lo + hi) / 2 + size / 2];
  if ((x1 - x0) / (y1 - y0) < 0.8) [x0, x1] = widen(x0, x1, (y1 - y0) * 0.8);
  else if ((x1 - x0) / (y1 - y0) > 1.6) [y0, y1] = widen(y0, y1, (x1 - x0) / 1.6);
  const extent: Polygon = { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] };
  const frame = makeFrame(extent, width, null, { padding: 0, clip: true, simplify: 0.3 });
  const inView = [...index.keys()].filter((c) => {
    const b = geo.bbox.get(c);
    return b && b[2] >= x0 && b[0] <= x1 && b[3] >= y0 && b[1] <= y1;
  });
  return { frame, inView };
}
