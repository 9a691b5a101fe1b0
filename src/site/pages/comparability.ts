/** Vergelijkbaarheid (/vergelijkbaarheid/): typology per agenda with its reason, map by type, life phase. */
import { LIFE_PHASES, TYPOLOGIES } from '../../model/enums.ts';
import { html, type Html } from '../../present/html.ts';
import { typologyExplanation } from '../../present/explain.ts';
import { formatNumber, formatPercent, plural } from '../../present/format.ts';
import { cooperationHref, LIFE_PHASE_LABEL, link, section, table, TYPOLOGY_EXPLANATION, TYPOLOGY_LABEL } from '../../present/components.ts';
import { typologyMap } from '../../present/map/slots.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';

export function comparabilityPage(l: SiteLookup): Page {
  const { typology } = l.input.analysis;
  const map = typologyMap(l);
  const rows = l.spatial.map((c) => ({ c, t: l.typologyOf(c.id) }));
  const phased = l.spatial.filter((c) => c.lifePhase !== null);
  return {
    path: '/vergelijkbaarheid/',
    title: 'Vergelijkbaarheid',
    description: 'Welke logica volgen de grenzen van de ruimtelijke agenda’s: bestuurlijk, economisch of landschappelijk?',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: map.scripts,
    styles: map.styles,
    body: html`<h1>Vergelijkbaarheid van de agenda’s</h1>
<p class="lead">Regionale agenda’s zijn verschillend van opzet, maar hun grenzen volgen meestal één van drie logica’s. Per agenda staat hieronder welk type het is en waarom.</p>
${section(
  'typen',
  'Drie typen',
  html`<ul class="type-list">${TYPOLOGIES.map((t) => html`<li><strong>${TYPOLOGY_LABEL[t]}</strong> (${plural(typology.counts[t] ?? 0, 'agenda', 'agenda’s')}): ${TYPOLOGY_EXPLANATION[t]}.</li>`)}</ul>
<p>Een type komt uit de dataset zelf of wordt afgeleid met eenvoudige, controleerbare regels (namen van landschappen → landschappelijk; economische clusters of bedrijven en onderwijs als partner → economisch; anders bestuurlijk; de regels staan op de pagina <a href="/methode/#typologie-regels">Methode</a>). ${
    typology.agreement === null ? '' : html`Waar de dataset een type geeft, leiden de regels in ${formatNumber(typology.agreed)} van de ${formatNumber(typology.labelled)} gevallen (${formatPercent(typology.agreement)}) hetzelfde type af.`
  }</p>`,
)}
${map.figure}
${section(
  'tabel',
  'Type per agenda',
  table({
    caption: 'Typologie per ruimtelijke agenda, met de reden',
    head: ['Samenwerking', 'Type', 'Waarom dit type'],
    rows: rows.map(({ c, t }) => [link(cooperationHref(c.id), c.name), t ? TYPOLOGY_LABEL[t.typology] : '–', t ? typologyExplanation(t) : '–']),
  }),
)}
${section(
  'levensfase',
  'Levensfase',
  html`<p>Regionale samenwerkingen doorlopen fasen: een <strong>startfase</strong> waarin partijen elkaar vinden, een <strong>ontmoetingsplek</strong> waar ze regelmatig afstemmen, en een <strong>draaiend systeem</strong> met vaste afspraken en middelen. Daarna volgt vaak herijking.</p>
${phased.length ? html`<ol class="phase-diagram" aria-label="Levensfasen van een regionale samenwerking">${LIFE_PHASES.map((p) => html`<li><span>${LIFE_PHASE_LABEL[p]}</span> <span class="phase-diagram__count">${plural(phased.filter((c) => c.lifePhase === p).length, 'agenda', 'agenda’s')}</span></li>`)}</ol>
${table({
  caption: 'Agenda’s waarvan de levensfase bekend is',
  head: ['Samenwerking', 'Levensfase'],
  rows: phased.map((c) => [link(cooperationHref(c.id), c.name), LIFE_PHASE_LABEL[c.lifePhase!]]),
})}
<p class="muted">${formatNumber(phased.length)} van de ${formatNumber(l.spatial.length)} agenda’s heeft een levensfase; van de andere ${formatNumber(l.spatial.length - phased.length)} legt de dataset die niet vast.</p>` : lifePhaseMissing(l.spatial.length)}`,
)}`,
  };
}

/** When no agenda has a life phase: say that the dataset does not record it, and how to add it. */
function lifePhaseMissing(agendas: number): Html {
  return html`<ol class="phase-diagram" aria-label="Levensfasen van een regionale samenwerking">${LIFE_PHASES.map((p) => html`<li><span>${LIFE_PHASE_LABEL[p]}</span></li>`)}</ol>
<p>Deze dataset legt de levensfase niet vast: bij geen van de ${formatNumber(agendas)} ruimtelijke agenda’s is die ingevuld. Daarom staat hier geen verdeling.</p>
<p>Toevoegen kan in het blad <code>samenwerkingen</code>, kolom <code>levensfase</code>, met per agenda <code>STARTUP</code> (startfase), <code>ONTMOETINGSPLEK</code> of <code>DRAAIEND_SYSTEEM</code>. Na het opnieuw bouwen verschijnen hier de aantallen en de lijst per fase.</p>`;
}
