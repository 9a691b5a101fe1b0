/**
 * Global setup: tests that run the command as a user does (node bin/regioruimte.js) run the compiled
 * lib/, so it is recompiled first whenever a source file is newer than the last compilation.
 */
import { compile, libIsStale } from '../scripts/compile.ts';

export default async function setup(): Promise<void> {
  if (libIsStale()) await compile();
}
