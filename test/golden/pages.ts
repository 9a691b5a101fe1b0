/**
 * One page of each page type, rendered from the example dataset exactly as the build writes it
 * (layout included), keyed by page type. The instances are fixed so the goldens stay comparable.
 */
import type { PipelineResult } from '../../src/pipeline.ts';
import { loadTopology } from '../../src/reference/index.ts';
import { notFoundPage } from '../../src/site/build.ts';
import { datasetExport, downloadFiles, figureDownloadItems } from '../../src/present/downloads.ts';
import { EXAMPLE_STATUS_LABEL, renderLayout, siteStatus } from '../../src/present/layout.ts';
import { createLookup } from '../../src/present/lookup.ts';
import { overviewPage } from '../../src/site/pages/overview.ts';
import { kaart1Page, kaart2Page } from '../../src/site/pages/maps.ts';
import { themePage, themesIndexPage } from '../../src/site/pages/themes.ts';
import { characteristicsPage } from '../../src/site/pages/characteristics.ts';
import { comparabilityPage } from '../../src/site/pages/comparability.ts';
import { divisionPage, nationalPage } from '../../src/site/pages/national.ts';
import { commutingPage } from '../../src/site/pages/commuting.ts';
import { methodPage } from '../../src/site/pages/method.ts';
import { cooperationPage, cooperationsIndexPage, municipalitiesIndexPage, municipalityPage } from '../../src/site/pages/profiles.ts';
import { searchPage } from '../../src/site/pages/search.ts';
import { comparePage } from '../../src/site/pages/compare.ts';
import { accessibilityPage } from '../../src/site/pages/accessibility.ts';
import { downloadsPage } from '../../src/site/pages/downloads.ts';
import { renderGuidePages } from '../../src/guide/render.ts';
import type { Page } from '../../src/present/page.ts';

/** The instances: a large agenda with a guide, a large municipality, the RES division. */
export const GOLDEN_COOPERATION = 'achterhoek';
export const GOLDEN_MUNICIPALITY = 'GM0363';
export const GOLDEN_DIVISION = 'RES';

export async function goldenPages(r: PipelineResult): Promise<Map<string, string>> {
  const l = createLookup(r);
  const status = siteStatus(r);
  const downloads = downloadFiles(l, { municipalityTopology: loadTopology('gemeente'), datasetExport: await datasetExport(r.dataset, r.reference) });
  const cooperation = l.coopById.get(GOLDEN_COOPERATION);
  if (!cooperation) throw new Error(`golden: samenwerking ${GOLDEN_COOPERATION} ontbreekt in data/voorbeeld`);
  const guides = renderGuidePages(l, status);
  const guide = guides.find((p) => p.path === `/gespreksleidraad/${GOLDEN_COOPERATION}/`);
  if (!guide) throw new Error(`golden: geen gespreksleidraad voor ${GOLDEN_COOPERATION}`);
  const pages: Record<string, Page> = {
    overview: overviewPage(l, status),
    kaart1: kaart1Page(l),
    kaart2: kaart2Page(l),
    'themes-index': themesIndexPage(l),
    theme: themePage(l, 'Wonen'),
    characteristics: characteristicsPage(l),
    comparability: comparabilityPage(l),
    national: nationalPage(l),
    division: divisionPage(l, GOLDEN_DIVISION),
    commuting: commutingPage(l),
    method: methodPage(l, status),
    'cooperations-index': cooperationsIndexPage(l),
    cooperation: cooperationPage(l, cooperation),
    'guide-index': guides[0],
    guide,
    'municipalities-index': municipalitiesIndexPage(l),
    municipality: municipalityPage(l, GOLDEN_MUNICIPALITY),
    search: searchPage(l, r.reference.mergers),
    compare: comparePage(l),
    accessibility: accessibilityPage(l),
    'not-found': notFoundPage(),
  };
  const figures = figureDownloadItems(Object.values(pages));
  pages.downloads = downloadsPage([...downloads.items, ...figures], status.label === EXAMPLE_STATUS_LABEL ? 'Let op: dit zijn voorbeeldgegevens, geen volledige inventarisatie.' : '');
  return new Map(Object.entries(pages).map(([k, p]) => [k, renderLayout(p, status)]));
}
