/**
 * Kenmerken (/kenmerken/): figure 1 (agendas per theme), figure 2 (number of themes; theme pairs),
 * figure 3 (legal form; multi-theme share; partners), member statistics and the per-theme goals
 * table. Every chart has its data table and a CSV download written next to the page.
 */
import { goalReliability } from '../../present/explain.ts';
import { THEMES } from '../../model/themes.ts';
import { GOAL_CLASSES, LEGAL_FORMS } from '../../model/enums.ts';
import { html, type Html } from '../../present/html.ts';
import { formatCountOf, formatNumber, formatPercent, plural } from '../../present/format.ts';
import { columns, horizontalBars } from '../../present/charts.ts';
import { toCsv } from '../../present/csv.ts';
import { cooperationHref, downloadLink, GOAL_CLASS_EXPLANATION, GOAL_CLASS_LABEL, LEGAL_FORM_LABEL, LEGAL_FORM_SHORT, link, section, table, themeHref } from '../../present/components.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { OutputFile, Page } from '../../present/page.ts';

const CSV_DIR = '/kenmerken/';

function figure(id: string, title: string, chart: Html, tableHtml: Html, csvName: string, note?: Html): Html {
  return html`<figure class="chart-figure" aria-labelledby="${id}-titel">
<figcaption id="${id}-titel"><strong>${title}</strong></figcaption>
${note ?? ''}
${chart}
<details class="data-table"><summary>Tabel bij deze figuur</summary>${tableHtml}</details>
<p>${downloadLink(CSV_DIR + csvName, 'Download de gegevens', 'CSV')}</p>
</figure>`;
}

interface Block {
  body: Html;
  files: OutputFile[];
}

type Analysis = SiteLookup['input']['analysis'];

/** Figure 1 (agendas per theme) with the sentence naming its denominator. */
function themesFigure(themes: Analysis['themes']): Block {
  const fig1 = THEMES.map((t) => ({ label: t, value: themes.agendasPerTheme[t] ?? 0 }));
  const csv = {
    path: CSV_DIR + 'figuur-1-agendas-per-thema.csv',
    content: toCsv(['thema', 'agendas', 'agendas_alleen_dit_thema', 'aandeel_alleen_dit_thema'], THEMES.map((t) => [t, themes.agendasPerTheme[t] ?? 0, themes.singleThemeAgendas[t] ?? 0, themes.singleThemeShare[t] ?? 0])),
  };
  const f1 = figure(
    'figuur-1',
    'Figuur 1 – Aantal ruimtelijke agenda’s per thema',
    horizontalBars(fig1, { label: 'Staafdiagram: aantal agenda’s per thema', xLabel: 'Aantal agenda’s' }),
    table({
      caption: `Agenda’s per thema, van de ${formatNumber(themes.agendas)} ruimtelijke agenda’s; alleen dit thema: van de agenda’s met dat thema`,
      head: ['Thema', 'Agenda’s', 'Alleen dit thema'],
      rows: THEMES.map((t) => [link(themeHref(t), t), formatNumber(themes.agendasPerTheme[t] ?? 0), formatCountOf(themes.singleThemeAgendas[t] ?? 0, themes.agendasPerTheme[t] ?? 0)]),
      numeric: [1, 2],
    }),
    'figuur-1-agendas-per-thema.csv',
  );
  const unmapped = themes.agendasWithoutMunicipalities.length;
  const denominator = html`<p>Figuur 1 telt alle ${plural(themes.agendas, 'ruimtelijke agenda', 'ruimtelijke agenda’s')}${
    unmapped > 0 ? `, ook de ${formatNumber(unmapped)} zonder bekende gemeenten; die staan op geen kaart, maar tellen in deze figuren en aandelen wel mee` : ''
  }. Een agenda met meer thema’s telt bij elk van haar thema’s.</p>`;
  return { body: html`${denominator}${f1}`, files: [csv] };
}

