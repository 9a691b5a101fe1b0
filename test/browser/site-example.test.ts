/**
 * Browser tests of the site built from the example dataset (data/voorbeeld), served by
 * src/site/serve.ts with its CSP: every page type loads without console errors, has zero axe-core
 * violations (WCAG 2.1 AA tags) and requests nothing outside its own origin; search finds former
 * municipalities. The downloads are read as a Dutch-locale spreadsheet and GEOS read them.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { axe, browserSession, checkPage, openPage } from './browser.ts';
import { geosInvalid } from '../geos.ts';
import { waitForSite } from './site-status.ts';

const { url: exampleUrl, error: exampleError } = await waitForSite(inject('siteStatusDir'), 'example');

const session = browserSession();

const MISSING_PAGE = '/bestaat-niet/';

/** One page of every page type (chapter, division, guide and 404 included). */
const PAGE_TYPES = [
  '/',
  '/kaart-1/',
  '/kaart-2/',
  '/inbedden/kaart-2/',
  '/nationaal-beleid/regio-deal/',
  '/themas/',
  '/themas/water-en-bodem/',
  '/kenmerken/',
  '/vergelijkbaarheid/',
  '/nationaal-beleid/',
  '/methode/',
  '/samenwerkingen/regio-twente/',
  '/gemeenten/GM1900/',
  '/zoeken/',
  '/downloads/',
  '/verhaal/',
  '/verhaal/aanleiding/',
  '/nationaal-beleid/res/',
  '/dagelijks-stedelijk-systeem/',
  '/samenwerkingen/',
  '/gemeenten/',
  '/toegankelijkheid/',
  '/gespreksleidraad/',
  '/gespreksleidraad/achterhoek/',
  MISSING_PAGE,
];

const NARROW_LAYOUTS = ['/kaart-2/', '/kenmerken/', '/nationaal-beleid/', '/gespreksleidraad/achterhoek/'];

