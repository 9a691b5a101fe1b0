/**
 * Site build orchestration: SiteInput → every page (pre-rendered HTML), client bundles, static
 * assets, downloads and search index under one output folder. Deterministic: pages and files are
 * written in sorted order from sorted data, and nothing depends on the clock.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { THEMES } from '../model/themes.ts';
import type { Merger } from '../model/index.ts';
import { serializeAnalysis } from '../analysis/serialize.ts';
import { html } from '../present/html.ts';
import { loadTopology, type Reference } from '../reference/index.ts';
import { datasetExport } from '../present/downloads.ts';
import { renderLayout, type SiteStatus } from '../present/layout.ts';
import { createLookup, type SiteLookup } from '../present/lookup.ts';
import { MAP_CSS_FILE, MAP_STYLESHEET } from '../present/map/index.ts';
import { bundleClients, type BundleResult } from './bundle.ts';
import { cooperationsGeoJson, municipalitiesGeoJson } from '../present/geojson.ts';
import { overviewPage } from './pages/overview.ts';
import { kaart1Page, kaart2Page } from './pages/maps.ts';
import { themePage, themesIndexPage } from './pages/themes.ts';
import { characteristicsPage } from './pages/characteristics.ts';
import { comparabilityPage } from './pages/comparability.ts';
import { divisionPages, nationalPage } from './pages/national.ts';
import { methodPage } from './pages/method.ts';
import { cooperationPage, cooperationsIndexPage, municipalitiesIndexPage, municipalityPage } from './pages/profiles.ts';
import { searchPage } from './pages/search.ts';
import { commutingPage } from './pages/commuting.ts';
import { renderGuidePages } from '../guide/render.ts';
import { accessibilityPage, downloadsPage, type DownloadItem } from './pages/static.ts';
import type { OutputFile, Page, SiteInput } from '../present/page.ts';

const ASSETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'assets');
/** Marks a folder as ours, so a rebuild may empty it; any other non-empty folder is refused. */
export const MARKER_FILE = '.regioruimte-site';

export const EXAMPLE_STATUS_LABEL = 'voorbeelddata samengesteld uit openbare bronnen';

export interface DatasetExport {
  /** Files for /downloads/ (e.g. dataset CSVs and XLSX), paths relative to /downloads/. */
  files: { name: string; content: string | Uint8Array; label: string; format: string; description: string }[];
}

export interface BuildOptions {
  outDir: string;
  /** The data status shown in the footer; defaults to the example-data label. */
  statusLabel?: string;
  mergers?: Merger[];
  /** Municipality boundaries (WGS84 TopoJSON) for the GeoJSON downloads. */
  municipalityTopology?: Topology;
  /** Dataset exports (CSV/XLSX) from src/export. */
  datasetExport?: DatasetExport;
  /** Skip Vite (unit tests of page output only). */
  skipBundles?: boolean;
}

export interface BuildReport {
  outDir: string;
  pages: string[];
  files: number;
  bundles: BundleResult[];
}

export function siteStatus(input: SiteInput, label = EXAMPLE_STATUS_LABEL): SiteStatus {
  const years = input.dataset.cooperations.map((c) => c.agendaYear).filter((y): y is number => typeof y === 'number');
  const date = years.length ? `agenda’s tot en met ${Math.max(...years)}` : 'agendajaren onbekend';
  return { label, date };
}

/** Every page of the site, in a fixed order. */
export function renderPages(l: SiteLookup, status: SiteStatus, downloads: DownloadItem[], mergers: Merger[] = []): Page[] {
  const municipalityCodes = [...new Set([...l.input.analysis.coverage.municipalities.map((m) => m.code), ...l.cooperations.flatMap((c) => c.municipalities)])].sort();
  return [
    overviewPage(l, status),
    kaart1Page(l),
    kaart2Page(l),
    themesIndexPage(l),
    ...THEMES.map((t) => themePage(l, t)),
    characteristicsPage(l),
    comparabilityPage(l),
    nationalPage(l),
    ...divisionPages(l),
    commutingPage(l),
    methodPage(l, status),
    cooperationsIndexPage(l),
    ...l.cooperations.map((c) => cooperationPage(l, c)),
    ...renderGuidePages(l, status),
    municipalitiesIndexPage(l),
    ...municipalityCodes.map((code) => municipalityPage(l, code)),
    searchPage(l, mergers),
    accessibilityPage(),
    downloadsPage(downloads, status.label === EXAMPLE_STATUS_LABEL ? 'Let op: dit zijn voorbeeldgegevens, geen volledige inventarisatie.' : ''),
  ];
}

