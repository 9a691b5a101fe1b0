/**
 * `npm run compile` (also run by `prepare`): compiles src/ to JavaScript in lib/ (same folder depth,
 * so `../../data/reference` resolves from both), copies the non-TypeScript assets beside the compiled
 * modules, and builds every client bundle once into lib/…/client-js/, so the installed package runs
 * with plain `node` and never needs TypeScript or Vite.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleClients, CLIENT_DIR, PREBUILT_DIR } from '../src/site/bundle.ts';
import { OutputTree } from '../src/output/tree.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(ROOT, 'src');
const LIB = join(ROOT, 'lib');
/** Written last, so its time says when lib/ was complete. */
const STAMP = join(LIB, 'compiled.txt');

/** Files under src/ that the compiled code reads at run time (stylesheets, icons, …); docs and sources stay behind. */
export function isRuntimeAsset(name: string): boolean {
  return !/\.(ts|md)$/.test(name);
}

function copyAssets(dir: string): number {
  let copied = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copied += copyAssets(path);
    else if (isRuntimeAsset(entry.name)) {
      const target = join(LIB, relative(SRC, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
      copied++;
    }
  }
  return copied;
}

/** Every client entry (each .ts file in the client folder except tests). */
export function clientEntries(files: string[]): string[] {
  return files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
}

async function prebuildClients(): Promise<string[]> {
  const names = clientEntries(readdirSync(CLIENT_DIR));
  const tmp = mkdtempSync(join(tmpdir(), 'regioruimte-compile-'));
  try {
    await bundleClients(names, new OutputTree(tmp));
    const built = readdirSync(join(tmp, 'assets', 'js')).sort();
    const expected = names.map((n) => `${n}.js`).sort();
    // A shared chunk would not be copied by the prebuilt path in bundle.ts: refuse it here.
    if (built.join() !== expected.join()) throw new Error(`compile: client bundles ${built.join(', ')} are not exactly ${expected.join(', ')}`);
    const target = join(LIB, relative(SRC, PREBUILT_DIR));
    mkdirSync(target, { recursive: true });
    for (const f of built) renameSync(join(tmp, 'assets', 'js', f), join(target, f));
    return names;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when lib/ is missing or a file under src/ (or the compiler settings) changed after it was compiled. */
export function libIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const stamp = statSync(STAMP).mtimeMs;
  return newestSource(SRC) > stamp || statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs > stamp;
}

export async function compile(): Promise<void> {
  if (existsSync(LIB)) rmSync(LIB, { recursive: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`compile: tsc exited with ${result.status}`);
  const assets = copyAssets(SRC);
  const clients = await prebuildClients();
  writeFileSync(STAMP, 'Gecompileerd door scripts/compile.ts uit src/.\n');
  process.stdout.write(`lib/ gecompileerd: ${assets} bestanden gekopieerd, ${clients.length} clientbundels.\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
