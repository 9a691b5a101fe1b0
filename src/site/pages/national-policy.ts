/**
 * Sections of the Nationaal beleid page that present `analysis.national` (src/analysis/national.ts):
 * the steering × location-choice table and 2×2 chart, completeness and administrative logic per
 * division, complementarity, Regio Deals, and the policy documents per theme. Presentation only: every
 * number comes from the Analysis or is a count of rows shown.
 */
import { THEMES, themeSlug, type Theme } from '../../model/themes.ts';
import { divisionKey, type NationalInterplay, type NationalResult, type Quadrant } from '../../analysis/national.ts';
import { html, type Html, type Renderable } from '../../present/html.ts';
import { formatCountOf, formatNumber, formatPercent, joinDutch, plural } from '../../present/format.ts';
import { cooperationHref, divisionHref, downloadLink, inlineList, link, notice, sourceLink, STEERING_LABEL, table, TYPOLOGY_LABEL } from '../../present/components.ts';
import { toCsv } from '../../present/csv.ts';
import { quadrantScatter } from '../../present/charts.ts';
import { divisionLabel, provinceWithMostDeals, type SiteLookup } from '../../present/lookup.ts';
import type { NationalSection } from './national-section.ts';

const share = (v: number | null) => (v === null ? '–' : formatPercent(v));

/** The four places in the steering × location-choice scheme, in words. */
export const QUADRANT_LABELS: Record<Quadrant, string> = {
  RIJK_EN_REGIO: 'Rijk stuurt op waar én regio kiest waar',
  RIJK: 'Rijk stuurt op waar, regio kiest niet waar',
  REGIO: 'Regio kiest waar, Rijk legt vooral thematische accenten',
  GEEN: 'Rijk stuurt niet op waar en regio kiest niet waar',
};

/** Lower-case division label for use inside a sentence ("x van de y RES-regio's"). */
const DIVISION_NOUN: Record<string, [string, string]> = {
  RES: ['RES-regio', 'RES-regio’s'],
  NOVEX: ['NOVEX-gebied', 'NOVEX-gebieden'],
  NATIONAAL_PARK: ['nationaal park', 'nationale parken'],
  DELTA: ['Deltaprogramma-gebied', 'Deltaprogramma-gebieden'],
  REGIO_DEAL: ['Regio Deal', 'Regio Deals'],
  WOONDEAL: ['woondeal', 'woondeals'],
  NOTA_RUIMTE: ['Nota Ruimte-gebied', 'Nota Ruimte-gebieden'],
};

function noun(division: string, count: number): string {
  const n = DIVISION_NOUN[division];
  if (!n) return count === 1 ? 'gebied' : 'gebieden';
  return count === 1 ? n[0] : n[1];
}

function national(l: SiteLookup): NationalResult | null {
  return l.input.analysis.national ?? null;
}

// ---------------------------------------------------------------------------------------------
// (a) steering × location choice

/** The 2×2 as a static SVG scatter: x = share REGIE, y = share LOCATIE, threshold lines, theme labels. */
export function quadrantChart(rows: NationalInterplay[], thresholds: { landUseSteering: number; locationChoices: number | null }): Html | null {
  if (thresholds.locationChoices === null) return null;
  const bar = thresholds.locationChoices;
  const points = rows.flatMap((r) => (r.shareLandUseSteering !== null && r.shareLocationChoices !== null ? [{ label: r.theme, x: r.shareLandUseSteering, y: r.shareLocationChoices }] : []));
  if (points.length === 0) return null;
  return quadrantScatter(points, {
    label: 'Twee-bij-twee: per thema de nationale sturing op waar tegenover de regionale locatiekeuze; de cijfers staan in de tabel eronder.',
    xLabel: 'Aandeel rijksstukken met regie op ruimtebeslag',
    yLabel: 'Aandeel regionale doelen met locatiekeuze',
    xThreshold: thresholds.landUseSteering,
    yThreshold: bar,
    yMax: Math.max(0.2, bar * 2, ...points.map((p) => p.y)) * 1.05,
    corners: { topLeft: 'Regio kiest waar', topRight: 'Rijk stuurt, regio kiest', bottomLeft: 'Niemand kiest waar', bottomRight: 'Rijk stuurt op waar' },
  });
}