/** Figure 2 (number of themes per agenda) and the theme pairs (in the analysis's order: most frequent first). */
function themeCountFigure(themes: Analysis['themes']): Block {
  const dist = Object.entries(themes.themeCountDistribution)
    .map(([k, v]) => ({ label: k, value: v, agendas: themes.themeCountAgendas[k] ?? 0 }))
    .sort((a, b) => Number(a.label) - Number(b.label));
  const pairs = themes.pairs;
  const files = [
    { path: CSV_DIR + 'figuur-2-aantal-themas.csv', content: toCsv(['aantal_themas', 'agendas', 'aandeel_agendas'], dist.map((d) => [Number(d.label), d.agendas, d.value])) },
    { path: CSV_DIR + 'figuur-2-themaparen.csv', content: toCsv(['thema_a', 'thema_b', 'agendas'], pairs.map((p) => [p.a, p.b, p.count])) },
  ];
  const f2 = figure(
    'figuur-2',
    'Figuur 2 – Aan hoeveel thema’s werkt een agenda?',
    columns(dist, { label: 'Kolomdiagram: aandeel agenda’s naar aantal thema’s', xLabel: 'Aantal thema’s', yLabel: 'Aandeel agenda’s', percent: true }),
    table({
      caption: `Agenda’s naar aantal thema’s, van de ${formatNumber(themes.agendas)} ruimtelijke agenda’s`,
      head: ['Aantal thema’s', 'Agenda’s', 'Aandeel agenda’s'],
      rows: dist.map((d) => [d.label, formatNumber(d.agendas), formatPercent(d.value)]),
      numeric: [0, 1, 2],
    }),
    'figuur-2-aantal-themas.csv',
  );
  const pairTable = html`<h3 id="themaparen">Welke thema’s komen samen voor?</h3>
${table({ caption: 'Themaparen, meest voorkomend eerst (top 15)', head: ['Thema', 'Samen met', 'Agenda’s'], rows: pairs.slice(0, 15).map((p) => [p.a, p.b, formatNumber(p.count)]), numeric: [2] })}
<p>${downloadLink(CSV_DIR + 'figuur-2-themaparen.csv', 'Download alle themaparen', 'CSV')}</p>`;
  return { body: html`${f2}${pairTable}`, files };
}

/** Figure 3: legal form, multi-theme share and partners; `agendas` is the denominator of the legal-form and partner shares. */
function organisationFigure(organisation: Analysis['organisation'], agendas: number): Block {
  const lf = LEGAL_FORMS.map((f) => ({ label: LEGAL_FORM_SHORT[f], value: organisation.legalFormShares[f] }));
  const csv = {
    path: CSV_DIR + 'figuur-3-rechtsvorm.csv',
    content: toCsv(
      ['rechtsvorm', 'aantal', 'aandeel', 'met_2_of_meer_themas', 'aandeel_met_2_of_meer_themas'],
      LEGAL_FORMS.map((f) => [f, organisation.legalFormCounts[f], organisation.legalFormShares[f], organisation.multiThemeCountByLegalForm[f], organisation.multiThemeShareByLegalForm[f]]),
    ),
  };
  const body = figure(
    'figuur-3',
    'Figuur 3 – Rechtsvorm van de ruimtelijke samenwerkingen',
    horizontalBars(lf, { label: 'Staafdiagram: aandeel per rechtsvorm', xLabel: 'Aandeel samenwerkingen', percent: true }),
    table({
      caption: `Rechtsvorm van de ${formatNumber(agendas)} ruimtelijke agenda’s: aantal en aandeel van de ${formatNumber(agendas)}; met 2+ thema’s: van de agenda’s met die rechtsvorm`,
      head: ['Rechtsvorm', 'Aantal', 'Aandeel', 'Met 2+ thema’s'],
      rows: LEGAL_FORMS.map((f) => [
        LEGAL_FORM_LABEL[f],
        formatNumber(organisation.legalFormCounts[f]),
        formatPercent(organisation.legalFormShares[f]),
        formatCountOf(organisation.multiThemeCountByLegalForm[f], organisation.legalFormCounts[f]),
      ]),
      numeric: [1, 2, 3],
    }),
    'figuur-3-rechtsvorm.csv',
    html`<p>${formatNumber(organisation.withTwoOrMoreNonGovernmentPartners)} van de ${formatNumber(agendas)} ruimtelijke samenwerkingen (${formatPercent(organisation.shareWithTwoOrMoreNonGovernmentPartners)}) ${
      organisation.withTwoOrMoreNonGovernmentPartners === 1 ? 'heeft' : 'hebben'
    } twee of meer partners buiten de overheid (bedrijven, onderwijs, maatschappelijke organisaties).</p>`,
  );
  return { body, files: [csv] };
}

