/**
 * "Dagelijks stedelijk systeem" (/dagelijks-stedelijk-systeem/): how spatial agendas relate to the
 * area in which people live and work, from the Analysis `commuting` section — intensity map, top
 * interprovincial flows, functional regions with agenda outlines, agendas ranked by fit with a
 * generated sentence on size vs fit, the comparison with national divisions and the population
 * covered. Also the small fit block for each cooperation page. Text only reads analysis numbers.
 */
import type { CommutingResult, Correlation, CooperationFit, DivisionFit } from '../../analysis/commuting.ts';
import type { Cooperation } from '../../model/index.ts';
import { THEMES } from '../../model/themes.ts';
import { cooperationHref, link, municipalityHref, section, table, themeHref } from '../../present/components.ts';
import { toCsv } from '../../present/csv.ts';
import { formatNumber, formatPercent, joinDutch, plural } from '../../present/format.ts';
import { html, trusted, type Html } from '../../present/html.ts';
import { figureHtml } from '../../present/map/svg.ts';
import type { MapCommon, MapResult } from '../../present/map/types.ts';
import { MAP_STYLESHEET } from '../../present/map/index.ts';
import { divisionLabel, type SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import { dataYearSentence, flowsMap, intensityMap, regionName, regionsMap } from '../../present/map/commuting.ts';

export const COMMUTING_PATH = '/dagelijks-stedelijk-systeem/';
export const COMMUTING_TITLE = 'Dagelijks stedelijk systeem';
const CSV_NAME = 'pendel-per-gemeente.csv';

const REFERENCE_DIVISION_LABEL: Record<string, string> = {
  provincie: 'Provincies',
  res: 'RES-regio’s',
  arbeidsmarktregio: 'Arbeidsmarktregio’s',
  veiligheidsregio: 'Veiligheidsregio’s',
  ggdregio: 'GGD-regio’s',
  jeugdregio: 'Jeugdzorgregio’s',
  corop: 'COROP-gebieden',
};

export function commutingDivisionLabel(d: Pick<DivisionFit, 'division' | 'origin'>): string {
  return d.origin === 'reference' ? `${REFERENCE_DIVISION_LABEL[d.division] ?? d.division} (CBS-indeling)` : `${divisionLabel(d.division)} (invoer)`;
}

/** Strength of a correlation in words (|r| < 0,1 none; < 0,3 weak; < 0,5 moderate; else strong). */
export function strengthWord(r: number): string {
  const a = Math.abs(r);
  return a < 0.1 ? 'geen noemenswaardige' : a < 0.3 ? 'een zwakke' : a < 0.5 ? 'een matige' : 'een sterke';
}

function signed(r: number): string {
  return formatNumber(r, 2);
}

/** The generated sentence on agenda size vs fit (Spearman decides the wording; Pearson is given too). */
export function sizeFitSentence(sizeVsFit: { fit: Correlation }, minMembers: number): string {
  const { n, spearman, pearson } = sizeVsFit.fit;
  if (spearman === null) {
    return `Over ${plural(n, 'agenda', 'agenda’s')} met minstens ${minMembers} gemeenten is geen samenhang tussen omvang en fit te berekenen (te weinig agenda’s of geen spreiding).`;
  }
  const coefficients = `Spearman ${signed(spearman)}${pearson === null ? '' : `, Pearson ${signed(pearson)}`}`;
  const base = `Over ${plural(n, 'ruimtelijke agenda', 'ruimtelijke agenda’s')} met minstens ${minMembers} gemeenten is er ${strengthWord(spearman)}`;
  if (Math.abs(spearman) < 0.1) return `${base} samenhang tussen het aantal gemeenten en de fit met de functionele regio’s (${coefficients}): grote agenda’s passen gemiddeld niet slechter of beter dan kleine.`;
  return spearman < 0
    ? `${base} negatieve samenhang tussen het aantal gemeenten en de fit (${coefficients}): hoe groter de agenda, hoe vaker de leden over meer functionele regio’s verspreid liggen.`
    : `${base} positieve samenhang tussen het aantal gemeenten en de fit (${coefficients}): grotere agenda’s liggen vaker binnen één functionele regio.`;
}

function mapCommon(l: SiteLookup, id: string): MapCommon {
  return {
    id,
    municipalities: l.input.reference.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province })),
    municipalityHref: (code) => municipalityHref(code),
  };
}

