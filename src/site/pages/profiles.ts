/**
 * Profile pages: one per cooperation (/samenwerkingen/<id>/) and one per municipality
 * (/gemeenten/<code>/), plus the two alphabetical index pages they hang under.
 */
import { THEMES } from '../../model/themes.ts';
import type { Cooperation } from '../../model/index.ts';
import { html, type Html } from '../../present/html.ts';
import { breakableCompounds, formatCountOf, formatNumber, formatPercent, plural } from '../../present/format.ts';
import { cooperationHref, goalKindLabel, inlineList, link, municipalityHref, section, sourceLink, table, themeHref, themeTags, TYPOLOGY_EXPLANATION, TYPOLOGY_LABEL } from '../../present/components.ts';
import { cooperationFacts, guideLinks } from '../../present/cooperation.ts';
import { cooperationMap, municipalityMap } from '../../present/map/slots.ts';
import { goalReasonText, typologyExplanation } from '../../present/explain.ts';
import { divisionLabel, type SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import { regionAgendaJaccard } from './national-policy.ts';
import { cooperationFitSection } from './commuting.ts';
import { compareHref } from './compare.ts';

const HOME = { href: '/', label: 'Overzicht' };

/** Why a goal got its kind, in plain words; the deciding words behind a details element. */
function goalReasonCell(g: { reason: string; words: string[] }): Html {
  const r = goalReasonText(g);
  return html`${r.text}${r.words.length ? html` <details class="reason-words"><summary>Doorslaggevende woorden</summary>${r.words.join(', ')}</details>` : ''}`;
}
const COOPS = { href: '/samenwerkingen/', label: 'Samenwerkingen' };
const MUNIS = { href: '/gemeenten/', label: 'Gemeenten' };

function municipalityLinks(l: SiteLookup, codes: string[]): Html {
  const items = codes.map((code) => ({ code, name: l.municipalityName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return inlineList(items.map((m) => link(municipalityHref(m.code), m.name)), 'geen gemeenten opgegeven');
}

export function cooperationPage(l: SiteLookup, c: Cooperation): Page {
  const t = l.typologyOf(c.id);
  const goals = l.goalsOf(c.id);
  const neighbours = l.cooperationsSharingMembers(c.id);
  const regions = l.nationalRegionsSharingMembers(c.id);
  const overlapDivisions = l.input.analysis.overlap.divisions;
  const map = cooperationMap(l, c.id);
  const bestFor = (division: string, regionId: string) => overlapDivisions[division]?.regions.find((r) => r.id === regionId)?.bestMatch;
  return {
    path: cooperationHref(c.id),
    title: c.name,
    description: `${c.name}: deelnemende gemeenten, thema’s, doelen en organisatie.`,
    breadcrumbs: [HOME, COOPS],
    scripts: map.scripts,
    styles: map.styles,
    body: html`<h1>${c.name}</h1>
<p class="lead">${c.spatial ? (c.agendaTitle ? html`Ruimtelijke agenda: <strong>${c.agendaTitle}</strong>${c.agendaYear ? ` (${c.agendaYear})` : ''}.` : 'Ruimtelijke samenwerking zonder bekende agendatitel.') : 'Samenwerkingsverband zonder ruimtelijke agenda; telt mee voor Kaart 1.'} ${plural(c.municipalities.length, 'gemeente doet', 'gemeenten doen')} mee.</p>
${cooperationFacts(c, t?.typology ?? null)}
${c.spatial ? guideLinks(c.id, l.input.guidePdfs?.get(c.id)) : ''}
<p class="compare-link">${link(compareHref(c.id), 'Vergelijk met…')} een andere samenwerking: leden, thema’s, doelen en nationale gebieden naast elkaar.</p>
${map.figure}
${section('gemeenten', 'Deelnemende gemeenten', municipalityLinks(l, c.municipalities))}
${section(
  'doelen',
  'Doelen',
  goals.length
    ? table({
        caption: `Doelen van ${c.name} met hun soort`,
        captionHidden: true,
        head: ['Doel', 'Thema', 'Soort', 'Waarom'],
        rows: goals.map((g) => [g.text, link(themeHref(g.theme), g.theme), goalKindLabel(g), g.manual ? 'handmatig ingedeeld' : goalReasonCell(g)]),
      })
    : html`<p>Voor deze samenwerking zijn geen doelen vastgelegd.</p>`,
)}
${t ? section('typologie', 'Typologie', html`<p><strong>${TYPOLOGY_LABEL[t.typology]}</strong>: ${TYPOLOGY_EXPLANATION[t.typology]}. ${typologyExplanation(t)} <a href="/methode/#typologie-regels">Hoe het type wordt bepaald</a>.</p>`) : ''}
${cooperationFitSection(l, c)}
${section(
  'nationaal',
  'Overlap met nationale gebieden',
  regions.length
    ? table({
        caption: `Nationale gebieden waarin gemeenten van ${c.name} liggen`,
        captionHidden: true,
        head: ['Indeling', 'Gebied', 'Gedeelde gemeenten', 'Overlapscore (0–1)', 'Best passende agenda voor dit gebied?'],
        rows: regions.map(({ region, shared }) => {
          const best = bestFor(region.division, region.id);
          const jaccard = regionAgendaJaccard(l, region.division, region.id, c.id);
          return [divisionLabel(region.division), region.name, formatNumber(shared), jaccard === null ? '–' : formatNumber(jaccard, 2), best && best.cooperationId === c.id ? 'ja' : 'nee'];
        }),
        numeric: [2, 3],
      })
    : html`<p>Geen overlap met nationale gebieden in deze dataset.</p>`,
)}
${section(
  'buren',
  'Samenwerkingen met dezelfde gemeenten',
  neighbours.length
    ? table({
        caption: `Samenwerkingsverbanden die gemeenten delen met ${c.name}`,
        captionHidden: true,
        head: ['Samenwerking', 'Gedeelde gemeenten', 'Ruimtelijke agenda'],
        rows: neighbours.slice(0, 30).map((n) => [link(cooperationHref(n.cooperation.id), n.cooperation.name), formatNumber(n.shared.length), n.cooperation.spatial ? 'ja' : 'nee']),
        numeric: [1],
      })
    : html`<p>Geen andere samenwerkingen met dezelfde gemeenten.</p>`,
)}
${section('bronnen', 'Bronnen', c.sources.length ? html`<ul class="sources">${c.sources.map((s) => html`<li>${sourceLink(s)}</li>`)}</ul>` : html`<p class="muted">Geen bronnen opgegeven.</p>`)}`,
  };
}

export function municipalityPage(l: SiteLookup, code: string): Page {
  const m = l.municipality(code);
  const name = l.municipalityName(code);
  const coops = l.cooperationsOf(code);
  const spatial = coops.filter((c) => c.spatial);
  const covered = new Set(spatial.flatMap((c) => c.themes));
  const whiteThemes = THEMES.filter((t) => (l.input.analysis.coverage.whiteSpotsByTheme[t] ?? []).includes(code));
  const neighbours = l.networkNeighbours(code);
  const map = municipalityMap(l, code);
  const threshold = l.input.analysis.network.threshold;
  return {
    path: municipalityHref(code),
    title: name,
    description: `De samenwerkingsverbanden van de gemeente ${name}.`,
    breadcrumbs: [HOME, MUNIS],
    scripts: map.scripts,
    styles: map.styles,
    body: html`<h1>Gemeente ${name}</h1>
<p class="lead">${name}${m ? ` (${m.province})` : ''} doet in deze dataset mee aan ${plural(coops.length, 'samenwerkingsverband', 'samenwerkingsverbanden')}, waarvan ${plural(spatial.length, 'met', 'met')} een ruimtelijke agenda.${
      l.whiteSpotSet.has(code) ? ' De gemeente is een witte vlek: ze doet aan geen enkele ruimtelijke agenda mee.' : ''
    }</p>
<p class="compare-link">${link(compareHref(code), 'Vergelijk met…')} een andere gemeente: samenwerkingen, thema’s en nationale gebieden naast elkaar.</p>
${map.figure}
${section(
  'samenwerkingen',
  'Samenwerkingsverbanden',
  coops.length
    ? table({
        caption: `Samenwerkingsverbanden van ${name}`,
        captionHidden: true,
        head: ['Samenwerking', 'Ruimtelijke agenda', 'Thema’s', 'Gemeenten'],
        rows: coops.map((c) => [link(cooperationHref(c.id), c.name), c.spatial ? 'ja' : 'nee', c.spatial ? themeTags(c.themes) : '–', formatNumber(c.municipalities.length)]),
        numeric: [3],
      })
    : html`<p>Deze gemeente doet in deze dataset aan geen enkel samenwerkingsverband mee.</p>`,
)}
${section(
  'themas',
  'Thema’s',
  html`<p>Thema’s waaraan ${name} via een ruimtelijke agenda werkt:</p>${themeTags(THEMES.filter((t) => covered.has(t)))}
<p>Witte vlek voor: ${whiteThemes.length ? inlineList(whiteThemes.map((t) => link(themeHref(t), t))) : html`<span class="muted">geen enkel thema</span>`}</p>`,
)}
${section(
  'buren',
  'Buren op Kaart 1',
  neighbours.length
    ? table({
        caption: `Gemeenten die minstens ${threshold} samenwerkingsverbanden delen met ${name}`,
        head: ['Gemeente', 'Gedeelde samenwerkingsverbanden'],
        rows: neighbours.map((n) => [link(municipalityHref(n.code), l.municipalityName(n.code)), formatNumber(n.shared)]),
        numeric: [1],
      })
    : html`<p>Geen gemeente deelt minstens ${plural(threshold, 'samenwerkingsverband', 'samenwerkingsverbanden')} met ${name}.</p>`,
)}`,
  };
}

export function cooperationsIndexPage(l: SiteLookup): Page {
  return {
    path: '/samenwerkingen/',
    title: 'Samenwerkingen',
    description: 'Alle samenwerkingsverbanden in de dataset, alfabetisch.',
    breadcrumbs: [HOME],
    scripts: [],
    body: html`<h1>${breakableCompounds('Samenwerkingsverbanden')}</h1>
<p class="lead">Alle ${formatNumber(l.cooperations.length)} samenwerkingsverbanden in de dataset; ${formatCountOf(l.spatial.length, l.cooperations.length)} ${l.spatial.length === 1 ? 'heeft' : 'hebben'} een ruimtelijke agenda.</p>
${table({
  caption: 'Samenwerkingsverbanden, alfabetisch',
  captionHidden: true,
  head: ['Samenwerking', 'Ruimtelijke agenda', 'Gemeenten'],
  rows: l.cooperations.map((c) => [link(cooperationHref(c.id), c.name), c.spatial ? 'ja' : 'nee', formatNumber(c.municipalities.length)]),
  numeric: [2],
})}`,
  };
}

export function municipalitiesIndexPage(l: SiteLookup): Page {
  const munis = [...l.input.analysis.coverage.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    path: '/gemeenten/',
    title: 'Gemeenten',
    description: 'Alle gemeenten met het aantal samenwerkingsverbanden waaraan ze meedoen.',
    breadcrumbs: [HOME],
    scripts: [],
    body: html`<h1>Gemeenten</h1>
<p class="lead">Alle ${formatNumber(munis.length)} gemeenten met het aantal samenwerkingsverbanden waaraan ze in deze dataset meedoen.</p>
${table({
  caption: 'Gemeenten, alfabetisch',
  captionHidden: true,
  head: ['Gemeente', 'Provincie', 'Ruimtelijke agenda’s', 'Alle samenwerkingen'],
  rows: munis.map((m) => [link(municipalityHref(m.code), m.name), m.province, formatNumber(m.spatialCooperations), formatNumber(m.allCooperations)]),
  numeric: [2, 3],
})}`,
  };
}