function interplaySentence(n: NationalResult): string {
  const steer = n.interplay.filter((r) => r.nationalSteersWhere === true).map((r) => r.theme);
  const withDocs = n.interplay.filter((r) => r.documents > 0).length;
  const parts = [
    `Van de ${formatNumber(n.policies.documents)} nationale beleidsstukken stuurt ${formatNumber(n.policies.landUseSteering)} (${share(n.policies.shareLandUseSteering)}) op waar ruimte wordt gebruikt; de rest legt vooral thematische accenten.`,
    steer.length
      ? `Op ${plural(steer.length, 'thema', 'thema’s')} van de ${formatNumber(withDocs)} met beleidsstukken is dat de meerderheid: ${joinDutch(steer.map((t) => t.toLowerCase()))}.`
      : `Op geen enkel thema stuurt de meerderheid van de stukken op waar.`,
  ];
  const placed = n.interplay.filter((r) => r.quadrant !== null);
  if (placed.length) {
    const both = placed.filter((r) => r.quadrant === 'RIJK_EN_REGIO').map((r) => r.theme.toLowerCase());
    const region = placed.filter((r) => r.quadrant === 'REGIO').map((r) => r.theme.toLowerCase());
    if (both.length) parts.push(`Bij ${joinDutch(both)} kiezen Rijk en regio allebei plekken.`);
    if (region.length) parts.push(`Bij ${joinDutch(region)} kiest vooral de regio waar.`);
  }
  return parts.join(' ');
}

/** The pooled LOCATIE share with its base: "21,3%: 250 van de 1.172 doelen, per thema geteld". */
function pooledText(n: NationalResult): string {
  return `${formatPercent(n.pooledShareLocationChoices ?? NaN, 1)}: ${formatNumber(n.pooledLocationChoices)} van de ${formatNumber(n.pooledGoals)} doelen, per thema geteld`;
}

function regionalBarText(n: NationalResult): string {
  if (n.thresholds.locationChoices === null) return 'Zonder geclassificeerde doelen is de regionale kant onbekend.';
  if (n.thresholds.locationChoicesRule === 'mean') {
    return `De regio ‘kiest waar’ als het aandeel doelen met locatiekeuze op een thema minstens het gemiddelde over alle thema’s is (${pooledText(n)}): een relatieve maat, omdat het absolute aandeel afhangt van hoe doelen zijn geformuleerd.`;
  }
  return `De regio ‘kiest waar’ vanaf ${formatPercent(n.thresholds.locationChoices)} van de doelen${n.pooledShareLocationChoices !== null ? ` (over alle thema’s samen is dat ${pooledText(n)})` : ''}.`;
}

