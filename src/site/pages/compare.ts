/**
 * Vergelijken (/vergelijk/?a=<id>&b=<id>): two cooperations or two municipalities side by side. The
 * forms submit GET to this page, so the choice lives in the address (reload, back/forward and a
 * copied link give the same comparison); the island (client/compare.ts) reads the choice and the
 * data file the presentation layer wrote (present/compare.ts) and fills in table, member lists and
 * maps. Without JavaScript the page says where the same data stands: on the profile pages.
 */
import { html, type Html } from '../../present/html.ts';
import { compareData, type CompareKind } from '../../present/compare.ts';
import { compareMap } from '../../present/map/slots.ts';
import { MAP_STYLESHEET } from '../../present/map/index.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';

export const COMPARE_PATH = '/vergelijk/';
export const COMPARE_DATA_FILE = `${COMPARE_PATH}gegevens.json`;

/** The compare page with `id` already chosen as the first of the two (profile pages link here). */
export function compareHref(id: string): string {
  return `${COMPARE_PATH}?a=${encodeURIComponent(id)}`;
}

interface Choice {
  value: string;
  label: string;
}

function select(id: string, label: string, groups: { label: string; options: Choice[] }[]): Html {
  return html`<div class="compare-form__field"><label for="${id}">${label}</label><select id="${id}" name="${id.endsWith('-a') ? 'a' : 'b'}" required><option value="">Kies…</option>${groups.map(
    (g) => html`<optgroup label="${g.label}">${g.options.map((o) => html`<option value="${o.value}">${o.label}</option>`)}</optgroup>`,
  )}</select></div>`;
}

function form(kind: CompareKind, legend: string, noun: string, groups: { label: string; options: Choice[] }[]): Html {
  const p = kind === 'samenwerking' ? 's' : 'g';
  return html`<form class="compare-form" action="${COMPARE_PATH}" method="get" data-compare-kind="${kind}">
<fieldset><legend>${legend}</legend>
<div class="compare-form__row">${select(`${p}-a`, `Eerste ${noun}`, groups)}${select(`${p}-b`, `Tweede ${noun}`, groups)}<button type="submit">Vergelijk</button></div>
</fieldset></form>`;
}

function mapFigure(l: SiteLookup, side: 'a' | 'b'): Html {
  return html`<figure class="map compare-map" id="vergelijk-kaart-${side}" data-compare-map="${side}"><div class="map-frame">${compareMap(l, `vergelijk-${side}`, side === 'a' ? 'Eerste keuze' : 'Tweede keuze')}</div><figcaption></figcaption></figure>`;
}

export function comparePage(l: SiteLookup): Page {
  const data = compareData(l);
  const coops = (spatial: boolean) => l.cooperations.filter((c) => c.spatial === spatial).map((c) => ({ value: c.id, label: c.name }));
  const munis = data.kinds.gemeente.entities.map((m) => ({ value: m.id, label: m.name }));
  return {
    path: COMPARE_PATH,
    title: 'Vergelijken',
    description: 'Twee samenwerkingsverbanden of twee gemeenten naast elkaar: leden, thema’s, doelen, rechtsvorm, type en nationale gebieden.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: ['compare'],
    styles: [MAP_STYLESHEET],
    files: [{ path: COMPARE_DATA_FILE, content: `${JSON.stringify(data)}\n` }],
    body: html`<h1>Vergelijken</h1>
<p class="lead">Zet twee samenwerkingsverbanden of twee gemeenten naast elkaar: welke gemeenten of samenwerkingen ze delen, hun thema’s, doelen, rechtsvorm, type en de nationale gebieden waarin ze liggen.</p>
<noscript><p class="notice">Het naast elkaar zetten gebeurt in uw browser en vraagt JavaScript. Zonder JavaScript staan dezelfde gegevens op de profielpagina van elke <a href="/samenwerkingen/">samenwerking</a> en elke <a href="/gemeenten/">gemeente</a>.</p></noscript>
${form('samenwerking', 'Twee samenwerkingsverbanden', 'samenwerking', [
  { label: 'Met een ruimtelijke agenda', options: coops(true) },
  { label: 'Overige samenwerkingen', options: coops(false) },
])}
${form('gemeente', 'Twee gemeenten', 'gemeente', [{ label: 'Gemeenten', options: munis }])}
<p id="vergelijk-status" class="compare-status" role="status"></p>
<div id="vergelijking" class="compare-result" data-compare-data="${COMPARE_DATA_FILE}" hidden>
<h2 id="vergelijking-titel" tabindex="-1"></h2>
<div class="table-wrap" role="region" aria-labelledby="vergelijking-titel" tabindex="0"><table class="stack compare-table" role="table"><caption class="visually-hidden"></caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Kenmerk</th><th scope="col" role="columnheader" data-compare-head="a"></th><th scope="col" role="columnheader" data-compare-head="b"></th></tr></thead><tbody role="rowgroup"></tbody></table></div>
<section class="section" aria-labelledby="vergelijk-leden"><h2 id="vergelijk-leden"></h2><p class="compare-members__summary"></p><div class="compare-members"></div></section>
<section class="section" aria-labelledby="vergelijk-kaarten"><h2 id="vergelijk-kaarten">Op de kaart</h2><div class="compare-maps">${mapFigure(l, 'a')}${mapFigure(l, 'b')}</div></section>
</div>`,
  };
}
