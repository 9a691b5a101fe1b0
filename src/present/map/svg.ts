/**
 * Shared SVG/HTML building blocks of every map: the accessible <svg> shell (title, desc, role),
 * the hatch pattern, the credit line, the municipality area layer, legends and the table
 * alternative. Everything from data goes through `escapeHtml`; no inline style (the site's CSP forbids
 * it), only presentation attributes and classes.
 */
import type { Frame } from './frame.ts';
import type { MultiLineString } from 'geojson';
import { borders, type MapGeometry } from './geometry.ts';
import type { MapMunicipality, MapResult, MapTable } from './types.ts';
import { escapeHtml } from '../html.ts';
import { HATCH, INK, LAND, LAND_STROKE, PROVINCE_STROKE } from './colors.ts';
import { formatShort } from '../format.ts';

export const MAP_CREDIT = 'Kaart: CBS / Kadaster, 2025 (CC BY 4.0)';

export interface ShellOptions {
  id: string;
  frame: Frame;
  title: string;
  desc: string;
  /** true when the SVG contains focusable elements (role="group"; role="img" would hide them). */
  interactive: boolean;
  /** Adds data-map-zoom so the zoom island attaches. */
  zoom?: boolean;
  credit?: boolean;
  /** Extra attributes on <svg>, already escaped. */
  attributes?: string;
}

export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, '-');
}

/** Diagonal hatch (white spots and other "nothing here" areas) with id `${id}-hatch`. */
export function hatchPattern(id: string, color = HATCH): string {
  return (
    `<pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">` +
    `<rect width="5" height="5" fill="#fff"/><line x1="0" y1="0" x2="0" y2="5" stroke="${color}" stroke-width="1.6"/></pattern>`
  );
}

export const OVERLAY_PATTERNS = ['stripes', 'dots', 'cross'] as const;
export type OverlayPattern = (typeof OVERLAY_PATTERNS)[number];

/**
 * Transparent patterns drawn over a class colour, so categories also differ without colour:
 * id `${id}-p-${name}`.
 */
export function overlayPattern(id: string, name: OverlayPattern): string {
  const open = `<pattern id="${id}-p-${name}" patternUnits="userSpaceOnUse" width="6" height="6"`;
  switch (name) {
    case 'stripes':
      return `${open} patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-opacity="0.55" stroke-width="1.2"/></pattern>`;
    case 'dots':
      return `${open}><circle cx="3" cy="3" r="1.1" fill="${INK}" fill-opacity="0.6"/></pattern>`;
    case 'cross':
      return `${open}><path d="M0 3H6M3 0V6" stroke="${INK}" stroke-opacity="0.5" stroke-width="0.9"/></pattern>`;
  }
}

