/**
 * Theme small multiples: one compact static map per theme showing only the spatial agendas on that
 * theme — municipalities shaded by how many of those agendas they belong to (1, 2, 3 or more;
 * each class dissolved into one path so a map stays a few kilobytes), the theme's white spots
 * hatched, and a dot at each agenda's centre.
 */
import type { MapCooperation, MapMunicipality, MapTable } from './types.ts';
import type { MapGeometry } from './geometry.ts';
import { dissolve } from './geometry.ts';
import { makeFrame } from './frame.ts';
import { municipalityGeometry } from './source.ts';
import { legendHtml, MAP_CREDIT, safeId, shellClose, shellOpen, tableHtml } from './svg.ts';
import { escapeHtml } from '../html.ts';
import { INK, LAND, PROVINCE_STROKE, sequentialScale } from './colors.ts';
import { byDutchName, formatShort, plural } from '../format.ts';
import { networkCentre } from './networks.ts';

export interface ThemeMapsInput {
  /** Prefix for element ids; each theme map gets `${id}-${index}`. */
  id: string;
  municipalities: MapMunicipality[];
  /** Spatial cooperations (all themes; filtered per theme here). */
  cooperations: MapCooperation[];
  /** Themes in display order (THEMES). */
  themes: readonly string[];
  /** Per theme the municipalities without an agenda on it (Analysis.coverage.whiteSpotsByTheme). */
  whiteSpotsByTheme?: Record<string, string[]>;
  width?: number;
  geometry?: MapGeometry;
}

export interface ThemeMap {
  theme: string;
  /** Number of agendas on the theme (with ≥1 known member). */
  agendas: number;
  /** Municipalities in ≥1 agenda on the theme. */
  covered: number;
  whiteSpots: number;
  svg: string;
  description: string;
}

const CLASS_FILLS = sequentialScale(3);
const CLASS_LABELS = ['1 agenda', '2 agenda’s', '3 of meer agenda’s'] as const;

export function themeMaps(input: ThemeMapsInput): ThemeMap[] {
  const geo = input.geometry ?? municipalityGeometry();
  const known = new Set(input.municipalities.map((m) => m.code).filter((c) => geo.byCode.has(c)));
  const frame = makeFrame(geo.collection, input.width ?? 260, null, { padding: 4, simplify: 0.6 });
  const land = frame.path(dissolve(geo, known));
  return input.themes.map((theme, t) => {
    const id = `${safeId(input.id)}-${t + 1}`;
    // Counted like Figuur 1 (every agenda with the theme); those without a known municipality are named, not drawn.
    const withTheme = input.cooperations.filter((c) => c.themes.includes(theme));
    const agendas = withTheme.filter((c) => c.municipalities.some((m) => known.has(m)));
    const unmapped = withTheme.length - agendas.length;
    const unmappedText = unmapped > 0 ? ` (${formatShort(agendas.length)} op de kaart; ${plural(unmapped, 'agenda heeft', 'agenda’s hebben')} geen bekende gemeenten)` : '';
    const count = new Map<string, number>();
    for (const a of agendas) for (const m of new Set(a.municipalities)) if (known.has(m)) count.set(m, (count.get(m) ?? 0) + 1);
    const white = (input.whiteSpotsByTheme?.[theme] ?? []).filter((c) => known.has(c));
    const description =
      withTheme.length === 0
        ? `Geen enkele ruimtelijke agenda heeft het thema ${theme}.`
        : `${plural(withTheme.length, 'ruimtelijke agenda heeft', 'ruimtelijke agenda’s hebben')} het thema ${theme}${unmappedText}; ze beslaan ${formatShort(count.size)} van de ${formatShort(known.size)} gemeenten.` +
          (white.length > 0 ? ` ${plural(white.length, 'gemeente valt', 'gemeenten vallen')} onder geen agenda met dit thema (gearceerd; dat zijn geen witte vlekken, die doen aan geen enkele agenda mee).` : '');
    const shell = { id, frame, title: `${theme}: ${plural(withTheme.length, 'agenda', 'agenda’s')}`, desc: description, interactive: false, credit: false };
    let svg = shellOpen(shell);
    svg += `<path d="${land}" fill="${LAND}" stroke="${PROVINCE_STROKE}" stroke-width="0.5"/>`;
    if (white.length > 0) svg += `<path d="${frame.path(dissolve(geo, white))}" fill="url(#${id}-hatch)"/>`;
    for (let k = 0; k < 3; k++) {
      const codes = [...count].filter(([, n]) => (k < 2 ? n === k + 1 : n >= 3)).map(([c]) => c);
      if (codes.length > 0) svg += `<path d="${frame.path(dissolve(geo, codes))}" fill="${CLASS_FILLS[k]}"/>`;
    }
    svg += `<g fill="${INK}" stroke="#fff" stroke-width="0.8">`;
    const dots = agendas
      .map((a) => networkCentre(geo, a.municipalities.filter((m) => known.has(m))))
      .filter((p): p is [number, number] => !!p)
      .map((p) => frame.project(p))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [x, y] of dots) svg += `<circle cx="${x}" cy="${y}" r="2.6"/>`;
    svg += '</g>';
    svg += shellClose(shell);
    return { theme, agendas: withTheme.length, covered: count.size, whiteSpots: white.length, svg, description };
  });
}

