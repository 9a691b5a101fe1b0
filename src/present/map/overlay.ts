/**
 * Overlay: the regions of a national division (each a set of municipalities, dissolved with
 * topojson `merge` into one outline) drawn as thick dashed outlines over the agenda networks, so a
 * reader sees where national regions and regional agendas coincide. Regions are focusable, named.
 */
import type { MapCommon, MapCooperation, MapResult, MapTable } from './types.ts';
import { prepare } from './base.ts';
import { dissolve } from './geometry.ts';
import { focusFrame } from './focus.ts';
import { areaLayer, legendHtml, provinceLayer, shellClose, shellOpen } from './svg.ts';
import { escapeHtml } from '../html.ts';
import { INK, NETWORK_PALETTE } from './colors.ts';
import { byDutchName, formatShort, plural } from '../format.ts';
import { placeNetworks } from './networks.ts';
import { networkLayers } from './kaart2.ts';
import { networkCentre } from './networks.ts';
import { BADGE_RADIUS, placeLabels, type PlacedLabel } from './labels.ts';
import type { MapGeometry } from './geometry.ts';
import type { Frame } from './frame.ts';

export interface OverlayRegion {
  id: string;
  name: string;
  municipalities: string[];
  /** Extra text for the table and accessible name, e.g. "best passende agenda: X (Jaccard 0,82)". */
  note?: string;
}

export interface OverlayInput extends MapCommon {
  /** Name of the division for titles and legend, e.g. "RES-regio’s". */
  division: string;
  regions: OverlayRegion[];
  /** Spatial cooperations drawn underneath as networks (static markers). */
  cooperations: MapCooperation[];
  title?: string;
  /** Column title for `note` in the table. */
  noteLabel?: string;
  /** Zoom to these municipalities (e.g. one agenda and the regions it overlaps) instead of the country. */
  focus?: string[];
}

/** Names at the centre of their members, largest regions first; crowded ones become numbers. */
function regionLabels(geo: MapGeometry, frame: Frame, regions: { name: string; members: string[] }[]): PlacedLabel[] {
  const requests = [...regions]
    .sort((a, b) => b.members.length - a.members.length || byDutchName(a.name, b.name))
    .map((r) => ({ r, c: networkCentre(geo, r.members) }))
    .filter((x): x is { r: (typeof regions)[number]; c: [number, number] } => x.c !== null)
    .map(({ r, c }) => ({ text: r.name, at: frame.project(c) }));
  return placeLabels(requests, frame.width, frame.height);
}

/** Names with a white halo for legibility; badges as a white disc with the number. */
function labelLayer(labels: PlacedLabel[]): string {
  let svg = `<g class="map-region-labels" aria-hidden="true" font-family="system-ui, sans-serif" font-size="10" text-anchor="middle" fill="${INK}" stroke="#fff" stroke-width="3" paint-order="stroke">`;
  for (const l of labels) {
    if (l.number === null) svg += `<text x="${l.x}" y="${l.y}">${escapeHtml(l.text)}</text>`;
    else {
      svg +=
        `<g class="map-label-badge"><circle cx="${l.x}" cy="${l.y}" r="${BADGE_RADIUS}" fill="#fff" stroke="${INK}" stroke-width="1"/>` +
        `<text x="${l.x}" y="${l.y + 3.5}" stroke="none">${l.number}</text></g>`;
    }
  }
  return `${svg}</g>`;
}

export function overlayMap(input: OverlayInput): MapResult {
  const prepared = prepare(input);
  const { geo, index, id } = prepared;
  const focus = (input.focus ?? []).filter((c) => geo.byCode.has(c) && index.has(c));
  const focused = focus.length ? focusFrame(geo, index, focus, input.width ?? 800, 0.05) : null;
  const frame = focused?.frame ?? prepared.frame;
  const nets = placeNetworks(geo, frame, input.cooperations);
  const regions = [...input.regions]
    .map((r) => ({ ...r, members: [...new Set(r.municipalities)].filter((c) => geo.byCode.has(c) && index.has(c)).sort() }))
    .filter((r) => r.members.length > 0)
    .sort((a, b) => byDutchName(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const covered = new Set(regions.flatMap((r) => r.members));
  const description =
    `De kaart legt ${plural(regions.length, 'gebied', 'gebieden')} van de indeling ${input.division} over ${plural(nets.length, 'ruimtelijke agenda', 'ruimtelijke agenda’s')}.` +
    ` Samen beslaan de gebieden ${formatShort(covered.size)} van de ${formatShort(index.size)} gemeenten.`;
  const title = input.title ?? `${input.division} over de ruimtelijke agenda’s`;
  const shell = { id, frame, title, desc: description, interactive: regions.length > 0, zoom: true };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, { focusable: false, ...(focused ? { codes: focused.inView } : {}) });
  svg += provinceLayer(geo, frame, index, 0.8);
  svg += `<g opacity="0.55">${networkLayers(nets, index, false)}</g>`;
  svg += `<g class="map-regions" fill="none" stroke="${INK}" stroke-width="2" stroke-linejoin="round">`;
  for (const r of regions) {
    const label = `${r.name}: ${plural(r.members.length, 'gemeente', 'gemeenten')}${r.note ? `; ${r.note}` : ''}`;
    svg += `<path tabindex="0" role="img" aria-label="${escapeHtml(label)}" data-id="${escapeHtml(r.id)}" data-name="${escapeHtml(r.name)}" pointer-events="visibleStroke" vector-effect="non-scaling-stroke" d="${frame.path(dissolve(geo, r.members))}"/>`;
  }
  svg += '</g>';
  const labels = regionLabels(geo, frame, regions);
  svg += labelLayer(labels);
  svg += shellClose(shell);
  const numbered = labels.filter((l) => l.number !== null);
  const legend =
    legendHtml(id, 'Legenda', [
      { swatch: { kind: 'line', color: INK, width: 2 }, label: `Grens van een gebied (${input.division})` },
      { swatch: { kind: 'marker', color: NETWORK_PALETTE[0] }, label: 'Ruimtelijke agenda: middelpunt met lijnen naar de leden' },
    ]) +
    (numbered.length > 0
      ? `<div class="map-legend"><p class="map-legend-title">Nummers op de kaart (waar de naam niet past)</p><ul class="map-label-numbers">${numbered.map((l) => `<li><span class="map-label-number">${l.number}</span> ${escapeHtml(l.text)}</li>`).join('')}</ul></div>`
      : '');
  const table: MapTable = {
    caption: `Gebieden: ${input.division}`,
    columns: ['Gebied', 'Gemeenten', ...(regions.some((r) => r.note) ? [input.noteLabel ?? 'Toelichting'] : [])],
    rows: regions.map((r) => [r.name, r.members.length, ...(regions.some((x) => x.note) ? [r.note ?? '–'] : [])]),
  };
  return { svg, legend, description, table, controls: '', kind: 'areas' };
}
