/**
 * "Dagelijks stedelijk systeem" (/dagelijks-stedelijk-systeem/): how spatial agendas relate to the
 * area in which people live and work, from the Analysis `commuting` section — intensity map, top
 * interprovincial flows, functional regions with agenda outlines, the comparison with the CBS
 * labour-market areas of 2023 (adjusted Rand index in words, sensitivity over the resolutions, a map
 * of both partitions), agendas ranked by fit with a generated sentence on size vs fit, the comparison
 * with national divisions and the population covered; the data year next to every figure. Also the
 * small fit block for each cooperation page. Text only reads analysis numbers.
 */
import type { CommutingResult, Correlation, CooperationFit, DivisionFit } from '../../analysis/commuting.ts';
import type { Cooperation } from '../../model/index.ts';
import { THEMES } from '../../model/themes.ts';
import { cooperationHref, link, municipalityHref, section, table, technicalDetails, themeHref } from '../../present/components.ts';
import { toCsv } from '../../present/csv.ts';
import { formatCountOf, formatNumber, formatPercent, joinDutch, plural } from '../../present/format.ts';
import { html, trusted, type Html } from '../../present/html.ts';
import { figureHtml } from '../../present/map/svg.ts';
import type { MapCommon, MapResult } from '../../present/map/types.ts';
import { MAP_STYLESHEET } from '../../present/map/index.ts';
import type { MapSlot } from '../../present/map/slots.ts';
import { embedPath, embedSnippet, type EmbedTarget } from './embed-snippet.ts';
import { divisionLabel, type SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import { dataYearSentence, flowsMap, flowYears, intensityMap, labourMarketAreasMap, regionName, regionsMap } from '../../present/map/commuting.ts';

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

/** The generated sentence on agenda size vs fit, in words only (Spearman decides the wording). */
export function sizeFitSentence(sizeVsFit: { fit: Correlation }, minMembers: number): string {
  const { n, spearman } = sizeVsFit.fit;
  if (spearman === null) {
    return `Over ${plural(n, 'agenda', 'agenda’s')} met minstens ${minMembers} gemeenten is geen samenhang tussen omvang en fit te berekenen (te weinig agenda’s of geen spreiding).`;
  }
  const base = `Over ${plural(n, 'ruimtelijke agenda', 'ruimtelijke agenda’s')} met minstens ${minMembers} gemeenten is er ${strengthWord(spearman)}`;
  if (Math.abs(spearman) < 0.1) return `${base} samenhang tussen het aantal gemeenten en de fit met de functionele regio’s: grote agenda’s passen gemiddeld niet slechter of beter dan kleine.`;
  return spearman < 0
    ? `${base} negatieve samenhang tussen het aantal gemeenten en de fit: hoe groter de agenda, hoe vaker de leden over meer functionele regio’s verspreid liggen.`
    : `${base} positieve samenhang tussen het aantal gemeenten en de fit: grotere agenda’s liggen vaker binnen één functionele regio.`;
}

/** The coefficients behind sizeFitSentence, for the technical details; null when none could be computed. */
export function sizeFitCoefficients(sizeVsFit: { fit: Correlation }): string | null {
  const { spearman, pearson } = sizeVsFit.fit;
  if (spearman === null) return null;
  return `Rangcorrelatie (Spearman) ${signed(spearman)}${pearson === null ? '' : `, lineaire correlatie (Pearson) ${signed(pearson)}`}; de woorden volgen de rangcorrelatie: onder 0,1 geen noemenswaardige, onder 0,3 een zwakke, onder 0,5 een matige, anders een sterke samenhang.`;
}

/** What the figures mean, for the method section (Dutch text belongs here, not in the Analysis). */
export const COMMUTING_METHOD =
  'Pendel = banen van inwoners naar woon- en werkgemeente. Uitgaand: banen van inwoners buiten de eigen gemeente; ' +
  'inkomend: banen in de gemeente van inwoners van elders; zelfvoorziening: banen in de eigen gemeente gedeeld door ' +
  'alle banen van inwoners. Functionele regio’s: groepen gemeenten met onderling veel pendel, gezocht in het netwerk van ' +
  'pendelstromen, met de stromen in beide richtingen samen; stromen binnen één gemeente tellen niet mee. ' +
  'Fit van een samenwerking: het aandeel van de leden dat in de functionele regio ligt waar de meeste leden liggen; ' +
  'binnenblijvend: het aandeel van de uitgaande pendel van de leden dat naar een andere deelnemende gemeente gaat.';

/**
 * A rough reading of an adjusted Rand index in words (1 = the same division, 0 = chance):
 * ≥ 0,8 nearly the same, ≥ 0,6 largely, ≥ 0,4 partly, ≥ 0,2 a little, else hardly more than chance.
 */
export function agreementWord(ari: number): string {
  return ari >= 0.8 ? 'bijna gelijk' : ari >= 0.6 ? 'grotendeels gelijk' : ari >= 0.4 ? 'deels gelijk' : ari >= 0.2 ? 'weinig gelijk' : 'nauwelijks meer gelijk dan bij toeval';
}

/** Why this resolution: the criterion in words (see chooseResolution in src/analysis/commuting.ts). */
export function resolutionRuleText(rule: CommutingResult['functionalRegions']['resolutionRule']): string {
  if (rule === 'given') return 'opgegeven bij het maken van de analyse';
  if (rule === 'agreement') return 'gekozen als de resolutie waarbij de regio’s het best overeenkomen met de arbeidsmarktgebieden van 2023';
  return 'de standaardwaarde 1, omdat de arbeidsmarktgebieden van 2023 niet zijn geladen';
}

/** The ARI and what it means, in plain Dutch; the comparison's own denominators included. */
export function agreementSentence(c: CommutingResult): string {
  const fr = c.functionalRegions;
  const lma = fr.labourMarketAreas;
  if (!lma) return 'De arbeidsmarktgebieden van 2023 zijn niet geladen, dus de vergelijking is niet gemaakt.';
  const a = lma.agreement;
  const regions = `de ${plural(fr.count, 'functionele regio', 'functionele regio’s')} uit de pendel van ${flowYears(c)}`;
  const areas = `de ${plural(lma.areas, 'arbeidsmarktgebied', 'arbeidsmarktgebieden')} van CBS uit december 2023`;
  if (a.adjustedRandIndex === null) return `De overeenkomst tussen ${regions} en ${areas} is niet te berekenen (te weinig gemeenten in beide).`;
  const outside = c.municipalities.length - a.items;
  return (
    `Hoe goed komen ${regions} overeen met ${areas}? De aangepaste Rand-index kijkt naar elk paar gemeenten: liggen ze in beide indelingen samen in één gebied, of in beide niet? ` +
    `Een index van 1 betekent dat de indelingen gelijk zijn, 0 dat ze niet meer overeenkomen dan bij toeval. ` +
    `Hier is de index ${formatNumber(a.adjustedRandIndex, 2)}: de indelingen zijn ${agreementWord(a.adjustedRandIndex)}. ` +
    `Gemeten over ${plural(a.items, 'gemeente', 'gemeenten')} die in beide indelingen voorkomen${outside > 0 ? ` (${plural(outside, 'gemeente heeft', 'gemeenten hebben')} geen arbeidsmarktgebied in 2023)` : ''}.` +
    (fr.resolutionRule === 'agreement' ? ' Omdat de fijnheid van de indeling (de resolutie) op deze overeenkomst is gekozen, is dit de hoogste index van de geprobeerde resoluties.' : '')
  );
}

function mapCommon(l: SiteLookup, id: string): MapCommon {
  return {
    id,
    municipalities: l.input.reference.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province })),
    municipalityHref: (code) => municipalityHref(code),
  };
}