export const interplaySection: NationalSection = {
  id: 'beleid-per-thema',
  title: 'Rijk en regio per thema: wie kiest waar?',
  render(l) {
    const n = national(l);
    if (!n || n.policies.documents === 0) {
      return { body: html`<p>De dataset bevat geen nationale beleidsstukken; deze vergelijking kan daarom niet worden gemaakt.</p>` };
    }
    const chart = quadrantChart(n.interplay, n.thresholds);
    const quadrantCell = (q: Quadrant | null) => (q === null ? html`<span class="muted">niet te plaatsen</span>` : QUADRANT_LABELS[q]);
    return {
      body: html`<p>${interplaySentence(n)}</p>
<p>Per thema zetten we twee aandelen naast elkaar: hoeveel nationale stukken op dat thema <strong>regie op ruimtebeslag</strong> voeren (zelf plekken, gebieden of aantallen per gebied vastleggen), en hoeveel doelen in de regionale agenda’s een <strong>concrete plek</strong> voor een fysieke ingreep noemen. Het Rijk ‘stuurt op waar’ vanaf ${formatPercent(n.thresholds.landUseSteering)} van de stukken. ${regionalBarText(n)}</p>
${chart ? html`<figure class="figure">${chart}<figcaption>Elk punt is een thema. Gestippelde lijnen: de drempels. Thema’s zonder stukken of zonder geclassificeerde doelen staan alleen in de tabel.</figcaption></figure>` : notice('Er zijn (nog) geen geclassificeerde regionale doelen, dus alleen de nationale kant is bekend. De tabel toont die; het twee-bij-twee-schema volgt zodra de doelen zijn ingedeeld.')}
${table({
  caption: 'Nationale sturing en regionale locatiekeuze per thema',
  // Each share sits in the cell of its count ("7 van de 13 (54%)"): as separate columns the ten headers
  // alone were wider than the page and squeezed the last column to one letter.
  head: ['Thema', 'Rijksstukken', 'Met regie op ruimtebeslag', 'Thematische focus', 'Gebiedsgericht', 'Regionale doelen', 'Met locatiekeuze', 'Plaats in het schema'],
  rows: n.interplay.map((r) => [
    r.theme,
    formatNumber(r.documents),
    r.documents > 0 ? formatCountOf(r.landUseSteering, r.documents) : formatNumber(r.landUseSteering),
    formatNumber(r.thematicFocus),
    formatNumber(r.areaBased),
    r.goals === null ? '–' : formatNumber(r.goals),
    r.goals === null || r.locationChoices === null ? '–' : formatCountOf(r.locationChoices, r.goals),
    quadrantCell(r.quadrant),
  ]),
  numeric: [1, 2, 3, 4, 5, 6],
})}
<p>${downloadLink(INTERPLAY_CSV, 'Download de gegevens', 'CSV')}</p>`,
      files: [
        {
          path: INTERPLAY_CSV,
          content: toCsv(
            ['thema', 'rijksstukken', 'regie_ruimtebeslag', 'thematische_focus', 'gebiedsgericht', 'aandeel_regie', 'regionale_doelen', 'met_locatiekeuze', 'aandeel_locatie', 'kwadrant'],
            n.interplay.map((r) => [r.theme, r.documents, r.landUseSteering, r.thematicFocus, r.areaBased, r.shareLandUseSteering, r.goals, r.locationChoices, r.shareLocationChoices, r.quadrant]),
          ),
        },
      ],
    };
  },
};

const INTERPLAY_CSV = '/nationaal-beleid/rijk-en-regio-per-thema.csv';

// ---------------------------------------------------------------------------------------------
// (b) completeness and administrative logic per division

export const divisionsSection: NationalSection = {
  id: 'volledigheid',
  title: 'Nationale gebiedsindelingen: volledigheid en bestuurlijke logica',
  render(l) {
    const n = national(l);
    if (!n || n.completeness.length === 0) return null;
    const overlap = l.input.analysis.overlap;
    const sentences = n.completeness.map((c) => {
      const o = overlap.divisions[c.division];
      const found = o?.regionsFoundBack ?? 0;
      const assessed = o?.regionsAssessed ?? c.regionsWithMembers;
      if (assessed === 0) {
        return `Van de ${formatNumber(c.regionsKnown)} ${noun(c.division, c.regionsKnown)} zijn geen gemeenten bekend, dus we kunnen niet zeggen of ze terugkomen in een vrijwillige agenda.`;
      }
      const of = c.regionsWithMembers < c.regionsKnown ? ` (van ${formatNumber(c.regionsKnown - c.regionsWithMembers)} ontbreken de gemeenten)` : '';
      return `${formatNumber(found)} van de ${formatNumber(assessed)} ${noun(c.division, assessed)} met bekende gemeenten komt terug in een vrijwillige agenda${of}.`;
    });
    const adminByDivision = new Map(n.administrativeLogic.map((a) => [a.division, a]));
    return {
      body: html`<p>Niet van elke nationale indeling weten we welke gemeenten erin liggen. Gebieden zonder gemeentelijst tellen hieronder als bekend, maar doen niet mee in de vergelijking.</p>
<ul>${sentences.map((s) => html`<li>${s}</li>`)}</ul>
${table({
  caption: 'Per indeling: volledigheid, terugvinden en het type van de best passende agenda',
  // Shares in the cells of their counts, with their base: nine columns with long headers did not fit.
  head: ['Indeling', 'Gebieden bekend', 'Met gemeenten', 'Teruggevonden', 'Beste agenda bestuurlijk (van de gebieden met een best passende agenda)', 'Beste agenda economisch', 'Beste agenda landschappelijk', 'Teruggevonden én bestuurlijk (van de gebieden met gemeenten)'],
  rows: n.completeness.map((c) => {
    const a = adminByDivision.get(c.division)!;
    const o = overlap.divisions[c.division];
    return [
      divisionLabel(c.division),
      formatNumber(c.regionsKnown),
      formatNumber(c.regionsWithMembers),
      o ? formatNumber(o.regionsFoundBack) : '–',
      a.regionsWithMatch > 0 ? formatCountOf(a.bestMatchTypology.BESTUURLIJK, a.regionsWithMatch) : formatNumber(a.bestMatchTypology.BESTUURLIJK),
      formatNumber(a.bestMatchTypology.ECONOMISCH),
      formatNumber(a.bestMatchTypology.LANDSCHAPPELIJK),
      a.regionsAssessed > 0 ? formatCountOf(a.foundBackAdministrative, a.regionsAssessed) : '–',
    ];
  }),
  numeric: [1, 2, 3, 4, 5, 6, 7],
})}
<p>‘Teruggevonden’: de best passende agenda heeft een overlapscore (gedeelde gemeenten gedeeld door alle gemeenten van beide samen) van ten minste ${formatNumber(n.thresholds.foundBack, 2)}. ‘${TYPOLOGY_LABEL.BESTUURLIJK}’: die agenda volgt een bestaande bestuurlijke indeling. ‘Teruggevonden én bestuurlijk’ is gedeeld door de gebieden met gemeenten.</p>`,
    };
  },
};

