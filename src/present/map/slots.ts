/**
 * The one place where pages ask for maps. Each slot turns Reference/Dataset/Analysis into the
 * input of a map renderer in src/site/map (owned by the maps work), and returns the figure markup
 * plus the client entry and stylesheet it needs. Only selection and labelling happen here.
 */
import { slugify } from '../../model/normalise.ts';
import { THEMES, type Theme } from '../../model/themes.ts';
import type { Cooperation } from '../../model/index.ts';
import { html, trusted, type Html } from '../html.ts';
import { formatNumber } from '../format.ts';
import { cooperationHref, municipalityHref, table, themeHref, TYPOLOGY_LABEL } from '../components.ts';
import { divisionLabel, type SiteLookup } from '../lookup.ts';
import { figureHtml } from './svg.ts';
import { MAP_CLIENT_ENTRIES, MAP_STYLESHEET } from './index.ts';
import { kaart1Map as renderKaart1 } from './kaart1.ts';
import { kaart2Map as renderKaart2 } from './kaart2.ts';
import { cooperationMap as renderCooperation, municipalityMap as renderMunicipality } from './single.ts';
import { overlayMap as renderOverlay } from './overlay.ts';
import { baseMap } from './base.ts';
import { themeGridHtml, themeMaps, type ThemeMap } from './themes.ts';
import type { MapCooperation, MapMunicipality, MapResult, MapTable } from './types.ts';
import type { NetworkEdge } from '../../analysis/types.ts';

export interface MapSlot {
  figure: Html;
  scripts: string[];
  styles: string[];
}


/** Client entry name (src/site/client/<name>.ts) from the maps module's entry path. */
const entryName = (path: string) => path.replace(/^.*\//, '').replace(/\.ts$/, '');
const ENTRY_FOR_KIND: Record<string, string> = Object.fromEntries(
  Object.entries(MAP_CLIENT_ENTRIES).map(([kind, path]) => [kind, entryName(path)]),
);

/**
 * The map's table alternative rendered with the site's own table component (scroll region, stacked
 * rows on small screens), keeping `data-map-list` and the row data the filter island uses.
 */
function mapTable(id: string, t: MapTable, mode: 'details' | 'open'): Html {
  const numeric = t.columns.map((_, i) => i).filter((i) => t.rows.length > 0 && t.rows.every((row) => typeof row[i] === 'number'));
  const rows = t.rows.map((row, ri) =>
    row.map((cell, ci) => {
      const text = typeof cell === 'number' ? formatNumber(cell) : cell;
      const href = ci === 0 ? t.links?.[ri] : null;
      return href ? html`<a href="${href}">${text}</a>` : text;
    }),
  );
  const tbl = table({ caption: t.caption, head: t.columns, rows, numeric, rowData: t.rowData, tableData: { 'map-list': id }, className: 'map-table' });
  return mode === 'open' ? tbl : html`<details class="map-table-details"><summary>Tabel bij de kaart: ${t.caption}</summary>${tbl}</details>`;
}

function slot(id: string, r: MapResult, o: { table?: 'details' | 'open' | 'none' } = {}): MapSlot {
  const scripts = [ENTRY_FOR_KIND[r.kind], r.svg.includes('data-map-zoom') ? ENTRY_FOR_KIND.zoom : undefined].filter((e): e is string => !!e);
  const mode = o.table ?? 'details';
  const figure = html`${trusted(figureHtml(id, r, { table: 'none' }))}${mode === 'none' ? '' : mapTable(id, r.table, mode)}`;
  return { figure, scripts, styles: [MAP_STYLESHEET] };
}

function mapMunicipalities(l: SiteLookup): MapMunicipality[] {
  return l.input.reference.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province }));
}

function mapCooperation(l: SiteLookup, c: Cooperation): MapCooperation {
  return {
    id: c.id,
    name: c.name,
    agendaTitle: c.agendaTitle,
    themes: [...c.themes],
    legalForm: c.legalForm,
    typology: l.typologyOf(c.id)?.typology ?? null,
    municipalities: c.municipalities,
    href: cooperationHref(c.id),
  };
}

const common = (l: SiteLookup, id: string) => ({ id, municipalities: mapMunicipalities(l), municipalityHref: (code: string) => municipalityHref(code) });

/** All pairs for the Kaart 1 slider: provided by the pipeline, else the analysis edges (≥ threshold only). */
export function sliderPairs(l: SiteLookup): NetworkEdge[] {
  return l.input.analysis.network.pairs;
}

export function kaart1Map(l: SiteLookup): MapSlot {
  const { network } = l.input.analysis;
  const r = renderKaart1({
    ...common(l, 'kaart-1'),
    pairs: sliderPairs(l),
    threshold: network.threshold,
    communities: network.communities,
    communityNames: l.communityNames,
    title: 'Kaart 1: gemeenteparen die samenwerkingsverbanden delen',
  });
  return slot('kaart-1', r);
}

export function kaart2Map(l: SiteLookup): MapSlot {
  const { coverage } = l.input.analysis;
  const r = renderKaart2({
    ...common(l, 'kaart-2'),
    cooperations: l.spatial.map((c) => mapCooperation(l, c)),
    whiteSpots: coverage.whiteSpots,
    whiteSpotsByTheme: coverage.whiteSpotsByTheme,
    themes: THEMES,
    title: 'Kaart 2: ruimtelijke agenda’s',
  });
  return slot('kaart-2', r, { table: 'open' });
}

const themeMapCache = new WeakMap<SiteLookup, ThemeMap[]>();