export interface CommutingMap {
  id: string;
  result: MapResult;
  target: EmbedTarget;
}

/** The page's maps in page order (the 2023 map only when those areas are loaded); the embed pages reuse them. */
export function commutingMaps(l: SiteLookup, c: CommutingResult): CommutingMap[] {
  const agendas = l.spatial.map((a) => ({ id: a.id, name: a.name, municipalities: a.municipalities }));
  const maps: [string, string, MapResult | null][] = [
    ['pendelkaart', `Pendel per gemeente (${flowYears(c)})`, intensityMap(mapCommon(l, 'pendelkaart'), c)],
    ['pendelbogen', `Grootste stromen over een provinciegrens (${flowYears(c)})`, flowsMap(mapCommon(l, 'pendelbogen'), c)],
    ['functionele-regios-kaart', `Functionele regio’s en ruimtelijke agenda’s (pendel ${flowYears(c)})`, regionsMap(mapCommon(l, 'functionele-regios-kaart'), c, agendas)],
    ['arbeidsmarktgebieden-kaart', 'Functionele regio’s naast de arbeidsmarktgebieden van 2023', labourMarketAreasMap(mapCommon(l, 'arbeidsmarktgebieden-kaart'), c)],
  ];
  return maps
    .filter((m): m is [string, string, MapResult] => m[2] !== null)
    .map(([id, title, result]) => ({ id, result, target: { embed: embedPath(COMMUTING_PATH, id), title, height: 1000 } }));
}