// ---------------------------------------------------------------------------------------------
// complementarity

export const complementaritySection: NationalSection = {
  id: 'complementariteit',
  title: 'Regionale agenda’s buiten de nationale gebieden',
  render(l) {
    const n = national(l);
    if (!n) return null;
    const rows = n.complementarity.filter((c) => c.divisions.length > 0);
    if (rows.length === 0) return null;
    const MEMBER: Record<string, string> = { complete: 'volledig', partial: 'gedeeltelijk: “buiten” kan te hoog zijn', none: 'ontbreken: geen uitspraak mogelijk' };
    return {
      body: html`<p>Per thema: welke gemeenten in een regionale agenda op dat thema zitten, maar in geen enkel gebied van de bijbehorende nationale indeling liggen. Zulke agenda’s vullen het nationale beleid aan waar het Rijk zelf geen gebied heeft afgebakend.</p>
${table({
  caption: 'Gemeenten in thema-agenda’s buiten de nationale gebieden van dat thema',
  head: ['Thema', 'Nationale indeling', 'Agenda’s', 'Gemeenten in agenda’s', 'Binnen een nationaal gebied', 'Buiten', 'Aandeel buiten (van de gemeenten in agenda’s)', 'Gemeentelijsten van de indeling'],
  rows: rows.map((c) => [
    c.theme,
    joinDutch(c.divisions.map(divisionLabel)),
    formatNumber(c.agendas),
    formatNumber(c.municipalitiesInAgendas),
    c.outside === null ? '–' : formatNumber(c.covered),
    c.outside === null ? '–' : formatNumber(c.outside.length),
    share(c.shareOutside),
    `${formatNumber(c.regionsWithMembers)} van ${formatNumber(c.regionsKnown)} (${MEMBER[c.memberData]})`,
  ]),
  numeric: [2, 3, 4, 5, 6],
})}
${rows
  .filter((c) => c.outside !== null && c.outside.length > 0)
  .map(
    (c) => html`<details><summary>${c.theme}: ${plural(c.outside!.length, 'gemeente', 'gemeenten')} buiten ${joinDutch(c.divisions.map(divisionLabel))}</summary>
<p>${joinDutch([...c.outside!].map((code) => l.municipalityName(code)).sort((a, b) => a.localeCompare(b, 'nl')))}</p></details>`,
  )}
<p class="muted">Thema’s zonder nationale gebiedsindeling in de data (${joinDutch(n.complementarity.filter((c) => c.divisions.length === 0).map((c) => c.theme.toLowerCase()))}) staan niet in de tabel.</p>`,
    };
  },
};

// ---------------------------------------------------------------------------------------------
// (c) Regio Deals

function agendaLinks(l: SiteLookup, ids: string[], max = 3): Renderable {
  if (ids.length === 0) return html`<span class="muted">geen</span>`;
  const shown = ids.slice(0, max).map((id) => link(cooperationHref(id), l.coopById.get(id)?.name ?? id));
  return html`${inlineList(shown)}${ids.length > max ? html` <span class="muted">en ${formatNumber(ids.length - max)} meer</span>` : ''}`;
}

