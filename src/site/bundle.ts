/**
 * Client bundles: one Vite build per entry (src/site/client/<name>.ts → assets/js/<name>.js), ES
 * module, minified, no hashes and no shared chunks, so each page type's JS is one deterministic file
 * whose gzip size is what the budget (bench/budget.json) limits. The compiled package ships them
 * prebuilt (scripts/compile.ts writes `client-js/` beside this module), so a production install
 * copies them and never loads Vite; from the sources they are built on demand.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CLIENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'client');
const ROOT = resolve(CLIENT_DIR, '../../..');
export const PREBUILT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'client-js');

export function entryPath(name: string): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`src/site/bundle: invalid client entry name "${name}"`);
  return join(CLIENT_DIR, `${name}.ts`);
}

export interface BundleResult {
  name: string;
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Builds the named entries into `<outDir>/assets/js/`. Entries are built one after another (Vite is not re-entrant-safe). */
export async function bundleClients(names: string[], outDir: string): Promise<BundleResult[]> {
  const jsDir = join(outDir, 'assets', 'js');
  const results: BundleResult[] = [];
  for (const name of [...new Set(names)].sort()) {
    const file = join(jsDir, `${name}.js`);
    const prebuilt = join(PREBUILT_DIR, `${name}.js`);
    if (existsSync(prebuilt)) {
      mkdirSync(jsDir, { recursive: true });
      copyFileSync(prebuilt, file);
    } else {
      await viteBuild(name, jsDir);
    }
    const content = readFileSync(file);
    results.push({ name, file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
  }
  return results;
}

async function viteBuild(name: string, jsDir: string): Promise<void> {
  const entry = entryPath(name);
  if (!existsSync(entry)) throw new Error(`src/site/bundle: client entry ${entry} does not exist`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    envFile: false,
    logLevel: 'silent',
    root: ROOT,
    publicDir: false,
    mode: 'production',
    build: {
      outDir: jsDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      target: 'es2020',
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      write: true,
      rollupOptions: {
        input: { [name]: entry },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: `${name}-[name].js` },
      },
    },
  });
}
