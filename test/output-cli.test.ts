/**
 * Writing side of the commands, in process: `analyse --out` / `build --out` refuse to write onto
 * their input, the Analysis JSON is replaced atomically (a failed write leaves the previous file
 * whole), I/O failures are one Dutch message with exit 1, and a build killed while writing leaves
 * the previous site in place (the next build cleans up after it).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/index.ts';
import { tempPathFor } from '../src/output/tree.ts';
import { buildSiteDir } from '../src/output/site-dir.ts';

const base = mkdtempSync(join(tmpdir(), 'rr-output-cli-'));
const data = join(base, 'data');
mkdirSync(data);
writeFileSync(join(data, 'samenwerkingen.csv'), 'id;naam;rechtsvorm;gemeenten;themas;ruimtelijk\nmra;Metropoolregio Amsterdam;WGR;Amsterdam;Wonen;ja\n');
afterAll(() => rmSync(base, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const code = await main(['node', 'regioruimte', ...args]);
  vi.restoreAllMocks();
  return { code, err: err.join('') };
}

describe('output onto an input', () => {
  it('analyse --out onto an input file or into the input folder: exit 2, the input unchanged', async () => {
    const before = readFileSync(join(data, 'samenwerkingen.csv'), 'utf8');
    const r = await run('analyse', data, '--out', join(data, 'samenwerkingen.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('in de invoer');
    expect(readFileSync(join(data, 'samenwerkingen.csv'), 'utf8')).toBe(before);
    expect((await run('analyse', data, '--out', join(data, 'analyse.json'))).code).toBe(2);
    expect(readdirSync(data)).toEqual(['samenwerkingen.csv']);
  });

  it('build --out onto the input folder or a folder holding it: exit 2, nothing written', async () => {
    expect((await run('build', data, '--out', data)).err).toContain('de invoer zelf');
    const r = await run('build', data, '--out', base);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bevat de invoer');
    expect(readdirSync(data)).toEqual(['samenwerkingen.csv']);
  });
});

describe('analyse writes atomically', () => {
  it('writes the JSON; a failing second write leaves the first file whole and says why (exit 1)', { timeout: 60_000 }, async () => {
    const out = join(base, 'uit', 'analyse.json');
    expect((await run('analyse', data, '--out', out)).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(JSON.parse(first).dataset.cooperations).toBe(1);
    // Block the temporary sibling with a folder: the write fails as a full disk would, half way.
    mkdirSync(tempPathFor(resolve(out)));
    const r = await run('analyse', data, '--out', out, '--threshold', '2');
    rmSync(tempPathFor(resolve(out)), { recursive: true });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`regioruimte: ${resolve(out)} kon niet worden geschreven: het is een map, geen bestand. Kies een bestandsnaam (EISDIR).\n`);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(join(base, 'uit'))).toEqual(['analyse.json']);
  });

  it('a path the system refuses (EACCES) is one Dutch message, not a stack trace', { timeout: 60_000 }, async () => {
    const r = await run('analyse', data, '--out', '/sys/regioruimte-analyse.json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^regioruimte: \/sys\/regioruimte-analyse\.json kon niet worden geschreven: .* \((EACCES|EPERM|EROFS)\)\.\n$/);
  });

  it('--out onto a folder is refused, the folder untouched', async () => {
    const folder = join(base, 'een-map');
    mkdirSync(folder);
    const r = await run('analyse', data, '--out', folder);
    expect(r.code).toBe(1);
    expect(r.err).toContain('geen gewoon bestand');
  });
});

describe('a build killed while writing', () => {
  it('leaves the previous site in place; the next build removes what the killed one left', { timeout: 60_000 }, async () => {
    const site = join(base, 'site');
    await buildSiteDir(site, async (t) => t.write('index.html', 'oud'));
    // A child process builds into the same folder and stalls half way; we kill it with SIGKILL.
    const script = join(base, 'kill.mts');
    writeFileSync(
      script,
      `import { buildSiteDir } from ${JSON.stringify(resolve('src/output/site-dir.ts'))};\n` +
        `await buildSiteDir(${JSON.stringify(site)}, async (t) => { t.write('index.html', 'half'); t.write('a/index.html', 'x'); process.stdout.write('bezig\\n'); await new Promise(() => setInterval(() => {}, 1000)); });\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((done, fail) => {
      child.on('error', fail);
      child.stdout.on('data', () => done());
      child.on('exit', (code) => fail(new Error(`child exited ${code}`)));
    });
    const exited = new Promise((done) => child.on('exit', done));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('oud');
    expect(existsSync(join(site, 'a'))).toBe(false);
    expect(readdirSync(base).filter((n) => n.startsWith('.site.regioruimte-'))).toHaveLength(1);
    const { notes } = await buildSiteDir(site, async (t) => t.write('index.html', 'nieuw'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('afgebroken eerdere bouw');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('nieuw');
    expect(readdirSync(base).filter((n) => n.startsWith('.site.regioruimte-'))).toEqual([]);
  });
});
