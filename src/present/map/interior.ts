/**
 * Interior point of an area (planar coordinates): the area centroid of its largest part when that
 * centroid lies inside the part; otherwise the midpoint of the widest inside stretch of the
 * horizontal line through the centroid (the JTS "interior point" idea). Always inside, never on a
 * border, so lines and markers visibly attach to the right municipality, islands included.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Signed shoelace area of a ring (positive = counter-clockwise in a y-up plane). */
export function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return s / 2;
}

function polygonArea(rings: Position[][]): number {
  let a = Math.abs(ringArea(rings[0]));
  for (let k = 1; k < rings.length; k++) a -= Math.abs(ringArea(rings[k]));
  return a;
}

function centroid(rings: Position[][]): [number, number] {
  // Sum of signed ring moments; holes are oriented opposite to the shell, so orient explicitly.
  let cx = 0;
  let cy = 0;
  let area = 0;
  rings.forEach((ring, k) => {
    const signed = ringArea(ring);
    const sign = (k === 0 ? 1 : -1) * Math.sign(signed || 1);
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      cx += sign * (ring[j][0] + ring[i][0]) * f;
      cy += sign * (ring[j][1] + ring[i][1]) * f;
    }
    area += sign * signed;
  });
  if (area === 0) return [rings[0][0][0], rings[0][0][1]];
  return [cx / (6 * area), cy / (6 * area)];
}

export function pointInRings(x: number, y: number, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function scanlineMidpoint(rings: Position[][], y: number): [number, number] | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let width = 0;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1] - xs[k] > width) {
      width = xs[k + 1] - xs[k];
      best = [(xs[k] + xs[k + 1]) / 2, y];
    }
  }
  return best;
}

export function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0];
  let largestArea = -1;
  for (const p of polygons) {
    const a = polygonArea(p);
    if (a > largestArea) {
      largestArea = a;
      largest = p;
    }
  }
  const c = centroid(largest);
  if (pointInRings(c[0], c[1], largest)) return c;
  // Nudge the scanline off vertex heights so the crossing count stays even.
  const ys = largest[0].map((p) => p[1]);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  for (const y of [c[1], (minY + maxY) / 2 + 1e-6 * (maxY - minY), minY + 0.3337 * (maxY - minY)]) {
    const m = scanlineMidpoint(largest, y);
    if (m) return m;
  }
  return [largest[0][0][0], largest[0][0][1]];
}
