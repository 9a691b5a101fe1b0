/**
 * The publish step: the pipeline's output → one folder with every site page, every conversation
 * guide page, the downloads, the static assets and the client bundles. Site and guide render their
 * pages independently from the shared presentation layer (src/present); this is the one place that
 * combines them. Deterministic: pages and files are written in sorted order from sorted data, and
 * nothing depends on the clock.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { Merger } from './model/index.ts';
import { loadTopology, type Reference } from './reference/index.ts';
import { datasetExport, downloadFiles, type DatasetExport } from './present/downloads.ts';
import { renderLayout, siteStatus } from './present/layout.ts';
import { createLookup } from './present/lookup.ts';
import { MAP_CSS_FILE, MAP_STYLESHEET } from './present/map/index.ts';
import type { OutputFile, SiteInput } from './present/page.ts';
import { notFoundPage, renderPages } from './site/build.ts';
import { bundleClients, type BundleResult } from './site/bundle.ts';
import { renderGuidePages } from './guide/render.ts';

const ASSETS_DIR = fileURLToPath(new URL('./site/assets', import.meta.url));
/** Marks a folder as ours, so a rebuild may empty it; any other non-empty folder is refused. */
export const MARKER_FILE = '.regioruimte-site';

export interface BuildOptions {
  outDir: string;
  /** The data status shown in the footer; defaults to the example-data label. */
  statusLabel?: string;
  mergers?: Merger[];
  /** Municipality boundaries (WGS84 TopoJSON) for the GeoJSON downloads. */
  municipalityTopology?: Topology;
  /** Dataset exports (CSV/XLSX) from src/present/export.ts. */
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
  const pages = [...renderPages(l, status, downloads.items, opts.mergers), ...renderGuidePages(l, status)];

  prepareOutDir(outDir);
  cpSync(ASSETS_DIR, join(outDir, 'assets'), { recursive: true });
  cpSync(MAP_CSS_FILE, join(outDir, MAP_STYLESHEET));

  const files: OutputFile[] = [...downloads.files];
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(page.path)) throw new Error(`src/publish: two pages render ${page.path}`);
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
