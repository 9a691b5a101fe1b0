/**
 * `check` at 100,000 and 1,000,000 rows, as whole processes (node bin/regioruimte.js check, compiled
 * lib/), measured by bench/process.ts's `measure` (median wall and CPU time, largest peak RSS). The sheet is
 * SYNTHETIC: samenwerkingen.csv with one cooperation per row, two real municipality names (one with
 * accents) and two themes in quoted list cells, like a hand-made sheet grown large. Growth should be
 * linear: the 1M row is about ten times the 100k row in time, and memory grows with the records kept.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './lib.ts';
import { measure } from './process.bench.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'regioruimte.js');

const NAMES = ['Amsterdam', 'Almere', 'Zaanstad', "'s-Gravenhage", 'Súdwest-Fryslân', 'Laren', 'Bergen (NH.)', 'GM0363'];
const THEMES = ['Wonen', 'Mobiliteit', 'Energietransitie', 'Water en bodem', 'Landbouw'];

/** Writes a samenwerkingen.csv of `rows` cooperations into `dir`. */
export async function writeCheckSheet(dir: string, rows: number): Promise<void> {
  const out = createWriteStream(join(dir, 'samenwerkingen.csv'), 'utf8');
  out.write('id;naam;rechtsvorm;gemeenten;themas;ruimtelijk;agenda_jaar;bronnen\n');
  for (let i = 0; i < rows; i++) {
    const line = `s${i};Samenwerking ${i};WGR;"${NAMES[i % 8]};${NAMES[(i + 3) % 8]}";"${THEMES[i % 5]};${THEMES[(i + 2) % 5]}";ja;${2015 + (i % 10)};https://example.org/${i}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export const checkBench: Bench = {
  name: 'check',
  async run(log) {
    const tmp = mkdtempSync(join(tmpdir(), 'regioruimte-check-bench-'));
    try {
      log(`machine load (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      const results: { rows: number; seconds: number; rssMiB: number; cpuSeconds?: number }[] = [];
      for (const rows of [100_000, 1_000_000]) {
        const dir = join(tmp, `r${rows}`);
        mkdirSync(dir);
        await writeCheckSheet(dir, rows);
        const s = measure([BIN, 'check', dir], 3);
        results.push({ rows, ...s });
        log(`check ${rows.toLocaleString('nl-NL').padStart(9)} rijen  ${s.seconds.toFixed(2).padStart(6)} s wand  ${s.cpuSeconds!.toFixed(2).padStart(6)} s CPU  piek RSS ${s.rssMiB.toFixed(0).padStart(5)} MiB`);
      }
      const [small, big] = results;
      log(`groei 1M / 100k: CPU ${(big.cpuSeconds! / small.cpuSeconds!).toFixed(1)}×, wand ${(big.seconds / small.seconds).toFixed(1)}×, piek RSS ${(big.rssMiB / small.rssMiB).toFixed(1)}× (lineair: tijd ≈ 10×)`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
