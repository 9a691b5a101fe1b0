/**
 * The copyable iframe snippet shown under a map on its own page. The snippet is plain text in a
 * <pre>, readable and selectable without JavaScript; the map islands put this site's own address
 * into it (the build does not know where it is hosted). Kept apart from the embed pages, which
 * import the pages' map builders, so that every page can show a snippet without an import cycle.
 */
import { html, type Html } from '../../present/html.ts';

/** Stands in for the site's address until the island (or the reader) fills it in. */
export const SITE_ADDRESS_PLACEHOLDER = 'https://adres-van-deze-site';

export interface EmbedTarget {
  /** Path of the embed page (map only), e.g. /inbedden/themas/wonen/. */
  embed: string;
  title: string;
  height: number;
  /** The map keeps its filters in the address, and the snippet carries them along. */
  stateful?: boolean;
}

/**
 * Where the embeddable copy of a map lives: /inbedden + the page's path, plus the figure id for a
 * page with more than one map (so /kaart-1/ → /inbedden/kaart-1/).
 */
export function embedPath(pagePath: string, figureId?: string): string {
  return `/inbedden${pagePath}${figureId ? `${figureId}/` : ''}`;
}

export function iframeCode(m: EmbedTarget, origin = SITE_ADDRESS_PLACEHOLDER): string {
  return `<iframe src="${origin}${m.embed}" title="${m.title.replace(/"/g, '&quot;')}" width="100%" height="${m.height}" loading="lazy"></iframe>`;
}

/** The snippet block under a map on its page. */
export function embedSnippet(m: EmbedTarget): Html {
  const view = m.stateful ? ' De code neemt de drempel en filters mee die u bij de kaart hebt gekozen.' : '';
  return html`<details class="map-embed"><summary>Deze kaart op een andere website tonen</summary>
<p>Kopieer de code hieronder naar de pagina waar de kaart moet komen.${view} Staat er <code>${SITE_ADDRESS_PLACEHOLDER}</code>, vervang dat dan door het adres van deze site.</p>
<p>Een andere website kan de kaart alleen tonen als deze site is gebouwd met <code>--frame-ancestors</code> en het adres van die website (zie docs/site.md); standaard mag niemand de pagina’s inbedden.</p>
<pre class="map-embed-code" tabindex="0" aria-label="Code om de kaart in te bedden: ${m.title}"><code data-embed-code="" data-embed-path="${m.embed}">${iframeCode(m)}</code></pre>
</details>`;
}
