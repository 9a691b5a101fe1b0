/**
 * Guide pages to A4 PDF with headless Debian Chromium (playwright-core). Pages are served from memory
 * under a fake origin through request interception: every request is answered locally or aborted, so
 * nothing reaches the network. Page numbers come from Chromium's PDF footer template.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../output/tree.ts';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '../present/html.ts';
import { GUIDE_CSS, GUIDE_STYLESHEET } from './render.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const INSTALL_HINT = 'apt-get install -y chromium';
const ORIGIN = 'http://regioruimte.invalid';
const PDF_ONLY_STYLE = '<style>@page { @bottom-right { content: none; } }</style>';

const SITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'site');
/** Where /assets/<name> comes from when printing outside a built site. */
const ASSET_DIRS = [join(SITE_DIR, 'assets'), join(SITE_DIR, 'map')];

/** Chromium is not installed or cannot start; the message is Dutch and names the install command. */
export class ChromiumMissingError extends Error {}

export function chromiumPath(): string {
  return process.env.REGIORUIMTE_CHROMIUM || DEFAULT_CHROMIUM;
}

export interface PdfJob {
  /** URL path of the page, e.g. /gespreksleidraad/regio-twente/. */
  path: string;
  /** The complete HTML document (site layout included). */
  document: string;
  /** Shown in the footer next to the page number. */
  footerTitle: string;
  /** Output file. */
  out: string;
}

export interface PdfResult {
  out: string;
  pages: number;
  bytes: number;
}

const CONTENT_TYPE: Record<string, string> = { css: 'text/css', svg: 'image/svg+xml', js: 'text/javascript', png: 'image/png', json: 'application/json' };

function asset(path: string): { body: string | Buffer; type: string } | null {
  if (path === GUIDE_STYLESHEET) return { body: GUIDE_CSS, type: 'text/css' };
  const m = /^\/assets\/([A-Za-z0-9._-]+)$/.exec(path);
  if (!m) return null;
  for (const dir of ASSET_DIRS) {
    const file = join(dir, m[1]);
    if (existsSync(file)) return { body: readFileSync(file), type: CONTENT_TYPE[m[1].split('.').pop() ?? ''] ?? 'application/octet-stream' };
  }
  return null;
}

/** Number of pages in a PDF written by Chromium (its page objects are `/Type /Page`). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export function footerTemplate(title: string): string {
  return (
    '<div style="font-family: system-ui, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;">' +
    `<span>Gespreksleidraad ${escapeHtml(title)}</span>` +
    '<span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>'
  );
}

async function launch() {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(`Chromium is niet gevonden (${executablePath}). Installeer het met: ${INSTALL_HINT} (of wijs een ander pad aan met REGIORUIMTE_CHROMIUM).`);
  }
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new ChromiumMissingError(`Chromium (${executablePath}) start niet: ${(error as Error).message.split('\n')[0]}. Installeer het opnieuw met: ${INSTALL_HINT}.`);
  }
}

/**
 * Prints every job with one browser, `concurrency` tabs at a time; returns the page count and size of
 * each PDF in job order (`onDone` is called in completion order).
 */
export async function renderPdfs(jobs: PdfJob[], onDone?: (r: PdfResult) => void, concurrency = 2): Promise<PdfResult[]> {
  const browser = await launch();
  const results: PdfResult[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // The footer template numbers the pages, so the stylesheet's own margin-box numbers are dropped.
    const documents = new Map(jobs.map((j) => [j.path, j.document.replace('</head>', `${PDF_ONLY_STYLE}</head>`)]));
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      const doc = documents.get(url.pathname);
      if (doc !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: doc });
      const a = asset(url.pathname);
      return a ? route.fulfill({ status: 200, contentType: a.type, body: a.body }) : route.fulfill({ status: 404, body: '' });
    });
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index];
        await page.goto(ORIGIN + job.path, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footerTemplate(job.footerTitle),
          margin: { top: '16mm', bottom: '20mm', left: '16mm', right: '16mm' },
          tagged: true,
        });
        writeFileAtomic(resolve(job.out), pdf);
        const r = { out: job.out, pages: countPdfPages(pdf), bytes: pdf.length };
        results[index] = r;
        onDone?.(r);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
    await context.close();
  } finally {
    await browser.close();
  }
  return results;
}
