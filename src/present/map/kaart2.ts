/**
 * Kaart 2 — spatial agendas: every spatial cooperation with ≥1 known member as a network in its
 * own colour (spokes from a marker at the mean of its members' interior points), white spots
 * (municipalities in no spatial agenda) hatched. Markers are links to the profile pages and carry
 * the data-* attributes the filter island matches on; the table rows carry the same attributes.
 */
import type { MapCommon, MapCooperation, MapResult, MapTable } from './types.ts';
import { prepare } from './base.ts';
import { areaLayer, legendHtml, provinceLayer, shellClose, shellOpen, type LegendItem } from './svg.ts';
import { escapeHtml } from '../html.ts';
import { NETWORK_PALETTE } from './colors.ts';
import { byDutchName, formatShort, plural } from '../format.ts';
import { placeNetworks, spokesPath, type PlacedNetwork } from './networks.ts';
import { legalFormLabel, typologyLabel } from '../components.ts';
import { FILTER_PARAM, LIST_SEPARATOR } from './filter-params.ts';

export interface Kaart2Input extends MapCommon {
  /** The spatial cooperations (others are ignored by the caller). */
  cooperations: MapCooperation[];
  /** Codes of municipalities in no spatial agenda (Analysis.coverage.whiteSpots). */
  whiteSpots: string[];
  /** Per theme the white spots (Analysis.coverage.whiteSpotsByTheme); lets the theme filter hatch them. */
  whiteSpotsByTheme?: Record<string, string[]>;
  /** Theme order for the filter (THEMES). */
  themes: readonly string[];
  /**
   * The map shows the agendas of one theme (a theme page): texts then speak of that theme, and
   * `whiteSpots` are expected to be the theme's white spots.
   */
  theme?: string;
  /** Make the 342 areas focusable too (default false: 342 tab stops before the markers). */
  focusableAreas?: boolean;
  title?: string;
}

export interface NetworkAttributes {
  id: string;
  name: string;
  agenda: string;
  themes: string;
  provinces: string;
  'legal-form': string;
  typology: string;
  members: string;
  'member-names': string;
}

export function networkAttributes(n: PlacedNetwork, names: Map<string, { name: string; province: string }>): NetworkAttributes {
  const memberNames = n.members.map((c) => names.get(c)?.name ?? c).sort(byDutchName);
  const provinces = [...new Set(n.members.map((c) => names.get(c)?.province).filter((p): p is string => !!p))].sort(byDutchName);
  return {
    id: n.coop.id,
    name: n.coop.name,
    agenda: n.coop.agendaTitle ?? '',
    themes: n.coop.themes.join(LIST_SEPARATOR),
    provinces: provinces.join(LIST_SEPARATOR),
    'legal-form': n.coop.legalForm,
    typology: n.coop.typology ?? '',
    members: n.members.join(' '),
    'member-names': memberNames.join('; '),
  };
}

function attrs(data: Record<string, string>): string {
  return Object.keys(data)
    .map((k) => ` data-${k}="${escapeHtml(data[k])}"`)
    .join('');
}

export function markerLabel(n: PlacedNetwork): string {
  const agenda = n.coop.agendaTitle ? `, agenda ‘${n.coop.agendaTitle}’` : '';
  return `${n.coop.name}${agenda}: ${plural(n.members.length, 'gemeente', 'gemeenten')}`;
}

/** Marker radius in viewBox units at zoom 1 (the island keeps markers large enough on small screens). */
export const MARKER_RADIUS = 5.5;

/** Spokes of every network, then the markers on top (links when the cooperation has a page). */
export function networkLayers(nets: PlacedNetwork[], names: Map<string, { name: string; province: string }>, focusable = true): string {
  let out = `<g class="map-networks" fill="none" stroke-width="1.4" stroke-linecap="round" aria-hidden="true">`;
  for (const n of nets) out += `<path data-id="${escapeHtml(n.coop.id)}" stroke="${n.color}" stroke-opacity="0.8" d="${spokesPath(n)}"/>`;
  out += `</g><g class="map-markers"${focusable ? '' : ' aria-hidden="true"'}>`;
  for (const n of nets) {
    const [x, y] = n.marker;
    // The transparent ring is the touch target: the island sizes it to 24 CSS pixels on screen.
    const circle =
      `<circle class="map-marker-hit" cx="${x}" cy="${y}" r="${MARKER_RADIUS}" fill="#000" fill-opacity="0"/>` +
      `<circle class="map-marker-dot" cx="${x}" cy="${y}" r="${MARKER_RADIUS}" fill="${n.color}" stroke="#fff" stroke-width="1.5"/>`;
    const data = attrs({ ...networkAttributes(n, names) });
    if (!focusable) out += `<g class="map-marker"${data}>${circle}</g>`;
    else if (n.coop.href) out += `<a class="map-marker" href="${escapeHtml(n.coop.href)}" aria-label="${escapeHtml(markerLabel(n))}"${data}>${circle}</a>`;
    else out += `<g class="map-marker" tabindex="0" role="img" aria-label="${escapeHtml(markerLabel(n))}"${data}>${circle}</g>`;
  }
  return `${out}</g>`;
}

