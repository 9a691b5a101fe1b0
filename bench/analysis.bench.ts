/**
 * Analysis benchmark: the full pipeline (ingest + validate + all analyses, reference already
 * loaded) on the example at 1×, 10× and 100× cooperations (SYNTHETIC copies, see synthetic.ts),
 * divided by the time to merely JSON.parse the same rows. Targets: 10× under 2 s and within 20×.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeAnalysis } from '../src/analysis/index.ts';
import { runPipeline } from '../src/pipeline.ts';
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
        const parse = await timeBest(() => JSON.parse(json) as unknown, repeat * 2);
        const pipeline = await timeBest(() => runPipeline(dir), repeat);
        const write = await timeBest(() => serializeAnalysis(pipeline.result.analysis), repeat);
        const coops = sheets.samenwerkingen.rows.length;
        const errors = pipeline.result.dataset.findings.filter((f) => f.severity === 'error').length;
        log(
          [
            `${k}×`,
            `${coops}${errors > 0 ? ` (${errors} fouten!)` : ''}`,
            pipeline.ms.toFixed(0),
            parse.ms.toFixed(1),
            `${(pipeline.ms / parse.ms).toFixed(1)}×`,
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
