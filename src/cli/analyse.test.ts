import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseShare, parseWholeNumber } from './options.ts';
import { runCli as run } from '../../test/cli-run.ts';

const EXAMPLE = new URL('../../data/voorbeeld/', import.meta.url).pathname;

afterEach(() => vi.restoreAllMocks());

describe('option parsing', () => {
  it('accepts whole numbers and shares, rejects the rest', () => {
    expect(parseWholeNumber('7', '--threshold', 1)).toBe(7);
    expect(parseWholeNumber(undefined, '--threshold', 1)).toBeUndefined();
    expect(() => parseWholeNumber('abc', '--threshold', 1)).toThrow(/--threshold/);
    expect(() => parseWholeNumber('0', '--threshold', 1)).toThrow();
    expect(() => parseWholeNumber('2.5', '--threshold', 1)).toThrow();
    expect(parseShare('0,6', '--found-back')).toBe(0.6);
    expect(() => parseShare('1.5', '--found-back')).toThrow(/--found-back/);
    expect(() => parseShare('', '--found-back')).toThrow();
  });
});

describe('regioruimte analyse', () => {
  it('writes the analysis, byte-identical on a second run, and prints a Dutch summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-analyse-'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'sub', 'b.json');
    const first = await run(['analyse', EXAMPLE, '--out', a]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Witte vlekken: \d+ van 342 gemeenten/);
    expect((await run(['analyse', EXAMPLE, '--out', b])).status).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(text);
    const json = JSON.parse(text);
    expect(json.schemaVersion).toBe(4);
    for (const key of ['dataset', 'coverage', 'themes', 'organisation', 'network', 'overlap', 'typology', 'goals']) expect(json).toHaveProperty(key);
  });

  it('honours --threshold and --found-back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-analyse-'));
    const out = join(dir, 'a.json');
    expect((await run(['analyse', EXAMPLE, '--out', out, '--threshold', '8', '--found-back', '0.7'])).status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.network.threshold).toBe(8);
    expect(json.overlap.foundBackThreshold).toBe(0.7);
  });

  it('exits 2 for unusable arguments and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-analyse-'));
    const out = join(dir, 'a.json');
    const bad = await run(['analyse', EXAMPLE, '--out', out, '--threshold', 'abc']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--threshold');
    expect((await run(['analyse', join(dir, 'bestaat-niet'), '--out', out])).status).toBe(2);
    expect((await run(['analyse', EXAMPLE])).status).toBe(2); // --out missing
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 for a dataset with errors, lists them and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-analyse-'));
    const input = join(dir, 'invoer');
    mkdirSync(input, { recursive: true });
    writeFileSync(
      join(input, 'samenwerkingen.csv'),
      'id,naam,agenda_titel,agenda_jaar,rechtsvorm,gemeenten,overige_overheden,partners,themas,typologie,levensfase,ruimtelijk,bronnen\n' +
        'a,Regio A,,2020,WGR,Nergensdorp;Utrecht,,,Wonen,,,ja,\n',
    );
    const out = join(dir, 'a.json');
    const result = await run(['analyse', input, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nergensdorp');
    expect(result.stderr).toContain('Er is niets geschreven');
    expect(result.stderr).toContain('Fouten (1)');
    expect(existsSync(out)).toBe(false);
  });
});
