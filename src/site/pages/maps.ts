/**
 * Kaart 1 (/kaart-1/: all cooperations as a municipality network) and Kaart 2 (/kaart-2/: the
 * spatial agendas). The maps themselves come from map-slots; these pages add the explanation,
 * the numbers behind the map and alphabetical table alternatives.
 */
import { html } from '../../present/html.ts';
import { breakableCompounds, formatNumber, plural } from '../../present/format.ts';
import { cooperationHref, link, municipalityHref, section, table, technicalDetails } from '../../present/components.ts';
import { kaart1Map, kaart2Map } from '../../present/map/slots.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import { embedSnippet } from './embed-snippet.ts';
import { KAART1_EMBED, KAART2_EMBED } from './embed.ts';

export function kaart1Page(l: SiteLookup): Page {
  const { network } = l.input.analysis;
  const map = kaart1Map(l);
  const pairRows = Object.entries(network.pairCountsByShared)
    .map(([k, v]) => [Number(k), v] as const)
    .sort((a, b) => a[0] - b[0]);
  const byCommunity = new Map<number, string[]>();
  for (const [code, c] of Object.entries(network.communities)) {
    byCommunity.set(c, [...(byCommunity.get(c) ?? []), code]);
  }
  const communities = [...byCommunity.entries()].filter(([, codes]) => codes.length >= 2).sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  return {
    path: '/kaart-1/',
    title: 'Kaart 1 – alle samenwerkingsverbanden',
    description: 'Gemeenteparen die samen in meerdere samenwerkingsverbanden zitten, ruimtelijk of niet.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: map.scripts,
    styles: map.styles,
    body: html`<h1>${breakableCompounds('Kaart 1 – alle samenwerkingsverbanden')}</h1>
<p class="lead">Een lijn verbindt twee gemeenten die samen in minstens ${plural(network.threshold, 'samenwerkingsverband', 'samenwerkingsverbanden')} zitten; hoe donkerder en dikker de lijn, hoe meer ze er delen. Hier tellen alle ${formatNumber(l.cooperations.length)} samenwerkingsverbanden mee, ook die zonder ruimtelijke agenda.</p>
${map.figure}
${embedSnippet(KAART1_EMBED)}
${section(
  'paren',
  'Hoeveel gemeenteparen delen hoeveel samenwerkingen?',
  html`<p>Met de schuif bij de kaart kiest u de drempel. Deze tabel laat zien hoeveel lijnen er bij elke drempel zouden zijn.</p>`,
  table({
    caption: 'Aantal gemeenteparen per aantal gedeelde samenwerkingsverbanden',
    head: ['Gedeelde samenwerkingsverbanden', 'Aantal paren'],
    rows: pairRows.map(([k, v]) => [formatNumber(k), formatNumber(v)]),
    numeric: [0, 1],
  }),
)}
${section(
  'clusters',
  'Clusters van gemeenten',
  html`<p>Gemeenten die onderling veel samenwerkingen delen, vormen samen een cluster. Elk cluster heet naar zijn gemeente met de meeste ${l.input.reference.population ? 'inwoners' : 'lijnen'}; de grootste clusters staan bovenaan.</p>`,
  technicalDetails(html`<p>De clusters zijn gevonden met het Louvain-algoritme (community-detectie) op de lijnen van de kaart, met als gewicht het aantal gedeelde samenwerkingsverbanden; de methodepagina beschrijft de instellingen.</p>`),
  communities.length
    ? table({
        caption: 'Clusters en hun gemeenten',
        head: ['Cluster', 'Aantal gemeenten', 'Gemeenten'],
        rows: communities.map(([n, codes]) => [
          l.communityNames[String(n)] ?? `Cluster ${n}`,
          formatNumber(codes.length),
          html`${codes
            .map((code) => ({ code, name: l.municipalityName(code) }))
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((m, j) => html`${j ? ', ' : ''}${link(municipalityHref(m.code), m.name)}`)}`,
        ]),
        numeric: [1],
      })
    : html`<p>Bij deze drempel zijn er geen clusters.</p>`,
)}
`,
  };
}

export function kaart2Page(l: SiteLookup): Page {
  const map = kaart2Map(l);
  const { coverage } = l.input.analysis;
  const withoutMembers = l.spatial.filter((c) => c.municipalities.length === 0);
  const white = coverage.whiteSpots.map((code) => ({ code, name: l.municipalityName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    path: '/kaart-2/',
    title: 'Kaart 2 – ruimtelijke agenda’s',
    description: 'Elke ruimtelijke agenda als netwerk van deelnemende gemeenten, met filters op thema, provincie, rechtsvorm en type.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: map.scripts,
    styles: map.styles,
    body: html`<h1>Kaart 2 – ruimtelijke agenda’s</h1>
<p class="lead">Elk van de ${plural(l.spatial.length, 'ruimtelijke agenda', 'ruimtelijke agenda’s')} is getekend als een netwerk in een eigen kleur: de deelnemende gemeenten zijn verbonden met een punt in het midden. Wijs een punt aan of ga er met de tab-toets naartoe om de gemeenten, de naam en de thema’s te zien.${
      withoutMembers.length
        ? html` ${plural(withoutMembers.length, 'agenda', 'agenda’s')} zonder bekende gemeenten ${withoutMembers.length === 1 ? 'staat' : 'staan'} niet op de kaart: ${withoutMembers.map((c, i) => html`${i ? ', ' : ''}${link(cooperationHref(c.id), c.name)}`)}.`
        : ''
    }</p>
${map.figure}
${embedSnippet(KAART2_EMBED)}
${section(
  'witte-vlekken',
  'Witte vlekken',
  white.length
    ? html`<p>${plural(white.length, 'gemeente doet', 'gemeenten doen')} in deze dataset aan geen enkele ruimtelijke agenda mee.</p><ul class="columns">${white.map((m) => html`<li>${link(municipalityHref(m.code), m.name)}</li>`)}</ul>`
    : html`<p>Elke gemeente doet mee aan minstens één ruimtelijke agenda.</p>`,
)}`,
  };
}
