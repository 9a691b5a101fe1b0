/**
 * End to end on hostile input (test/fixtures/adversarial):
 * - hostile/: values that must be refused. `check` exits 1 with one finding per value, at its file,
 *   row and column: ids `../x` and `.`, an id of 41 accented letters (82 UTF-8 bytes > 80), a
 *   case-only twin (`Regio-A` row 5, `regio-a` row 6), divisions that slug to '' (`***`) or to a
 *   page of the site itself (`Downloads` → downloads, `Kaart 1` → kaart-1); and an ESC sequence in a
 *   name, which is removed with a warning.
 * - nasty/: values that are allowed but hostile to spreadsheets, terminals and file systems: formula
 *   cells (=HYPERLINK, +31, @SUM, -1+1), bidi overrides (U+202E) in names, an ESC in a name, a
 *   320-character name, the longest ASCII id (80) and the longest accented id (40 × é = 80 bytes).
 *   `check` exits 0; one `build` into a temporary folder writes nothing outside it (the parent folder
 *   is walked before and after) and no written text file holds a raw control character.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_SECTIONS } from '../src/model/names.ts';
import type { CheckReport } from '../src/cli/check.ts';
import { runCli } from './cli-run.ts';

const FIXTURES = new URL('./fixtures/adversarial/', import.meta.url).pathname;
const HOSTILE = join(FIXTURES, 'hostile');
const NASTY = join(FIXTURES, 'nasty');

/** C0 (but tab, LF, CR), DEL and C1: never raw in what the site writes. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const TEXT_FILE = /\.(html|csv|json|geojson|svg|txt|xml|css)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? [`${path}/`, ...walk(path)] : [path];
  });
}

async function checkJson(dir: string): Promise<{ status: number; report: CheckReport }> {
  const r = await runCli(['check', dir, '--json']);
  return { status: r.status, report: JSON.parse(r.stdout) as CheckReport };
}

describe('check on hostile values', () => {
  it('refuses each one with a finding at its file, row and column, and exits 1', async () => {
    const { status, report } = await checkJson(HOSTILE);
    expect(status).toBe(1);
    const at = (file: string, row: number, column: string) =>
      report.findings.filter((f) => f.file === file && f.row === row && f.column === column);
    const one = (file: string, row: number, column: string, severity: string, message: RegExp) => {
      const found = at(file, row, column);
      expect(found.map((f) => f.severity), `${file}:${row}:${column}`).toEqual([severity]);
      expect(found[0].message).toMatch(message);
      expect(found[0].hint).toBeTruthy();
    };
    const coops = 'samenwerkingen.csv';
    one(coops, 2, 'id', 'error', /mag geen \/ of \\ bevatten/);
    one(coops, 3, 'id', 'error', /'\.' verwijst naar een map/);
    one(coops, 4, 'id', 'error', /82 bytes; maximaal 80/);
    one(coops, 6, 'id', 'error', /verschilt alleen in hoofdletters of accenten van 'Regio-A' in rij 5/);
    one(coops, 7, 'naam', 'warning', /stuurteken \(U\+001B/);
    const regions = 'nationale_gebieden.csv';
    one(regions, 2, 'indeling', 'error', /bevat geen letters of cijfers/);
    one(regions, 3, 'indeling', 'error', /paginanaam 'downloads', een naam die de site zelf gebruikt/);
    one(regions, 4, 'indeling', 'error', /paginanaam 'kaart-1', een naam die de site zelf gebruikt/);
    // Rows 2–7: 6 read; Regio-A (5) and esc (7) accepted. Regions: only RES/ok (row 5) accepted.
    expect(report.sheets.find((s) => s.sheet === 'samenwerkingen')).toMatchObject({ rowsRead: 6, rowsAccepted: 2, rowsRejected: 4 });
    expect(report.sheets.find((s) => s.sheet === 'nationale_gebieden')).toMatchObject({ rowsRead: 4, rowsAccepted: 1, rowsRejected: 3 });
    expect(report.counts.errors).toBe(7);
  });
});

describe('build on nasty but valid values', () => {
  let parent: string;
  let before: string[];
  let after: string[];
  let buildStatus: number;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'regioruimte-adversarial-'));
    before = walk(parent);
    buildStatus = (await runCli(['build', NASTY, '--out', join(parent, 'site')])).status;
    after = walk(parent).map((p) => `${relative(parent, p)}${p.endsWith('/') ? '/' : ''}`);
  }, 300_000);
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('check accepts them (exit 0) with the ESC reported', async () => {
    const { status, report } = await checkJson(NASTY);
    expect(status).toBe(0);
    expect(report.counts).toMatchObject({ errors: 0, warnings: 1, cooperations: 6, goals: 2, nationalRegions: 2 });
    expect(report.findings.find((f) => f.severity === 'warning')).toMatchObject({ row: 7, column: 'naam' });
  });

  it('writes only inside the output folder', () => {
    expect(buildStatus).toBe(0);
    expect(before).toEqual([]);
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((p) => p !== 'site/' && !p.startsWith('site/'))).toEqual([]);
  });

  it('writes no raw control character into any text file', () => {
    const files = after.filter((p) => TEXT_FILE.test(p));
    expect(files.length).toBeGreaterThan(10);
    const withControl = files.filter((p) => CONTROL.test(readFileSync(join(parent, p), 'utf8')));
    expect(withControl).toEqual([]);
    // The names themselves arrive (without the ESC): the formula as text, the bidi name as written.
    const site = files.filter((p) => p.endsWith('.html')).map((p) => readFileSync(join(parent, p), 'utf8')).join('\n');
    expect(site).toContain('HYPERLINK');
    expect(site).toContain('Regio \u202edraai\u202c om');
    expect(site).toContain('Naam [31m rood');
  });

  it('every top-level folder of the site is a section no division may take', () => {
    const folders = after.filter((p) => /^site\/[^/]+\/$/.test(p)).map((p) => p.slice('site/'.length, -1));
    // Division pages live under /nationaal-beleid/, so only the site's own folders are at the top.
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((f) => !SITE_SECTIONS.includes(f))).toEqual([]);
    expect(statSync(join(parent, 'site', 'nationaal-beleid')).isDirectory()).toBe(true);
  });
});
