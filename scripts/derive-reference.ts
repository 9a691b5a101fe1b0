/**
 * Regenerates the derived reference files in data/reference/ from the CBS/PDOK 2025 polygons:
 * gemeenten.json (342 municipalities with province and region per division), regios.json
 * (region code → name per division). Run: `npx tsx scripts/derive-reference.ts`.
 * Fails (exit 1) when any municipality does not fall in exactly one region of every division.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { REFERENCE_DIVISIONS, type ReferenceDivision } from '../src/model/reference.ts';
import { deriveMemberships, topologyAreas, type Area } from '../src/reference/derive.ts';
import { LAYER_FILE_STEM, type TopologyLayer } from '../src/reference/layers.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = join(root, 'data', 'reference');

function readTopology(layer: TopologyLayer): Topology {
  return JSON.parse(readFileSync(join(refDir, 'cbs', `${LAYER_FILE_STEM[layer]}.topojson`), 'utf8')) as Topology;
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(join(refDir, name), JSON.stringify(value, null, 2) + '\n', 'utf8');
  console.log(`wrote data/reference/${name}`);
}

function main(): void {
  const municipalities = topologyAreas(readTopology('gemeente'), 'gemeente');
  const divisions = {} as Record<ReferenceDivision, Area[]>;
  for (const d of REFERENCE_DIVISIONS) divisions[d] = topologyAreas(readTopology(d), d);
  const derived = deriveMemberships(municipalities, divisions);
  writeJson('gemeenten.json', derived.municipalities);
  writeJson('regios.json', derived.regionNames);
  console.log(
    `${derived.municipalities.length} municipalities; regions: ` +
      REFERENCE_DIVISIONS.map((d) => `${d} ${Object.keys(derived.regionNames[d]).length}`).join(', '),
  );
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
