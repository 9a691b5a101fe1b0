/**
 * Nationaal beleid (/nationaal-beleid/). Built from sections so the national-policy work can add its
 * own: `NATIONAL_SECTIONS` is the ordered list of section renderers; add one function per section.
 * Present for now: per national division in the data, the overlap table and an overlay map.
 */
import { html, type Html } from '../../present/html.ts';
import { formatCountOf, formatNumber, formatPercent, joinDutch } from '../../present/format.ts';
import { ZONING_NAV } from '../../present/layout.ts';
import { cooperationHref, divisionHref, link, section, table, technicalDetails } from '../../present/components.ts';
import { overlayMap } from '../../present/map/slots.ts';
import { embedSnippet } from './embed-snippet.ts';
import { divisionEmbed } from './embed.ts';
import { divisionLabel, foundBackText, isReferenceDivision, type SiteLookup } from '../../present/lookup.ts';
import type { OutputFile, Page } from '../../present/page.ts';
import { nationalPolicySections } from './national-policy.ts';
import type { NationalSection } from './national-section.ts';
export type { NationalSection } from './national-section.ts';

function divisionOrder(a: string, b: string): number {
  return Number(isReferenceDivision(a)) - Number(isReferenceDivision(b)) || a.localeCompare(b);
}

/** Summary of every division in the data, linking to one page per division. */
export const overlapSummarySection: NationalSection = {
  id: 'indelingen',
  title: 'Nationale indelingen en vrijwillige agenda’s',
  render(l) {
    const { overlap } = l.input.analysis;
    const divisions = Object.keys(overlap.divisions).sort(divisionOrder);
    if (divisions.length === 0) return { body: html`<p>De dataset bevat geen nationale gebiedsindelingen.</p>` };
    return {
      body: html`<p>Per indeling: hoeveel gebieden terugkomen als vrijwillige agenda met vrijwel dezelfde gemeenten (overlapscore minstens ${formatNumber(overlap.foundBackThreshold, 2)}). Kies een indeling voor de kaart en de tabel per gebied.</p>
${table({
  caption: 'Gebieden per indeling die terugkomen als vrijwillige agenda',
  head: ['Indeling', 'Gebieden', 'Zonder bekende gemeenten', 'Komt terug', 'Aandeel (van de gebieden met bekende gemeenten)'],
  rows: divisions.map((d) => {
    const div = overlap.divisions[d];
    // A share is only given when every region could be assessed (see foundBackText).
    const share = div.complete && div.shareFoundBack !== null ? formatPercent(div.shareFoundBack) : '–';
    return [link(divisionHref(overlap.divisions, d), divisionLabel(d)), formatNumber(div.regionsKnown), formatNumber(div.regionsNotAssessable), formatNumber(div.regionsFoundBack), share];
  }),
  numeric: [1, 2, 3, 4],
})}
<p class="muted">Provincies, arbeidsmarktregio’s en de andere CBS-indelingen staan er ter vergelijking bij: zij zijn geen nationaal beleid, maar laten zien hoe vaak agenda’s bestaande bestuurlijke grenzen volgen.</p>${zoningLink(l)}`,
    };
  },
};

/** A pointer to the comparison per category, when a division in the data gives its areas categories. */
function zoningLink(l: SiteLookup): Html {
  const zoning = l.input.analysis.zoning;
  if (!zoning) return html``;
  const names = zoning.divisions.map((d) => divisionLabel(d.division));
  return html`<p>${joinDutch(names)} ${names.length === 1 ? 'geeft' : 'geven'} de gebieden een categorie. Op de pagina <a href="${ZONING_NAV.href}">${ZONING_NAV.label}</a> staan de agenda’s per categorie.</p>`;
}