export const regioDealsSection: NationalSection = {
  id: 'regio-deals',
  title: 'Regio Deals',
  render(l) {
    const n = national(l);
    if (!n || n.regioDeals.deals === 0) return null;
    const rd = n.regioDeals;
    const top = provinceWithMostDeals(rd);
    const ofAll = (count: number) => `${formatNumber(count)} van de ${formatNumber(rd.deals)}`;
    // The per-division page (national.ts, one page per division) holds the Regio Deals overlay map.
    const division = n.completeness.find((c) => divisionKey(c.division) === 'REGIO_DEAL')?.division;
    const { divisions } = l.input.analysis.overlap;
    const mapLink = division && divisions[division] ? html` De kaart staat op de pagina ${link(divisionHref(divisions, division), 'Regio Deals')}.` : '';
    return {
      body: html`<p>De data bevat ${plural(rd.deals, 'Regio Deal', 'Regio Deals')} in ${plural(rd.perTranche.length, 'tranche', 'tranches')}; van ${ofAll(rd.dealsWithoutMembers)} zijn de gemeenten niet bekend.${top ? ` De meeste deals liggen (deels) in ${top.province}: ${ofAll(top.deals)}.` : ''}${mapLink}</p>
${table({
  caption: 'Regio Deals per tranche',
  head: ['Tranche', 'Deals', 'Met bekende gemeenten'],
  rows: rd.perTranche.map((t) => [t.tranche === 'unknown' ? 'niet opgegeven' : t.tranche, formatNumber(t.deals), formatNumber(t.withMembers)]),
  numeric: [1, 2],
})}
${table({
  caption: `Regio Deals per provincie, van alle ${formatNumber(rd.deals)} deals (een deal over twee provincies telt bij beide); ${formatNumber(rd.dealsWithoutProvince)} zonder bekende provincie`,
  head: ['Provincie', 'Deals'],
  rows: [
    ...rd.perProvince.map((p) => [p.province, ofAll(p.deals)]),
    ...(rd.dealsWithoutProvince > 0 ? [[html`<span class="muted">zonder bekende provincie</span>`, ofAll(rd.dealsWithoutProvince)]] : []),
  ],
  numeric: [1],
})}
${table({
  caption: 'Alle Regio Deals met de vrijwillige agenda’s die ze overlappen (grootste overlap eerst)',
  head: ['Deal', 'Tranche', 'Jaar', 'Provincie(s)', 'Gemeenten', 'Overlappende agenda’s'],
  rows: rd.items.map((d) => [
    d.name,
    d.tranche === null ? '–' : formatNumber(d.tranche),
    d.year === null ? '–' : String(d.year),
    d.provinces.length ? d.provinces.join(', ') : html`<span class="muted">geen bekende gemeenten</span>`,
    d.municipalities === 0 ? html`<span class="muted">niet bekend</span>` : formatNumber(d.municipalities),
    d.municipalities === 0 ? '–' : agendaLinks(l, d.agendas),
  ]),
  numeric: [1, 4],
})}`,
    };
  },
};

// ---------------------------------------------------------------------------------------------
// (d) the policy documents, per theme (an index of theme links is the filter; works without JavaScript)

export const documentsSection: NationalSection = {
  id: 'beleidsstukken',
  title: 'Nationale beleidsstukken per thema',
  render(l) {
    const policies = l.input.dataset.nationalPolicies;
    if (policies.length === 0) return null;
    const themes = THEMES.filter((t) => policies.some((p) => p.themes.includes(t)));
    const anchor = (t: Theme) => `beleid-${themeSlug(t)}`;
    return {
      body: html`<p>${plural(policies.length, 'beleidsstuk', 'beleidsstukken')}, ingedeeld naar sturing. Een stuk met meer thema’s staat bij elk thema. Kies een thema:</p>
<nav aria-label="Beleidsstukken per thema"><ul class="inline-list">${themes.map((t) => html`<li><a href="#${anchor(t)}">${t} (${formatNumber(policies.filter((p) => p.themes.includes(t)).length)})</a></li>`)}</ul></nav>
${themes.map((t) => {
  const docs = policies
    .filter((p) => p.themes.includes(t))
    .sort((a, b) => (a.steering === b.steering ? a.title.localeCompare(b.title, 'nl') : a.steering === 'REGIE_RUIMTEBESLAG' ? -1 : 1));
  return html`<h3 id="${anchor(t)}">${t}</h3>
${table({
  caption: `Nationale beleidsstukken op het thema ${t}`,
  captionHidden: true,
  head: ['Titel', 'Jaar', 'Sturing', 'Gebiedsgericht', 'Waarom zo ingedeeld', 'Bron'],
  rows: docs.map((p) => [
    p.title,
    p.year === null ? '–' : String(p.year),
    STEERING_LABEL[p.steering] ?? p.steering,
    p.areaBased ? 'ja' : 'nee',
    p.explanation ?? '',
    p.source ? sourceLink(p.source) : html`<span class="muted">niet nagegaan</span>`,
  ]),
  numeric: [1],
})}`;
})}`,
    };
  },
};