describe('example site (data/voorbeeld)', () => {
  it('was built', () => {
    expect(exampleError).toBe('');
  });

  // One load per page type, then the same document narrowed as a reader zooming in or turning a phone
  // would (WCAG 1.4.10 measures reflow that way): far fewer page loads than one per width.
  it.each(PAGE_TYPES)('page %s: no console errors, no axe violations, only same-origin requests; at 1400 px no table scrolls inside its box, at 390 px headings and table headers break only between words or at a soft hyphen, at 320 px nothing scrolls sideways', async (path) => {
    expect(exampleError).toBe('');
    const r = await checkPage(session.visitor, exampleUrl, path, 1400);
    // The 404 page's own status is the one error it may log (once by Chromium, once by the visit).
    expect([...r.errors].sort()).toEqual(path === MISSING_PAGE ? ['Failed to load resource: the server responded with a status of 404 (Not Found)', `HTTP 404 for ${exampleUrl}${path}`] : []);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(await r.page.evaluate(scrollingTables)).toEqual([]);
    await r.page.setViewportSize({ width: 390, height: 900 });
    expect(await r.page.evaluate(brokenWords)).toEqual([]);
    // Stacked tables, the narrow charts, map controls and the guide at phone width.
    if (NARROW_LAYOUTS.includes(path)) expect(await axe(r.page)).toEqual([]);
    await r.page.setViewportSize({ width: 320, height: 900 });
    expect(await r.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
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

  it.each([
    ['den bosch', "'s-Hertogenbosch"],
    ['Ljouwert', 'Leeuwarden'],
    ['Amsterdm', 'Amsterdam'],
    ['hellendorn', 'Hellendoorn'],
    ['Ede', 'Ede'],
  ])('search "%s" shows %s as the first result', async (query, expected) => {
    const { page } = await session.visitor.visit(`${exampleUrl}/zoeken/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('#zoekresultaten a').first().textContent()).toBe(expected);
    if (query === 'Ede') expect(await page.locator('#zoekresultaten a').allTextContents()).toEqual(['Ede']);
  });
});

describe('example downloads, read as a Dutch Excel and a GIS would', () => {
  const bytes = async (path: string) => new Uint8Array(await (await fetch(exampleUrl + path)).arrayBuffer());
  const listed = async (ext: string) => [...(await (await fetch(exampleUrl + '/downloads/')).text()).matchAll(/href="([^"]+)" download/g)].map((m) => m[1]).filter((h) => h.endsWith(ext));

  it('every CSV on the downloads page: BOM, ; between columns, decimal comma, UTF-8 accents intact', async () => {
    expect(exampleError).toBe('');
    const csvs = await listed('.csv');
    // 5 dataset sheets + the figure and table CSVs of Kenmerken, Nationaal beleid and the commuting page.
    expect(csvs.length).toBeGreaterThanOrEqual(12);
    let decimalCommas = 0;
    let text = '';
    for (const path of csvs) {
      const b = await bytes(path);
      expect([...b.slice(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      const content = new TextDecoder('utf-8', { fatal: true }).decode(b);
      // Dutch Excel splits on ';' only: a one-column read is the failure this guards against.
      const rows = parse(content, { bom: true, delimiter: ';' }) as string[][];
      expect(rows[0].length, path).toBeGreaterThan(1);
      for (const row of rows) expect(row.length, path).toBe(rows[0].length);
      const cells = rows.slice(1).flat();
      expect(cells.filter((c) => /^-?\d+\.\d+$/.test(c)), path).toEqual([]);
      decimalCommas += cells.filter((c) => /^-?\d+,\d+$/.test(c)).length;
      text += content;
    }
    expect(decimalCommas).toBeGreaterThan(0);
    expect(text).toContain('Súdwest-Fryslân');
    expect(text).not.toContain('Ã');
  });

  it('dataset.xlsx: a read-me sheet, agenda_jaar a number in every filled cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes('/downloads/dataset.xlsx')) as never);
    expect(workbook.worksheets[0].name).toBe('leesmij');
    const sheet = workbook.getWorksheet('samenwerkingen')!;
    const column = (sheet.getRow(1).values as string[]).indexOf('agenda_jaar');
    const types = new Set<number>();
    sheet.eachRow((row, n) => n > 1 && types.add(row.getCell(column).type));
    expect([...types].every((t) => t === ExcelJS.ValueType.Number || t === ExcelJS.ValueType.Null)).toBe(true);
    expect(types.has(ExcelJS.ValueType.Number)).toBe(true);
  });

  it('both GeoJSON files: 0 invalid geometries by GEOS, every coordinate with 5 decimals', async () => {
    for (const path of await listed('.geojson')) {
      const text = new TextDecoder().decode(await bytes(path));
      expect(await geosInvalid(JSON.parse(text)), path).toEqual([]);
      const decimals = new Set([...text.matchAll(/\[(-?[\d.]+),(-?[\d.]+)\]/g)].flatMap((m) => [m[1], m[2]]).map((n) => n.split('.')[1]?.length ?? 0));
      expect([...decimals], path).toEqual([5]);
    }
  });

  it('Kaart 2 filters live in the address: reload and Back restore the view; "Wis filters" clears it', async () => {
    const { page } = await openPage(session.browser, exampleUrl + '/kaart-2/');
    const svg = page.locator('figure#kaart-2 svg.map-svg');
    const count = () => svg.getAttribute('data-visible-count');
    await expect.poll(count).toBe('101');
    await page.selectOption('#kaart-2-f-themes', 'Wonen');
    await expect.poll(() => new URL(page.url()).search).toBe('?thema=Wonen');
    const wonen = await count();
    expect(Number(wonen)).toBeLessThan(101);
    await page.reload();
    await expect.poll(count).toBe(wonen);
    expect(await page.locator('#kaart-2-f-themes').inputValue()).toBe('Wonen');
    await page.selectOption('#kaart-2-f-provinces', 'Utrecht');
    await expect.poll(() => new URL(page.url()).search).toBe('?thema=Wonen&provincie=Utrecht');
    const both = await count();
    // Back: Wonen only again — the dropdowns and the drawn agendas agree with the address.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?thema=Wonen');
    await expect.poll(count).toBe(wonen);
    expect(await page.locator('#kaart-2-f-provinces').inputValue()).toBe('');
    await page.goBack();
    await expect.poll(count).toBe('101');
    expect(await page.locator('#kaart-2-f-themes').inputValue()).toBe('');
    await page.goForward();
    await page.goForward();
    await expect.poll(count).toBe(both);
    await page.getByRole('button', { name: 'Wis filters' }).click();
    await expect.poll(count).toBe('101');
    expect(new URL(page.url()).search).toBe('');
    // The embed snippet points at this site and carries the view.
    await page.selectOption('#kaart-2-f-themes', 'Wonen');
    await expect.poll(() => page.locator('[data-embed-code]').textContent()).toContain(`src="${exampleUrl}/inbedden/kaart-2/?thema=Wonen"`);
    await page.context().close();
  });

  it('Kaart 1: after the slider the caption, <desc>, table caption and count column describe the new threshold; the address keeps it', async () => {
    const { page } = await openPage(session.browser, exampleUrl + '/kaart-1/');
    const slider = page.locator('#kaart-1-threshold');
    await slider.fill('3');
    await slider.dispatchEvent('change');
    await expect.poll(() => page.locator('#kaart-1-desc').textContent()).toMatch(/^Bij een drempel van 3 delen [\d.]+ gemeenteparen minstens 3 samenwerkingsverbanden\./);
    expect(await page.locator('#kaart-1 .map-description').textContent()).toBe(await page.locator('#kaart-1-desc').textContent());
    const table = page.locator('table[data-map-list="kaart-1"]');
    expect(await table.locator('caption').textContent()).toBe('Verbindingen per gemeente bij drempel 3');
    expect(await page.locator('details.map-table-details summary').first().textContent()).toContain('bij drempel 3');
    expect(await table.locator('thead th').nth(2).textContent()).toBe('Lijnen bij drempel 3');
    // The polite status line announces the count at the new threshold; its number equals the sum of the table's counts / 2.
    const status = page.locator('#kaart-1-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent()).toMatch(/ bij drempel 3$/);
    const lines = Number((await status.textContent())!.replace(/\D+bij.*$/, '').replace(/\./g, ''));
    const counts = await table.locator('tbody tr').evaluateAll((rows) => rows.reduce((s, r) => s + Number((r as HTMLTableRowElement).cells[2].textContent!.replace(/\./g, '')), 0));
    expect(counts).toBe(2 * lines);
    expect(new URL(page.url()).search).toBe('?drempel=3');
    await page.reload();
    expect(await slider.inputValue()).toBe('3');
    await expect.poll(() => page.locator('#kaart-1-desc').textContent()).toContain('drempel van 3');
    await page.context().close();
  });

  it('Kaart 2 on a 390 px touch screen: markers are ≥ 24 px targets; a tap previews, a second tap opens the profile', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(exampleUrl + '/kaart-2/');
    await page.waitForSelector('form[data-map-controls]:not([hidden])');
    const marker = page.locator('.map-marker[data-id]').nth(40);
    await marker.scrollIntoViewIfNeeded();
    const [name, href] = [await marker.getAttribute('data-name'), await marker.getAttribute('href')];
    const target = await marker.locator('.map-marker-hit').boundingBox();
    expect(target!.width).toBeGreaterThanOrEqual(24);
    const dot = (await marker.locator('.map-marker-dot').boundingBox())!;
    const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
    await page.touchscreen.tap(x, y);
    const tip = page.locator('.map-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(name!);
    expect(await tip.textContent()).toContain('Tik nogmaals');
    expect(new URL(page.url()).pathname).toBe('/kaart-2/');
    // The reader taps again after reading the preview. Two taps within Chromium's double-tap window
    // are one double-tap gesture, which dispatches no second click, so wait past that window.
    await page.waitForTimeout(500);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await context.close();
  });

  it('Regio Deals map: no two region labels (names or number badges) overlap', async () => {
    const { page } = await openPage(session.browser, exampleUrl + '/nationaal-beleid/regio-deal/', 1400);
    const boxes = await page.locator('.map-region-labels > text, .map-region-labels > .map-label-badge').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom];
      }),
    );
    expect(boxes.length).toBeGreaterThan(40);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) clashes.push(`${i}/${j}`);
      }
    expect(clashes).toEqual([]);
    await page.context().close();
  });
});

/** Captions of the visible tables that scroll inside their box (runs in the page). */
function scrollingTables(): string[] {
  return [...document.querySelectorAll('.table-wrap')].filter((w) => (w as HTMLElement).offsetParent && w.scrollWidth > w.clientWidth + 1).map((w) => w.querySelector('caption')?.textContent ?? '?');
}

/**
 * Words of headings and header cells whose letters land on two lines, other than at a soft hyphen
 * (runs in the page). A word of 8+ letters is checked by the line tops of its glyph rectangles.
 */
function brokenWords(): string[] {
  const broken = new Set<string>();
  for (const el of document.querySelectorAll('main h1, main h2, main h3, main th')) {
    if (el.closest('.visually-hidden, thead') && el.closest('table.stack')) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 2 || box.height <= 2) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[^\s\u00ad\-–/(]{8,}/g)) {
        const range = document.createRange();
        // Chromium gives the hyphen a soft hyphen shows to the letter after it: measure from the next one.
        range.setStart(node, m.index! + (text[m.index! - 1] === '\u00ad' ? 1 : 0));
        range.setEnd(node, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.add(m[0]);
      }
    }
  }
  return [...broken];
}
