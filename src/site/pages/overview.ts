/**
 * Overzicht (/): the four research questions with their answers (present/findings.ts), the way to
 * the conversation guides, and the dataset status.
 */
import { html, type Html } from '../../present/html.ts';
import { formatNumber, plural } from '../../present/format.ts';
import { keyValues, link, notice } from '../../present/components.ts';
import { researchQuestions } from '../../present/findings.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import type { SiteStatus } from '../../present/layout.ts';
import { chapterList } from './story.ts';

export function datasetStatus(l: SiteLookup, status: SiteStatus): Html {
  const s = l.input.analysis.dataset;
  return html`${notice(html`Deze site toont <strong>${status.label}</strong>. De selectie is niet volledig; tellingen gaan alleen over deze dataset.`)}
${keyValues([
  ['Samenwerkingsverbanden', formatNumber(s.cooperations)],
  ['waarvan met een ruimtelijke agenda', formatNumber(s.spatial)],
  ['Doelen', formatNumber(s.goals)],
  ['Betrokken gemeenten', formatNumber(s.municipalitiesReferenced)],
  ['Nationale gebieden', formatNumber(s.nationalRegions)],
  ['Nationale beleidsstukken', formatNumber(s.nationalPolicies)],
  ['Stand', status.date],
  ['Meldingen bij inlezen', `${formatNumber(s.findings.error)} fouten, ${formatNumber(s.findings.warning)} waarschuwingen`],
])}
<p>${link('/methode/', 'Lees hoe de gegevens zijn verzameld en verwerkt')} of ${link('/downloads/', 'download de gegevens')}.</p>`;
}

/** The conversation guides are the practical end of the analysis, so the overview points to them. */
export function guideSection(l: SiteLookup): Html {
  const count = l.spatial.length;
  return html`<section class="section" aria-labelledby="gesprek"><h2 id="gesprek">In gesprek met de regio</h2>
<p>De cijfers zijn een begin. Voor ${count === 1 ? 'de ruimtelijke samenwerking' : html`elk van de ${plural(count, 'ruimtelijke samenwerking', 'ruimtelijke samenwerkingen')}`} is er een gespreksleidraad: een printbare set vragen met de feiten uit deze site, om met de regio te bespreken wat er speelt, wat werkt en wat het Rijk kan doen. Zie ${link('/gespreksleidraad/', 'Gespreksleidraden')}.</p></section>`;
}

export function overviewPage(l: SiteLookup, status: SiteStatus): Page {
  return {
    path: '/',
    title: 'Overzicht',
    description: 'Waar gemeenten samenwerken aan ruimtelijke vraagstukken: kaarten, thema’s, kenmerken en aansluiting op nationaal beleid.',
    breadcrumbs: [],
    scripts: [],
    body: html`<h1>Ruimtelijke samenwerking in de regio</h1>
<p class="lead">Gemeenten werken in regio’s samen aan wonen, bereikbaarheid, energie, water, natuur en economie. Deze site laat zien waar dat gebeurt, waaraan, hoe het is georganiseerd en hoe het aansluit op rijksbeleid — alles berekend uit één dataset.</p>
${l.input.story?.chapters.length ? html`<section class="section" aria-labelledby="verhaal"><h2 id="verhaal">Het verhaal</h2><p>Lees eerst de hoofdstukken; de cijfers erin komen uit deze dataset.</p>${chapterList(l.input.story.chapters)}</section>` : ''}
<ol class="questions">${researchQuestions(l).map((q) => html`<li class="question"><h2 id="vraag-${q.n}"><span class="question__number">Vraag ${q.n}</span> ${q.question}</h2>${q.answer}</li>`)}</ol>
${guideSection(l)}
<section class="section" aria-labelledby="status"><h2 id="status">Over de gegevens</h2>${datasetStatus(l, status)}</section>`,
  };
}
