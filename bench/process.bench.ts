/**
 * Whole-process rows: each command as a user runs it (node bin/regioruimte.js, compiled lib/), timed
 * as a child process; median wall time of several runs and the largest peak RSS (/usr/bin/time -f %M).
 * Every dataset size has a floor process measured in the same run: `node` reading the same rows as
 * one JSON file and parsing them. Ratios are against that floor.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { loadReference } from '../src/reference/index.ts';
import type { Bench } from './lib.ts';
import { EXAMPLE_DIR, readCsvFolder, scaleExample, writeCsvFolder } from './synthetic.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'regioruimte.js');

interface Sample {
  seconds: number;
  rssMiB: number;
  /** Median user + system CPU seconds (on a busy machine closer to the work than wall time). */
  cpuSeconds?: number;
}

/** Runs `node args` `runs` times under /usr/bin/time; median wall seconds, maximum peak RSS. */
export function measure(args: string[], runs: number): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const [wall, kib, user, system] = last.split(' ').map(Number);
    if (!Number.isFinite(wall)) throw new Error(`bench/process: ${args.join(' ')} gave no timing: ${r.stderr.slice(-500)}`);
    // A command that fails fast would otherwise show up as a fast row (a build --pdf without Chromium).
    if (r.status !== 0) throw new Error(`bench/process: ${args.join(' ')} ended with exit code ${r.status}: ${r.stderr.slice(-500)}`);
    samples.push({ seconds: wall, rssMiB: kib / 1024, cpuSeconds: user + system });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { seconds: median(samples.map((s) => s.seconds)), rssMiB: Math.max(...samples.map((s) => s.rssMiB)), cpuSeconds: median(samples.map((s) => s.cpuSeconds!)) };
}

const row = (label: string, s: Sample, floor: Sample | null) =>
  `${label.padEnd(34)} ${s.seconds.toFixed(2).padStart(7)} s  ${floor ? `${(s.seconds / floor.seconds).toFixed(1).padStart(5)}× floor` : ''.padStart(11)}  piek RSS ${s.rssMiB.toFixed(0).padStart(5)} MiB`;

export const processBench: Bench = {
  name: 'process',
  async run(log) {
    const tmp = mkdtempSync(join(tmpdir(), 'regioruimte-process-bench-'));
    try {
      const example = readCsvFolder(EXAMPLE_DIR);
      const municipalities = loadReference().municipalities;
      log(`machine load (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      log(row('--help', measure([BIN, '--help'], 5), null));
      // BENCH_SCALES=1,10 measures only those scales (the 100x rows take minutes).
      const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number).filter((k) => k >= 1);
      for (const k of scales) {
        const dir = k === 1 ? EXAMPLE_DIR.pathname : join(tmp, `x${k}`);
        const sheets = k === 1 ? example : scaleExample(example, municipalities, k);
        if (k !== 1) writeCsvFolder(dir, sheets);
        const json = join(tmp, `rows-${k}.json`);
        writeFileSync(json, JSON.stringify(sheets));
        const runs = k === 100 ? 3 : 5;
        const floor = measure(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(json)}, 'utf8'))`], runs);
        log(row(`floor ${k}× (JSON.parse rows)`, floor, null));
        log(row(`check ${k}×`, measure([BIN, 'check', dir], runs), floor));
        log(row(`analyse ${k}×`, measure([BIN, 'analyse', dir, '--out', join(tmp, `a${k}.json`)], runs), floor));
        if (k <= 10 || process.env.BENCH_BUILD_100) log(row(`build ${k}× (zonder pdf's)`, measure([BIN, 'build', dir, '--out', join(tmp, `site${k}`)], k === 1 ? 3 : 1), floor));
      }
      // The PDF step as its own row: the same build of the example with every guide as PDF (one Chromium,
      // a pool of tabs); the difference with "build 1× (zonder pdf's)" is what the PDFs cost.
      log(row("pdf's voor alle regio's (build --pdf)", measure([BIN, 'build', EXAMPLE_DIR.pathname, '--out', join(tmp, 'site-pdf'), '--pdf'], 1), null));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