/** A commuting map as the embed page shows it: the figure with its table, and the page's islands. */
export function commutingMapSlot(m: CommutingMap): MapSlot {
  return { figure: trusted(figureHtml(m.id, m.result)), scripts: [...COMMUTING_SCRIPTS], styles: [MAP_STYLESHEET] };
}

const COMMUTING_SCRIPTS = ['map-areas', 'map-zoom'];

type MapsById = ReadonlyMap<string, CommutingMap>;

/** A map with its embed snippet below it; nothing when the page has no such map. */
function figure(maps: MapsById, id: string): Html {
  const m = maps.get(id);
  return m ? html`${trusted(figureHtml(m.id, m.result))}${embedSnippet(m.target)}` : html``;
}

/** A Louvain resolution as shown: whole numbers without decimals ("3"), others with one ("1,5"). */
function resolutionText(resolution: number): string {
  return formatNumber(resolution, Number.isInteger(resolution) ? 0 : 1);
}

function percentOrDash(value: number | null): string {
  return value === null ? '–' : formatPercent(value);
}

function decimalOrDash(value: number | null, decimals: number): string {
  return value === null ? '–' : formatNumber(value, decimals);
}

function regionLabelOf(c: CommutingResult, id: number | null): string {
  const r = c.functionalRegions.regions.find((x) => x.id === id);
  return r ? regionName(r) : '–';
}

