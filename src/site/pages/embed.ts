/**
 * Embedding: a page per map for an iframe on another site (only the map, its controls, legend and
 * table; see `chrome: 'embed'` in the layout), and the copyable snippet shown under the map on its
 * own page. The snippet is plain text in a <pre>, readable and selectable without JavaScript; the
 * map islands put this site's own address into it (the build does not know where it is hosted).
 */
import { html, type Html } from '../../present/html.ts';
import { kaart1Map, kaart2Map, type MapSlot } from '../../present/map/slots.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';

/** Stands in for the site's address until the island (or the reader) fills it in. */
export const SITE_ADDRESS_PLACEHOLDER = 'https://adres-van-deze-site';

interface EmbeddableMap {
  page: string;
  embed: string;
  title: string;
  height: number;
  slot: (l: SiteLookup) => MapSlot;
}

export const EMBEDDABLE_MAPS: EmbeddableMap[] = [
  { page: '/kaart-1/', embed: '/inbedden/kaart-1/', title: 'Kaart 1: gemeenteparen die samenwerkingsverbanden delen', height: 1000, slot: kaart1Map },
  { page: '/kaart-2/', embed: '/inbedden/kaart-2/', title: 'Kaart 2: ruimtelijke agenda’s', height: 1000, slot: kaart2Map },
];

export function iframeCode(m: Pick<EmbeddableMap, 'embed' | 'title' | 'height'>, origin = SITE_ADDRESS_PLACEHOLDER): string {
  return `<iframe src="${origin}${m.embed}" title="${m.title.replace(/"/g, '&quot;')}" width="100%" height="${m.height}" loading="lazy"></iframe>`;
}

/** The snippet block under a map on its page. */
export function embedSnippet(pagePath: string): Html {
  const m = EMBEDDABLE_MAPS.find((x) => x.page === pagePath);
  if (!m) return html``;
  return html`<details class="map-embed"><summary>Deze kaart op een andere website tonen</summary>
<p>Kopieer de code hieronder naar de pagina waar de kaart moet komen. De code neemt de drempel en filters mee die u bij de kaart hebt gekozen. Staat er <code>${SITE_ADDRESS_PLACEHOLDER}</code>, vervang dat dan door het adres van deze site.</p>
<p>Een andere website kan de kaart alleen tonen als deze site is gebouwd met <code>--frame-ancestors</code> en het adres van die website (zie docs/site.md); standaard mag niemand de pagina’s inbedden.</p>
<pre class="map-embed-code" tabindex="0" aria-label="Code om de kaart in te bedden"><code data-embed-code="" data-embed-path="${m.embed}">${iframeCode(m)}</code></pre>
</details>`;
}

export function embedPages(l: SiteLookup): Page[] {
  return EMBEDDABLE_MAPS.map((m) => {
    const slot = m.slot(l);
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
