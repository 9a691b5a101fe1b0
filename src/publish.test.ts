/**
 * buildSite on the fixture: deterministic output (two builds hash identically), bundle sizes within
 * bench/budget.json, and names from the data never appear as markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, type BuildReport } from './publish.ts';
import { fixtureSite } from '../test/fixtures/site/fixture.ts';

const budget = JSON.parse(readFileSync(new URL('../bench/budget.json', import.meta.url), 'utf8')) as {
  pageTypeLimits: { map: number; nonMap: number };
  entries: Record<string, number>;
};

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of files(dir)) h.update(f + '\0').update(readFileSync(join(dir, f))).update('\0');
  return h.digest('hex');
}

let base: string;
let first: BuildReport;
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'regioruimte-build-test-'));
  first = await buildSite(fixtureSite, { outDir: join(base, 'a') });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('buildSite(input, { outDir })', () => {
  it('is deterministic: a second build gives a byte-identical tree', async () => {
    await buildSite(fixtureSite, { outDir: join(base, 'b') });
    expect(files(join(base, 'b'))).toEqual(files(join(base, 'a')));
    expect(treeHash(join(base, 'b'))).toBe(treeHash(join(base, 'a')));
  });

  it('writes one index.html per page, including every page type', () => {
    for (const p of ['/', '/kaart-1/', '/kaart-2/', '/themas/', '/themas/water-en-bodem/', '/kenmerken/', '/vergelijkbaarheid/', '/nationaal-beleid/', '/methode/', '/samenwerkingen/xss-test/', '/gemeenten/GM1900/', '/zoeken/', '/toegankelijkheid/', '/downloads/']) {
      expect(first.pages).toContain(p);
      expect(statSync(join(base, 'a', p, 'index.html')).isFile()).toBe(true);
    }
  });

  it('never emits the XSS name as markup, and has no inline scripts, styles or style attributes (CSP)', () => {
    for (const f of files(join(base, 'a')).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(base, 'a', f), 'utf8');
      expect(html, f).not.toContain('<img src=x');
      expect(html, f).not.toMatch(/<script(?![^>]*\b(type="application\/json"|type="module" src=))[^>]*>/);
      expect(html, f).not.toMatch(/<style[\s>]/);
      expect(html, f).not.toMatch(/\sstyle="/);
    }
  });

  it('refuses to empty a non-empty folder that is not an earlier build', async () => {
    const other = join(base, 'other');
    await buildSite(fixtureSite, { outDir: other, skipBundles: true });
    rmSync(join(other, '.regioruimte-site'));
    await expect(buildSite(fixtureSite, { outDir: other, skipBundles: true })).rejects.toThrow(/geen eerder gebouwde site/);
  });
});

describe('client bundle budget (bench/budget.json)', () => {
  it('every built entry has a budget and stays within it (gzip bytes)', () => {
    for (const b of first.bundles) {
      expect(budget.entries[b.name], `no budget for ${b.name}`).toBeDefined();
      expect(b.gzipBytes, b.name).toBeLessThanOrEqual(budget.entries[b.name]);
      // The report's gzip size is the file's real gzip size.
      expect(b.gzipBytes).toBe(gzipSync(readFileSync(b.file), { level: 9 }).length);
    }
  });

  it('JS per page type stays within 30 KB (non-map) and 80 KB (map pages) gzip', () => {
    const size = new Map(first.bundles.map((b) => [b.name, b.gzipBytes]));
    for (const p of first.pages) {
      const html = readFileSync(join(base, 'a', p, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script type="module" src="\/assets\/js\/([a-z0-9-]+)\.js">/g)].map((m) => m[1]);
      const total = scripts.reduce((s, n) => s + (size.get(n) ?? Infinity), 0);
      const isMap = html.includes('class="map-svg"');
      expect(total, `${p}: ${scripts.join(', ')}`).toBeLessThanOrEqual(isMap ? budget.pageTypeLimits.map : budget.pageTypeLimits.nonMap);
    }
    expect(relative(base, first.outDir)).toBe('a');
  });
});
