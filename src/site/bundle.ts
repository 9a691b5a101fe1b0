/**
 * Client bundles: one Vite build per entry (src/site/client/<name>.ts → assets/js/<name>.js), ES
 * module, minified, no hashes and no shared chunks, so each page type's JS is one deterministic file
 * whose gzip size is what the budget (bench/budget.json) limits. The compiled package ships them
 * prebuilt (scripts/compile.ts writes `client-js/` beside this module), so a production install
 * copies them and never loads Vite; from the sources they are built on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { OutputTree } from '../output/tree.ts';

export const CLIENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'client');
const ROOT = resolve(CLIENT_DIR, '../../..');
export const PREBUILT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'client-js');

export function entryPath(name: string): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`src/site/bundle: invalid client entry name "${name}"`);
  return join(CLIENT_DIR, `${name}.ts`);
}

export interface BundleResult {
  name: string;
  /** Path relative to the output root. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Writes the named entries to `assets/js/` of the output tree (Vite itself writes nothing; every
 * file goes through the tree). Entries are built one after another (Vite is not re-entrant-safe).
 */
export async function bundleClients(names: string[], tree: OutputTree): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const name of [...new Set(names)].sort()) {
    const prebuilt = join(PREBUILT_DIR, `${name}.js`);
    const files = existsSync(prebuilt) ? [{ fileName: `${name}.js`, bytes: readFileSync(prebuilt) }] : await viteBuild(name);
    let content: Buffer | null = null;
    for (const f of files) {
      tree.write(`assets/js/${f.fileName}`, f.bytes);
      if (f.fileName === `${name}.js`) content = f.bytes;
    }
    if (!content) throw new Error(`src/site/bundle: Vite produced no ${name}.js`);
    results.push({ name, file: `assets/js/${name}.js`, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
  }
  return results;
}

/** The files of one entry's bundle, in memory (`write: false`). */
async function viteBuild(name: string): Promise<{ fileName: string; bytes: Buffer }[]> {
  const entry = entryPath(name);
  if (!existsSync(entry)) throw new Error(`src/site/bundle: client entry ${entry} does not exist`);
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    envFile: false,
    logLevel: 'silent',
    root: ROOT,
    publicDir: false,
    mode: 'production',
    build: {
      outDir: 'assets/js',
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      target: 'es2020',
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      write: false,
      rollupOptions: {
        input: { [name]: entry },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: `${name}-[name].js` },
      },
    },
  });
  return (Array.isArray(output) ? output : [output])
    .flatMap((o) => ('output' in o ? o.output : []))
    .map((item) => ({ fileName: item.fileName, bytes: Buffer.from(item.type === 'chunk' ? item.code : item.source) }));
}
