import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/cli-run.ts';
import { defaultStatusLabel } from './build.ts';

const FIXTURE = new URL('../../test/fixtures/site/data/', import.meta.url).pathname;
const base = mkdtempSync(join(tmpdir(), 'regioruimte-cli-build-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('regioruimte build', () => {
  it('builds the CSV test dataset: pages, downloads, escaped names, status from the folder name', async () => {
    const out = join(base, 'dist');
    const r = await run(['build', FIXTURE, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Site gebouwd in .*dist: \d+ pagina/);
    const coop = readFileSync(join(out, 'samenwerkingen', 'xss-test', 'index.html'), 'utf8');
    expect(coop).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(coop).not.toContain('<img src=x');
    for (const f of ['downloads/analyse.json', 'downloads/dataset.xlsx', 'downloads/samenwerkingen.csv', 'downloads/gemeenten.geojson', 'downloads/samenwerkingen.geojson']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    // The fixture folder is called "data", so the footer names the dataset rather than claiming example data.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('dataset data');
  });

  it('exits 2 for a missing input and for a non-empty folder that is not a site', async () => {
    expect((await run(['build', join(base, 'bestaat-niet'), '--out', join(base, 'x')])).status).toBe(2);
    const other = join(base, 'eigen-map');
    mkdirSync(other);
    writeFileSync(join(other, 'belangrijk.txt'), 'niet weggooien');
    const r = await run(['build', FIXTURE, '--out', other]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/geen eerder gebouwde site/);
    expect(readFileSync(join(other, 'belangrijk.txt'), 'utf8')).toBe('niet weggooien');
  });

  it('labels data/voorbeeld as example data', () => {
    expect(defaultStatusLabel('data/voorbeeld')).toBe('voorbeelddata samengesteld uit openbare bronnen');
    expect(defaultStatusLabel('/tmp/mijn-regio')).toBe('dataset mijn-regio');
  });
});

describe('regioruimte serve', () => {
  it('exits 2 when the folder is not a built site, or the port is unusable', async () => {
    expect((await run(['serve', join(base, 'leeg-niet-bestaand')])).status).toBe(2);
    expect((await run(['serve', join(base, 'dist'), '--port', 'abc'])).status).toBe(2);
    expect((await run(['serve', join(base, 'dist'), '--port', '70000'])).status).toBe(2);
  });
});
