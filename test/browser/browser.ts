/** Shared helpers for the browser tests: one Debian Chromium per worker, pages that record console errors and requests. */
import type { Browser, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useSharedBrowser } from './shared-browser.ts';

export { launch } from './shared-browser.ts';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Recorded {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Starts recording a page's console errors, requests and dialogs into whatever `target()` returns. */
function record(page: Page, target: () => Recorded): void {
  page.on('console', (m) => {
    if (m.type() === 'error') target().errors.push(m.text());
  });
  page.on('pageerror', (e) => target().errors.push(String(e)));
  page.on('request', (r) => target().requests.push(r.url()));
  page.on('dialog', async (d) => {
    target().dialogs.push(d.message());
    await d.dismiss();
  });
}

async function go(rec: Recorded, url: string): Promise<void> {
  const response = await rec.page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() >= 400) rec.errors.push(`HTTP ${response?.status()} for ${url}`);
}

/** A fresh context and page (no state shared with other tests); close it with `page.context().close()`. */
export async function openPage(browser: Browser, url: string, width = 1280): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const rec: Recorded = { page, errors: [], requests: [], dialogs: [] };
  record(page, () => rec);
  await go(rec, url);
  return rec;
}

export interface Visitor {
  /** Loads `url` at `width`; the record holds only what this visit produced. */
  visit(url: string, width?: number): Promise<Recorded>;
  close(): Promise<void>;
}

/**
 * One page that visits many URLs in turn. Chromium keeps the page's renderer across same-site
 * navigations, so axe-core is compiled once instead of once per URL (about 0.6 s each on the CI
 * machine); every visit is still a new document with its own record.
 */
export async function pageVisitor(browser: Browser): Promise<Visitor> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let rec: Recorded = { page, errors: [], requests: [], dialogs: [] };
  record(page, () => rec);
  return {
    async visit(url, width = 1280) {
      if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 900 });
      rec = { page, errors: [], requests: [], dialogs: [] };
      await go(rec, url);
      return rec;
    },
    close: () => context.close(),
  };
}

export interface BrowserSession {
  browser: Browser;
  visitor: Visitor;
}

/**
 * The worker's shared browser and one reusable page for the calling test file, opened before its
 * first test; the page's context and any other the file left open are closed after its last.
 */
export function browserSession(): BrowserSession {
  const session = useSharedBrowser({} as BrowserSession);
  beforeAll(async () => {
    session.visitor = await pageVisitor(session.browser);
  });
  return session;
}

export interface PageCheck {
  page: Page;
  errors: string[];
  foreign: string[];
  violations: AxeViolation[];
  dialogs: string[];
}

/** Console errors, requests outside the site's origin, axe violations and dialogs of one page. */
export async function checkPage(visitor: Visitor, base: string, path: string, width = 1280): Promise<PageCheck> {
  const rec = await visitor.visit(base + path, width);
  const origin = new URL(base).origin;
  const foreign = rec.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
  const violations = await axe(rec.page);
  return { page: rec.page, errors: rec.errors, foreign, violations, dialogs: rec.dialogs };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Injected via CDP-evaluated source, which the page's CSP does not govern; once per document (a check at
  // several widths runs it on the same document again).
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
}
