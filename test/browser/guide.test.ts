/**
 * Browser tests of the conversation guide: the guide pages of the built example and fixture sites
 * (served with the site's CSP) load cleanly with zero axe-core violations and render hostile names as
 * text; the example build's PDF of Achterhoek is linked with its size from the guide and profile pages and
 * has ≥ 2 A4 pages whose text (pdftotext) holds its name and members.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSession, checkPage, openPage } from './browser.ts';
import { XSS_NAME } from '../fixtures/site/fixture.ts';
import { countPdfPages } from '../../src/guide/pdf.ts';
import { formatFileSize } from '../../src/present/format.ts';
import { requireSite, waitForSite } from './site-status.ts';

const { url: fixtureUrl } = await requireSite(inject('siteStatusDir'), 'fixture');
const { url: exampleUrl, error: exampleError } = await waitForSite(inject('siteStatusDir'), 'example');

const session = browserSession();

async function check(base: string, path: string, width?: number) {
  const result = await checkPage(session.visitor, base, path, width);
  const { page } = result;
  return {
    ...result,
    h1: await page.locator('h1').textContent(),
    questions: await page.locator('.guide-question').count(),
    imgX: await page.locator('img[src="x"]').count(),
    text: (await page.locator('main').textContent()) ?? '',
  };
}

describe('guide pages in the site', () => {
  it('example: the Metropoolregio Amsterdam guide has no axe violations, no console errors, only same-origin requests', async () => {
    expect(exampleError).toBe('');
    const r = await check(exampleUrl, '/gespreksleidraad/metropoolregio-amsterdam/');
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.h1).toContain('Metropoolregio Amsterdam (MRA)');
    expect(r.questions).toBeGreaterThan(10);
  });

  it('example: the index and the profile link lead to the guide', async () => {
    const index = await check(exampleUrl, '/gespreksleidraad/');
    expect(index.violations).toEqual([]);
    expect(index.text).toContain('Metropoolregio Amsterdam (MRA)');
    const rec = await openPage(session.browser, exampleUrl + '/samenwerkingen/metropoolregio-amsterdam/');
    expect(await rec.page.locator('a[href="/gespreksleidraad/metropoolregio-amsterdam/"]').count()).toBe(1);
    await rec.page.context().close();
  });

  it('example: the start section lists, per division, the regions that coincide most, as worked out from the CSVs; a keyboard user opens one', async () => {
    // By hand from data/voorbeeld: per spatial agenda its best RES area by shared ÷ all municipalities
    // of both; ties by more shared, then name. The first five are the 100% matches listed in the table.
    const expected = resStartRegions().slice(0, 5);
    for (const width of [1400, 390]) {
      const r = await check(exampleUrl, '/gespreksleidraad/', width);
      expect(r.violations, `${width} px`).toEqual([]);
      const table = r.page.locator('section[aria-labelledby="beginnen"] table').filter({ hasText: 'Regionale Energiestrategie (RES)' });
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
      expect(rows.map(([region, area, , overlap]) => [region, area, overlap])).toEqual(expected.map((e) => [e.name, e.area, `${Math.round(e.overlap * 100)}%`]));
      expect(await table.locator('caption').textContent()).toContain(`van de ${resStartRegions().length} regio’s die gemeenten delen met deze indeling`);
      expect(await r.page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
    }
    const rec = await session.visitor.visit(exampleUrl + '/gespreksleidraad/', 1400);
    const link = rec.page.locator('section[aria-labelledby="beginnen"] table').first().locator('tbody a').first();
    await link.focus();
    await rec.page.keyboard.press('Enter');
    await rec.page.waitForURL(/\/gespreksleidraad\/[a-z0-9-]+\/$/);
    expect(await rec.page.locator('h1').textContent()).toContain(expected[0].name);
  });

  it('fixture: a hostile cooperation name and goal text stay text on the guide page', async () => {
    const r = await check(fixtureUrl, '/gespreksleidraad/xss-test/');
    expect(r.errors).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.h1).toContain(XSS_NAME);
    expect(r.imgX).toBe(0);
    // The fixture's only goal is a LOBBY goal on Mobiliteit, so the "only lobby" question quotes it.
    expect(r.text).toContain('Rijk vragen om geld voor de <N31>');
  });
});

describe('guide pdf in the built site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regioruimte-guide-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the guide and profile pages of Achterhoek link its PDF with its size; a guide without a PDF offers printing', async () => {
    expect(exampleError).toBe('');
    const href = '/gespreksleidraad/achterhoek/gespreksleidraad-achterhoek.pdf';
    const response = await fetch(exampleUrl + href);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    for (const path of ['/gespreksleidraad/achterhoek/', '/samenwerkingen/achterhoek/']) {
      const rec = await session.visitor.visit(exampleUrl + path);
      const links = rec.page.locator(`a[href="${href}"]`);
      expect(await links.count(), path).toBe(1);
      // The size shown is the file's own size (units of 1024, as formatFileSize writes it).
      expect(await links.textContent(), path).toContain(`(pdf, ${formatFileSize(bytes.length)})`);
    }
    // The example build prints only Achterhoek and Regio Twente: the MRA guide links no PDF but says how to print.
    const mra = await check(exampleUrl, '/gespreksleidraad/metropoolregio-amsterdam/');
    expect(await mra.page.locator('a[href$=".pdf"]').count()).toBe(0);
    expect(mra.text).toContain('bewaar haar als pdf via het afdrukvenster');

    const out = join(dir, 'achterhoek.pdf');
    writeFileSync(out, bytes);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pages = countPdfPages(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = execFileSync('/usr/bin/pdftotext', [out, '-'], { encoding: 'utf8' });
    // pdftotext separates pages with form feeds: one per page.
    expect(text.split('\f').filter((x) => x.trim()).length).toBe(pages);
    // Page 2 is the national summary, on a page of its own (the region's figures start on page 3).
    const page2 = text.split('\f')[1].replace(/\s+/g, ' ');
    expect(page2).toContain('Het landelijke beeld op één pagina');
    expect(page2).toContain('4. Hoe sluiten regionale ambities aan op nationaal beleid?');
    expect(page2).not.toContain('De regio in één oogopslag');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Achterhoek (8RHK ambassadeurs / Regio Achterhoek)');
    expect(flat).toContain('Van plan naar uitvoering');
    // samenwerkingen.csv row achterhoek: the eight member municipalities.
    for (const name of ['Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek', 'Winterswijk']) expect(flat).toContain(name);
    // Footer page numbers from the Chromium footer template; the screen-only PDF link is not printed.
    expect(flat).toContain(`pagina 1 van ${pages}`);
    expect(flat).not.toContain('Gespreksleidraad als pdf');
    // Fixed dates: 1 January of the newest agenda year in the example (2025), never the build time.
    expect(Buffer.from(bytes).toString('latin1')).toContain("/CreationDate (D:20250101000000");
  });

  it('the guide page has no horizontal overflow at 390 and 320 px', async () => {
    for (const width of [390, 320]) {
      const rec = await session.visitor.visit(exampleUrl + '/gespreksleidraad/metropoolregio-amsterdam/', width);
      expect(await rec.page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
    }
  });
});

interface StartRegion {
  name: string;
  area: string;
  shared: number;
  overlap: number;
}

/** Every spatial agenda sharing a municipality with a RES area, best area first, ranked as the page promises. */
function resStartRegions(): StartRegion[] {
  const read = (file: string) => parse(readFileSync(new URL(`../../data/voorbeeld/${file}`, import.meta.url)), { columns: true, bom: true }) as Record<string, string>[];
  const names = (cell: string) => new Set(cell.split(';').map((n) => n.trim()).filter(Boolean));
  const areas = read('nationale_gebieden.csv').filter((a) => a.indeling === 'RES');
  const found: StartRegion[] = [];
  for (const c of read('samenwerkingen.csv').filter((r) => r.ruimtelijk === 'ja')) {
    const own = names(c.gemeenten);
    let best: StartRegion | null = null;
    for (const a of areas) {
      const area = names(a.gemeenten);
      const shared = [...own].filter((m) => area.has(m)).length;
      const overlap = shared / (own.size + area.size - shared);
      if (shared > 0 && (!best || overlap > best.overlap)) best = { name: c.naam, area: a.gebied_naam, shared, overlap };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.overlap - a.overlap || b.shared - a.shared || a.name.localeCompare(b.name, 'nl'));
}