function figure(id: string, r: MapResult): Html {
  return trusted(figureHtml(id, r));
}

function fitText(f: CooperationFit | undefined, c: CommutingResult): string {
  if (!f || f.fit === null) return '–';
  return formatPercent(f.fit);
}

function containmentText(value: number | null): string {
  return value === null ? '–' : formatPercent(value);
}

function regionLabelOf(c: CommutingResult, id: number | null): string {
  const r = c.functionalRegions.regions.find((x) => x.id === id);
  return r ? regionName(r) : '–';
}

function municipalitiesCsv(c: CommutingResult): string {
  return toCsv(
    ['code', 'gemeente', 'provincie', 'uitgaand', 'inkomend', 'binnen_gemeente', 'in_plus_uit', 'zelfvoorziening', 'functionele_regio'],
    c.municipalities.map((m) => [m.code, m.name, m.province, m.outflow, m.inflow, m.internal, m.intensity, m.selfContainment, m.functionalRegion]),
  );
}

function absentPage(): Page {
  return {
    path: COMMUTING_PATH,
    title: COMMUTING_TITLE,
    description: 'Woon-werkverkeer en functionele regio’s: niet beschikbaar, de invoer heeft geen blad pendel.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>${COMMUTING_TITLE}</h1>
<p class="lead">Deze pagina vergelijkt de ruimtelijke agenda’s met het gebied waarin mensen wonen en werken. De invoer bevat geen blad <code>pendel</code> met woon-werkstromen tussen gemeenten, dus deze analyse is niet gemaakt.</p>
<p>Voeg een blad <code>pendel</code> toe met de kolommen <code>van</code>, <code>naar</code> en <code>personen</code> (gemeentenaam of GM-code), of een export van CBS StatLine (bijvoorbeeld tabel 85481NED op gemeenteniveau).</p>`,
  };
}

export function commutingPage(l: SiteLookup): Page {
  const c = l.input.analysis.commuting;
  if (!c) return absentPage();
  const agendas = l.spatial.map((a) => ({ id: a.id, name: a.name, municipalities: a.municipalities }));
  const fits = new Map(c.cooperations.map((f) => [f.id, f]));
  const ranked = l.spatial
    .map((a) => ({ a, f: fits.get(a.id) }))
    .filter((x): x is { a: Cooperation; f: CooperationFit } => !!x.f && x.f.members >= c.minMembers)
    .sort((x, y) => y.f.fit! - x.f.fit! || (y.f.containment ?? -1) - (x.f.containment ?? -1) || x.a.name.localeCompare(y.a.name, 'nl'));
  const excluded = l.spatial.length - ranked.length;
  const fr = c.functionalRegions;
  const sentence = sizeFitSentence(c.sizeVsFit, c.minMembers);
  const pop = c.population;
  const yearText = dataYearSentence(c);

  return {
    path: COMMUTING_PATH,
    title: COMMUTING_TITLE,
    description: 'Woon-werkverkeer tussen gemeenten, functionele regio’s en hoe goed de ruimtelijke agenda’s daarbij passen.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: ['map-areas', 'map-zoom'],
    styles: [MAP_STYLESHEET],
    files: [{ path: `${COMMUTING_PATH}${CSV_NAME}`, content: municipalitiesCsv(c) }],
    body: html`<h1>${COMMUTING_TITLE}</h1>
<p class="lead">Werken de gemeenten in een ruimtelijke agenda samen binnen het gebied waarin hun inwoners wonen en werken? Deze pagina legt de agenda’s naast de woon-werkstromen tussen gemeenten. ${yearText}</p>
<p>In de gegevens: ${formatNumber(c.totals.jobs)} banen, waarvan ${formatPercent(c.totals.jobs === 0 ? 0 : c.totals.internal / c.totals.jobs)} in de eigen woongemeente. ${c.totals.flowsWithNote > 0 ? `${plural(c.totals.flowsWithNote, 'stroom bevat', 'stromen bevatten')} een geschat deel (${formatNumber(c.totals.jobsWithNote)} banen), bijvoorbeeld van een gemeente die over meerdere opvolgers is verdeeld; dat staat bij de stroom in de gegevens.` : ''}</p>
${section('intensiteit', 'Pendel per gemeente', figure('pendelkaart', intensityMap(mapCommon(l, 'pendelkaart'), c)), html`<p><a href="${COMMUTING_PATH}${CSV_NAME}" download>Pendel per gemeente (CSV)</a></p>`)}
${section(
  'provinciegrens',
  'Grootste stromen over een provinciegrens',
  html`<p>De stromen tussen twee gemeenten in verschillende provincies, van woon- naar werkgemeente. Opgeteld per provinciepaar zijn de grootste: ${joinDutch(c.topProvincePairs.map((p) => `${p.fromProvince} → ${p.toProvince} (${formatNumber(p.persons)})`))}.</p>`,
  figure('pendelbogen', flowsMap(mapCommon(l, 'pendelbogen'), c)),
)}
${section(
  'functionele-regios',
  'Functionele regio’s en ruimtelijke agenda’s',
  html`<p>Een functionele regio is een groep gemeenten waartussen veel meer pendel is dan met de rest van het land. Ze zijn met het Louvain-algoritme gevonden in het netwerk van stromen (beide richtingen opgeteld, vaste startwaarde ${fr.seed}); het resultaat heeft ${plural(fr.count, 'regio', 'regio’s')}${fr.modularity === null ? '' : html` (modulariteit ${formatNumber(fr.modularity, 2)})`}.</p>`,
  figure('functionele-regios-kaart', regionsMap(mapCommon(l, 'functionele-regios-kaart'), c, agendas)),
)}
${section(
  'fit',
  'Hoe goed passen de agenda’s?',
  html`<p>De <strong>fit</strong> van een agenda is het aandeel van haar gemeenten dat in dezelfde functionele regio ligt (de regio met de meeste leden). <strong>Binnenblijvend</strong> is het deel van de uitgaande pendel van de leden dat naar een andere deelnemende gemeente gaat.</p>
<p class="generated">${sentence}</p>
<p>Gemiddeld: fit ${c.agendas.meanFit === null ? '–' : formatPercent(c.agendas.meanFit)}, binnenblijvend ${c.agendas.meanContainment === null ? '–' : formatPercent(c.agendas.meanContainment)}, bij ${c.agendas.meanMembers === null ? '–' : formatNumber(c.agendas.meanMembers, 1)} gemeenten per agenda.${excluded > 0 ? ` ${plural(excluded, 'agenda met minder dan twee gemeenten telt', 'agenda’s met minder dan twee gemeenten tellen')} niet mee: bij één gemeente is de fit altijd volledig, zonder gemeenten is er niets te meten.` : ''}</p>`,
  table({
    caption: 'Ruimtelijke agenda’s gerangschikt naar fit met de functionele regio’s',
    head: ['Agenda', 'Gemeenten', 'Fit', 'Regio met de meeste leden', 'Binnenblijvend'],
    rows: ranked.map(({ a, f }) => [link(cooperationHref(a.id), a.name), formatNumber(f.members), fitText(f, c), regionLabelOf(c, f.dominantRegion), containmentText(f.containment)]),
    numeric: [1, 2, 4],
  }),
)}
${section(
  'indelingen',
  'Vergelijking met vaste indelingen',
  html`<p>Dezelfde maten voor de gebieden van landelijke en regionale indelingen, gemiddeld per indeling (gebieden met minstens twee gemeenten).</p>`,
  table({
    caption: 'Gemiddelde fit en binnenblijvende pendel per indeling',
    head: ['Indeling', 'Gebieden', 'Gemeenten per gebied', 'Fit', 'Binnenblijvend'],
    rows: [
      ['Ruimtelijke agenda’s (deze dataset)', formatNumber(c.agendas.count), c.agendas.meanMembers === null ? '–' : formatNumber(c.agendas.meanMembers, 1), c.agendas.meanFit === null ? '–' : formatPercent(c.agendas.meanFit), containmentText(c.agendas.meanContainment)],
      ...c.divisions.map((d) => [
        commutingDivisionLabel(d),
        formatNumber(d.count),
        d.meanMembers === null ? '–' : formatNumber(d.meanMembers, 1),
        d.meanFit === null ? '–' : formatPercent(d.meanFit),
        containmentText(d.meanContainment),
      ]),
    ],
    numeric: [1, 2, 3, 4],
  }),
)}
${pop
  ? section(
      'bevolking',
      'Inwoners in een gemeente met een ruimtelijke agenda',
      html`<p>${formatPercent(pop.share)} van de inwoners van Nederland (${formatNumber(pop.covered)} van ${formatNumber(pop.total)} op 1 januari 2024, CBS) woont in een gemeente die aan minstens één ruimtelijke agenda in deze dataset deelneemt.</p>`,
      table({
        caption: 'Aandeel inwoners in een gemeente met een ruimtelijke agenda, per thema',
        head: ['Thema', 'Inwoners', 'Aandeel'],
        rows: THEMES.map((t) => [link(themeHref(t), t), formatNumber(pop.byTheme[t].covered), formatPercent(pop.byTheme[t].share)]),
        numeric: [1, 2],
      }),
    )
  : ''}
${section(
  'methode-pendel',
  'Bron en methode',
  html`<p>${c.method}</p>
<p>${yearText} De cijfers komen uit het blad <code>pendel</code> van de invoer; in de voorbeelddata is dat CBS-tabel 81251NED (banen van werknemers, december 2014, CC BY 4.0), met paren onder 50 banen weggelaten en afgerond op honderdtallen. Gemeenten die sindsdien zijn opgeheven zijn omgezet met de tabel van gemeentelijke herindelingen; een gemeente die over meerdere opvolgers is verdeeld, is naar inwonertal (1-1-2024) verdeeld, wat een schatting is.</p>`,
)}
`,
  };
}

/** The fit block on a cooperation's own page; empty when there are no commuting data. */
export function cooperationFitSection(l: SiteLookup, cooperation: Cooperation): Html {
  const c = l.input.analysis.commuting;
  const f = c?.cooperations.find((x) => x.id === cooperation.id);
  if (!c || !f) return html``;
  const body =
    f.members < c.minMembers
      ? html`<p>Met ${plural(f.members, 'gemeente', 'gemeenten')} is de fit met de functionele regio’s niet zinvol te bepalen.</p>`
      : html`<p>${formatNumber(f.membersInDominant)} van de ${formatNumber(f.members)} gemeenten (${formatPercent(f.fit ?? 0)}) liggen in de functionele ${regionLabelOf(c, f.dominantRegion)}. Van de uitgaande pendel van de deelnemende gemeenten blijft ${containmentText(f.containment)} binnen de samenwerking (${formatNumber(f.outflowWithin)} van ${formatNumber(f.memberOutflow)} banen).</p>
<p class="muted">${dataYearSentence(c)} Zie ${link(COMMUTING_PATH, COMMUTING_TITLE)}.</p>`;
  return section('pendel', 'Past de samenwerking bij het dagelijks stedelijk systeem?', body);
}