function membersTable(organisation: Analysis['organisation']): Block {
  const m = organisation.members;
  const csv = { path: CSV_DIR + 'leden.csv', content: toCsv(['groep', 'gemiddeld', 'mediaan'], [['ruimtelijk', m.spatial.mean, m.spatial.median], ['alle', m.all.mean, m.all.median]]) };
  const body = html`${table({
    caption: 'Aantal deelnemende gemeenten per samenwerking',
    head: ['Groep', 'Gemiddeld', 'Mediaan'],
    rows: [
      ['Ruimtelijke agenda’s', formatNumber(m.spatial.mean, 1), formatNumber(m.spatial.median, 1)],
      ['Alle samenwerkingsverbanden', formatNumber(m.all.mean, 1), formatNumber(m.all.median, 1)],
    ],
    numeric: [1, 2],
  })}<p>${downloadLink(CSV_DIR + 'leden.csv', 'Download de gegevens', 'CSV')}</p>`;
  return { body, files: [csv] };
}

function goalsTable(l: SiteLookup, goals: Analysis['goals']): Block {
  const csv = {
    path: CSV_DIR + 'doelen-per-thema.csv',
    content: toCsv(['thema', 'doelen', ...GOAL_CLASSES.map((g) => `aandeel_${g.toLowerCase()}`), 'aandeel_onzeker'], THEMES.map((t) => [t, goals.perTheme[t]?.total ?? 0, ...GOAL_CLASSES.map((g) => goals.perTheme[t]?.shares[g] ?? 0), goals.perTheme[t]?.shareUncertain ?? 0])),
  };
  const body = html`<p>Elk doel is ingedeeld in één van vier soorten: ${GOAL_CLASSES.map((g, i) => html`${i ? (i === GOAL_CLASSES.length - 1 ? ' en ' : ', ') : ''}<strong>${GOAL_CLASS_LABEL[g].toLowerCase()}</strong> (${GOAL_CLASS_EXPLANATION[g]})`)}. Een hoog aandeel locatiekeuzes betekent dat de agenda’s van dat thema concreet kiezen waar iets gebeurt.</p>
${table({
  caption: 'Maken de agenda’s van dit thema locatiekeuzes? Per soort het aandeel van de doelen op het thema (kolom Doelen)',
  head: ['Thema', 'Doelen', ...GOAL_CLASSES.map((g) => GOAL_CLASS_LABEL[g]), 'Onzeker', 'Voorbeeld'],
  rows: THEMES.map((t) => {
    const s = goals.perTheme[t];
    const ex = s?.examples.find((e) => e.label === 'LOCATIE') ?? s?.examples[0];
    return [
      link(themeHref(t), t),
      formatNumber(s?.total ?? 0),
      ...GOAL_CLASSES.map((g) => (s && s.total ? formatPercent(s.shares[g]) : '–')),
      s && s.total ? formatPercent(s.shareUncertain) : '–',
      ex ? html`<q>${ex.text}</q> (${link(cooperationHref(ex.cooperationId), l.coopById.get(ex.cooperationId)?.name ?? ex.cooperationId)})` : '–',
    ];
  }),
  numeric: [1, 2, 3, 4, 5],
  className: 'goals-table',
})}
<p>${goalReliability(goals.evaluation)}</p>
<p>${downloadLink(CSV_DIR + 'doelen-per-thema.csv', 'Download de gegevens', 'CSV')}</p>`;
  return { body, files: [csv] };
}

export function characteristicsPage(l: SiteLookup): Page {
  const { themes, organisation, goals } = l.input.analysis;
  const fig1 = themesFigure(themes);
  const fig2 = themeCountFigure(themes);
  const goalsBlock = goalsTable(l, goals);
  const fig3 = organisationFigure(organisation, themes.agendas);
  const members = membersTable(organisation);
  return {
    path: '/kenmerken/',
    title: 'Kenmerken',
    description: 'Thema’s, doelen, rechtsvorm, partners en omvang van de ruimtelijke samenwerkingen, in figuren en tabellen.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    files: [fig1, fig2, fig3, members, goalsBlock].flatMap((b) => b.files),
    body: html`<h1>Kenmerken van de ruimtelijke agenda’s</h1>
<p class="lead">Waaraan werken de ${formatNumber(l.spatial.length)} ruimtelijke agenda’s, hoe concreet zijn hun doelen en hoe zijn de samenwerkingen georganiseerd? Bij elke figuur hoort een tabel en een download.</p>
<nav class="toc" aria-label="Op deze pagina"><ul><li><a href="#themas">Thema’s</a></li><li><a href="#doelen">Doelen</a></li><li><a href="#organisatie">Organisatie</a></li><li><a href="#omvang">Omvang</a></li></ul></nav>
${section('themas', 'Thema’s', fig1.body, fig2.body)}
${section('doelen', 'Doelen: maken de agenda’s locatiekeuzes?', goalsBlock.body)}
${section('organisatie', 'Organisatie', fig3.body)}
${section('omvang', 'Omvang', members.body)}`,
  };
}