export function kaart2Map(input: Kaart2Input): MapResult {
  const { geo, frame, index, id } = prepare(input);
  const nets = placeNetworks(geo, frame, input.cooperations);
  const white = new Set(input.whiteSpots.filter((c) => index.has(c)));
  const whiteThemes = new Map<string, string[]>();
  for (const theme of input.themes) {
    for (const code of input.whiteSpotsByTheme?.[theme] ?? []) whiteThemes.set(code, [...(whiteThemes.get(code) ?? []), theme]);
  }
  const onTheme = input.theme ? ` met het thema ${input.theme}` : '';
  const description = describeKaart2(nets, white.size, index.size, input.cooperations.length, onTheme);
  const title = input.title ?? 'Kaart 2: ruimtelijke agenda’s als netwerken';
  const shell = { id, frame, title, desc: description, interactive: true, zoom: true };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, {
    focusable: input.focusableAreas === true,
    href: input.municipalityHref,
    label: (m) => (white.has(m.code) ? (onTheme ? `${m.name}: geen agenda${onTheme}` : `${m.name}: witte vlek, geen ruimtelijke agenda`) : m.name),
    fill: (c) => (white.has(c) ? `url(#${id}-hatch)` : null),
    data: (c) => {
      const d: Record<string, string> = {};
      if (white.has(c)) d.white = '';
      if (whiteThemes.has(c)) d['white-themes'] = whiteThemes.get(c)!.join(LIST_SEPARATOR);
      return d;
    },
  });
  svg += provinceLayer(geo, frame, index);
  svg += networkLayers(nets, index);
  svg += shellClose(shell);

  const items: LegendItem[] = [
    { swatch: { kind: 'marker', color: NETWORK_PALETTE[0] }, label: 'Middelpunt van een ruimtelijke agenda (gemiddelde ligging van de leden), met lijnen naar de deelnemende gemeenten' },
    {
      swatch: { kind: 'palette', colors: NETWORK_PALETTE },
      label: `Kleur: ${NETWORK_PALETTE.length} kleuren voor ${plural(nets.length, 'agenda', 'agenda’s')}, zo verdeeld dat agenda’s die elkaar overlappen zoveel mogelijk verschillen. Een kleur hoort dus niet bij één agenda: de naam staat in de tooltip en in de tabel`,
    },
    { swatch: { kind: 'hatch', mapId: id }, label: onTheme ? `Gemeente zonder agenda${onTheme} (${formatShort(white.size)})` : `Witte vlek: gemeente zonder ruimtelijke agenda (${formatShort(white.size)})` },
  ];
  const legend = legendHtml(id, 'Legenda', items);
  return {
    svg,
    legend,
    description,
    table: kaart2Table(nets, index),
    controls: kaart2Filters(id, nets, index, input.themes),
    kind: 'kaart2',
  };
}

