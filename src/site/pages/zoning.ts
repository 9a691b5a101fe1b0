/**
 * Gebiedscategorieën (/gebiedscategorieen/): the regional agendas beside the categories a zoning gives
 * its areas (such as the regional categories of the Nota Ruimte draft map). Only rendered when the
 * Analysis has a `zoning` section (some area in `nationale_gebieden` has a categorie); every number
 * comes from that section (src/analysis/zoning.ts) and is shown with its denominator.
 */
import { divisionSlug } from '../../model/names.ts';
import { THEMES, themeSlug } from '../../model/themes.ts';
import type { ZoningCategory, ZoningDivision, ZoningResult } from '../../analysis/types.ts';
import { cooperationHref, downloadLink, inlineList, link, section, table, themeHref } from '../../present/components.ts';
import { toCsv } from '../../present/csv.ts';
import { formatCountOf, formatNumber, formatOf, joinDutch } from '../../present/format.ts';
import { html, type Html } from '../../present/html.ts';
import { ZONING_NAV } from '../../present/layout.ts';
import { divisionLabel, type SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';

export const ZONING_PATH = ZONING_NAV.href;
const TITLE = ZONING_NAV.label;
const CSV_PATH = `${ZONING_PATH}gebiedscategorieen.csv`;

/** The page, or null when no area has a category (then the site has no such page and no menu item). */
export function zoningPage(l: SiteLookup): Page | null {
  const zoning = l.input.analysis.zoning;
  if (!zoning) return null;
  return {
    path: ZONING_PATH,
    title: TITLE,
    description: 'De ruimtelijke agenda’s naast de categorieën die een nationale indeling aan haar gebieden geeft.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    files: [{ path: CSV_PATH, content: zoningCsv(zoning) }],
    body: html`<h1>${TITLE}</h1>
<p class="lead">Een nationale indeling kan haar gebieden een categorie geven, zoals de regionale categorieën op de kaart van de ontwerp-Nota Ruimte. Per categorie staat hier hoeveel ruimtelijke agenda’s in die gebieden werken, welke thema’s ze noemen en hoe vaak hun doelen een plek kiezen.</p>
${zoning.divisions.map((d) => divisionSection(l, zoning, d))}
<p>${downloadLink(CSV_PATH, 'Download de gegevens', 'CSV')}</p>
${section(
  'werkwijze',
  'Hoe is dit geteld?',
  html`<p>Een agenda telt bij een categorie als ten minste één van haar gemeenten in een gebied van die categorie ligt; een agenda kan dus bij meer categorieën tellen. Een gebied komt terug als de best passende agenda vrijwel dezelfde gemeenten heeft (overlapscore minstens ${formatNumber(zoning.foundBackThreshold, 2)}, zoals op de pagina <a href="/nationaal-beleid/">Nationaal beleid</a>). Een doel kiest een plek als het als locatiekeuze is ingedeeld (zie <a href="/methode/">Methode</a>); het aandeel is van alle doelen van de agenda’s van de categorie. Gebieden zonder categorie tellen niet mee.</p>`,
)}`,
  };
}

function divisionSection(l: SiteLookup, zoning: ZoningResult, d: ZoningDivision): Html {
  const slug = divisionSlug(d.division);
  const label = divisionLabel(d.division);
  return section(
    `indeling-${slug}`,
    label,
    html`<p>${formatOf(d.areasCategorised, d.areas)} gebieden van deze indeling hebben een categorie.${uncategorisedText(l, d)}</p>`,
    summaryTable(label, zoning, d),
    themesTable(label, d),
    d.categories.map((c, i) => categoryBlock(l, c, `${slug}-categorie-${i + 1}`)),
  );
}

/** The areas without a category, by name: they are in no row below. */
function uncategorisedText(l: SiteLookup, d: ZoningDivision): string {
  if (d.uncategorised.length === 0) return '';
  const names = d.uncategorised.map((id) => l.input.dataset.nationalRegions.find((r) => r.division === d.division && r.id === id)?.name ?? id);
  return ` Zonder categorie, en dus niet in de tabellen hieronder: ${joinDutch(names)}.`;
}

function foundBackCell(c: ZoningCategory): string {
  if (c.areasAssessed === 0) return 'geen gebied met bekende gemeenten';
  if (c.areasAssessed === c.areas.length) return formatCountOf(c.areasFoundBack, c.areasAssessed);
  return `${formatOf(c.areasFoundBack, c.areasAssessed)} met bekende gemeenten`;
}

function locationChoiceCell(c: ZoningCategory): string {
  if (c.goals === null || c.locationChoices === null || c.goals === 0) return 'geen doelen';
  return formatCountOf(c.locationChoices, c.goals);
}

function summaryTable(label: string, zoning: ZoningResult, d: ZoningDivision): Html {
  return table({
    caption: `${label}: ruimtelijke agenda’s per categorie`,
    head: ['Categorie', 'Gebieden', 'Gemeenten', 'Ruimtelijke agenda’s in deze gebieden', 'Gebieden die terugkomen als agenda', 'Doelen die een plek kiezen'],
    rows: d.categories.map((c) => [
      c.category,
      formatNumber(c.areas.length),
      formatNumber(c.municipalities.length),
      formatCountOf(c.agendas.length, zoning.spatialAgendas),
      foundBackCell(c),
      locationChoiceCell(c),
    ]),
    numeric: [1, 2],
  });
}

function themesTable(label: string, d: ZoningDivision): Html {
  return table({
    caption: `${label}: hoeveel agenda’s per categorie elk thema noemen`,
    head: ['Thema', ...d.categories.map((c) => c.category)],
    rows: THEMES.map((t) => [link(themeHref(t), t), ...d.categories.map((c) => (c.agendas.length === 0 ? 'geen agenda’s' : formatOf(c.agendasPerTheme[t], c.agendas.length)))]),
  });
}

/** One category: its agendas, and per area the best-matching agenda. */
function categoryBlock(l: SiteLookup, c: ZoningCategory, id: string): Html {
  const name = (coopId: string) => l.coopById.get(coopId)?.name ?? coopId;
  return html`<h3 id="${id}">${c.category}</h3>
<p>Ruimtelijke agenda’s met ten minste één gemeente in deze gebieden:</p>
${inlineList(c.agendas.map((a) => link(cooperationHref(a), name(a))), 'geen')}
${table({
  caption: `${c.category}: best passende agenda per gebied`,
  head: ['Gebied', 'Gemeenten', 'Best passende agenda', 'Overlapscore', 'Komt terug'],
  rows: c.areas.map((a) => [
    a.name,
    a.municipalities === 0 ? 'onbekend' : formatNumber(a.municipalities),
    a.bestMatch ? link(cooperationHref(a.bestMatch.cooperationId), name(a.bestMatch.cooperationId)) : html`<span class="muted">${a.municipalities === 0 ? 'niet te beoordelen' : 'geen overlap'}</span>`,
    a.bestMatch ? formatNumber(a.bestMatch.jaccard, 2) : '–',
    a.municipalities === 0 ? '–' : a.foundBack ? 'ja' : 'nee',
  ]),
  numeric: [1, 3],
})}`;
}

/** One row per category: the page's numbers with their denominators, themes as agenda counts. */
function zoningCsv(zoning: ZoningResult): string {
  const header = ['indeling', 'categorie', 'gebieden', 'gebieden_met_gemeenten', 'gebieden_terug', 'gemeenten', 'agendas', 'ruimtelijke_agendas', 'doelen', 'doelen_locatiekeuze', 'aandeel_locatiekeuze', ...THEMES.map((t) => `agendas_${themeSlug(t)}`)];
  const rows = zoning.divisions.flatMap((d) =>
    d.categories.map((c) => [
      d.division,
      c.category,
      c.areas.length,
      c.areasAssessed,
      c.areasFoundBack,
      c.municipalities.length,
      c.agendas.length,
      zoning.spatialAgendas,
      c.goals,
      c.locationChoices,
      c.shareLocationChoices,
      ...THEMES.map((t) => c.agendasPerTheme[t]),
    ]),
  );
  return toCsv(header, rows);
}
