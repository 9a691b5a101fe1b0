/**
 * Colours of the maps. Chosen for colour-vision deficiencies (Okabe–Ito / Paul Tol hues) and for
 * ≥ 3:1 contrast of lines, markers and the lowest data class against the light grey land (WCAG
 * 1.4.11); colour is always doubled by text (labels, legends, tooltips) or by patterns and line
 * width. colors.test.ts computes every promise made here.
 */
export const LAND = '#e4e7eb';
export const LAND_STROKE = '#ffffff';
export const PROVINCE_STROKE = '#5c6670';
export const INK = '#1f2933';
export const HIGHLIGHT = '#0b4f8a';
export const HATCH = '#8a5a00';
/**
 * Six network colours, each ≥ 3:1 against LAND and clearly apart from each other. Six, not one per
 * agenda: more hues at that contrast cannot be told apart, so `placeNetworks` gives overlapping
 * networks different colours and the legend says so.
 */
export const NETWORK_PALETTE = ['#0072b2', '#b84a00', '#117733', '#aa3377', '#7a6400', '#332288'] as const;
/** Light fills for communities/categories of areas (Paul Tol "light"); lines are drawn over them. */
export const AREA_PALETTE = [
  '#77aadd', '#ee8866', '#eedd88', '#ffaabb', '#99ddff', '#44bb99', '#bbcc33', '#aaaa00', '#c8a2c8', '#dddddd',
] as const;
/**
 * Sequential classes, light → dark, teal → blue → violet. The lightest is ≥ 3:1 against LAND (so a
 * class-1 area never looks like an empty one), and each step is ≥ 1.5:1 in luminance and ≥ 20 apart
 * in CIELAB (ΔE*ab) from the next. No scale can give 3:1 between neighbours as well: with the land
 * at luminance 0.80 a lowest class at 3:1 leaves room for only one more 3:1 step before black. So a
 * map uses at most these five classes and every area's class is also in its name and the table.
 */
export const SEQUENTIAL = ['#089583', '#077185', '#064f80', '#1f2a6f', '#190026'] as const;

export function paletteColor(palette: readonly string[], index: number): string {
  return palette[((index % palette.length) + palette.length) % palette.length];
}

/** `n` classes spread over SEQUENTIAL (so three classes use the lightest, middle and darkest). */
export function sequentialScale(n: number): string[] {
  if (n < 1 || n > SEQUENTIAL.length) throw new RangeError(`sequentialScale: 1–${SEQUENTIAL.length} classes, not ${n}`);
  if (n === 1) return [SEQUENTIAL[0]];
  return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (n - 1))]);
}

function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => parseInt(m[i], 16) / 255) as [number, number, number];
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** CIELAB (D65) of a #rrggbb colour, for colour differences between classes. */
export function cielab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear);
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** ΔE*ab (CIE76) between two colours. */
export function colourDifference(a: string, b: string): number {
  const [p, q] = [cielab(a), cielab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
