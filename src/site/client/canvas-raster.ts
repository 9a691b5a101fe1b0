/**
 * Software line rasteriser for the dense Kaart 1 layer (tens of thousands of long lines), because
 * canvas stroking of that many anti-aliased lines takes seconds without a GPU. Each line adds
 * optical density −ln(1 − opacity) × coverage to the pixels it covers (coverage from the overlap of
 * the line's vertical/horizontal span with each pixel, so edges are anti-aliased); a pixel's
 * alpha is 1 − exp(−density). For lines of one colour this equals source-over compositing of every
 * line on its own, independent of drawing order.
 */

/** Clip a segment to [0,w]×[0,h] (Liang–Barsky); null when it lies outside. */
export function clipSegment(x1: number, y1: number, x2: number, y2: number, w: number, h: number): [number, number, number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1],
    [dx, w - x1],
    [-dy, y1],
    [dy, h - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  return [x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy];
}

/** Optical density of one line of the given opacity over a fully covered pixel. */
export const densityOf = (opacity: number): number => -Math.log(1 - Math.min(opacity, 0.999));

/**
 * Add one line (pixel coordinates, `width` in pixels) to the density buffer `acc` (w×h, row-major).
 * Steps one pixel column (or row, for steep lines) at a time; across it the line covers a span of
 * width × length / major extent (so diagonal lines are as thick as straight ones), and each pixel
 * receives density × its overlap with that span × the part of the column the line runs through.
 */
export function addLine(acc: Float32Array, w: number, h: number, x1: number, y1: number, x2: number, y2: number, width: number, density: number): void {
  // Inline Liang–Barsky (no allocation: this runs for tens of thousands of lines per frame).
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const ps = [-dx, dx, -dy, dy];
  const qs = [x1, w - x1, y1, h - y1];
  for (let e = 0; e < 4; e++) {
    const p = ps[e];
    const q = qs[e];
    if (p === 0) {
      if (q < 0) return;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return;
        if (r < t1) t1 = r;
      }
    }
  }
  const cx1 = x1 + t0 * dx;
  const cy1 = y1 + t0 * dy;
  const cx2 = x1 + t1 * dx;
  const cy2 = y1 + t1 * dy;
  const xMajor = Math.abs(dx) >= Math.abs(dy);
  // (a, b) = (major, minor) coordinates with a1 ≤ a2.
  let a1 = xMajor ? cx1 : cy1;
  let b1 = xMajor ? cy1 : cx1;
  let a2 = xMajor ? cx2 : cy2;
  let b2 = xMajor ? cy2 : cx2;
  if (a1 > a2) {
    const ta = a1;
    a1 = a2;
    a2 = ta;
    const tb = b1;
    b1 = b2;
    b2 = tb;
  }
  const major = a2 - a1;
  const length = Math.hypot(cx2 - cx1, cy2 - cy1);
  if (length === 0) return;
  const slope = major > 0 ? (b2 - b1) / major : 0;
  const half = (width * (major > 0 ? length / major : 1)) / 2;
  const limitA = xMajor ? w : h;
  const limitB = xMajor ? h : w;
  const strideA = xMajor ? 1 : w; // step in acc per major pixel
  const strideB = xMajor ? w : 1; // step in acc per minor pixel
  const mFirst = Math.max(0, Math.floor(a1));
  const mLast = Math.min(limitA - 1, Math.floor(a2));
  for (let m = mFirst; m <= mLast; m++) {
    const from = m > a1 ? m : a1;
    const to = m + 1 < a2 ? m + 1 : a2;
    // Share of this pixel column the line runs through (ends are partial); a point-like line counts 1.
    const along = major > 0 ? to - from : 1;
    if (along <= 0) continue;
    const mid = b1 + ((from + to) / 2 - a1) * slope;
    const lo = mid - half;
    const hi = mid + half;
    const weight = density * along;
    let k = Math.floor(lo);
    const kLast = Math.floor(hi);
    const base = m * strideA;
    if (k === kLast) {
      if (k >= 0 && k < limitB) acc[base + k * strideB] += weight * (hi - lo);
      continue;
    }
    if (k >= 0 && k < limitB) acc[base + k * strideB] += weight * (k + 1 - lo);
    for (k++; k < kLast; k++) if (k >= 0 && k < limitB) acc[base + k * strideB] += weight;
    if (kLast >= 0 && kLast < limitB && hi > kLast) acc[base + kLast * strideB] += weight * (hi - kLast);
  }
}

/** Density buffer → RGBA pixels of one colour with alpha 1 − exp(−density). */
export function densityToRgba(acc: Float32Array, rgba: Uint8ClampedArray, rgb: readonly [number, number, number]): void {
  for (let i = 0; i < acc.length; i++) {
    const d = acc[i];
    if (d <= 0) continue;
    const o = i * 4;
    rgba[o] = rgb[0];
    rgba[o + 1] = rgb[1];
    rgba[o + 2] = rgb[2];
    rgba[o + 3] = Math.round(255 * (1 - Math.exp(-d)));
  }
}
