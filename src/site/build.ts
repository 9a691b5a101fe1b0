/**
 * Every page of the site (pre-rendered HTML) from the lookup over the pipeline's output, in a fixed
 * order. Writing them, the guide pages, the downloads and the client bundles to a folder is the
 * publish step (src/publish.ts).
 */
import { THEMES } from '../model/themes.ts';
import type { Merger } from '../model/index.ts';
import { html } from '../present/html.ts';
import { EXAMPLE_STATUS_LABEL, type SiteStatus } from '../present/layout.ts';
import type { SiteLookup } from '../present/lookup.ts';
import { figureDownloadItems, type DownloadItem } from '../present/downloads.ts';
import type { Page } from '../present/page.ts';
import { overviewPage } from './pages/overview.ts';
import { kaart1Page, kaart2Page } from './pages/maps.ts';
import { themePage, themesIndexPage } from './pages/themes.ts';
import { characteristicsPage } from './pages/characteristics.ts';
import { comparabilityPage } from './pages/comparability.ts';
import { divisionPages, nationalPage } from './pages/national.ts';
import { methodPage } from './pages/method.ts';
import { cooperationPage, cooperationsIndexPage, municipalitiesIndexPage, municipalityPage } from './pages/profiles.ts';
import { searchPage } from './pages/search.ts';
import { comparePage } from './pages/compare.ts';
import { embedPages } from './pages/embed.ts';
import { commutingPage } from './pages/commuting.ts';
import { accessibilityPage } from './pages/accessibility.ts';
import { downloadsPage } from './pages/downloads.ts';
import { chapterPages, storyIndexPage } from './pages/story.ts';
import { zoningPage } from './pages/zoning.ts';

/** Every page of the site, in a fixed order. */
export function renderPages(l: SiteLookup, status: SiteStatus, downloads: DownloadItem[], mergers: Merger[] = []): Page[] {
  const municipalityCodes = [...new Set([...l.input.analysis.coverage.municipalities.map((m) => m.code), ...l.cooperations.flatMap((c) => c.municipalities)])].sort();
  const pages = [
    overviewPage(l, status),
    storyIndexPage(l),
    ...chapterPages(l),
    kaart1Page(l),
    kaart2Page(l),
    ...embedPages(l),
    themesIndexPage(l),
    ...THEMES.map((t) => themePage(l, t)),
    characteristicsPage(l),
    comparabilityPage(l),
    nationalPage(l),
    ...divisionPages(l),
    ...[zoningPage(l)].filter((p): p is Page => p !== null),
    commutingPage(l),
    methodPage(l, status),
    cooperationsIndexPage(l),
    ...l.cooperations.map((c) => cooperationPage(l, c)),
    municipalitiesIndexPage(l),
    ...municipalityCodes.map((code) => municipalityPage(l, code)),
    searchPage(l, mergers),
    comparePage(l),
    accessibilityPage(l),
  ];
  // The downloads page lists the CSVs the other pages write beside their figures, so it comes last.
  const note = status.label === EXAMPLE_STATUS_LABEL ? 'Let op: dit zijn voorbeeldgegevens, geen volledige inventarisatie.' : '';
  return [...pages, downloadsPage([...downloads, ...figureDownloadItems(pages)], note)];
}

export function notFoundPage(): Page {
  return {
    path: '/404/',
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>Pagina niet gevonden</h1><p class="lead">Deze pagina bestaat niet (meer). Probeer <a href="/zoeken/">zoeken</a> of ga naar het <a href="/">overzicht</a>.</p>`,
  };
}