/** Opening of the SVG up to and including the viewport group; close with `shellClose`. */
export function shellOpen(o: ShellOptions, defs = ''): string {
  const { id, frame } = o;
  const role = o.interactive ? 'group' : 'img';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="map-svg${frame.width <= 420 ? ' map-svg-small' : ''}" id="${id}-svg" viewBox="0 0 ${frame.width} ${frame.height}" ` +
    `role="${role}" aria-labelledby="${id}-title" aria-describedby="${id}-desc" data-map-width="${frame.width}" data-map-height="${frame.height}"` +
    `${o.zoom ? ' data-map-zoom=""' : ''}${o.attributes ? ` ${o.attributes}` : ''}>` +
    `<title id="${id}-title">${escapeHtml(o.title)}</title><desc id="${id}-desc">${escapeHtml(o.desc)}</desc>` +
    `<defs>${hatchPattern(id)}${defs}</defs>` +
    `<g class="map-viewport" data-map-viewport="">`
  );
}

export function shellClose(o: ShellOptions): string {
  const credit =
    o.credit === false
      ? ''
      : `<text class="map-credit-text" aria-hidden="true" x="${o.frame.width - 6}" y="${o.frame.height - 6}" ` +
        `text-anchor="end" font-size="${Math.max(9, Math.round(o.frame.width / 80))}" fill="${INK}" ` +
        `stroke="#fff" stroke-width="3" paint-order="stroke" font-family="system-ui, sans-serif">${escapeHtml(MAP_CREDIT)}</text>`;
  return `</g>${credit}</svg>`;
}

export interface AreaOptions {
  /** Fill per code (colour or `url(#...)`); default LAND. */
  fill?: (code: string) => string | null;
  /** Accessible name per code; default the municipality name. */
  label?: (m: MapMunicipality) => string;
  /** Extra data-* attributes per code (keys without "data-"). */
  data?: (code: string) => Record<string, string> | null;
  href?: (code: string) => string | null;
  /** false: areas are decorative (not focusable, aria-hidden). */
  focusable?: boolean;
  /** Only these codes (default all). */
  codes?: string[];
  className?: string;
}

function dataAttributes(data: Record<string, string> | null | undefined): string {
  if (!data) return '';
  return Object.keys(data)
    .sort()
    .map((k) => ` data-${k}="${escapeHtml(data[k])}"`)
    .join('');
}

/** Municipality areas, in code order. Focusable: an <a> when linked, else a path with tabindex. */
export function areaLayer(
  geo: MapGeometry,
  frame: Frame,
  municipalities: Map<string, MapMunicipality>,
  o: AreaOptions = {},
): string {
  const focusable = o.focusable !== false;
  const codes = o.codes ?? [...municipalities.keys()].sort();
  let out = `<g class="${o.className ?? 'map-areas'}" fill="${LAND}" stroke="${LAND_STROKE}" stroke-width="0.6" stroke-linejoin="round"${focusable ? '' : ' aria-hidden="true"'}>`;
  for (const code of codes) {
    const feature = geo.byCode.get(code);
    const m = municipalities.get(code);
    if (!feature || !m) continue;
    const d = frame.path(feature);
    if (!d) continue;
    const fill = o.fill?.(code);
    const fillAttr = fill ? ` fill="${escapeHtml(fill)}"` : '';
    const data = ` data-code="${escapeHtml(code)}" data-name="${escapeHtml(m.name)}"${dataAttributes(o.data?.(code))}`;
    if (!focusable) {
      out += `<path d="${d}"${fillAttr}${data}/>`;
      continue;
    }
    const name = escapeHtml(o.label ? o.label(m) : m.name);
    const href = o.href?.(code);
    if (href) out += `<a href="${escapeHtml(href)}" aria-label="${name}"><path class="map-area" d="${d}"${fillAttr}${data}/></a>`;
    else out += `<path class="map-area" tabindex="0" role="img" aria-label="${name}" d="${d}"${fillAttr}${data}/>`;
  }
  return `${out}</g>`;
}

/** Province borders (between municipalities of different provinces), drawn over the areas. */
export function provinceLayer(geo: MapGeometry, frame: Frame, municipalities: Map<string, MapMunicipality>, width = 1.2): string {
  const d = frame.path(provinceBorders(geo, municipalities));
  return `<path class="map-provinces" aria-hidden="true" d="${d}" fill="none" stroke="${PROVINCE_STROKE}" stroke-width="${width}" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`;
}

/**
 * The province borders of a layer, meshed once per layer and province assignment: every profile
 * page draws them, and meshing the whole topology is the costliest step of a small map. Pages
 * build their own municipality index, so the cache is keyed by its content, not its identity.
 */
const provinceBorderCache = new WeakMap<MapGeometry, Map<string, MultiLineString>>();

function provinceBorders(geo: MapGeometry, municipalities: Map<string, MapMunicipality>): MultiLineString {
  let perAssignment = provinceBorderCache.get(geo);
  if (!perAssignment) provinceBorderCache.set(geo, (perAssignment = new Map()));
  const key = [...municipalities.values()].map((m) => `${m.code}\u0000${m.province}`).join('\u0001');
  let lines = perAssignment.get(key);
  if (!lines) {
    const province = (c: string) => municipalities.get(c)?.province ?? c;
    lines = borders(geo, (a, b) => province(a) !== province(b), false);
    perAssignment.set(key, lines);
  }
  return lines;
}

// ---------------------------------------------------------------- legends

export type Swatch =
  | { kind: 'fill'; color: string; pattern?: OverlayPattern }
  | { kind: 'hatch'; mapId: string }
  | { kind: 'line'; color: string; width: number; dash?: string }
  | { kind: 'marker'; color: string }
  /** Several marker colours side by side: a palette whose colours share one meaning. */
  | { kind: 'palette'; colors: readonly string[] };

export interface LegendItem {
  swatch: Swatch;
  label: string;
}

function swatchSvg(s: Swatch, mapId: string): string {
  const open = '<svg class="map-swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">';
  switch (s.kind) {
    case 'fill': {
      const rect = (fill: string, stroke: string) => `<rect x="1" y="1" width="26" height="14" fill="${fill}"${stroke}/>`;
      const border = ` stroke="${PROVINCE_STROKE}" stroke-width="1"`;
      if (!s.pattern) return `${open}${rect(escapeHtml(s.color), border)}</svg>`;
      const pid = `${mapId}-legend-${s.pattern}`;
      return `${open}<defs>${overlayPattern(pid, s.pattern)}</defs>${rect(escapeHtml(s.color), '')}${rect(`url(#${pid}-p-${s.pattern})`, border)}</svg>`;
    }
    case 'hatch':
      return `${open}<defs>${hatchPattern(`${s.mapId}-legend`)}</defs><rect x="1" y="1" width="26" height="14" fill="url(#${s.mapId}-legend-hatch)" stroke="${PROVINCE_STROKE}" stroke-width="1"/></svg>`;
    case 'line':
      // On the land colour, as the lines appear on the map.
      return `${open}<rect x="0" y="3" width="28" height="10" fill="${LAND}"/><line x1="1" y1="8" x2="27" y2="8" stroke="${escapeHtml(s.color)}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/></svg>`;
    case 'marker':
      return `${open}<circle cx="14" cy="8" r="5.5" fill="${escapeHtml(s.color)}" stroke="#fff" stroke-width="1.5"/></svg>`;
    case 'palette': {
      const w = 14 * s.colors.length;
      const dots = s.colors.map((c, i) => `<circle cx="${7 + 14 * i}" cy="8" r="5.5" fill="${escapeHtml(c)}" stroke="#fff" stroke-width="1.5"/>`).join('');
      return `<svg class="map-swatch" width="${w}" height="16" viewBox="0 0 ${w} 16" aria-hidden="true" focusable="false"><rect x="0" y="0" width="${w}" height="16" fill="${LAND}"/>${dots}</svg>`;
    }
  }
}

/** Legend as a list; each symbol is followed by its meaning in text. */
export function legendHtml(mapId: string, heading: string, items: LegendItem[]): string {
  const rows = items.map((i) => `<li>${swatchSvg(i.swatch, mapId)}<span>${escapeHtml(i.label)}</span></li>`).join('');
  return `<div class="map-legend"><p class="map-legend-title">${escapeHtml(heading)}</p><ul>${rows}</ul></div>`;
}

// ---------------------------------------------------------------- table alternative

function cell(v: string | number): string {
  return escapeHtml(typeof v === 'number' ? formatShort(v) : v);
}

export function tableHtml(table: MapTable, attributes = ''): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = table.rows
    .map((row, r) => {
      const data = dataAttributes(table.rowData?.[r]);
      const link = table.links?.[r];
      const first = link ? `<a href="${escapeHtml(link)}">${cell(row[0])}</a>` : cell(row[0]);
      const rest = row
        .slice(1)
        .map((v) => `<td${typeof v === 'number' ? ' class="num"' : ''}>${cell(v)}</td>`)
        .join('');
      return `<tr${data}><th scope="row">${first}</th>${rest}</tr>`;
    })
    .join('');
  return `<table class="map-table"${attributes ? ` ${attributes}` : ''}><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export interface FigureOptions {
  /** How to place the table alternative: inside a <details> (default), always open, or not at all. */
  table?: 'details' | 'open' | 'none';
}

/**
 * The map as one figure: controls (hidden until the island runs), SVG, description, legend and
 * credit in the caption, then the table alternative. `data-map` selects the client island.
 */
export function figureHtml(id: string, r: MapResult, o: FigureOptions = {}): string {
  const mode = o.table ?? 'details';
  const listAttr = `data-map-list="${escapeHtml(id)}"`;
  const table = tableHtml(r.table, listAttr);
  const tablePart =
    mode === 'none'
      ? ''
      : mode === 'open'
        ? table
        : `<details class="map-table-details"><summary>Tabel bij de kaart: ${escapeHtml(r.table.caption)}</summary>${table}</details>`;
  return (
    `<figure class="map" id="${escapeHtml(id)}"${r.kind ? ` data-map="${escapeHtml(r.kind)}"` : ''}>` +
    r.controls +
    `<div class="map-frame">${r.svg}</div>` +
    `<figcaption><p class="map-description">${escapeHtml(r.description)}</p>${r.legend}<p class="map-credit">${escapeHtml(MAP_CREDIT)}</p></figcaption>` +
    `</figure>${tablePart}`
  );
}

export function municipalityIndex(list: MapMunicipality[]): Map<string, MapMunicipality> {
  return new Map([...list].sort((a, b) => (a.code < b.code ? -1 : 1)).map((m) => [m.code, m]));
}
