/**
 * Every percentage on the built example site, and on the hand-made fixture site (whose small numbers
 * reach branches the example does not, such as a share of nothing), says what it is a share of
 * (test/denominators.ts decides what counts as a base). Reads the HTML files the global setup built,
 * not a browser.
 * KNOWN lists the kinds still to be given a base, as "section | kind" (section: the first folder of
 * the page). It may only shrink: a kind found that is not listed fails, and so does a listed kind
 * that no longer occurs, so a fix removes its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { percentagesWithoutBase } from '../denominators.ts';
import { requireSite, waitForSite } from './site-status.ts';

const { dir: fixtureDir } = await requireSite(inject('siteStatusDir'), 'fixture');
const { dir: exampleDir, error: exampleError } = await waitForSite(inject('siteStatusDir'), 'example');

const KNOWN: readonly string[] = [];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

describe('percentages on the example site', () => {
  it('was built', () => {
    expect(exampleError).toBe('');
  });

  it('each state their base, apart from the known kinds still to be fixed', () => {
    const files = htmlFiles(exampleDir);
    expect(files.length).toBeGreaterThan(500);
    const seen = new Set<string>();
    const unknown = new Map<string, string[]>();
    for (const file of files) {
      const path = '/' + relative(exampleDir, file).split('\\').join('/');
      const section = path.split('/')[1].replace(/\.html$/, '') || '/';
      for (const o of percentagesWithoutBase(readFileSync(file, 'utf8'))) {
        const key = `${section} | ${o.kind}`;
        seen.add(key);
        if (KNOWN.includes(key)) continue;
        const list = unknown.get(path) ?? [];
        list.push(`${o.percent} in "${o.snippet.slice(0, 240)}"`);
        unknown.set(path, list);
      }
    }
    const report = [...unknown].slice(0, 40).map(([path, list]) => `${path}\n  ${list.slice(0, 5).join('\n  ')}`);
    expect(report, `percentages without a base on ${unknown.size} pages:\n${report.join('\n')}`).toEqual([]);
    const stale = KNOWN.filter((k) => !seen.has(k));
    expect(stale, 'listed as known but no longer found: remove these lines from KNOWN').toEqual([]);
  });

  it('each state their base on the fixture site too', () => {
    const files = htmlFiles(fixtureDir);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => percentagesWithoutBase(readFileSync(file, 'utf8')).map((o) => `${relative(fixtureDir, file)}: ${o.percent} in "${o.snippet.slice(0, 240)}"`));
    expect(found).toEqual([]);
  });
});
