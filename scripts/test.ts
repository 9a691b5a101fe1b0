/**
 * `npm test`: the type check and the test suite side by side instead of one after the other. The
 * suite spends much of its time waiting on Chromium and PGlite, so the type check (about 11 s of one
 * core) fits in beside it. The type checker's output is held back and printed after the suite's, so
 * the two reports do not interleave. Exits non-zero when either fails; extra arguments go to vitest.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MODULES = fileURLToPath(new URL('../node_modules/', import.meta.url));

function run(bin: string, args: string[], buffered: boolean): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += String(d)));
    child.stderr?.on('data', (d) => (output += String(d)));
    child.on('error', (error) => done({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const typecheck = run(`${MODULES}typescript/bin/tsc`, ['--noEmit'], true);
const suite = run(`${MODULES}vitest/vitest.mjs`, ['run', ...process.argv.slice(2)], false);
const [types, tests] = await Promise.all([typecheck, suite]);
process.stdout.write(types.output);
process.stdout.write(types.code === 0 ? 'tsc --noEmit: geen typefouten.\n' : `tsc --noEmit: typefouten (exit ${types.code}).\n`);
process.exitCode = types.code !== 0 || tests.code !== 0 ? 1 : 0;