export function downloadFiles(l: SiteLookup, opts: BuildOptions): { items: DownloadItem[]; files: OutputFile[] } {
  const items: DownloadItem[] = [];
  const files: OutputFile[] = [];
  for (const f of opts.datasetExport?.files ?? []) {
    items.push({ path: `/downloads/${f.name}`, label: f.label, format: f.format, description: f.description });
    files.push({ path: `/downloads/${f.name}`, content: f.content });
  }
  files.push({ path: '/downloads/analyse.json', content: serializeAnalysis(l.input.analysis) });
  items.push({ path: '/downloads/analyse.json', label: 'Analyse', format: 'JSON', description: 'Alle uitkomsten van de analyse in één bestand (het Analysis-formaat, beschreven in docs/analysis-json.md).' });
  if (opts.municipalityTopology) {
    files.push({ path: '/downloads/gemeenten.geojson', content: JSON.stringify(municipalitiesGeoJson(opts.municipalityTopology, l)) });
    items.push({ path: '/downloads/gemeenten.geojson', label: 'Gemeenten', format: 'GeoJSON, WGS84', description: 'Gemeentegrenzen 2025 met het aantal samenwerkingen per gemeente (CBS / Kadaster, CC BY 4.0).' });
    files.push({ path: '/downloads/samenwerkingen.geojson', content: JSON.stringify(cooperationsGeoJson(opts.municipalityTopology, l)) });
    items.push({ path: '/downloads/samenwerkingen.geojson', label: 'Samenwerkingsverbanden', format: 'GeoJSON, WGS84', description: 'Per samenwerkingsverband het samengevoegde gebied van de deelnemende gemeenten, met naam, thema’s en rechtsvorm.' });
  }
  return { items, files };
}

/** Throws when `outDir` is a non-empty folder that is not an earlier build (we never empty those). */
export function assertOutDirUsable(outDir: string): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
    throw new Error(`De map ${outDir} bestaat al en is geen eerder gebouwde site; kies een lege of nieuwe map.`);
  }
}

function prepareOutDir(outDir: string): void {
  assertOutDirUsable(outDir);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MARKER_FILE), 'Gebouwd door regioruimte; deze map wordt bij een nieuwe bouw geleegd.\n');
}

function write(outDir: string, path: string, content: string | Uint8Array): void {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

export async function buildSite(input: SiteInput, opts: BuildOptions): Promise<BuildReport> {
  const outDir = resolve(opts.outDir);
  const l = createLookup(input);
  const status = siteStatus(input, opts.statusLabel);
  const downloads = downloadFiles(l, opts);
  const pages = renderPages(l, status, downloads.items, opts.mergers);

  prepareOutDir(outDir);
  cpSync(ASSETS_DIR, join(outDir, 'assets'), { recursive: true });
  cpSync(MAP_CSS_FILE, join(outDir, MAP_STYLESHEET));

  const files: OutputFile[] = [...downloads.files];
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(page.path)) throw new Error(`src/site/build: two pages render ${page.path}`);
    seen.add(page.path);
    write(outDir, join(page.path, 'index.html'), renderLayout(page, status));
    files.push(...(page.files ?? []));
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  for (const f of files) write(outDir, f.path, f.content);
  write(outDir, '404.html', renderLayout(notFoundPage(), status));

  const scripts = [...new Set(pages.flatMap((p) => p.scripts))].sort();
  const bundles = opts.skipBundles ? [] : await bundleClients(scripts, outDir);
  return { outDir, pages: pages.map((p) => p.path), files: files.length, bundles };
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

/**
 * The build as the CLI, the browser tests and the bench run it: the pipeline's result plus the
 * reference's mergers (search aliases), municipality topology (GeoJSON) and the dataset exports.
 */
export async function buildFromPipeline(
  result: { reference: Reference; dataset: SiteInput['dataset']; analysis: SiteInput['analysis'] },
  opts: { outDir: string; statusLabel?: string },
): Promise<BuildReport> {
  const { reference } = result;
  return buildSite(result, {
    outDir: opts.outDir,
    statusLabel: opts.statusLabel,
    mergers: reference.mergers,
    municipalityTopology: loadTopology('gemeente'),
    datasetExport: await datasetExport(result.dataset, reference),
  });
}
