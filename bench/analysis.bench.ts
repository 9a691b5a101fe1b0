/**
 * Analysis benchmark: the full pipeline (ingest + validate + all analyses, reference already
 * loaded) on the example at 1×, 10× and 100× cooperations (SYNTHETIC copies, see synthetic.ts),
 * divided by the time to merely JSON.parse the same rows. Targets: 10× under 2 s and within 20×.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse, serializeAnalysis } from '../src/analysis/index.ts';
import { readDataset } from '../src/ingest/index.ts';
import { runPipeline, type PipelineResult } from '../src/pipeline.ts';
import { loadReference } from '../src/reference/index.ts';
import { memoryLine, timeBest, type Bench } from './lib.ts';
import { EXAMPLE_DIR, readCsvFolder, scaleExample, writeCsvFolder } from './synthetic.ts';

const SCALES = [1, 10, 100];

export const analysisBench: Bench = {
  name: 'analyse',
  async run(log) {
    const reference = loadReference();
    const example = readCsvFolder(EXAMPLE_DIR);
    const root = mkdtempSync(join(tmpdir(), 'regioruimte-bench-'));
    try {
      await runPipeline(EXAMPLE_DIR.pathname); // warm-up: module loading and JIT, not measured
      log('schaal | samenwerkingen | pijplijn (ms) | JSON.parse (ms) | verhouding | JSON uit (ms) | geheugen na afloop');
      for (const k of SCALES) {
        const sheets = scaleExample(example, reference.municipalities, k);
        const dir = join(root, `x${k}`);
        writeCsvFolder(dir, sheets);
        const json = JSON.stringify(Object.fromEntries(Object.entries(sheets).map(([name, s]) => [name, s.rows])));
        const repeat = k >= 100 ? 2 : 5;
        global.gc?.();
        const parse = await timeBest(() => JSON.parse(json) as unknown, repeat * 2);
        // The pipeline as runPipeline does it (reference cached), timed per stage; best total of `repeat`.
        let best = { total: Number.POSITIVE_INFINITY, ingest: 0, analysis: 0 };
        let result!: PipelineResult;
        for (let i = 0; i < repeat; i++) {
          const t0 = performance.now();
          const dataset = await readDataset(dir, reference);
          const t1 = performance.now();
          const analysis = analyse(dataset, reference);
          const t2 = performance.now();
          if (t2 - t0 < best.total) best = { total: t2 - t0, ingest: t1 - t0, analysis: t2 - t1 };
          result = { reference, dataset, analysis };
        }
        const write = await timeBest(() => serializeAnalysis(result.analysis), repeat);
        const coops = sheets.samenwerkingen.rows.length;
        const errors = result.dataset.findings.filter((f) => f.severity === 'error').length;
        log(
          [
            `${k}×`,
            `${coops}${errors > 0 ? ` (${errors} fouten!)` : ''}`,
            `${best.total.toFixed(0)} (inlezen ${best.ingest.toFixed(0)} + analyse ${best.analysis.toFixed(0)})`,
            parse.ms.toFixed(1),
            `${(best.total / parse.ms).toFixed(1)}×`,
            write.ms.toFixed(0),
            memoryLine(),
          ].join(' | '),
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