export interface ThemeGridOptions {
  /** Link per theme (its page). */
  href?: (theme: string) => string | null;
  /** Heading level of the theme titles inside the grid (default 3). */
  headingLevel?: 2 | 3 | 4;
}

/** Table alternative of the theme grid (themes alphabetically). */
export function themeGridTable(maps: ThemeMap[], href?: (theme: string) => string | null): MapTable {
  const sorted = [...maps].sort((a, b) => byDutchName(a.theme, b.theme));
  return {
    caption: 'Ruimtelijke agenda’s per thema',
    columns: ['Thema', 'Agenda’s', 'Gemeenten gedekt', 'Gemeenten zonder agenda op dit thema'],
    rows: sorted.map((m) => [m.theme, m.agendas, m.covered, m.whiteSpots]),
    links: href ? sorted.map((m) => href(m.theme)) : undefined,
  };
}

/** The nine maps as one figure: grid of linked small maps, shared legend and credit, then the table. */
export function themeGridHtml(id: string, maps: ThemeMap[], o: ThemeGridOptions = {}): string {
  const h = `h${o.headingLevel ?? 3}`;
  const items = maps
    .map((m) => {
      const title = `${escapeHtml(m.theme)} <span class="map-grid-count">(${escapeHtml(plural(m.agendas, 'agenda', 'agenda’s'))})</span>`;
      const link = o.href?.(m.theme);
      const heading = link ? `<${h} class="map-grid-title"><a href="${escapeHtml(link)}">${title}</a></${h}>` : `<${h} class="map-grid-title">${title}</${h}>`;
      return `<li class="map-grid-item">${heading}${m.svg}</li>`;
    })
    .join('');
  const sid = safeId(id);
  const legend = legendHtml(sid, 'Legenda', [
    ...CLASS_LABELS.map((label, k) => ({ swatch: { kind: 'fill' as const, color: CLASS_FILLS[k] }, label: `Gemeente in ${label} met dit thema` })),
    { swatch: { kind: 'hatch' as const, mapId: sid }, label: 'Witte vlek: geen agenda met dit thema' },
    { swatch: { kind: 'marker' as const, color: INK }, label: 'Middelpunt van een agenda' },
  ]);
  const most = [...maps].sort((a, b) => b.agendas - a.agendas || byDutchName(a.theme, b.theme));
  const description =
    most.length > 0
      ? `Het thema ${most[0].theme} komt in de meeste ruimtelijke agenda’s voor (${formatShort(most[0].agendas)}), ${most[most.length - 1].theme} in de minste (${formatShort(most[most.length - 1].agendas)}).`
      : '';
  return (
    `<figure class="map map-grid-figure" id="${escapeHtml(id)}"><ul class="map-grid">${items}</ul>` +
    `<figcaption><p class="map-description">${escapeHtml(description)}</p>${legend}<p class="map-credit">${escapeHtml(MAP_CREDIT)}</p></figcaption></figure>` +
    `<details class="map-table-details"><summary>Tabel bij de kaarten: Ruimtelijke agenda’s per thema</summary>${tableHtml(themeGridTable(maps, o.href), `data-map-list="${escapeHtml(id)}"`)}</details>`
  );
}
