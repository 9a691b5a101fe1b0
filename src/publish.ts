/**
 * The publish step: the pipeline's output → one folder with every site page, every conversation
 * guide page, the downloads, the static assets and the client bundles. Site and guide render their
 * pages independently from the shared presentation layer (src/present); this is the one place that
 * combines them. Deterministic: pages and files are written in sorted order from sorted data, and
 * nothing depends on the clock.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { Merger } from './model/index.ts';
import { loadTopology, type Reference } from './reference/index.ts';
import { datasetExport, downloadFiles, type DatasetExport } from './present/downloads.ts';
import { renderLayout, siteStatus } from './present/layout.ts';
import { headersFile, HEADERS_FILE } from './present/security.ts';
import { createLookup } from './present/lookup.ts';
import { MAP_CSS_FILE, MAP_STYLESHEET } from './present/map/index.ts';
import type { OutputFile, Page, SiteInput } from './present/page.ts';
import type { SiteStatus } from './present/layout.ts';
import { notFoundPage, renderPages } from './site/build.ts';
import { bundleClients, type BundleResult } from './site/bundle.ts';
import { renderGuideAnswerFiles, renderGuidePages } from './guide/render.ts';
import { printGuidePdfs, type PdfSelection } from './guide/pdf-files.ts';
import { loadStory } from './story/index.ts';
import { assertSiteDirUsable, buildSiteDir, MANIFEST_FILE } from './output/site-dir.ts';
import type { OutputTree } from './output/tree.ts';

const ASSETS_DIR = fileURLToPath(new URL('./site/assets', import.meta.url));
/** Marks a folder as ours and lists what we wrote (src/output/site-dir); any other non-empty folder is refused. */
export const MARKER_FILE = MANIFEST_FILE;

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
  /** Print these guides to PDF beside their pages and link them (needs Chromium); absent: no PDFs. */
  pdf?: PdfSelection;
  /** Called as each guide PDF is done (for progress output). */
  onPdf?: (done: number, total: number) => void;
  /** Who may embed the pages (CSP frame-ancestors, checked by parseFrameAncestors); default 'none'. */
  frameAncestors?: string;
  /** The site's public address (printed pages show their full URL); absent: print shows the path. */
  baseUrl?: string;
}

export interface BuildReport {
  outDir: string;
  pages: string[];
  files: number;
  bundles: BundleResult[];
  /** What the build found and repaired after an earlier, interrupted build (Dutch). */
  notes: string[];
  /** Guide PDFs written (cooperation id → bytes); empty without `pdf`. */
  pdfs: Map<string, number>;
}

/** Throws when `outDir` is a non-empty folder that is not an earlier build (we never build into those). */
export const assertOutDirUsable = assertSiteDirUsable;

/** Writes every page, file, asset and bundle through the output tree (staged; see src/output/site-dir). */
async function writeSite(tree: OutputTree, pages: Page[], downloads: OutputFile[], status: SiteStatus, opts: BuildOptions) {
  tree.copyDir(ASSETS_DIR, 'assets');
  tree.write(MAP_STYLESHEET, readFileSync(MAP_CSS_FILE));
  const files: OutputFile[] = [...downloads];
  for (const page of pages) {
    // The tree refuses a second file on one path, so two pages can never overwrite each other.
    tree.write(`${page.path}index.html`, renderLayout(page, status));
    files.push(...(page.files ?? []));
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  for (const f of files) tree.write(f.path, f.content);
  tree.write('404.html', renderLayout(notFoundPage(), status));
  tree.write(HEADERS_FILE, headersFile(opts.frameAncestors));
  const scripts = [...new Set(pages.flatMap((p) => p.scripts))].sort();
  const bundles = opts.skipBundles ? [] : await bundleClients(scripts, tree);
  return { files: files.length, bundles };
}

/**
 * With `opts.pdf` the guides are printed first (from their pages without PDF links; those links are
 * screen-only, so the PDF is the same), then every page is rendered knowing each PDF's size.
 */
export async function buildSite(input: SiteInput, opts: BuildOptions): Promise<BuildReport> {
  const outDir = resolve(opts.outDir);
  const status = siteStatus(input, opts.statusLabel, opts.baseUrl);
  const pdfs = opts.pdf ? await printGuidePdfs(createLookup(input), status, opts.pdf, { onProgress: opts.onPdf }) : null;
  const l = createLookup(pdfs ? { ...input, guidePdfs: pdfs.sizes } : input);
  const downloads = downloadFiles(l, opts);
  downloads.files.push(...(await renderGuideAnswerFiles(l)), ...(pdfs?.files ?? []));
  const pages = [...renderPages(l, status, downloads.items, opts.mergers), ...renderGuidePages(l, status)];
  const { result, notes } = await buildSiteDir(outDir, (tree) => writeSite(tree, pages, downloads.files, status, opts));
  const bundles = result.bundles.map((b) => ({ ...b, file: join(outDir, b.file) }));
  return { outDir, pages: pages.map((p) => p.path), files: result.files, bundles, notes, pdfs: pdfs?.sizes ?? new Map() };
}

/**
 * The build as the CLI, the browser tests and the bench run it: the pipeline's result plus the
 * reference's mergers (search aliases), municipality topology (GeoJSON) and the dataset exports.
 */
export async function buildFromPipeline(
  result: { reference: Reference; dataset: SiteInput['dataset']; analysis: SiteInput['analysis']; story?: SiteInput['story'] },
  opts: { outDir: string; statusLabel?: string; pdf?: PdfSelection; onPdf?: BuildOptions['onPdf']; frameAncestors?: string; baseUrl?: string },
): Promise<BuildReport> {
  const { reference } = result;
  const story = result.story ?? loadStory(result.dataset.source, result.analysis);
  const errors = story.findings.filter((f) => f.severity === 'error');
  if (errors.length) throw new Error(`De hoofdstukken in verhaal/ hebben fouten; de site is niet gebouwd:\n${errors.map((f) => `${f.file}${f.row ? ` regel ${f.row}` : ''}: ${f.message} ${f.hint ?? ''}`).join('\n')}`);
  return buildSite({ ...result, story }, {
    outDir: opts.outDir,
    statusLabel: opts.statusLabel,
    pdf: opts.pdf,
    onPdf: opts.onPdf,
    frameAncestors: opts.frameAncestors,
    baseUrl: opts.baseUrl,
    mergers: reference.mergers,
    municipalityTopology: loadTopology('gemeente'),
    datasetExport: await datasetExport(result.dataset, reference),
  });
}
