/**
 * Profiling helper (not a benchmark): writes the 10× SYNTHETIC dataset to a temporary folder and
 * runs readDataset + analyse a few times, so `node --cpu-prof --import tsx bench/profile-pipeline.ts`
 * shows where the pipeline spends its time. Argument: scale (default 10), runs (default 5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/analysis/index.ts';
import { readDataset } from '../src/ingest/index.ts';
import { loadReference } from '../src/reference/index.ts';
import { EXAMPLE_DIR, readCsvFolder, scaleExample, writeCsvFolder } from './synthetic.ts';

const scale = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 5);
const only = process.argv[4] ?? 'all';
const reference = loadReference();
const root = mkdtempSync(join(tmpdir(), 'regioruimte-prof-'));
try {
  writeCsvFolder(root, scaleExample(readCsvFolder(EXAMPLE_DIR), reference.municipalities, scale));
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const dataset = await readDataset(root, reference);
    const t1 = performance.now();
    if (only !== 'ingest') analyse(dataset, reference);
    const t2 = performance.now();
    process.stdout.write(`run ${i}: ingest ${(t1 - t0).toFixed(0)} ms, analyse ${(t2 - t1).toFixed(0)} ms\n`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
