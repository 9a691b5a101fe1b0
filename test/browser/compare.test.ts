/**
 * The compare page (/vergelijk/) on the shared example build: reached from a profile with that
 * profile chosen, two cooperations side by side with values checked against the downloaded
 * Analysis JSON and dataset CSV (worked out here, not read from the page's own data file), the
 * choice kept in the address (reload, back and forward restore it), axe at 1400 and 390 px and no
 * sideways scrolling at 320 px.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, browserSession, openPage } from './browser.ts';
import { waitForSite } from './site-status.ts';

const { url: exampleUrl, error: exampleError } = await waitForSite(inject('siteStatusDir'), 'example');
const session = browserSession();

const A = 'regio-twente';
const B = 'nationaal-park-sallandse-heuvelrug';
const GOAL_WORD: Record<string, string> = { LOCATIE: 'locatiekeuze', LOBBY: 'lobby', PROCES: 'proces', ABSTRACT: 'algemene ambitie' };

interface Expected {
  name: string;
  members: string[];
  goals: string;
  type: string;
}

async function expected(id: string): Promise<Expected> {
  const csv = await (await fetch(`${exampleUrl}/downloads/samenwerkingen.csv`)).text();
  const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true, delimiter: ';' }) as Record<string, string>[];
  const row = rows.find((r) => r.id === id)!;
  const analysis = await (await fetch(`${exampleUrl}/downloads/analyse.json`)).json();
  const g = analysis.goals.perCooperation[id];
  const parts = ['LOCATIE', 'LOBBY', 'PROCES', 'ABSTRACT'].filter((c) => g.counts[c] > 0).map((c) => `${g.counts[c]} ${GOAL_WORD[c]}`);
  const t = analysis.typology.cooperations.find((x: { id: string }) => x.id === id);
  const typeWord = { BESTUURLIJK: 'Bestuurlijk', ECONOMISCH: 'Economisch', LANDSCHAPPELIJK: 'Landschappelijk' }[t.typology as string];
  return { name: row.naam, members: row.gemeenten.split(';'), goals: `${g.total} doelen: ${parts.join(', ')}`, type: `${typeWord} (${t.given ? 'opgegeven' : 'afgeleid'})` };
}

const cell = (page: Page, label: string, col: number) => page.locator('#vergelijking tbody tr', { has: page.locator('th', { hasText: label }) }).locator('td').nth(col).textContent();
const listed = (page: Page, index: number) => page.locator('.compare-members__group').nth(index).locator('li').allTextContents();

describe('compare page', () => {
  it('from a profile, two cooperations side by side; reload, back and forward restore the choice', { timeout: 120_000 }, async () => {
    expect(exampleError).toBe('');
    const [a, b] = [await expected(A), await expected(B)];
    const { page } = await openPage(session.browser, `${exampleUrl}/samenwerkingen/${A}/`, 1400);
    await page.getByRole('link', { name: 'Vergelijk met…' }).click();
    await page.waitForURL(/\/vergelijk\/\?a=regio-twente$/);
    await expect.poll(() => page.locator('#s-a').inputValue()).toBe(A);
    await page.locator('#s-b').selectOption(B);
    await page.locator('form[data-compare-kind="samenwerking"] button').click();
    await page.waitForURL(`**/vergelijk/?a=${A}&b=${B}`);

    const check = async () => {
      await expect.poll(() => page.locator('#vergelijking-titel').textContent()).toBe(`${a.name} en ${b.name}`);
      expect(await cell(page, 'Doelen per soort', 0)).toBe(a.goals);
      expect(await cell(page, 'Doelen per soort', 1)).toBe(b.goals);
      expect(await cell(page, 'Aantal gemeenten', 0)).toBe(`${a.members.length} gemeenten`);
      expect(await cell(page, 'Type', 1)).toBe(b.type);
      const shared = a.members.filter((m) => b.members.includes(m));
      expect((await listed(page, 0)).sort()).toEqual([...shared].sort());
      expect((await listed(page, 1)).sort()).toEqual(a.members.filter((m) => !shared.includes(m)).sort());
      expect((await listed(page, 2)).sort()).toEqual(b.members.filter((m) => !shared.includes(m)).sort());
      // Each small map marks exactly that cooperation's members.
      expect(await page.locator('[data-compare-map="a"] [data-code][fill]').count()).toBe(a.members.length);
      expect(await page.locator('[data-compare-map="b"] [data-code][fill]').count()).toBe(b.members.length);
    };
    await check();
    expect(shared(a, b)).toBe(5);

    await page.reload();
    await check();

    await page.locator('#s-a').selectOption('regio-foodvalley');
    await page.locator('#s-b').selectOption('regio-amersfoort');
    await page.locator('form[data-compare-kind="samenwerking"] button').click();
    await expect.poll(() => page.locator('#vergelijking-titel').textContent()).toContain('Foodvalley');
    await page.goBack();
    await check();
    expect(await page.locator('#s-b').inputValue()).toBe(B);
    await page.goForward();
    await expect.poll(() => page.locator('#vergelijking-titel').textContent()).toContain('Foodvalley');
    await page.context().close();
  });

  it('two municipalities; a municipality and a cooperation are refused with a reason', async () => {
    expect(exampleError).toBe('');
    const rec = await session.visitor.visit(`${exampleUrl}/vergelijk/?a=GM0153&b=GM0164`);
    const { page } = rec;
    await expect.poll(() => page.locator('#vergelijking-titel').textContent()).toBe('Enschede en Hengelo (O.)');
    // Both are in Regio Twente: it is listed under "In beide".
    expect(await listed(page, 0)).toContain('Regio Twente / SamenTwente (Agenda voor Twente)');
    expect(rec.errors).toEqual([]);
    await session.visitor.visit(`${exampleUrl}/vergelijk/?a=GM0153&b=${A}`);
    await expect.poll(() => page.locator('#vergelijk-status').textContent()).toContain('een samenwerking en een gemeente zijn niet te vergelijken');
    expect(await page.locator('#vergelijking').isHidden()).toBe(true);
  });

  it('axe finds nothing at 1400 and 390 px; nothing scrolls sideways at 320 px', async () => {
    expect(exampleError).toBe('');
    for (const width of [1400, 390]) {
      const rec = await session.visitor.visit(`${exampleUrl}/vergelijk/?a=${A}&b=${B}`, width);
      await expect.poll(() => rec.page.locator('#vergelijking').isVisible()).toBe(true);
      expect(await axe(rec.page), `${width} px`).toEqual([]);
    }
    const rec = await session.visitor.visit(`${exampleUrl}/vergelijk/?a=${A}&b=${B}`, 320);
    await expect.poll(() => rec.page.locator('#vergelijking').isVisible()).toBe(true);
    expect(await rec.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

function shared(a: Expected, b: Expected): number {
  return a.members.filter((m) => b.members.includes(m)).length;
}
