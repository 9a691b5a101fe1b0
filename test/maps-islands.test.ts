/**
 * The map islands in Debian's Chromium, independent of the site build: the four entries as compiled
 * into lib/, test pages are rendered from the map fixtures and served with a same-origin-only CSP.
 * Checks the slider (SVG and canvas mode), hover tooltips, filters with the linked table, zoom keys,
 * accessibility (axe-core, WCAG 2.1 A/AA), and that nothing runs from data or leaves the origin.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from './browser/browser.ts';
import { useSharedBrowser } from './browser/shared-browser.ts';
import { loadReference } from '../src/reference/index.ts';
import { THEMES } from '../src/model/themes.ts';
import { figureHtml, kaart1Map, kaart2Map, MAP_CLIENT_ENTRIES, MAP_CSS_FILE, type MapCooperation, type MapPair } from '../src/present/map/index.ts';

const root = resolve(import.meta.dirname, '..');
const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'test/fixtures/maps', name), 'utf8'));
const cooperations = fixture('cooperations.json') as MapCooperation[];
const pairs = fixture('pairs.json') as MapPair[];
const municipalities = loadReference().municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province }));

let dir = '';
let server: Server;
let origin = '';
const shared = useSharedBrowser();

function page(title: string, body: string, scripts: string[]): string {
  return (
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/map.css"></head>` +
    `<body><main><h1>${title}</h1>${body}</main>${scripts.map((s) => `<script type="module" src="/${s}.js"></script>`).join('')}</body></html>`
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regioruimte-maps-'));
  // The same bundles the site ships: test/compile-setup.ts has just rebuilt lib/ from the sources
  // if any changed, so a second Vite build here would only repeat that work.
  for (const name of Object.keys(MAP_CLIENT_ENTRIES)) copyFileSync(join(root, 'lib/site/client-js', `map-${name}.js`), join(dir, `map-${name}.js`));
  copyFileSync(MAP_CSS_FILE, join(dir, 'map.css'));
  const k1 = kaart1Map({ id: 'kaart1', municipalities, pairs, threshold: 5, canvasAbove: 3, communities: { GM0014: 1, GM1979: 1 } });
  writeFileSync(join(dir, 'kaart1.html'), page('Kaart 1', figureHtml('kaart1', k1), ['map-kaart1', 'map-zoom']));
  const k2 = kaart2Map({ id: 'kaart2', municipalities, cooperations, whiteSpots: ['GM0363'], whiteSpotsByTheme: { Wonen: ['GM0363', 'GM0599'] }, themes: THEMES });
  writeFileSync(join(dir, 'kaart2.html'), page('Kaart 2', figureHtml('kaart2', k2, { table: 'open' }), ['map-kaart2', 'map-zoom']));
  mkdirSync(join(dir, 'samenwerkingen/noord'), { recursive: true });
  writeFileSync(join(dir, 'samenwerkingen/noord/index.html'), page('Noordelijke agenda', '<p>Profiel</p>', []));
  server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/favicon.ico') return void res.writeHead(204).end();
    const path = join(dir, url.endsWith('/') ? `${url}index.html` : url);
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'content-security-policy': "default-src 'self'" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  foreign: string[];
  dialogs: string[];
}

async function open(name: string): Promise<Opened> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const p = await context.newPage();
  const rec: Opened = { page: p, errors: [], foreign: [], dialogs: [] };
  p.on('console', (m) => m.type() === 'error' && rec.errors.push(m.text()));
  p.on('pageerror', (e) => rec.errors.push(String(e)));
  p.on('request', (r) => !r.url().startsWith(origin) && rec.foreign.push(r.url()));
  p.on('dialog', (d) => {
    rec.dialogs.push(d.message());
    void d.dismiss();
  });
  await p.goto(`${origin}/${name}.html`);
  await p.waitForSelector('[data-map-controls]:not([hidden])');
  return rec;
}

/** Centre of the segment between two municipalities' interior points, in screen coordinates. */
async function lineMidpoint(p: Page, a: string, b: string): Promise<[number, number]> {
  return p.evaluate(
    ([a, b]) => {
      const data = JSON.parse(document.querySelector('script[data-map-data]')!.textContent!);
      const i = data.codes.indexOf(a);
      const j = data.codes.indexOf(b);
      const x = (data.xy[2 * i] + data.xy[2 * j]) / 2;
      const y = (data.xy[2 * i + 1] + data.xy[2 * j + 1]) / 2;
      const m = (document.querySelector('[data-map-viewport]') as SVGGraphicsElement).getScreenCTM()!;
      return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f] as [number, number];
    },
    [a, b],
  );
}

