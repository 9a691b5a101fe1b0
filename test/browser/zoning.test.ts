/**
 * Browser test of the Gebiedscategorieën page on its own build of the zoning site fixture
 * (test/fixtures/site/zoning.ts; the shared fixture and example builds have no categories), served
 * with serve.ts and its CSP: no console errors, only same-origin requests, zero axe violations at
 * 1280 and 390 px, nothing scrolling sideways at 320 px, and the menu item on another page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/publish.ts';
import { startServer } from '../../src/site/serve.ts';
import { ZONING_PATH } from '../../src/site/pages/zoning.ts';
import { zoningSite } from '../fixtures/site/zoning.ts';
import { browserSession, checkPage } from './browser.ts';

const session = browserSession();
let server: Server;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regioruimte-site-zoning-'));
  rmSync(dir, { recursive: true, force: true });
  await buildSite(zoningSite, { outDir: dir });
  server = await startServer(dir, 0);
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe('Gebiedscategorieën (zoning site fixture)', () => {
  it.each([1280, 390])('at %i px: no console errors, only same-origin requests, no axe violations', async (width) => {
    const r = await checkPage(session.visitor, base, ZONING_PATH, width);
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(await r.page.locator('h1').textContent()).toBe('Gebiedscategorieën');
  });

  it('nothing scrolls sideways at 320 px', async () => {
    const rec = await session.visitor.visit(base + ZONING_PATH, 320);
    expect(await rec.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('the menu of another page links to it', async () => {
    const rec = await session.visitor.visit(`${base}/nationaal-beleid/`);
    expect(await rec.page.locator(`nav.site-nav a[href="${ZONING_PATH}"]`).textContent()).toBe('Gebiedscategorieën');
  });
});
