/**
 * Guide pages to A4 PDF with headless Debian Chromium (playwright-core): one browser, a small pool of
 * tabs printing in parallel. Pages are served from memory under a fake origin through request
 * interception: every request is answered locally or aborted, so nothing reaches the network. Page
 * numbers come from Chromium's PDF footer template. The creation and modification dates Chromium
 * writes are replaced by a fixed date, so the same page gives the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
}

export interface PdfResult {
  pdf: Uint8Array;
  pages: number;
}

export interface PdfOptions {
  /** Called as each PDF is done (in completion order), with the job's index. */
  onDone?: (result: PdfResult, index: number) => void;
  /** Tabs printing at the same time in the one browser. */
  concurrency?: number;
  /** Creation and modification date written into every PDF, as 14 digits YYYYMMDDHHmmSS. */
  date?: string;
}

/** Default pool size: printing is mostly Chromium's own work, so a few tabs keep two cores busy. */
export const PDF_CONCURRENCY = 3;
/** Default fixed PDF date when the caller gives none. */
export const PDF_DATE = '20000101000000';

/**
 * Replaces the 14 date digits of every `D:YYYYMMDDHHmmSS` date (the Info dictionary's CreationDate
 * and ModDate) by `date`. Same length, so the cross-reference offsets stay valid.
 */
export function fixPdfDates(pdf: Uint8Array, date = PDF_DATE): Uint8Array {
  if (!/^\d{14}$/.test(date)) throw new Error(`src/guide/pdf: a PDF date is 14 digits (YYYYMMDDHHmmSS), not '${date}'`);
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (D:${date}`);
  return fixed === text ? pdf : Buffer.from(fixed, 'latin1');
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
 * Prints every job with one browser, `concurrency` tabs at a time; returns each PDF (dates fixed) with
 * its page count, in job order.
 */
export async function renderPdfs(jobs: PdfJob[], options: PdfOptions = {}): Promise<PdfResult[]> {
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
      try {
        while (next < jobs.length) {
          const index = next++;
          const job = jobs[index];
          await page.goto(ORIGIN + job.path, { waitUntil: 'load' });
          const printed = await page.pdf({
            format: 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: footerTemplate(job.footerTitle),
            margin: { top: '16mm', bottom: '20mm', left: '16mm', right: '16mm' },
            tagged: true,
          });
          const pdf = fixPdfDates(printed, options.date);
          results[index] = { pdf, pages: countPdfPages(pdf) };
          options.onDone?.(results[index], index);
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? PDF_CONCURRENCY, jobs.length)) }, worker));
    await context.close();
  } finally {
    await browser.close();
  }
  return results;
}
