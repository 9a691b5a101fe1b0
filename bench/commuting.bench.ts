/**
 * Commuting benchmark: analyseCommuting on the example (CBS 2014, 8,820 flows) and on the full
 * 342 × 342 matrix (every pair present: the example's flows plus seeded SYNTHETIC 1–49 jobs for the
 * pairs CBS suppresses, 116,964 flows), and the whole pipeline (ingest + all analyses) with that
 * full matrix as `pendel`. Ratios: against JSON.parse of the same flow rows, and the share of the
 * pipeline spent in the commuting section. Budget (analysis issue): pipeline under 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCommuting } from '../src/analysis/commuting.ts';
import { mulberry32 } from '../src/analysis/util.ts';
import type { CommutingFlow } from '../src/model/dataset.ts';
import { readDataset } from '../src/ingest/index.ts';
import { runPipeline } from '../src/pipeline.ts';
import { loadReference } from '../src/reference/index.ts';
import { memoryLine, timeBest, type Bench } from './lib.ts';
import { EXAMPLE_DIR, readCsvFolder, writeCsvFolder, type Sheets } from './synthetic.ts';

/** The example's pendel sheet completed to all 342 × 342 pairs (SYNTHETIC values where CBS has none). */
export function fullMatrix(example: Sheets, codes: string[], seed = 8): Sheets['pendel'] {
  const rng = mulberry32(seed);
  const known = new Map(example.pendel.rows.map((r) => [`${r.van}|${r.naar}`, r]));
  const rows: Sheets['pendel']['rows'] = [];
  for (const from of codes) {
    for (const to of codes) {
      const r = known.get(`${from}|${to}`);
      rows.push(r ?? { van: from, naar: to, personen: String(1 + Math.floor(rng() * 49)), jaar: '2014', toelichting: 'SYNTHETIC' });
    }
  }
  return { header: ['van', 'naar', 'personen', 'jaar', 'toelichting'], rows };
}

export const commutingBench: Bench = {
  name: 'pendel',
  async run(log) {
    const reference = loadReference();
    const codes = reference.municipalities.map((m) => m.code);
    const example = readCsvFolder(EXAMPLE_DIR);
    const root = mkdtempSync(join(tmpdir(), 'regioruimte-pendel-'));
    try {
      const full = { ...example, pendel: fullMatrix(example, codes) };
      const dir = join(root, 'vol');
      writeCsvFolder(dir, full);
      await runPipeline(EXAMPLE_DIR.pathname); // warm-up, not measured

      log('invoer | stromen | analyseCommuting (ms) | JSON.parse stromen (ms) | verhouding | pijplijn (ms) | aandeel pendel | geheugen');
      for (const [label, path] of [['voorbeeld', EXAMPLE_DIR.pathname], ['volle matrix 342×342', dir]] as const) {
        const dataset = await readDataset(path, reference);
        const flows = dataset.commuting as CommutingFlow[];
        const json = JSON.stringify(flows);
        const parse = await timeBest(() => JSON.parse(json) as unknown, 10);
        const section = await timeBest(() => analyseCommuting(dataset, reference, { seed: 42 }), 5);
        const pipeline = await timeBest(() => runPipeline(path), 3);
        log(
          [
            label,
            String(flows.length),
            section.ms.toFixed(0),
            parse.ms.toFixed(1),
            `${(section.ms / parse.ms).toFixed(1)}×`,
            pipeline.ms.toFixed(0),
            `${((100 * section.ms) / pipeline.ms).toFixed(0)} %`,
            memoryLine(),
          ].join(' | '),
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