describe('Kaart 1 island', () => {
  it('slider changes the lines and the status; above canvasAbove it draws on canvas', async () => {
    const { page: p, errors, foreign } = await open('kaart1');
    const svg = p.locator('svg.map-svg');
    // Fixture: shared 7, 5, 5 ≥ 5 → 3 lines (= canvasAbove 3 → still SVG).
    await expect.poll(() => svg.getAttribute('data-edge-count')).toBe('3');
    expect(await svg.getAttribute('data-edge-mode')).toBe('svg');
    await p.locator('[data-map-threshold]').fill('1');
    // shared ≥ 1: 5 lines > 3 → canvas, and the SVG line layer is emptied.
    await expect.poll(() => svg.getAttribute('data-edge-count')).toBe('5');
    expect(await svg.getAttribute('data-edge-mode')).toBe('canvas');
    await expect.poll(() => svg.getAttribute('data-edge-painted')).toBe('5');
    expect(await p.locator('[data-map-edges-layer] path').count()).toBe(0);
    await expect.poll(() => p.locator('[data-map-status]').textContent()).toBe('5 lijnen bij drempel 1');
    await p.locator('[data-map-threshold]').fill('6');
    await expect.poll(() => p.locator('[data-map-status]').textContent()).toBe('1 lijn bij drempel 6');
    expect(await svg.getAttribute('data-edge-mode')).toBe('svg');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await p.context().close();
  });

  it('printing puts the lines back into the SVG (a canvas does not print at the page size)', async () => {
    const { page: p } = await open('kaart1');
    await p.locator('[data-map-threshold]').fill('1');
    await expect.poll(() => p.locator('svg.map-svg').getAttribute('data-edge-mode')).toBe('canvas');
    const lines = () => p.evaluate(() => (document.querySelector('[data-map-edges-layer]')!.innerHTML.match(/M/g) ?? []).length);
    expect(await lines()).toBe(0);
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await p.locator('svg.map-svg').getAttribute('data-edge-mode')).toBe('svg');
    expect(await lines()).toBe(5);
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await p.locator('svg.map-svg').getAttribute('data-edge-mode')).toBe('canvas');
    await p.context().close();
  });

  it('hovering a line (canvas mode) shows the pair and its count', async () => {
    const { page: p } = await open('kaart1');
    await p.locator('[data-map-threshold]').fill('1');
    await expect.poll(() => p.locator('svg.map-svg').getAttribute('data-edge-mode')).toBe('canvas');
    // Rotterdam–Utrecht is a 5-pair in the fixture.
    const [x, y] = await lineMidpoint(p, 'GM0599', 'GM0344');
    await p.mouse.move(x, y);
    const tip = p.locator('.map-tooltip');
    await expect.poll(() => tip.textContent()).toBe('Rotterdam – Utrecht5 gedeelde samenwerkingsverbanden');
    expect(await tip.isVisible()).toBe(true);
    await p.context().close();
  });

  it('after zooming, the canvas lines are drawn again where the map now puts them', async () => {
    const { page: p } = await open('kaart1');
    await p.locator('[data-map-threshold]').fill('1');
    await expect.poll(() => p.locator('svg.map-svg').getAttribute('data-edge-mode')).toBe('canvas');
    await p.locator('path[data-code="GM0344"]').focus();
    await p.keyboard.press('+');
    await expect.poll(() => p.locator('[data-map-viewport]').getAttribute('transform')).toMatch(/scale\(1\.6\)/);
    // Settled: the CSS stand-in transform is gone and the bitmap is rasterised for the new view.
    await expect.poll(() => p.locator('canvas.map-canvas:not(.map-canvas-hover)').evaluate((c) => (c as HTMLCanvasElement).style.transform)).toBe('');
    const [x, y] = await lineMidpoint(p, 'GM0599', 'GM0344');
    const alpha = await p.locator('canvas.map-canvas:not(.map-canvas-hover)').evaluate(
      (c, [x, y]) => {
        const canvas = c as HTMLCanvasElement;
        const r = canvas.getBoundingClientRect();
        const k = canvas.width / r.width;
        return canvas.getContext('2d')!.getImageData(Math.round((x - r.left) * k), Math.round((y - r.top) * k), 1, 1).data[3];
      },
      [x, y],
    );
    expect(alpha).toBeGreaterThan(0);
    await p.context().close();
  });

  it('focusing a municipality shows its lines; zoom keys change and reset the view', async () => {
    const { page: p } = await open('kaart1');
    await p.locator('path[data-code="GM0344"]').focus();
    await expect.poll(() => p.locator('.map-tooltip').textContent()).toContain('Utrecht2 lijnen bij drempel 5');
    // The focused area gets an outline drawn on top of its neighbours.
    expect(await p.locator('.map-focus-ring').getAttribute('d')).toBe(await p.locator('path[data-code="GM0344"]').getAttribute('d'));
    await p.keyboard.press('+');
    await expect.poll(() => p.locator('[data-map-viewport]').getAttribute('transform')).toMatch(/scale\(1\.6\)/);
    await p.keyboard.press('+');
    // Zoomed in 2.56× on the centre, Súdwest-Fryslân (north) is out of view; focusing it pans there.
    const inView = () =>
      p.evaluate(() => {
        const a = document.querySelector('path[data-code="GM1900"]')!.getBoundingClientRect();
        const v = document.querySelector('svg.map-svg')!.getBoundingClientRect();
        const cx = a.left + a.width / 2;
        const cy = a.top + a.height / 2;
        return cx > v.left && cx < v.right && cy > v.top && cy < v.bottom;
      });
    await expect.poll(() => p.locator('[data-map-viewport]').getAttribute('transform')).toMatch(/scale\(2\.56/);
    expect(await inView()).toBe(false);
    await p.locator('path[data-code="GM1900"]').focus();
    await expect.poll(inView).toBe(true);
    await p.keyboard.press('0');
    await expect.poll(() => p.locator('[data-map-viewport]').getAttribute('transform')).toBe('translate(0,0) scale(1)');
    await p.context().close();
  });

  it('has no axe violations', async () => {
    const { page: p } = await open('kaart1');
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});

describe('Kaart 2 island', () => {
  it('hover on a marker shows name, agenda, themes and members — as text, even for markup in names', async () => {
    const { page: p, errors, dialogs } = await open('kaart2');
    await p.locator('.map-marker[data-id="xss"]').hover();
    const tip = p.locator('.map-tooltip');
    await expect.poll(() => tip.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await tip.textContent()).toContain('2 gemeenten: Rotterdam, Utrecht');
    expect(await tip.textContent()).toContain('Agenda: </script><script>alert(2)</script>');
    expect(await p.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it('a theme filter hides other networks and table rows and hatches that theme’s white spots', async () => {
    const { page: p } = await open('kaart2');
    await p.selectOption('[data-map-filter="themes"]', 'Wonen');
    // Wonen: noord and fryslan.
    await expect.poll(() => p.locator('svg.map-svg').getAttribute('data-visible-count')).toBe('2');
    expect(await p.locator('.map-marker[data-id="xss"]').getAttribute('display')).toBe('none');
    const visibleRows = await p.locator('[data-map-list="kaart2"] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(visibleRows).toEqual(['noord', 'fryslan']);
    expect(await p.locator('path[data-code="GM0599"]').getAttribute('fill')).toBe('url(#kaart2-hatch)');
    await expect.poll(() => p.locator('[data-map-status]').textContent()).toBe('2 van 3 agenda’s zichtbaar. Gearceerd: 2 gemeenten zonder agenda met thema Wonen.');
    await p.selectOption('[data-map-filter="themes"]', '');
    await expect.poll(() => p.locator('svg.map-svg').getAttribute('data-visible-count')).toBe('3');
    expect(await p.locator('path[data-code="GM0599"]').getAttribute('fill')).toBeNull();
    await p.context().close();
  });

  it('markers are reachable by keyboard and open the profile with Enter', async () => {
    const { page: p } = await open('kaart2');
    await p.locator('.map-marker[data-id="noord"]').focus();
    await expect.poll(() => p.locator('.map-tooltip').textContent()).toContain('Noordelijke agenda');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.url()).toBe(`${origin}/samenwerkingen/noord/`);
    await p.context().close();
  });

  it('has no axe violations', async () => {
    const { page: p } = await open('kaart2');
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});
