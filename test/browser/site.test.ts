/**
 * Browser tests of the site built from the hand-made fixture (the example dataset is in
 * site-example.test.ts, so the two run on separate workers), served by src/site/serve.ts
 * with its CSP): every page type loads without console errors, has zero axe-core violations
 * (WCAG 2.1 AA tags) and requests nothing outside its own origin; search, escaping and the map
 * interactions work.
 */
import { describe, expect, inject, it } from 'vitest';
import { axe, browserSession, checkPage, openPage } from './browser.ts';
import { XSS_NAME } from '../fixtures/site/fixture.ts';
import { requireSite } from './site-status.ts';

const { url: fixtureUrl } = await requireSite(inject('siteStatusDir'), 'fixture');

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

const session = browserSession();

describe('fixture site', () => {
  // One load per page; the 390 px check narrows the same document, as a reader zooming in would.
  it.each(FIXTURE_PAGES)('page %s: no console errors, no axe violations, only same-origin requests; at 390 px no sideways scroll', async (path) => {
    const r = await checkPage(session.visitor, fixtureUrl, path);
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.dialogs).toEqual([]);
    await r.page.setViewportSize({ width: 390, height: 900 });
    expect(await r.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The stacked tables and the map controls at phone width.
    if (path === '/kaart-2/' || path === '/samenwerkingen/xss-test/') expect(await axe(r.page)).toEqual([]);
  });

  it('renders the <img onerror> cooperation name as text, everywhere it appears', async () => {
    for (const path of ['/samenwerkingen/xss-test/', '/kaart-2/', '/samenwerkingen/', '/gemeenten/GM0080/', '/zoeken/']) {
      const rec = await session.visitor.visit(fixtureUrl + path);
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
    }
  });

  it('search finds Súdwest-Fryslân by typing "sudwest" (index JSON allowed by the CSP)', async () => {
    const rec = await openPage(session.browser, fixtureUrl + '/zoeken/');
    const { page } = rec;
    await page.locator('#zoekterm').fill('sudwest');
    await expect.poll(() => page.locator('#zoekresultaten a').allTextContents()).toContain('Súdwest-Fryslân');
    expect(await page.locator('#zoekresultaten a', { hasText: 'Súdwest-Fryslân' }).getAttribute('href')).toBe('/gemeenten/GM1900/');
    expect(await page.locator('#zoekstatus').textContent()).toMatch(/1 resultaat/);
    expect(rec.errors).toEqual([]);
    await page.context().close();
  });

  it('search page without JavaScript shows the A–Z list', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fixtureUrl + '/zoeken/');
    expect(await page.locator('form.search-form').isVisible()).toBe(false);
    expect(await page.locator('.az-list a', { hasText: 'Súdwest-Fryslân' }).count()).toBe(1);
    await context.close();
  });
});

describe('fixture maps', () => {
  it('hover and focus on a Kaart 2 marker show that cooperation and its members', async () => {
    const rec = await openPage(session.browser, fixtureUrl + '/kaart-2/');
    const { page } = rec;
    const marker = page.locator('a.map-marker[data-id="fryslan-west"]');
    await marker.hover();
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = (await tooltip.textContent()) ?? '';
    // fryslan-west = Harlingen, Súdwest-Fryslân, Waadhoeke (fixture); Leeuwarden is in another agenda.
    for (const name of ['Samenwerking Fryslân-West', 'Gebiedsagenda Westergo', 'Harlingen', 'Súdwest-Fryslân', 'Waadhoeke']) expect(text).toContain(name);
    expect(text).not.toContain('Leeuwarden');
    // Keyboard: focusing the XSS cooperation's marker shows its name as text.
    await page.locator('a.map-marker[data-id="xss-test"]').focus();
    await expect.poll(async () => (await tooltip.textContent()) ?? '').toContain('Tytsjerksteradiel');
    expect(await tooltip.textContent()).toContain(XSS_NAME);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(rec.errors).toEqual([]);
    await page.context().close();
  });

  it('the theme filter on Kaart 2 hides other networks and their rows in the list', async () => {
    const rec = await openPage(session.browser, fixtureUrl + '/kaart-2/');
    const { page } = rec;
    const visibleRows = () => page.locator('table[data-map-list="kaart-2"] tbody tr:not([hidden])').count();
    expect(await visibleRows()).toBe(3);
    await page.locator('select[data-map-filter="themes"]').selectOption('Mobiliteit');
    // Only xss-test has Mobiliteit.
    await expect.poll(visibleRows).toBe(1);
    expect(await page.locator('table[data-map-list="kaart-2"] tbody tr:not([hidden])').getAttribute('data-id')).toBe('xss-test');
    expect(await page.locator('a.map-marker[data-id="fryslan-west"]').isVisible()).toBe(false);
    expect(await page.locator('a.map-marker[data-id="xss-test"]').isVisible()).toBe(true);
    expect(await page.locator('[data-map-status]').textContent()).toContain('1 van 3');
    expect(rec.errors).toEqual([]);
    await page.context().close();
  });

  it('the Kaart 1 threshold slider changes the number of lines shown', async () => {
    const rec = await openPage(session.browser, fixtureUrl + '/kaart-1/');
    const { page } = rec;
    const status = page.locator('[data-map-status]');
    // 11 Fryslân members of the safety region → C(11,2) = 55 pairs share ≥ 1.
    expect(await status.textContent()).toContain('55 lijnen');
    const slider = page.locator('input[data-map-threshold]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    // Pairs also in a spatial agenda share 2: 3 (fryslan-west) + 1 (xss) + 10 (zuidoost) = 14.
    await expect.poll(async () => (await status.textContent()) ?? '').toContain('14 lijnen bij drempel 2');
    expect(rec.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/kaart-1/', 'a[href^="/gemeenten/"]'],
    ['/kaart-2/', 'a.map-marker'],
  ])('keyboard Tab reaches the named map elements on %s, with a visible focus indicator', async (path, selector) => {
    const rec = await openPage(session.browser, fixtureUrl + path);
    const { page } = rec;
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((sel) => !!document.activeElement?.closest('svg.map-svg') && document.activeElement!.matches(sel), selector);
    }
    expect(reached).toBe(true);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as Element;
      // A Kaart 2 marker has an invisible hit circle first; its focus stroke is on the visible dot.
      const shape = el.querySelector('.map-marker-dot') ?? el.querySelector('circle, path') ?? el;
      const cs = getComputedStyle(shape);
      return { label: el.getAttribute('aria-label'), stroke: cs.stroke, width: cs.strokeWidth, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.label).toBeTruthy();
    // Visible focus: an outline on the element, or the black focus stroke on its shape.
    expect(focused.outline !== 'none' || (focused.stroke === 'rgb(0, 0, 0)' && parseFloat(focused.width) >= 2)).toBe(true);
    await page.context().close();
  });
});