function describeKaart2(nets: PlacedNetwork[], whiteCount: number, total: number, given: number, onTheme: string): string {
  const covered = new Set(nets.flatMap((n) => n.members)).size;
  const parts = [
    `De kaart toont ${plural(nets.length, 'ruimtelijke agenda', 'ruimtelijke agenda’s')}${onTheme}; samen beslaan ze ${formatShort(covered)} van de ${formatShort(total)} gemeenten.`,
  ];
  parts.push(
    whiteCount === 0
      ? `Er zijn geen witte vlekken: elke gemeente valt onder minstens één ruimtelijke agenda${onTheme}.`
      : onTheme
        ? `${plural(whiteCount, 'gemeente valt', 'gemeenten vallen')} onder geen agenda${onTheme} (gemeenten zonder agenda op dit thema; witte vlekken zijn alleen gemeenten zonder enige ruimtelijke agenda).`
        : `${plural(whiteCount, 'gemeente valt', 'gemeenten vallen')} onder geen enkele ruimtelijke agenda (witte ${whiteCount === 1 ? 'vlek' : 'vlekken'}).`,
  );
  if (nets.length > 0) {
    const largest = [...nets].sort((a, b) => b.members.length - a.members.length || byDutchName(a.coop.name, b.coop.name))[0];
    parts.push(`De grootste agenda is die van ${largest.coop.name}, met ${plural(largest.members.length, 'gemeente', 'gemeenten')}.`);
  }
  const skipped = given - nets.length;
  if (skipped > 0) parts.push(`${plural(skipped, 'agenda staat', 'agenda’s staan')} niet op de kaart omdat er geen gemeente bij bekend is.`);
  return parts.join(' ');
}

function kaart2Table(nets: PlacedNetwork[], index: Map<string, { name: string; province: string }>): MapTable {
  const sorted = [...nets].sort((a, b) => byDutchName(a.coop.name, b.coop.name) || (a.coop.id < b.coop.id ? -1 : 1));
  return {
    caption: 'Ruimtelijke agenda’s op de kaart',
    columns: ['Samenwerkingsverband', 'Agenda', 'Thema’s', 'Rechtsvorm', 'Typologie', 'Provincies', 'Gemeenten'],
    rows: sorted.map((n) => {
      const a = networkAttributes(n, index);
      return [
        n.coop.name,
        n.coop.agendaTitle ?? '–',
        n.coop.themes.join(', ') || '–',
        legalFormLabel(n.coop.legalForm),
        typologyLabel(n.coop.typology),
        a.provinces.split(LIST_SEPARATOR).join(', '),
        n.members.length,
      ];
    }),
    links: sorted.map((n) => n.coop.href ?? null),
    rowData: sorted.map((n) => {
      const a = networkAttributes(n, index);
      return { id: a.id, themes: a.themes, provinces: a.provinces, 'legal-form': a['legal-form'], typology: a.typology };
    }),
  };
}

function select(id: string, key: keyof typeof FILTER_PARAM, label: string, options: [string, string][]): string {
  const opts = options.map(([v, l]) => `<option value="${escapeHtml(v)}">${escapeHtml(l)}</option>`).join('');
  return (
    `<div class="map-control"><label for="${id}-f-${key}">${escapeHtml(label)}</label>` +
    `<select id="${id}-f-${key}" name="${FILTER_PARAM[key]}" data-map-filter="${key}"><option value="">Alle</option>${opts}</select></div>`
  );
}

/** Filter form (hidden until the island runs: without JavaScript it could not work). */
export function kaart2Filters(id: string, nets: PlacedNetwork[], index: Map<string, { name: string; province: string }>, themes: readonly string[]): string {
  const used = (f: (n: PlacedNetwork) => string[]) => [...new Set(nets.flatMap(f))].filter(Boolean).sort(byDutchName);
  const usedThemes = new Set(nets.flatMap((n) => n.coop.themes));
  const provinces = used((n) => networkAttributes(n, index).provinces.split(LIST_SEPARATOR));
  const legalForms = used((n) => [n.coop.legalForm]);
  const typologies = used((n) => (n.coop.typology ? [n.coop.typology] : []));
  return (
    `<form class="map-controls map-filters" method="get" data-map-controls="" hidden="" aria-label="Agenda’s filteren">` +
    // A single-theme map (theme page) has no use for a theme choice.
    (themes.length > 1 ? select(id, 'themes', 'Thema', themes.filter((t) => usedThemes.has(t)).map((t) => [t, t])) : '') +
    select(id, 'provinces', 'Provincie', provinces.map((p) => [p, p])) +
    select(id, 'legal-form', 'Rechtsvorm', legalForms.map((v) => [v, legalFormLabel(v)])) +
    select(id, 'typology', 'Typologie', typologies.map((v) => [v, typologyLabel(v)])) +
    `<div class="map-control"><button type="reset" class="map-reset" data-map-reset="">Wis filters</button></div>` +
    `</form>` +
    `<p class="map-status" aria-live="polite" data-map-status="">${escapeHtml(`${formatShort(nets.length)} van ${formatShort(nets.length)} agenda’s zichtbaar`)}</p>`
  );
}

