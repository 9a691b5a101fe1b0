/**
 * Browser tests of the built site (fixture dataset and example dataset, served by src/site/serve.ts
 * with its CSP): every page type loads without console errors, has zero axe-core violations
 * (WCAG 2.1 AA tags) and requests nothing outside its own origin; search, escaping and the map
 * interactions work.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, launch, openPage } from './browser.ts';
import { XSS_NAME } from '../fixtures/site/fixture.ts';

const fixtureUrl = inject('siteFixtureUrl');
const exampleUrl = inject('siteExampleUrl');
const exampleError = inject('siteExampleError');

/** One URL per page type. */
const FIXTURE_PAGES = [
  '/',
  '/kaart-1/',
  '/kaart-2/',
  '/themas/',
  '/themas/wonen/',
  '/kenmerken/',
  '/vergelijkbaarheid/',
  '/nationaal-beleid/',
  '/methode/',
  '/samenwerkingen/',
  '/samenwerkingen/xss-test/',
  '/gemeenten/',
  '/gemeenten/GM1900/',
  '/zoeken/',
  '/toegankelijkheid/',
  '/downloads/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function checkPage(base: string, path: string) {
  const rec = await openPage(browser, base + path);
  try {
    const origin = new URL(base).origin;
    const foreign = rec.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
    const violations = await axe(rec.page);
    return { errors: rec.errors, foreign, violations, dialogs: rec.dialogs };
  } finally {
    await rec.page.context().close();
  }
}

describe('fixture site', () => {
  it.each(FIXTURE_PAGES)('page %s: no console errors, no axe violations, only same-origin requests', async (path) => {
    const r = await checkPage(fixtureUrl, path);
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.dialogs).toEqual([]);
  });

  it('renders the <img onerror> cooperation name as text, everywhere it appears', async () => {
    for (const path of ['/samenwerkingen/xss-test/', '/kaart-2/', '/samenwerkingen/', '/gemeenten/GM0080/', '/zoeken/']) {
      const rec = await openPage(browser, fixtureUrl + path);
      const { page } = rec;
      if (path === '/samenwerkingen/xss-test/') {
        expect(await page.locator('h1').textContent()).toBe(XSS_NAME);
        // The javascript: source stays text, not a link.
        expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      } else {
        expect(await page.getByText(XSS_NAME, { exact: true }).count()).toBeGreaterThan(0);
      }
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('main script:not([type="application/json"]):not([type="module"])').count()).toBe(0);
      expect(rec.dialogs).toEqual([]);
      await page.context().close();
    }
  });

  it('search finds Súdwest-Fryslân by typing "sudwest" (index JSON allowed by the CSP)', async () => {
    const rec = await openPage(browser, fixtureUrl + '/zoeken/');
    const { page } = rec;
    await page.locator('#zoekterm').fill('sudwest');
    await expect.poll(() => page.locator('#zoekresultaten a').allTextContents()).toContain('Súdwest-Fryslân');
    expect(await page.locator('#zoekresultaten a', { hasText: 'Súdwest-Fryslân' }).getAttribute('href')).toBe('/gemeenten/GM1900/');
    expect(await page.locator('#zoekstatus').textContent()).toMatch(/1 resultaat/);
    expect(rec.errors).toEqual([]);
    await page.context().close();
  });

  it('search page without JavaScript shows the A–Z list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fixtureUrl + '/zoeken/');
    expect(await page.locator('form.search-form').isVisible()).toBe(false);
    expect(await page.locator('.az-list a', { hasText: 'Súdwest-Fryslân' }).count()).toBe(1);
    await context.close();
  });
});

describe('example site (data/voorbeeld)', () => {
  it('was built', () => {
    expect(exampleError).toBe('');
  });
});
