/**
 * Colours of the maps. Chosen for colour-vision deficiencies (Okabe–Ito / Paul Tol sets) and for
 * ≥3:1 contrast of lines and markers against the light grey land; colour is always doubled by
 * text (labels, legends, tooltips) or by patterns and line width.
 */
export const LAND = '#e4e7eb';
export const LAND_STROKE = '#ffffff';
export const PROVINCE_STROKE = '#5c6670';
export const INK = '#1f2933';
export const HIGHLIGHT = '#0b4f8a';
export const HATCH = '#8a5a00';
export const NETWORK_PALETTE = [
  '#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b8860b', '#3a8fc7', '#882255', '#2f8f80', '#6b6b1f', '#332288',
] as const;
/** Light fills for communities/categories of areas (Paul Tol "light"). */
export const AREA_PALETTE = [
  '#77aadd', '#ee8866', '#eedd88', '#ffaabb', '#99ddff', '#44bb99', '#bbcc33', '#aaaa00', '#c8a2c8', '#dddddd',
] as const;
/** Sequential blues, light → dark (ColorBrewer Blues). */
export const SEQUENTIAL = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'] as const;

export function paletteColor(palette: readonly string[], index: number): string {
  return palette[((index % palette.length) + palette.length) % palette.length];
}