function allThemeMaps(l: SiteLookup): ThemeMap[] {
  let maps = themeMapCache.get(l);
  if (!maps) {
    maps = themeMaps({ id: 'thema', municipalities: mapMunicipalities(l), cooperations: l.spatial.map((c) => mapCooperation(l, c)), themes: THEMES, whiteSpotsByTheme: l.input.analysis.coverage.whiteSpotsByTheme });
    themeMapCache.set(l, maps);
  }
  return maps;
}

/** The nine small maps as one grid figure (for /themas/). */
export function themeGrid(l: SiteLookup): MapSlot {
  return { figure: trusted(themeGridHtml('themakaarten', allThemeMaps(l), { href: (t) => themeHref(t as Theme), headingLevel: 2 })), scripts: [], styles: [MAP_STYLESHEET] };
}

/** One theme: the agendas on it as networks with hover/focus (Kaart 2 restricted to the theme). */
export function themeMap(l: SiteLookup, theme: Theme): MapSlot {
  const { coverage } = l.input.analysis;
  const r = renderKaart2({
    ...common(l, 'themakaart'),
    cooperations: l.spatial.filter((c) => c.themes.includes(theme)).map((c) => mapCooperation(l, c)),
    whiteSpots: coverage.whiteSpotsByTheme[theme] ?? [],
    themes: [theme],
    theme,
    title: `Ruimtelijke agenda’s met het thema ${theme}`,
  });
  return slot('themakaart', r);
}

const TYPE_FILL: Record<string, string> = { BESTUURLIJK: '#3182bd', ECONOMISCH: '#c26a00', LANDSCHAPPELIJK: '#2f7d4a' };

/**
 * Typology as three small maps, one per type: the municipalities in at least one agenda of that
 * type. Static and not focusable (the typology table below is the accessible alternative).
 */
export function typologyMap(l: SiteLookup): MapSlot {
  const types = ['BESTUURLIJK', 'ECONOMISCH', 'LANDSCHAPPELIJK'] as const;
  const items = types.map((type) => {
    const agendas = l.spatial.filter((c) => l.typologyOf(c.id)?.typology === type);
    const classOf: Record<string, string> = {};
    for (const code of [...new Set(agendas.flatMap((c) => c.municipalities))].sort()) classOf[code] = type;
    const label = TYPOLOGY_LABEL[type];
    const r = baseMap({
      ...common(l, `typologie-${type.toLowerCase()}`),
      width: 300,
      title: `${label}: gemeenten in een ${label.toLowerCase()}e agenda`,
      classes: [{ key: type, label: `In een ${label.toLowerCase()}e agenda`, fill: TYPE_FILL[type] }],
      classOf,
      focusable: false,
      description: `${formatNumber(Object.keys(classOf).length)} van de ${formatNumber(l.input.reference.municipalities.length)} gemeenten doen mee aan minstens één ${label.toLowerCase()}e agenda (${formatNumber(agendas.length)} agenda’s).`,
    });
    return html`<li class="type-map"><h3 class="type-map__title">${label} <span class="muted">(${formatNumber(agendas.length)} agenda’s, ${formatNumber(Object.keys(classOf).length)} gemeenten)</span></h3>${trusted(r.svg)}</li>`;
  });
  const figure = html`<figure class="map type-maps" id="typologiekaarten"><ul class="type-map-grid">${items}</ul><figcaption><p>Per type de gemeenten die meedoen aan minstens één agenda van dat type; een gemeente kan in meer dan één kaart voorkomen. De tabel hieronder noemt per agenda het type en de reden.</p><p class="map-credit">Kaart: CBS / Kadaster, 2025 (CC BY 4.0)</p></figcaption></figure>`;
  return { figure, scripts: [], styles: [MAP_STYLESHEET] };
}

export function overlayMap(l: SiteLookup, division: string): MapSlot {
  const id = `overlay-${slugify(division)}`;
  const overlap = l.input.analysis.overlap.divisions[division];
  const best = new Map((overlap?.regions ?? []).map((r) => [r.id, r.bestMatch]));
  const regions = l.input.dataset.nationalRegions
    .filter((r) => r.division === division)
    .map((r) => {
      const m = best.get(r.id);
      return { id: r.id, name: r.name, municipalities: r.municipalities, note: m ? `best passende agenda: ${l.coopById.get(m.cooperationId)?.name ?? m.cooperationId}` : 'geen overlap met een agenda' };
    });
  const r = renderOverlay({
    ...common(l, id),
    division: divisionLabel(division),
    regions,
    cooperations: l.spatial.map((c) => mapCooperation(l, c)),
    title: `${divisionLabel(division)} over de ruimtelijke agenda’s`,
    noteLabel: 'Best passende agenda',
  });
  return slot(id, r);
}

export function cooperationMap(l: SiteLookup, id: string): MapSlot {
  const c = l.coopById.get(id)!;
  return slot('ledenkaart', renderCooperation({ ...common(l, 'ledenkaart'), cooperation: mapCooperation(l, c) }), { table: 'none' });
}

export function municipalityMap(l: SiteLookup, code: string): MapSlot {
  return slot('ligging', renderMunicipality({ ...common(l, 'ligging'), code }), { table: 'none' });
}

/**
 * A blank locator map of the country for the compare page: every area carries its code, so the
 * page's island can mark the members of the chosen cooperation or municipality. Static, not focusable.
 */
export function compareMap(l: SiteLookup, id: string, title: string): Html {
  return trusted(baseMap({ ...common(l, id), width: 320, title, description: 'Nog niets gekozen.', focusable: false }).svg);
}
