/**
 * Embedding: a page per map for an iframe on another site (only the map, its controls, legend and
 * table; see `chrome: 'embed'` in the layout). Every map page of the site has one: Kaart 1 and 2,
 * the theme maps, the overlay map of each national division and the commuting maps. The snippet
 * under each map on its own page comes from ./embed-snippet.ts.
 */
import { html } from '../../present/html.ts';
import { THEMES } from '../../model/themes.ts';
import { divisionHref, themeHref } from '../../present/components.ts';
import { kaart1Map, kaart2Map, overlayMap, themeMap, type MapSlot } from '../../present/map/slots.ts';
import { divisionLabel, isReferenceDivision, type SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import { embedPath, type EmbedTarget } from './embed-snippet.ts';
import { COMMUTING_PATH, commutingMaps, commutingMapSlot } from './commuting.ts';

export interface EmbeddableMap extends EmbedTarget {
  /** The page the map appears on (the embed page's canonical address). */
  page: string;
  slot: () => MapSlot;
}

const MAP_HEIGHT = 1000;

/** The Kaart 1 and Kaart 2 targets; their pages show the snippet with the view in the address. */
export const KAART1_EMBED: EmbedTarget = { embed: embedPath('/kaart-1/'), title: 'Kaart 1: gemeenteparen die samenwerkingsverbanden delen', height: MAP_HEIGHT, stateful: true };
export const KAART2_EMBED: EmbedTarget = { embed: embedPath('/kaart-2/'), title: 'Kaart 2: ruimtelijke agenda’s', height: MAP_HEIGHT, stateful: true };

/** The embed target of a theme's map (shown under the map on the theme page). */
export function themeEmbed(theme: (typeof THEMES)[number]): EmbedTarget {
  return { embed: embedPath(themeHref(theme)), title: `Ruimtelijke agenda’s met het thema ${theme}`, height: MAP_HEIGHT, stateful: true };
}

/** The embed target of a national division's overlay map. */
export function divisionEmbed(l: SiteLookup, division: string): EmbedTarget {
  return { embed: embedPath(divisionHref(l.input.analysis.overlap.divisions, division)), title: `${divisionLabel(division)} en de ruimtelijke agenda’s`, height: MAP_HEIGHT };
}

/** Every embeddable map of the site, in page order. */
export function embeddableMaps(l: SiteLookup): EmbeddableMap[] {
  const divisions = Object.keys(l.input.analysis.overlap.divisions).filter((d) => !isReferenceDivision(d)).sort();
  const commuting = l.input.analysis.commuting;
  return [
    { ...KAART1_EMBED, page: '/kaart-1/', slot: () => kaart1Map(l) },
    { ...KAART2_EMBED, page: '/kaart-2/', slot: () => kaart2Map(l) },
    ...THEMES.map((t) => ({ ...themeEmbed(t), page: themeHref(t), slot: () => themeMap(l, t) })),
    ...divisions.map((d) => ({ ...divisionEmbed(l, d), page: divisionHref(l.input.analysis.overlap.divisions, d), slot: () => overlayMap(l, d) })),
    ...(commuting ? commutingMaps(l, commuting) : []).map((m) => ({ ...m.target, page: COMMUTING_PATH, slot: () => commutingMapSlot(m) })),
  ];
}

export function embedPages(l: SiteLookup): Page[] {
  return embeddableMaps(l).map((m) => {
    const slot = m.slot();
    return {
      path: m.embed,
      title: m.title,
      description: `${m.title}, om in te bedden op een andere website.`,
      breadcrumbs: [],
      chrome: 'embed' as const,
      canonical: m.page,
      scripts: slot.scripts,
      styles: slot.styles,
      body: html`<h1 class="embed-title">${m.title}</h1>${slot.figure}`,
    };
  });
}
