/**
 * `npm run bench`: runs every registered benchmark in one process and prints ratios (not timed
 * tests). Add a benchmark by writing bench/<name>.bench.ts exporting a `Bench` and listing it here.
 */
import { analysisBench } from './analysis.bench.ts';
import { commutingBench } from './commuting.bench.ts';
import { goalsBench } from './goals.bench.ts';
import { siteBench } from './site.bench.ts';
import { guideBench } from './guide.bench.ts';
import { processBench } from './process.bench.ts';
import { checkBench } from './check.bench.ts';
import { portalBench } from './portal.bench.ts';
import type { Bench } from './lib.ts';

const BENCHES: Bench[] = [
  analysisBench,
  goalsBench,
  commutingBench,
  siteBench,
  guideBench,
  processBench,
  checkBench,
  portalBench,
  // site build, goals, PDFs: add their benches here.
];

const only = process.argv.slice(2);
for (const bench of BENCHES) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  process.stdout.write(`\n== ${bench.name} ==\n`);
  await bench.run((line) => process.stdout.write(`${line}\n`));
}
