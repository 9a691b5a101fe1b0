/**
 * Nationaal beleid (/nationaal-beleid/). Built from sections so the national-policy work can add its
 * own: `NATIONAL_SECTIONS` is the ordered list of section renderers; add one function per section.
 * Present for now: per national division in the data, the overlap table and an overlay map.
 */
import { html, type Html } from '../html.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { cooperationHref, link, section, table } from '../components.ts';
import { overlayMap } from '../map-slots.ts';
import { divisionLabel, isReferenceDivision, type SiteLookup } from '../selectors.ts';
import type { Page } from '../types.ts';
import { nationalPolicySections } from './national-policy.ts';

export interface NationalSection {
  /** Anchor id, also used for the in-page table of contents. */
  id: string;
  title: string;
  render(l: SiteLookup): { body: Html; scripts?: string[]; styles?: string[] } | null;
}

/** One section per national division present in the data: overlap table + overlay map. */
export function overlapSections(l: SiteLookup): NationalSection[] {
  const { overlap } = l.input.analysis;
  return Object.keys(overlap.divisions)
    .sort((a, b) => Number(isReferenceDivision(a)) - Number(isReferenceDivision(b)) || a.localeCompare(b))
    .map((division) => ({
      id: `indeling-${division.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      title: divisionLabel(division),
      render(lk: SiteLookup) {
        const div = overlap.divisions[division];
        // CBS reference divisions get the table only: their overlays add megabytes and little insight.
        const map = isReferenceDivision(division) ? { figure: html``, scripts: [] as string[], styles: [] as string[] } : overlayMap(lk, division);
        const regions = [...div.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
        return {
          scripts: map.scripts,
          styles: map.styles,
          body: html`<p>${formatNumber(div.regionsFoundBack)} van de ${formatNumber(div.regionsAssessed)} gebieden${div.shareFoundBack === null ? '' : ` (${formatPercent(div.shareFoundBack)})`} komt terug als vrijwillige agenda met vrijwel dezelfde gemeenten (Jaccard ≥ ${formatNumber(overlap.foundBackThreshold, 2)}).</p>
${map.figure}
${table({
  caption: `${divisionLabel(division)}: best passende vrijwillige agenda per gebied`,
  head: ['Gebied', 'Best passende agenda', 'Jaccard', 'Deel van gebied in agenda', 'Deel van agenda in gebied', 'Komt terug'],
  rows: regions.map((r) => [
    r.name,
    r.bestMatch ? link(cooperationHref(r.bestMatch.cooperationId), lk.coopById.get(r.bestMatch.cooperationId)?.name ?? r.bestMatch.cooperationId) : html`<span class="muted">geen overlap</span>`,
    r.bestMatch ? formatNumber(r.bestMatch.jaccard, 2) : '–',
    r.bestMatch ? formatPercent(r.bestMatch.containmentOfRegion) : '–',
    r.bestMatch ? formatPercent(r.bestMatch.containmentOfAgenda) : '–',
    r.foundBack ? 'ja' : 'nee',
  ]),
  numeric: [2, 3, 4],
})}`,
        };
      },
    }));
}

/** Placeholder for the per-theme national steering table (filled by the national-policy work). */
export const policySection: NationalSection = {
  id: 'beleid-per-thema',
  title: 'Nationaal beleid per thema',
  render(l) {
    const n = l.input.analysis.dataset.nationalPolicies;
    return {
      body: html`<p>${
        n > 0
          ? `De dataset bevat ${formatNumber(n)} nationale beleidsstukken. De tabel per thema (regie op ruimtebeslag of thematische focus) en de wisselwerking met regionale locatiekeuzes volgen in een volgende versie.`
          : 'De dataset bevat nog geen nationale beleidsstukken.'
      }</p>`,
    };
  },
};

/** Ordered sections of the page. Add a section by adding a NationalSection here. */
export function nationalSections(l: SiteLookup): NationalSection[] {
  return nationalPolicySections(l, overlapSections(l));
}

export function nationalPage(l: SiteLookup, sections: NationalSection[] = nationalSections(l)): Page {
  const rendered = sections.map((s) => ({ s, r: s.render(l) })).filter((x) => x.r !== null);
  return {
    path: '/nationaal-beleid/',
    title: 'Nationaal beleid',
    description: 'Hoe vrijwillige regionale agenda’s samenvallen met nationale gebiedsindelingen en beleid.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [...new Set(rendered.flatMap((x) => x.r!.scripts ?? []))],
    styles: [...new Set(rendered.flatMap((x) => x.r!.styles ?? []))],
    body: html`<h1>Aansluiting op nationaal beleid</h1>
<p class="lead">Het Rijk werkt met eigen gebiedsindelingen, zoals de RES-regio’s, NOVEX-gebieden, nationale parken en Regio Deals. Hier staat per indeling hoe goed die samenvalt met de vrijwillige ruimtelijke agenda’s van gemeenten.</p>
${rendered.length > 1 ? html`<nav class="toc" aria-label="Op deze pagina"><ul>${rendered.map((x) => html`<li><a href="#${x.s.id}">${x.s.title}</a></li>`)}</ul></nav>` : ''}
${rendered.map((x) => section(x.s.id, x.s.title, x.r!.body))}
${section(
  'uitleg',
  'Hoe lees ik dit?',
  html`<p>Voor elk nationaal gebied zoeken we de vrijwillige agenda met de grootste overlap in gemeenten. De <strong>Jaccard-index</strong> is het aantal gemeenten dat in beide zit, gedeeld door het aantal gemeenten dat in minstens één van beide zit: 1 betekent precies dezelfde gemeenten, 0 geen enkele gemeente gemeen.</p>`,
)}`,
  };
}
