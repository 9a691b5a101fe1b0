/**
 * Base map of the 342 municipalities: optional class per municipality (choropleth or categories,
 * each class with a fill and optionally a hatch so colour is not the only carrier), optional
 * highlight set, focusable named areas. Used for municipality pages, white spots, typology and
 * coverage maps. `sequentialClasses` turns counts into legend classes from given breaks.
 */
import type { MapCommon, MapMunicipality, MapResult, MapTable } from './types.ts';
import { makeFrame, type Frame } from './frame.ts';
import type { MapGeometry } from './geometry.ts';
import { municipalityGeometry } from './source.ts';
import { areaLayer, legendHtml, municipalityIndex, overlayPattern, provinceLayer, safeId, shellClose, shellOpen, type LegendItem, type OverlayPattern } from './svg.ts';
import { dissolve } from './geometry.ts';
import { HIGHLIGHT, INK, sequentialScale } from './colors.ts';
import { byDutchName, formatShort, joinDutch, plural } from '../format.ts';
import { escapeHtml } from '../html.ts';

export interface AreaClass {
  key: string;
  /** Text in legend, table and accessible name, e.g. "3–4 agenda's". */
  label: string;
  fill: string;
  /** Draw hatched instead of filled (e.g. white spots). */
  hatch?: boolean;
  /** A pattern over the fill, so classes also differ without colour (categorical maps). */
  pattern?: OverlayPattern;
}

export interface BaseMapInput extends MapCommon {
  title: string;
  classes?: AreaClass[];
  /** code → class key; codes without a class are drawn plain grey ("geen gegevens" is not assumed). */
  classOf?: Record<string, string>;
  /** Numeric value per code, shown in the table (e.g. the count the classes were made from). */
  values?: Record<string, number>;
  /** Column title for `values` in the table. */
  valueLabel?: string;
  legendTitle?: string;
  /** Highlighted municipalities (dark fill, outline, ring marker so small ones stay visible). */
  highlight?: string[];
  /** Extra text per code appended to the accessible name. */
  note?: Record<string, string>;
  /** Replace the generated description. */
  description?: string;
  /** false: areas not focusable (decorative). Default true. */
  focusable?: boolean;
  zoom?: boolean;
}

export interface Prepared {
  geo: MapGeometry;
  frame: Frame;
  index: Map<string, MapMunicipality>;
  id: string;
}

export function prepare(input: MapCommon, width = 800): Prepared {
  const geo = input.geometry ?? municipalityGeometry();
  return {
    geo,
    frame: makeFrame(geo.collection, input.width ?? width),
    index: municipalityIndex(input.municipalities),
    id: safeId(input.id),
  };
}

/** A ring around a point so a highlighted small municipality can be found at country scale. */
export function ringMarker(frame: Frame, point: [number, number], r = 9): string {
  const [x, y] = frame.project(point);
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="none" stroke="${INK}" stroke-width="1.5"/>`;
}

export function baseMap(input: BaseMapInput): MapResult {
  const { geo, frame, index, id } = prepare(input);
  const classes = new Map((input.classes ?? []).map((c) => [c.key, c]));
  const classOf = input.classOf ?? {};
  const highlight = new Set(input.highlight ?? []);
  const classFor = (code: string) => classes.get(classOf[code] ?? '') ?? null;
  const fill = (code: string) => {
    if (highlight.has(code)) return HIGHLIGHT;
    const c = classFor(code);
    if (!c) return null;
    return c.hatch ? `url(#${id}-hatch)` : c.fill;
  };
  const label = (m: MapMunicipality) => {
    const parts = [m.name];
    const c = classFor(m.code);
    if (c) parts.push(c.label);
    if (highlight.has(m.code)) parts.push('gemarkeerd');
    if (input.note?.[m.code]) parts.push(input.note[m.code]);
    return parts.join(': ');
  };
  const shell = {
    id,
    frame,
    title: input.title,
    desc: '',
    interactive: input.focusable !== false,
    zoom: input.zoom,
  };
  const description = input.description ?? describeBase(input, index, classFor, highlight);
  shell.desc = description;
  const patterned = (input.classes ?? []).filter((c) => c.pattern && !c.hatch);
  const patterns = [...new Set(patterned.map((c) => c.pattern!))].sort();
  let svg = shellOpen(shell, patterns.map((p) => overlayPattern(id, p)).join(''));
  svg += areaLayer(geo, frame, index, {
    fill,
    label,
    href: input.municipalityHref,
    focusable: input.focusable !== false,
    data: (code) => {
      const c = classFor(code);
      return c ? { class: c.key } : null;
    },
  });
  // Patterns: one dissolved path per patterned class over the coloured areas.
  if (patterned.length > 0) {
    svg += '<g class="map-patterns" aria-hidden="true" pointer-events="none">';
    for (const c of patterned) {
      const codes = [...index.keys()].filter((code) => !highlight.has(code) && classFor(code)?.key === c.key);
      if (codes.length > 0) svg += `<path d="${frame.path(dissolve(geo, codes))}" fill="url(#${id}-p-${c.pattern})"/>`;
    }
    svg += '</g>';
  }
  svg += provinceLayer(geo, frame, index);
  if (highlight.size > 0) {
    svg += `<g class="map-highlight" aria-hidden="true" fill="none" stroke="${INK}" stroke-width="1.5">`;
    for (const code of [...highlight].sort()) {
      const f = geo.byCode.get(code);
      const p = geo.interior.get(code);
      if (!f || !p) continue;
      svg += `<path d="${frame.path(f)}"/>`;
      // A ring only where the area itself is too small to find at this scale.
      const [x0, y0, x1, y1] = geo.bbox.get(code)!;
      if (Math.max(x1 - x0, y1 - y0) * frame.scale < 14) svg += ringMarker(frame, p);
    }
    svg += '</g>';
  }
  svg += shellClose(shell);

  const items: LegendItem[] = [];
  for (const c of input.classes ?? []) {
    const n = Object.keys(classOf).filter((k) => classOf[k] === c.key && index.has(k)).length;
    items.push({
      swatch: c.hatch ? { kind: 'hatch', mapId: id } : { kind: 'fill', color: c.fill, pattern: c.pattern },
      label: `${c.label} (${plural(n, 'gemeente', 'gemeenten')})`,
    });
  }
  if (highlight.size > 0) items.push({ swatch: { kind: 'fill', color: HIGHLIGHT }, label: 'Gemarkeerde gemeente' });
  const legend = items.length > 0 ? legendHtml(id, input.legendTitle ?? 'Legenda', items) : '';
  return { svg, legend, description, table: baseTable(input, index, classFor, highlight), controls: '', kind: input.focusable === false ? '' : 'areas' };
}

