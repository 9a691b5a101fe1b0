/** Shared helpers for the browser tests: one Debian Chromium, pages that record console errors and requests. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { CHROMIUM_ARGS, chromiumPath } from '../../src/guide/pdf.ts';

/** Debian's Chromium with the same flags as the PDF renderer (no background networking). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Recorded {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

export async function openPage(browser: Browser, url: string, width = 1280): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const rec: Recorded = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') rec.errors.push(m.text());
  });
  page.on('pageerror', (e) => rec.errors.push(String(e)));
  page.on('request', (r) => rec.requests.push(r.url()));
  page.on('dialog', async (d) => {
    rec.dialogs.push(d.message());
    await d.dismiss();
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() >= 400) rec.errors.push(`HTTP ${response?.status()} for ${url}`);
  return rec;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Injected via CDP-evaluated source, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
}
