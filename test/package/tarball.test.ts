/**
 * A production install: `npm pack` of this checkout, installed with `--omit=dev` into an empty
 * folder (from the local npm cache, no TypeScript or Vite), builds the example site it ships with.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'regioruimte-tarball-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack → npm install --omit=dev → regioruimte build', () => {
  it('builds the shipped example site without dev dependencies', { timeout: 300_000 }, async () => {
    // lib/ is current (test/compile-setup.ts), so packing need not compile again.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT });
    const tarball = join(dir, stdout.trim().split('\n').pop()!);
    const app = join(dir, 'app');
    await run('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{"name":"probe","private":true}\n');
    await run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app });
    const modules = join(app, 'node_modules');
    for (const dev of ['vite', 'tsx', 'typescript', 'vitest']) expect(existsSync(join(modules, dev)), dev).toBe(false);
    // No TypeScript sources or tests are shipped.
    const pkg = join(modules, 'regioruimte');
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    expect(existsSync(join(pkg, 'lib', 'cli', 'index.js'))).toBe(true);

    const data = join(pkg, 'data', 'voorbeeld');
    const build = await run('npx', ['--no-install', 'regioruimte', 'build', data, '--out', 'site'], { cwd: app, maxBuffer: 64 * 1024 * 1024 });
    expect(build.stdout).toMatch(/Site gebouwd in .*site: \d+ pagina's/);
    const site = join(app, 'site');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('voorbeelddata');
    // The prebuilt client bundles and the stylesheets from lib/ made it into the site.
    expect(readdirSync(join(site, 'assets', 'js')).length).toBeGreaterThan(0);
    for (const f of ['site.css', 'map.css', 'favicon.svg']) expect(existsSync(join(site, 'assets', f)), f).toBe(true);
  });
});
