/**
 * An output path must never be (or hold, or lie inside) one of the command's inputs: `analyse --out
 * data/samenwerkingen.csv` would overwrite the dataset, `build data --out data` would build over it.
 * Paths are compared after symbolic links are resolved, as far as they exist.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside, OutputPathError } from './tree.ts';

/** `path` with symlinks resolved for the part that exists (the rest appended unchanged). */
export function realPathSoFar(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPathSoFar(parent), basename(absolute));
}

/** Throws when writing `out` could overwrite or move any of `inputs` (files or folders). */
export function assertNotOntoInput(out: string, inputs: readonly string[], what = 'de uitvoer'): void {
  const target = realPathSoFar(out);
  for (const input of inputs) {
    const source = realPathSoFar(input);
    if (isInside(source, target)) {
      throw new OutputPathError(`${what} (${target}) zou ${target === source ? 'de invoer zelf' : `in de invoer ${source}`} overschrijven; kies een pad buiten de invoer.`);
    }
    if (isInside(target, source)) {
      throw new OutputPathError(`${what} (${target}) bevat de invoer ${source}; kies een map die de invoer niet bevat.`);
    }
  }
}
