/**
 * Maps for one cooperation or one municipality, for profile pages and the printable conversation
 * guide: static SVG (no script needed, prints as is). The cooperation map is zoomed to the
 * members' bounding box plus a margin (at least 15 km wide), shows neighbouring municipalities as
 * context, fills and names the members and outlines the dissolved area of the cooperation.
 */
import type { MapCommon, MapCooperation, MapResult, MapTable } from './types.ts';
import { baseMap, prepare, ringMarker } from './base.ts';
import { makeFrame } from './frame.ts';
import { focusFrame } from './focus.ts';
import { dissolve } from './geometry.ts';
import { legendHtml, provinceLayer, shellClose, shellOpen, areaLayer } from './svg.ts';
import { escapeHtml } from '../html.ts';
import { HIGHLIGHT, INK, LAND, SEQUENTIAL } from './colors.ts';
import { byDutchName, formatShort, joinDutch, plural } from '../format.ts';

export interface CooperationMapInput extends MapCommon {
  cooperation: MapCooperation;
  /** Fraction of the members' extent added on every side (default 0.12). */
  margin?: number;
  /** Write member names on the map (default: when at most 25 members). */
  labels?: boolean;
}

export function cooperationMap(input: CooperationMapInput): MapResult {
  const { geo, index, id } = prepare(input, 600);
  const members = [...new Set(input.cooperation.municipalities)].filter((c) => geo.byCode.has(c) && index.has(c)).sort();
  const memberSet = new Set(members);
  if (members.length === 0) {
    return baseMap({ ...input, title: `${input.cooperation.name}: geen bekende gemeenten`, focusable: false, description: `Bij ${input.cooperation.name} is geen gemeente bekend die op de kaart kan worden getoond.` });
  }
  const { frame, inView } = focusFrame(geo, index, members, input.width ?? 600, input.margin);
  const provinces = [...new Set(members.map((c) => index.get(c)!.province))].sort(byDutchName);
  const description =
    `${input.cooperation.name} telt ${plural(members.length, 'deelnemende gemeente', 'deelnemende gemeenten')}` +
    ` in ${provinces.length === 1 ? 'de provincie' : 'de provincies'} ${joinDutch(provinces)}.`;
  const shell = { id, frame, title: `Deelnemende gemeenten van ${input.cooperation.name}`, desc: description, interactive: false };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, {
    focusable: false,
    codes: inView,
    fill: (c) => (memberSet.has(c) ? SEQUENTIAL[0] : LAND),
  });
  svg += provinceLayer(geo, frame, index);
  svg += `<path aria-hidden="true" d="${frame.path(dissolve(geo, members))}" fill="none" stroke="${HIGHLIGHT}" stroke-width="2.5" stroke-linejoin="round"/>`;
  const showLabels = input.labels ?? members.length <= 25;
  if (showLabels) {
    const size = Math.max(9, Math.round(frame.width / 55));
    svg += `<g aria-hidden="true" font-family="system-ui, sans-serif" font-size="${size}" text-anchor="middle" fill="${INK}" stroke="#fff" stroke-width="3" paint-order="stroke">`;
    for (const c of members) {
      const [x, y] = frame.project(geo.interior.get(c)!);
      svg += `<text x="${x}" y="${y + size / 3}">${escapeHtml(index.get(c)!.name)}</text>`;
    }
    svg += '</g>';
  }
  svg += shellClose(shell);
  const legend = legendHtml(id, 'Legenda', [
    { swatch: { kind: 'fill', color: SEQUENTIAL[0] }, label: `Deelnemende gemeente (${formatShort(members.length)})` },
    { swatch: { kind: 'line', color: HIGHLIGHT, width: 2.5 }, label: 'Buitengrens van het samenwerkingsgebied' },
    { swatch: { kind: 'fill', color: LAND }, label: 'Andere gemeente' },
  ]);
  const list = members.map((c) => index.get(c)!).sort((a, b) => byDutchName(a.name, b.name));
  const table: MapTable = {
    caption: `Deelnemende gemeenten van ${input.cooperation.name}`,
    columns: ['Gemeente', 'Provincie'],
    rows: list.map((m) => [m.name, m.province]),
    links: input.municipalityHref ? list.map((m) => input.municipalityHref!(m.code)) : undefined,
  };
  return { svg, legend, description, table, controls: '', kind: '' };
}

export interface MunicipalityMapInput extends MapCommon {
  code: string;
}

/**
 * The whole country with one municipality highlighted (filled, outlined, ringed when tiny). A
 * locator map on each of 342 pages, so the land is one dissolved outline plus province borders
 * rather than 342 areas (about a fifth of the bytes). Static.
 */
export function municipalityMap(input: MunicipalityMapInput): MapResult {
  const { geo, index, id } = prepare(input);
  const frame = makeFrame(geo.collection, input.width ?? 400);
  const m = index.get(input.code);
  const feature = geo.byCode.get(input.code);
  const name = m?.name ?? input.code;
  const description = m
    ? `${name} ligt in de provincie ${m.province}; de kaart toont de gemeente gemarkeerd binnen Nederland.`
    : `Gemeente ${input.code} is niet bekend in de indeling van 2025.`;
  const shell = { id, frame, title: `Ligging van ${name}`, desc: description, interactive: false };
  let svg = shellOpen(shell);
  svg += `<path aria-hidden="true" d="${frame.path(dissolve(geo, index.keys()))}" fill="${LAND}"/>`;
  svg += provinceLayer(geo, frame, index);
  if (m && feature) {
    svg += `<g class="map-highlight" aria-hidden="true" fill="${HIGHLIGHT}" stroke="${INK}" stroke-width="1.5"><path d="${frame.path(feature)}"/>`;
    const [x0, y0, x1, y1] = geo.bbox.get(input.code)!;
    if (Math.max(x1 - x0, y1 - y0) * frame.scale < 14) svg += ringMarker(frame, geo.interior.get(input.code)!);
    svg += '</g>';
  }
  svg += shellClose(shell);
  const legend = m ? legendHtml(id, 'Legenda', [{ swatch: { kind: 'fill', color: HIGHLIGHT }, label: name }]) : '';
  const table: MapTable = { caption: `Ligging van ${name}`, columns: ['Gemeente', 'Provincie'], rows: m ? [[m.name, m.province]] : [] };
  return { svg, legend, description, table, controls: '', kind: '' };
}
