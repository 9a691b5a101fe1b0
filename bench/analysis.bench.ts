/**
 * Analysis benchmark: the full pipeline (ingest + validate + all analyses, reference already
 * loaded) on the example at 1×, 10× and 100× cooperations (SYNTHETIC copies, see synthetic.ts),
 * divided by the time to merely JSON.parse the same rows. Targets: 10× under 2 s and within 20×.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { analyseCommuting } from '../src/analysis/commuting.ts';
import { analyseCoverage } from '../src/analysis/coverage.ts';
import { analyseGoals } from '../src/analysis/goals.ts';
import { analyse, serializeAnalysis } from '../src/analysis/index.ts';
import { analyseNational } from '../src/analysis/national.ts';
import { analyseNetwork } from '../src/analysis/network.ts';
import { analyseOrganisation } from '../src/analysis/organisation.ts';
import { analyseOverlap } from '../src/analysis/overlap.ts';
import { analyseThemes } from '../src/analysis/themes.ts';
import { analyseTypology } from '../src/analysis/typology.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { readDataset } from '../src/ingest/index.ts';
import { runPipeline, type PipelineResult } from '../src/pipeline.ts';
import { loadReference, type Reference } from '../src/reference/index.ts';
import { memoryLine, timeBest, type Bench } from './lib.ts';
import { EXAMPLE_DIR, readCsvFolder, scaleExample, writeCsvFolder } from './synthetic.ts';

const SCALES = [1, 10, 100];

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function bestCpu(fn: () => unknown, repeat: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    fn();
    best = Math.min(best, cpuMs(process.cpuUsage(c0)));
  }
  return best;
}

/** Wall time per section of analyse() (coverage, network, typology …, goals, national, commuting) and in total. */
function sectionTimes(dataset: Dataset, reference: Reference): string {
  // National reads the overlap, goals and typology sections: computed once, outside its timing.
  const overlap = analyseOverlap(dataset, reference, { foundBack: 0.5 });
  const goals = analyseGoals(dataset);
  const typology = analyseTypology(dataset);
  const sections: [string, () => unknown][] = [
    ['coverage', () => analyseCoverage(dataset, reference)],
    ['themes', () => analyseThemes(dataset)],
    ['organisation', () => analyseOrganisation(dataset)],
    ['network', () => analyseNetwork(dataset, reference, { threshold: 5, seed: 42 })],
    ['overlap', () => analyseOverlap(dataset, reference, { foundBack: 0.5 })],
    ['typology', () => analyseTypology(dataset)],
    ['goals', () => analyseGoals(dataset)],
    ['national', () => analyseNational({ dataset, ref: reference, overlap, goals, typology }, { foundBack: 0.5 })],
    ['commuting', () => (dataset.commuting ? analyseCommuting(dataset, reference, { seed: 42 }) : null)],
    ['analyse() totaal', () => analyse(dataset, reference)],
  ];
  return sections
    .map(([name, fn]) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        fn();
        best = Math.min(best, performance.now() - t);
      }
      return `${name} ${best.toFixed(0)}`;
    })
    .join(', ');
}

export const analysisBench: Bench = {
  name: 'analyse',
  async run(log) {
    const reference = loadReference();
    const example = readCsvFolder(EXAMPLE_DIR);
    const root = mkdtempSync(join(tmpdir(), 'regioruimte-bench-'));
    try {
      await runPipeline(EXAMPLE_DIR.pathname); // warm-up: module loading and JIT, not measured
      log('Wandkloktijd (beste run) en, tussen haakjes, CPU-tijd van het proces (minder gevoelig voor een drukke machine).');
      log('schaal | samenwerkingen | CSV / JSON MB | pijplijn ms (inlezen + analyse) | JSON.parse ms | verhouding | JSON uit ms | geheugen na afloop');
      for (const k of SCALES) {
        const sheets = scaleExample(example, reference.municipalities, k);
        const dir = join(root, `x${k}`);
        writeCsvFolder(dir, sheets);
        // What each side reads: the CSV files (bytes) and the JSON text (characters, all ASCII-ish).
        const csvBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
        const json = JSON.stringify(Object.fromEntries(Object.entries(sheets).map(([name, s]) => [name, s.rows])));
        const repeat = k >= 100 ? 2 : 5;
        global.gc?.();
        const parse = await timeBest(() => JSON.parse(json) as unknown, repeat * 2);
        const parseCpu = bestCpu(() => JSON.parse(json) as unknown, repeat * 2);
        // The pipeline as runPipeline does it (reference cached), timed per stage; best total of `repeat`.
        let best = { total: Number.POSITIVE_INFINITY, ingest: 0, analysis: 0, t0: 0, t1: 0, t2: 0 };
        let cpu = Number.POSITIVE_INFINITY;
        let result!: PipelineResult;
        // Main-thread GC pauses, so the report can say how much of each stage is collecting garbage.
        const gcs: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
        observer.observe({ entryTypes: ['gc'] });
        for (let i = 0; i < repeat; i++) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          const dataset = await readDataset(dir, reference);
          const t1 = performance.now();
          const analysis = analyse(dataset, reference);
          const t2 = performance.now();
          cpu = Math.min(cpu, cpuMs(process.cpuUsage(c0)));
          if (t2 - t0 < best.total) best = { total: t2 - t0, ingest: t1 - t0, analysis: t2 - t1, t0, t1, t2 };
          result = { reference, dataset, analysis };
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        gcs.push(...observer.takeRecords());
        observer.disconnect();
        const gcIn = (from: number, to: number) =>
          gcs.filter((e) => e.startTime >= from && e.startTime < to).reduce((sum, e) => sum + e.duration, 0);
        const write = await timeBest(() => serializeAnalysis(result.analysis), repeat);
        const coops = sheets.samenwerkingen.rows.length;
        const errors = result.dataset.findings.filter((f) => f.severity === 'error').length;
        log(
          [
            `${k}×`,
            `${coops}${errors > 0 ? ` (${errors} fouten!)` : ''}`,
            `${(csvBytes / 1e6).toFixed(1)} / ${(json.length / 1e6).toFixed(1)}`,
            `${best.total.toFixed(0)} (${best.ingest.toFixed(0)} + ${best.analysis.toFixed(0)}) [CPU ${cpu.toFixed(0)}]`,
            `${parse.ms.toFixed(1)} [CPU ${parseCpu.toFixed(1)}]`,
            `${(best.total / parse.ms).toFixed(1)}× [CPU ${(cpu / parseCpu).toFixed(1)}×]`,
            write.ms.toFixed(0),
            memoryLine(),
          ].join(' | '),
        );
        log(`  GC-pauzes in die beste run (ms): inlezen ${gcIn(best.t0, best.t1).toFixed(0)}, analyse ${gcIn(best.t1, best.t2).toFixed(0)}`);
        if (k === 10) log(`  analysesecties bij 10× (ms, beste van 3): ${sectionTimes(result.dataset, reference)}`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
