/**
 * Browser tests of the site built from the example dataset (data/voorbeeld), served by
 * src/site/serve.ts with its CSP: every page type loads without console errors, has zero axe-core
 * violations (WCAG 2.1 AA tags) and requests nothing outside its own origin; search finds former
 * municipalities.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession, checkPage, openPage } from './browser.ts';

const exampleUrl = inject('siteExampleUrl');
const exampleError = inject('siteExampleError');

const session = browserSession();

const EXAMPLE_PAGES = ['/', '/kaart-1/', '/kaart-2/', '/themas/', '/themas/water-en-bodem/', '/kenmerken/', '/vergelijkbaarheid/', '/nationaal-beleid/', '/methode/', '/samenwerkingen/regio-twente/', '/gemeenten/GM1900/', '/zoeken/', '/downloads/'];

describe('example site (data/voorbeeld)', () => {
  it('was built', () => {
    expect(exampleError).toBe('');
  });

  it.each(EXAMPLE_PAGES)('page %s: no console errors, no axe violations, only same-origin requests', async (path) => {
    expect(exampleError).toBe('');
    const r = await checkPage(session.visitor, exampleUrl, path);
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
  });

  it('search finds Súdwest-Fryslân by typing "sudwest", and by its former part Littenseradiel (merged 2018)', async () => {
    const rec = await openPage(session.browser, exampleUrl + '/zoeken/');
    const { page } = rec;
    await page.locator('#zoekterm').fill('sudwest');
    await expect.poll(() => page.locator('#zoekresultaten a').allTextContents()).toContain('Súdwest-Fryslân');
    await page.locator('#zoekterm').fill('littenseradiel');
    await expect.poll(() => page.locator('#zoekresultaten a').allTextContents()).toContain('Súdwest-Fryslân');
    expect(await page.locator('#zoekresultaten li', { hasText: 'Súdwest-Fryslân' }).textContent()).toContain('voorheen Littenseradiel');
    await page.context().close();
  });
});