function municipalitiesCsv(c: CommutingResult): string {
  return toCsv(
    ['code', 'gemeente', 'provincie', 'uitgaand', 'inkomend', 'binnen_gemeente', 'in_plus_uit', 'zelfvoorziening', 'functionele_regio', 'arbeidsmarktgebied_2023'],
    c.municipalities.map((m) => [m.code, m.name, m.province, m.outflow, m.inflow, m.internal, m.intensity, m.selfContainment, m.functionalRegion, m.labourMarketArea]),
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

function totalsParagraph(c: CommutingResult): Html {
  const t = c.totals;
  const noted = t.flowsWithNote > 0 ? ` ${plural(t.flowsWithNote, 'stroom bevat', 'stromen bevatten')} een geschat deel (${formatNumber(t.jobsWithNote)} banen), bijvoorbeeld van een gemeente die over meerdere opvolgers is verdeeld; dat staat bij de stroom in de gegevens.` : '';
  return html`<p>In de gegevens (pendel ${flowYears(c)}): ${formatNumber(t.jobs)} banen, waarvan ${percentOrDash(t.shareInternal)} (${formatNumber(t.internal)} van de ${formatNumber(t.jobs)}) in de eigen woongemeente.${noted}</p>`;
}

function flowsSection(maps: MapsById, c: CommutingResult): Html {
  return section(
    'provinciegrens',
    `Grootste stromen over een provinciegrens (${flowYears(c)})`,
    html`<p>De stromen tussen twee gemeenten in verschillende provincies, van woon- naar werkgemeente. Opgeteld per provinciepaar zijn de grootste: ${joinDutch(c.topProvincePairs.map((p) => `${p.fromProvince} → ${p.toProvince} (${formatNumber(p.persons)})`))}.</p>`,
    figure(maps, 'pendelbogen'),
  );
}

function regionsSection(maps: MapsById, c: CommutingResult): Html {
  const fr = c.functionalRegions;
  return section(
    'functionele-regios',
    `Functionele regio’s en ruimtelijke agenda’s (pendel ${flowYears(c)})`,
    html`<p>Een functionele regio is een groep gemeenten waartussen veel meer pendel is dan met de rest van het land. De groepen zijn uit de pendelstromen zelf afgeleid, niet uit een bestaande indeling. Er zijn ${plural(fr.count, 'functionele regio', 'functionele regio’s')}; elke regio heet naar de gemeente met de meeste banen.</p>`,
    technicalDetails(
      html`<p>De regio’s zijn gevonden met het Louvain-algoritme in het netwerk van stromen (beide richtingen opgeteld), met steeds dezelfde startwaarde (${fr.seed}) zodat elke bouw dezelfde regio’s geeft. De resolutie (hoe fijn de indeling is) is ${resolutionText(fr.resolution)}: ${resolutionRuleText(fr.resolutionRule)}.${fr.modularity === null ? '' : html` De modulariteit (hoeveel sterker de stromen binnen de regio’s zijn dan bij toeval) is ${formatNumber(fr.modularity, 2)}.`}</p>`,
    ),
    figure(maps, 'functionele-regios-kaart'),
  );
}

function sensitivityTable(c: CommutingResult): Html {
  const fr = c.functionalRegions;
  return table({
    caption: `Gevoeligheid: functionele regio’s bij elke geprobeerde resolutie (pendel ${flowYears(c)}; vergeleken met de arbeidsmarktgebieden van 2023)`,
    head: ['Resolutie', 'Functionele regio’s', 'Modulariteit', 'Aangepaste Rand-index met 2023'],
    rows: fr.sensitivity.map((r) => [
      r.resolution === fr.resolution ? html`<strong>${resolutionText(r.resolution)} (gekozen)</strong>` : resolutionText(r.resolution),
      formatNumber(r.count),
      decimalOrDash(r.modularity, 2),
      decimalOrDash(r.adjustedRandIndex, 2),
    ]),
    numeric: [0, 1, 2, 3],
  });
}

function comparisonSection(maps: MapsById, c: CommutingResult): Html {
  return section(
    'arbeidsmarktgebieden-2023',
    'Functionele regio’s naast de arbeidsmarktgebieden van 2023',
    html`<p>${agreementSentence(c)}</p>`,
    technicalDetails(
      html`<p>Het algoritme kan de gemeenten grover of fijner indelen (de resolutie: hoger geeft meer en kleinere regio’s). De tabel laat zien hoeveel regio’s elke geprobeerde resolutie geeft en hoe goed die dan overeenkomen met de gebieden van 2023.</p>`,
      sensitivityTable(c),
    ),
    figure(maps, 'arbeidsmarktgebieden-kaart'),
  );
}

interface RankedFit {
  a: Cooperation;
  f: CooperationFit;
}

/** Spatial agendas with ≥ minMembers members, best fit first (ties: containment, then name). */
function rankedAgendas(l: SiteLookup, c: CommutingResult): RankedFit[] {
  const fits = new Map(c.cooperations.map((f) => [f.id, f]));
  return l.spatial
    .map((a) => ({ a, f: fits.get(a.id) }))
    .filter((x): x is RankedFit => !!x.f && x.f.members >= c.minMembers)
    .sort((x, y) => y.f.fit! - x.f.fit! || (y.f.containment ?? -1) - (x.f.containment ?? -1) || x.a.name.localeCompare(y.a.name, 'nl'));
}

function sizeFitDetails(c: CommutingResult): Html {
  const coefficients = sizeFitCoefficients(c.sizeVsFit);
  return coefficients ? technicalDetails(html`<p>${coefficients}</p>`) : html``;
}

function fitSection(l: SiteLookup, c: CommutingResult): Html {
  const ranked = rankedAgendas(l, c);
  const excluded = l.spatial.length - c.agendas.count;
  return section(
    'fit',
    'Hoe goed passen de agenda’s?',
    html`<p>De <strong>fit</strong> van een agenda is het aandeel van haar gemeenten dat in dezelfde functionele regio ligt (de regio met de meeste leden). <strong>Binnenblijvend</strong> is het deel van de uitgaande pendel van de leden dat naar een andere deelnemende gemeente gaat. Beide gemeten op de pendel van ${flowYears(c)}.</p>
<p class="generated">${sizeFitSentence(c.sizeVsFit, c.minMembers)}</p>${sizeFitDetails(c)}
<p>Gemiddeld over ${plural(c.agendas.count, 'agenda', 'agenda’s')}: fit ${percentOrDash(c.agendas.meanFit)}, binnenblijvend ${percentOrDash(c.agendas.meanContainment)}, bij ${decimalOrDash(c.agendas.meanMembers, 1)} gemeenten per agenda.${excluded > 0 ? ` ${plural(excluded, 'agenda met minder dan twee gemeenten telt', 'agenda’s met minder dan twee gemeenten tellen')} niet mee: bij één gemeente is de fit altijd volledig, zonder gemeenten is er niets te meten.` : ''}</p>`,
    table({
      caption: `Ruimtelijke agenda’s gerangschikt naar fit met de functionele regio’s (pendel ${flowYears(c)})`,
      head: ['Agenda', 'Gemeenten', 'Fit (gemeenten in de regio met de meeste leden)', 'Regio met de meeste leden', 'Binnenblijvend (banen van de uitgaande pendel)'],
      rows: ranked.map(({ a, f }) => [
        link(cooperationHref(a.id), a.name),
        formatNumber(f.members),
        formatCountOf(f.membersInDominant, f.members),
        regionLabelOf(c, f.dominantRegion),
        f.containment === null ? '–' : formatCountOf(f.outflowWithin, f.memberOutflow),
      ]),
      numeric: [1, 2, 4],
    }),
  );
}

function divisionRow(label: string, s: { count: number; meanMembers: number | null; meanFit: number | null; meanContainment: number | null }): string[] {
  return [label, formatNumber(s.count), decimalOrDash(s.meanMembers, 1), percentOrDash(s.meanFit), percentOrDash(s.meanContainment)];
}

function divisionsSection(c: CommutingResult): Html {
  const lma = c.functionalRegions.labourMarketAreas;
  return section(
    'indelingen',
    'Vergelijking met vaste indelingen',
    html`<p>Dezelfde maten voor de gebieden van landelijke en regionale indelingen, gemiddeld per indeling (gebieden met minstens twee gemeenten), gemeten op de pendel van ${flowYears(c)}.</p>`,
    table({
      caption: `Gemiddelde fit en binnenblijvende pendel per indeling (pendel ${flowYears(c)})`,
      head: ['Indeling', 'Gebieden', 'Gemeenten per gebied', 'Gemiddelde fit (van de gemeenten per gebied)', 'Gemiddeld binnenblijvend (van de uitgaande pendel)'],
      rows: [
        divisionRow('Ruimtelijke agenda’s (deze dataset)', c.agendas),
        ...(lma ? [divisionRow('Arbeidsmarktgebieden 2023 (CBS 85481NED)', lma.summary)] : []),
        ...c.divisions.map((d) => divisionRow(commutingDivisionLabel(d), d)),
      ],
      numeric: [1, 2, 3, 4],
    }),
  );
}

function populationSection(c: CommutingResult): Html | '' {
  const pop = c.population;
  if (!pop) return '';
  return section(
    'bevolking',
    'Inwoners in een gemeente met een ruimtelijke agenda',
    html`<p>${formatPercent(pop.share)} van de inwoners van Nederland (${formatNumber(pop.covered)} van ${formatNumber(pop.total)} op 1 januari 2024, CBS) woont in een gemeente die aan minstens één ruimtelijke agenda in deze dataset deelneemt.</p>`,
    table({
      caption: `Inwoners in een gemeente met een ruimtelijke agenda, per thema, van de ${formatNumber(pop.total)} inwoners van Nederland op 1 januari 2024`,
      head: ['Thema', 'Inwoners', 'Aandeel'],
      rows: THEMES.map((t) => [link(themeHref(t), t), formatNumber(pop.byTheme[t].covered), formatPercent(pop.byTheme[t].share)]),
      numeric: [1, 2],
    }),
  );
}

function methodSection(c: CommutingResult): Html {
  return section(
    'methode-pendel',
    'Bron en methode',
    html`<p>${COMMUTING_METHOD}</p>
<p>${dataYearSentence(c)} De cijfers komen uit het blad <code>pendel</code> van de invoer; in de voorbeelddata is dat CBS-tabel 81251NED (banen van werknemers, december 2014, CC BY 4.0), met paren onder 50 banen weggelaten en afgerond op honderdtallen. Gemeenten die sindsdien zijn opgeheven zijn omgezet met de tabel van gemeentelijke herindelingen; een gemeente die over meerdere opvolgers is verdeeld, is naar inwonertal (1-1-2024) verdeeld, wat een schatting is.</p>
<p>De arbeidsmarktgebieden van 2023 zijn gemaakt uit CBS-tabel 85481NED (banen van werknemers, december 2023) met de methode van Eurostat (R-pakket LabourMarketAreas), door het project urban-functional-maps (CC BY 4.0). Ze hebben geen eigen namen; hier heet elk gebied naar de gemeente met de meeste banen in de pendelgegevens.</p>`,
  );
}

export function commutingPage(l: SiteLookup): Page {
  const c = l.input.analysis.commuting;
  if (!c) return absentPage();
  const maps: MapsById = new Map(commutingMaps(l, c).map((m) => [m.id, m]));
  return {
    path: COMMUTING_PATH,
    title: COMMUTING_TITLE,
    description: 'Woon-werkverkeer tussen gemeenten, functionele regio’s en hoe goed de ruimtelijke agenda’s daarbij passen.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [...COMMUTING_SCRIPTS],
    styles: [MAP_STYLESHEET],
    files: [{ path: `${COMMUTING_PATH}${CSV_NAME}`, content: municipalitiesCsv(c) }],
    body: html`<h1>${COMMUTING_TITLE}</h1>
<p class="lead">Werken de gemeenten in een ruimtelijke agenda samen binnen het gebied waarin hun inwoners wonen en werken? Deze pagina legt de agenda’s naast de woon-werkstromen tussen gemeenten. ${dataYearSentence(c)}</p>
${totalsParagraph(c)}
${section('intensiteit', `Pendel per gemeente (${flowYears(c)})`, figure(maps, 'pendelkaart'), html`<p><a href="${COMMUTING_PATH}${CSV_NAME}" download>Pendel per gemeente (CSV)</a></p>`)}
${flowsSection(maps, c)}
${regionsSection(maps, c)}
${comparisonSection(maps, c)}
${fitSection(l, c)}
${divisionsSection(c)}
${populationSection(c)}
${methodSection(c)}
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
      : html`<p>${formatNumber(f.membersInDominant)} van de ${formatNumber(f.members)} gemeenten (${formatPercent(f.fit ?? 0)}) liggen in de functionele ${regionLabelOf(c, f.dominantRegion)}. Van de uitgaande pendel van de deelnemende gemeenten blijft ${percentOrDash(f.containment)} binnen de samenwerking (${formatNumber(f.outflowWithin)} van ${formatNumber(f.memberOutflow)} banen).</p>
<p class="muted">${dataYearSentence(c)} Zie ${link(COMMUTING_PATH, COMMUTING_TITLE)}.</p>`;
  return section('pendel', 'Past de samenwerking bij het dagelijks stedelijk systeem?', body);
}