function describeBase(
  input: BaseMapInput,
  index: Map<string, MapMunicipality>,
  classFor: (code: string) => AreaClass | null,
  highlight: Set<string>,
): string {
  const sentences: string[] = [];
  if ((input.classes ?? []).length > 0) {
    const counts = (input.classes ?? []).map((c) => ({
      c,
      n: [...index.keys()].filter((code) => classFor(code)?.key === c.key).length,
    }));
    const largest = [...counts].sort((a, b) => b.n - a.n || byDutchName(a.c.label, b.c.label))[0];
    sentences.push(
      `Van de ${formatShort(index.size)} gemeenten vallen er ${formatShort(largest.n)} in de klasse ‘${largest.c.label}’, de grootste klasse op deze kaart.`,
    );
    const rest = counts.filter((x) => x !== largest && x.n > 0).map((x) => `${formatShort(x.n)} in ‘${x.c.label}’`);
    if (rest.length > 0) sentences.push(`Verder: ${joinDutch(rest)}.`);
  }
  if (highlight.size > 0) {
    const names = [...highlight].map((c) => index.get(c)?.name ?? c).sort(byDutchName);
    sentences.push(
      names.length <= 5
        ? `Gemarkeerd: ${joinDutch(names)}.`
        : `Gemarkeerd zijn ${formatShort(names.length)} gemeenten, waaronder ${joinDutch(names.slice(0, 3))}.`,
    );
  }
  if (sentences.length === 0) sentences.push(`De kaart toont de ${formatShort(index.size)} gemeenten van Nederland (indeling 2025).`);
  return sentences.join(' ');
}

function baseTable(
  input: BaseMapInput,
  index: Map<string, MapMunicipality>,
  classFor: (code: string) => AreaClass | null,
  highlight: Set<string>,
): MapTable {
  const list = [...index.values()].sort((a, b) => byDutchName(a.name, b.name) || (a.code < b.code ? -1 : 1));
  const columns = ['Gemeente', 'Provincie'];
  const hasClasses = (input.classes ?? []).length > 0;
  if (input.values) columns.push(input.valueLabel ?? 'Waarde');
  if (hasClasses) columns.push(input.legendTitle ?? 'Klasse');
  if (highlight.size > 0) columns.push('Gemarkeerd');
  const rows = list.map((m) => {
    const row: (string | number)[] = [m.name, m.province];
    if (input.values) row.push(input.values[m.code] ?? '–');
    if (hasClasses) row.push(classFor(m.code)?.label ?? '–');
    if (highlight.size > 0) row.push(highlight.has(m.code) ? 'ja' : 'nee');
    return row;
  });
  return {
    caption: input.title,
    columns,
    rows,
    links: input.municipalityHref ? list.map((m) => input.municipalityHref!(m.code)) : undefined,
  };
}

/**
 * Classes from breaks: breaks [0, 1, 2, 3, 5] make "0", "1", "2", "3–4", "5 of meer".
 * `unit` names the counted thing for labels ([one, many]); `zeroHatch` hatches the class that
 * starts at 0 (e.g. white spots).
 */
export function sequentialClasses(
  values: Record<string, number>,
  breaks: number[],
  unit: [string, string],
  zeroHatch = false,
): { classes: AreaClass[]; classOf: Record<string, string> } {
  const sorted = [...breaks].sort((a, b) => a - b);
  const n = sorted.length;
  // Spread the palette so few classes still span light to dark.
  const colours = sequentialScale(n);
  const classes: AreaClass[] = sorted.map((lo, i) => {
    const hi = i + 1 < n ? sorted[i + 1] - 1 : null;
    const range = hi === null ? `${formatShort(lo)} of meer` : hi === lo ? formatShort(lo) : `${formatShort(lo)}–${formatShort(hi)}`;
    const word = hi === lo && lo === 1 ? unit[0] : unit[1];
    return { key: `k${i}`, label: `${range} ${word}`, fill: colours[i], hatch: zeroHatch && lo === 0 && hi === 0 };
  });
  const classOf: Record<string, string> = {};
  for (const code of Object.keys(values).sort()) {
    const v = values[code];
    let k = -1;
    for (let i = 0; i < n; i++) if (v >= sorted[i]) k = i;
    if (k >= 0) classOf[code] = classes[k].key;
  }
  return { classes, classOf };
}

