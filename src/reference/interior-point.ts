/**
 * Interior point of a (multi)polygon: the pole of inaccessibility (polylabel algorithm, Agafonkin
 * 2016) — the point inside the shape farthest from its boundary, found by quadtree cell refinement.
 * For a MultiPolygon the part whose pole lies deepest wins. Distances are computed with longitude
 * scaled by cos(latitude) so that "far from the edge" means roughly the same in every direction.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

interface Cell {
  x: number;
  y: number;
  /** Half the cell size. */
  h: number;
  /** Signed distance from the centre to the polygon boundary (positive inside). */
  d: number;
  /** Upper bound of the distance any point in the cell can have. */
  max: number;
}

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from (x, y) to the rings: positive inside (even-odd rule), negative outside. */
export function signedDistance(x: number, y: number, rings: Ring[]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
      minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function makeCell(x: number, y: number, h: number, rings: Ring[]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Minimal binary max-heap on Cell.max; ties broken by position so the search is deterministic. */
class CellQueue {
  private items: Cell[] = [];
  get size(): number {
    return this.items.length;
  }
  private higher(a: Cell, b: Cell): boolean {
    if (a.max !== b.max) return a.max > b.max;
    if (a.x !== b.x) return a.x < b.x;
    return a.y < b.y;
  }
  push(c: Cell): void {
    const items = this.items;
    items.push(c);
    let i = items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.higher(items[i], items[p])) break;
      [items[i], items[p]] = [items[p], items[i]];
      i = p;
    }
  }
  pop(): Cell {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.higher(items[l], items[m])) m = l;
        if (r < items.length && this.higher(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Pole of inaccessibility of one polygon given as planar rings; returns [x, y, distance]. */
export function polylabel(rings: Ring[], precision: number): [number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of rings[0]) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const size = Math.min(width, height);
  if (size === 0) return [minX, minY, 0];
  const queue = new CellQueue();
  let h = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + h, y + h, h, rings));
  }
  // Start from the better of the bbox centre and the vertex mean, like the reference implementation.
  let best = makeCell(minX + width / 2, minY + height / 2, 0, rings);
  let sx = 0;
  let sy = 0;
  for (const [x, y] of rings[0]) {
    sx += x;
    sy += y;
  }
  const mean = makeCell(sx / rings[0].length, sy / rings[0].length, 0, rings);
  if (mean.d > best.d) best = mean;
  while (queue.size > 0) {
    const cell = queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    h = cell.h / 2;
    queue.push(makeCell(cell.x - h, cell.y - h, h, rings));
    queue.push(makeCell(cell.x + h, cell.y - h, h, rings));
    queue.push(makeCell(cell.x - h, cell.y + h, h, rings));
    queue.push(makeCell(cell.x + h, cell.y + h, h, rings));
  }
  return [best.x, best.y, best.d];
}

/**
 * Interior point [lon, lat] of a WGS84 (multi)polygon, with its distance to the boundary in
 * degrees of latitude (≈ 111 km). Precision ≈ 0.0002° (≈ 20 m).
 */
export function interiorPoint(geometry: Polygon | MultiPolygon): { point: [number, number]; depth: number } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { point: [number, number]; depth: number } | null = null;
  for (const polygon of polygons) {
    let latSum = 0;
    for (const p of polygon[0]) latSum += p[1];
    const k = Math.cos(((latSum / polygon[0].length) * Math.PI) / 180);
    const rings = polygon.map((ring) => ring.map(([lon, lat]) => [lon * k, lat]));
    const [x, y, d] = polylabel(rings, 0.0002);
    if (!best || d > best.depth) best = { point: [x / k, y], depth: d };
  }
  if (!best) throw new Error('interiorPoint: geometry has no polygons');
  return best;
}