/** One page per division: overlay map (national divisions only) and the best match per region. */
export function divisionPage(l: SiteLookup, division: string): Page {
  const { overlap } = l.input.analysis;
  const div = overlap.divisions[division];
  // CBS reference divisions get the table only: an overlay adds weight and little insight there.
  const map = isReferenceDivision(division) ? null : overlayMap(l, division);
  const regions = [...div.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const title = divisionLabel(division);
  return {
    path: divisionHref(overlap.divisions, division),
    title,
    description: `${title}: welke vrijwillige ruimtelijke agenda past het best bij elk gebied?`,
    breadcrumbs: [
      { href: '/', label: 'Overzicht' },
      { href: '/nationaal-beleid/', label: 'Nationaal beleid' },
    ],
    scripts: map?.scripts ?? [],
    styles: map?.styles ?? [],
    body: html`<h1>${title}</h1>
<p class="lead">Terug als vrijwillige agenda met vrijwel dezelfde gemeenten (overlapscore minstens ${formatNumber(overlap.foundBackThreshold, 2)}): ${foundBackText(div)}.</p>
${map ? html`${map.figure}${embedSnippet(divisionEmbed(l, division))}` : ''}
${section(
  'gebieden',
  'Best passende agenda per gebied',
  table({
    caption: `${title}: best passende vrijwillige agenda per gebied`,
    captionHidden: true,
    head: ['Gebied', 'Best passende agenda', 'Overlapscore', 'Deel van gebied in agenda', 'Deel van agenda in gebied', 'Komt terug'],
    rows: regions.map((r) => [
      r.name,
      r.bestMatch ? link(cooperationHref(r.bestMatch.cooperationId), l.coopById.get(r.bestMatch.cooperationId)?.name ?? r.bestMatch.cooperationId) : html`<span class="muted">geen overlap</span>`,
      r.bestMatch ? formatNumber(r.bestMatch.jaccard, 2) : '–',
      r.bestMatch ? formatCountOf(r.bestMatch.shared, r.municipalities) : '–',
      r.bestMatch ? formatCountOf(r.bestMatch.shared, r.bestMatch.agendaMunicipalities) : '–',
      r.foundBack ? 'ja' : 'nee',
    ]),
    numeric: [2, 3, 4],
  }),
)}
${section('uitleg', 'Hoe lees ik dit?', OVERLAP_EXPLANATION)}`,
  };
}

export function divisionPages(l: SiteLookup): Page[] {
  return Object.keys(l.input.analysis.overlap.divisions).sort(divisionOrder).map((d) => divisionPage(l, d));
}

const OVERLAP_EXPLANATION = html`<p>Voor elk nationaal gebied zoeken we de vrijwillige agenda met de grootste overlap in gemeenten. De <strong>overlapscore</strong> is het aantal gemeenten dat in beide zit, gedeeld door het aantal gemeenten dat in minstens één van beide zit: 1 betekent precies dezelfde gemeenten, 0 geen enkele gemeente gemeen. “Deel van gebied in agenda” is het aandeel van de gemeenten van het gebied dat ook in de agenda zit; “deel van agenda in gebied” andersom.</p>${technicalDetails(html`<p>De overlapscore heet in de statistiek de Jaccard-index. Een gebied “komt terug” bij een score van minstens de drempel die bij het maken van de analyse is gekozen (standaard 0,50).</p>`)}`;

/** Ordered sections of the page. Add a section by adding a NationalSection here. */
export function nationalSections(): NationalSection[] {
  // The overlap summary links to one page per division (divisionPages) with overlay map and table.
  return nationalPolicySections([overlapSummarySection]);
}

export function nationalPage(l: SiteLookup, sections: NationalSection[] = nationalSections()): Page {
  const rendered = sections.map((s) => ({ s, r: s.render(l) })).filter((x) => x.r !== null);
  return {
    path: '/nationaal-beleid/',
    title: 'Nationaal beleid',
    description: 'Hoe vrijwillige regionale agenda’s samenvallen met nationale gebiedsindelingen en beleid.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [...new Set(rendered.flatMap((x) => x.r!.scripts ?? []))],
    styles: [...new Set(rendered.flatMap((x) => x.r!.styles ?? []))],
    files: rendered.flatMap((x) => x.r!.files ?? []),
    body: html`<h1>Aansluiting op nationaal beleid</h1>
<p class="lead">Het Rijk werkt met eigen gebiedsindelingen, zoals de RES-regio’s, NOVEX-gebieden, nationale parken en Regio Deals. Hier staat per indeling hoe goed die samenvalt met de vrijwillige ruimtelijke agenda’s van gemeenten.</p>
${rendered.length > 1 ? html`<nav class="toc" aria-label="Op deze pagina"><ul>${rendered.map((x) => html`<li><a href="#${x.s.id}">${x.s.title}</a></li>`)}</ul></nav>` : ''}
${rendered.map((x) => section(x.s.id, x.s.title, x.r!.body))}
${section('uitleg', 'Hoe lees ik dit?', OVERLAP_EXPLANATION)}`,
  };
}
