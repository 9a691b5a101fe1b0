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
  const c = clipSegment(x1, y1, x2, y2, w, h);
  if (!c) return;
  [x1, y1, x2, y2] = c;
  const xMajor = Math.abs(x2 - x1) >= Math.abs(y2 - y1);
  // Work in (a = major, b = minor) coordinates with a1 ≤ a2.
  let [a1, b1, a2, b2] = xMajor ? [x1, y1, x2, y2] : [y1, x1, y2, x2];
  if (a1 > a2) [a1, b1, a2, b2] = [a2, b2, a1, b1];
  const major = a2 - a1;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) return;
  const slope = major > 0 ? (b2 - b1) / major : 0;
  const half = (width * (major > 0 ? length / major : 1)) / 2;
  const limitA = xMajor ? w : h;
  const limitB = xMajor ? h : w;
  for (let m = Math.max(0, Math.floor(a1)); m <= Math.min(limitA - 1, Math.floor(a2)); m++) {
    const from = Math.max(m, a1);
    const to = Math.min(m + 1, a2);
    // Share of this pixel column the line runs through (ends are partial); a point-like line counts 1.
    const along = major > 0 ? to - from : 1;
    if (along <= 0) continue;
    const mid = b1 + ((from + to) / 2 - a1) * slope;
    const lo = mid - half;
    const hi = mid + half;
    for (let k = Math.max(0, Math.floor(lo)); k <= Math.min(limitB - 1, Math.floor(hi)); k++) {
      const cover = Math.min(hi, k + 1) - Math.max(lo, k);
      if (cover <= 0) continue;
      acc[xMajor ? k * w + m : m * w + k] += density * cover * along;
    }
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
