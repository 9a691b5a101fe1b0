/**
 * Start-up cost: the compiled command loads only what the chosen command needs. A loader hook logs
 * every module the process loads; `--help` must not load any command module, and `check` (on CSV
 * files) none of the heavy libraries or the site renderer.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const HOOK = join(import.meta.dirname, 'load-log.mjs');
const dir = mkdtempSync(join(tmpdir(), 'regioruimte-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAVY = ['playwright-core', 'exceljs', '@observablehq/plot', 'linkedom', 'vite', 'tsx', 'typescript'];

async function loaded(name: string, args: string[]): Promise<string[]> {
  const log = join(dir, `${name}.log`);
  await promisify(execFile)('node', ['--import', HOOK, 'bin/regioruimte.js', ...args], { cwd: ROOT, env: { ...process.env, LOAD_LOG: log }, maxBuffer: 64 * 1024 * 1024 });
  return readFileSync(log, 'utf8').trim().split('\n');
}

const packagesIn = (urls: string[]) => HEAVY.filter((p) => urls.some((u) => u.includes(`/node_modules/${p}/`)));
const libModules = (urls: string[], folder: string) => urls.filter((u) => u.includes(`/lib/${folder}`));

describe('start-up of the compiled command', () => {
  it('--help loads the command table and commander, no command module and no heavy library', async () => {
    const urls = await loaded('help', ['--help']);
    expect(urls.some((u) => u.endsWith('/lib/cli/commands.js'))).toBe(true);
    expect(urls.some((u) => u.includes('/node_modules/commander/'))).toBe(true);
    expect(packagesIn(urls)).toEqual([]);
    expect(libModules(urls, 'cli/check.js')).toEqual([]);
    expect(libModules(urls, 'ingest/')).toEqual([]);
    expect(libModules(urls, 'analysis/')).toEqual([]);
    expect(libModules(urls, 'site/')).toEqual([]);
  });

  it('check on a CSV folder reads and validates, without the site, the analysis or a heavy library', async () => {
    const urls = await loaded('check', ['check', 'data/voorbeeld']);
    expect(libModules(urls, 'ingest/index.js').length).toBe(1);
    expect(packagesIn(urls)).toEqual([]);
    expect(libModules(urls, 'ingest/xlsx.js')).toEqual([]);
    expect(libModules(urls, 'analysis/')).toEqual([]);
    expect(libModules(urls, 'site/')).toEqual([]);
    expect(libModules(urls, 'guide/')).toEqual([]);
    // The example is UTF-8: the Windows-1252 decoder is only loaded for a file that needs it.
    expect(urls.filter((u) => u.includes('/node_modules/iconv-lite/'))).toEqual([]);
  });
});
