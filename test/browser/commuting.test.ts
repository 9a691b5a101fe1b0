/**
 * Browser tests of the "Dagelijks stedelijk systeem" page and the fit block on cooperation pages
 * (example dataset, which has a pendel sheet; fixture site, which has none): no console errors, zero
 * axe violations, same-origin requests only; maps readable without JavaScript; keyboard reaches a
 * flow arc with a visible focus indicator and the tooltip names it.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession, checkPage, openPage } from './browser.ts';
import { requireSite, waitForSite } from './site-status.ts';

const { url: fixtureUrl } = await requireSite(inject('siteStatusDir'), 'fixture');
const { url: exampleUrl, error: exampleError } = await waitForSite(inject('siteStatusDir'), 'example');
const PATH = '/dagelijks-stedelijk-systeem/';

const session = browserSession();

describe('Dagelijks stedelijk systeem (example site)', () => {
  it.each([PATH, '/samenwerkingen/regio-zwolle/'])('%s: no console errors, no axe violations, only same-origin requests', async (path) => {
    expect(exampleError).toBe('');
    const r = await checkPage(session.visitor, exampleUrl, path);
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
  });

  it('shows the four maps (with the 2023 labour-market areas), the arcs and the ranked agendas without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(exampleUrl + PATH);
    expect(await page.locator('figure.map svg.map-svg').count()).toBe(4);
    expect(await page.locator('g.map-flows path').count()).toBe(5);
    expect(await page.locator('.map-description', { hasText: 'Pendelcijfers 2014' }).count()).toBe(4);
    expect(await page.locator('p.generated').textContent()).toMatch(/^Over \d+ ruimtelijke agenda’s met minstens 2 gemeenten/);
    expect(await page.locator('table', { hasText: 'gerangschikt naar fit' }).locator('tbody tr').count()).toBeGreaterThan(50);
    await context.close();
  });

  it('keyboard Tab reaches a flow arc with a visible focus indicator; the tooltip names the flow', async () => {
    const rec = await openPage(session.browser, exampleUrl + PATH);
    const { page } = rec;
    await page.locator('#pendelbogen').scrollIntoViewIfNeeded();
    await page.locator('#provinciegrens').evaluate((el) => {
      // Start tabbing from the heading of the flows section.
      (el as HTMLElement).setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('g.map-flows'));
    }
    expect(reached).toBe(true);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as Element;
      const cs = getComputedStyle(el);
      return { label: el.getAttribute('aria-label'), stroke: cs.stroke, width: cs.strokeWidth };
    });
    expect(focused.label).toMatch(/^1\. Almere → Amsterdam: 21\.300 banen/);
    expect(focused.stroke).toBe('rgb(0, 0, 0)');
    await expect.poll(async () => (await page.locator('#pendelbogen .map-tooltip').textContent()) ?? '').toContain('Almere → Amsterdam');
    expect(rec.errors).toEqual([]);
    await page.context().close();
  });

  it('a cooperation page shows its fit with the data year', async () => {
    const rec = await openPage(session.browser, exampleUrl + '/samenwerkingen/regio-zwolle/');
    const text = (await rec.page.locator('section[aria-labelledby="pendel"]').textContent()) ?? '';
    expect(text).toMatch(/\d+ van de 22 gemeenten \(\d+%\) liggen in de functionele regio/);
    expect(text).toContain('Pendelcijfers 2014');
    await rec.page.context().close();
  });
});

describe('Dagelijks stedelijk systeem (fixture site, no pendel sheet)', () => {
  it('explains the absence; no axe violations', async () => {
    const r = await checkPage(session.visitor, fixtureUrl, PATH);
    expect(r.errors).toEqual([]);
    expect(r.violations).toEqual([]);
    const rec = await openPage(session.browser, fixtureUrl + PATH);
    expect(await rec.page.locator('main').textContent()).toContain('geen blad pendel');
    await rec.page.context().close();
  });
});