/**
 * The page order: (a) the interplay first, then completeness, the per-division overlap sections of
 * national.ts (maps and found-back tables), complementarity, (c) Regio Deals and (d) the documents.
 */
export function nationalPolicySections(overlapSections: NationalSection[]): NationalSection[] {
  return [interplaySection, divisionsSection, ...overlapSections, complementaritySection, regioDealsSection, documentsSection];
}

/**
 * For cooperation pages: the Jaccard index between a national region and an agenda, from
 * `analysis.national.regions` (null when they share no municipality or the section is absent).
 */
export function regionAgendaJaccard(l: SiteLookup, division: string, regionId: string, cooperationId: string): number | null {
  const region = l.input.analysis.national?.regions.find((r) => r.division === division && r.id === regionId);
  return region?.agendas.find((a) => a.cooperationId === cooperationId)?.jaccard ?? null;
}

/**
 * For the Methode page: completeness per national division ("RES: 30/30") and how the national
 * comparison is computed, with the thresholds actually used. Empty when the analysis has no national section.
 */
export function nationalMethodSection(l: SiteLookup): Html {
  const n = national(l);
  if (!n || (n.completeness.length === 0 && n.policies.documents === 0)) return html``;
  const bar =
    n.thresholds.locationChoices === null
      ? 'niet te bepalen zonder geclassificeerde doelen'
      : n.thresholds.locationChoicesRule === 'mean'
        ? `het gemiddelde aandeel over alle thema’s (${pooledText(n)})`
        : formatPercent(n.thresholds.locationChoices);
  return html`<section class="section" aria-labelledby="nationale-gegevens"><h2 id="nationale-gegevens">Nationale gebieden en beleid</h2>
<p>Van niet elke nationale gebiedsindeling is bekend welke gemeenten erin liggen. Gebieden zonder gemeentelijst tellen als bekend, maar niet mee in de vergelijking met de agenda’s.</p>
${table({
  caption: 'Volledigheid per nationale indeling: gebieden met gemeenten / bekende gebieden',
  head: ['Indeling', 'Met gemeenten / bekend'],
  rows: n.completeness.map((c) => [divisionLabel(c.division), `${formatNumber(c.regionsWithMembers)}/${formatNumber(c.regionsKnown)}`]),
  numeric: [1],
})}
<ul>
<li><strong>Beleidsstukken</strong>: elk stuk is ingedeeld als regie op ruimtebeslag (het Rijk legt zelf plekken, gebieden of aantallen per gebied vast) of thematische focus. Per thema telt het aandeel regie; vanaf ${formatPercent(n.thresholds.landUseSteering)} ‘stuurt het Rijk op waar’.</li>
<li><strong>Regionale locatiekeuze</strong>: het aandeel doelen op een thema dat een concrete plek noemt; de regio ‘kiest waar’ vanaf ${bar}.</li>
<li><strong>Bestuurlijke logica</strong>: per indeling het aandeel gebieden waarvan de best passende agenda een bestuurlijke indeling volgt.</li>
<li><strong>Complementariteit</strong>: gemeenten in agenda’s op een thema die in geen gebied van de bijbehorende nationale indeling liggen.</li>
</ul>
<p>Zie ${link('/nationaal-beleid/', 'Nationaal beleid')} voor de uitkomsten.</p></section>`;
}
