/**
 * Regenerates the derived reference files in data/reference/ from the CBS/PDOK 2025 polygons:
 * gemeenten.json (342 municipalities with province and region per division), regios.json
 * (region code → name per division) and res-vergelijking.md (polygon RES membership versus the
 * listed membership in res_regios.csv). It also checks the merger table samenvoegingen.csv against
 * the 2014 municipality list gemeenten_2014.csv (refreshed from ../shared/data/cbs/ when present). Run: `npx tsx scripts/derive-reference.ts`.
 * Fails (exit 1) when any municipality does not fall in exactly one region of every division, or
 * when the merger table breaks an invariant.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Topology } from 'topojson-specification';
import { REFERENCE_DIVISIONS, type ReferenceDivision } from '../src/model/reference.ts';
import { deriveMemberships, topologyAreas, type Area } from '../src/reference/derive.ts';
import { checkMergers, parseMergers } from '../src/reference/mergers.ts';
import { compareRes, renderResComparison, type ListedMembership } from '../src/reference/res-compare.ts';
import type { Reference } from '../src/reference/index.ts';
import { matchMunicipality } from '../src/reference/match.ts';
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

/** Code → name of the 403 municipalities of 2014, from the CBS commuting table of that year. */
function municipalities2014(): Map<string, string> {
  const shared = join(root, '..', 'shared', 'data', 'cbs', 'pendel_gemeente_2014.csv');
  const local = join(refDir, 'gemeenten_2014.csv');
  if (existsSync(shared)) {
    const rows = parse(readFileSync(shared, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const names = new Map<string, string>();
    for (const r of rows) {
      names.set(r.from_code, r.from_name);
      names.set(r.to_code, r.to_name);
    }
    const sorted = [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    writeFileSync(local, ['code,name', ...sorted.map(([c, n]) => `${c},${quote(n)}`)].join('\n') + '\n', 'utf8');
    console.log(`wrote data/reference/gemeenten_2014.csv (${sorted.length} municipalities)`);
  }
  const rows = parse(readFileSync(local, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  return new Map(rows.map((r) => [r.code, r.name]));
}

function main(): void {
  const municipalities = topologyAreas(readTopology('gemeente'), 'gemeente');
  const divisions = {} as Record<ReferenceDivision, Area[]>;
  for (const d of REFERENCE_DIVISIONS) divisions[d] = topologyAreas(readTopology(d), d);
  const derived = deriveMemberships(municipalities, divisions);
  writeJson('gemeenten.json', derived.municipalities);
  writeJson('regios.json', derived.regionNames);
  const rows = parse(readFileSync(join(refDir, 'res_regios.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const listed: ListedMembership[] = rows.map((r) => ({
    regionId: r.region_id,
    regionName: r.region_name,
    municipalityName: r.municipality_name,
    note: r.note,
  }));
  const mergerCsv = readFileSync(join(refDir, 'samenvoegingen.csv'), 'utf8');
  const mergers = parseMergers(mergerCsv);
  const ref: Reference = {
    municipalities: derived.municipalities,
    byCode: new Map(derived.municipalities.map((m) => [m.code, m])),
    regionNames: derived.regionNames,
    mergers,
    population: new Map(),
  };
  const resolveName = (name: string): string | null => {
    const match = matchMunicipality(name, ref);
    return match.kind === 'exact' || match.kind === 'variant' ? match.code : null;
  };
  const comparison = compareRes(listed, derived.municipalities, derived.regionNames.res, resolveName);
  writeFileSync(
    join(refDir, 'res-vergelijking.md'),
    renderResComparison(comparison, derived.regionNames.res, 'data/reference/res_regios.csv'),
    'utf8',
  );
  console.log(`wrote data/reference/res-vergelijking.md (${comparison.differences.length} differences)`);
  const successorNames = (parse(mergerCsv, { columns: true, bom: true }) as Record<string, string>[]).map((r) =>
    r.successor_names.split(';'),
  );
  const problems = checkMergers({
    mergers,
    successorNames,
    municipalities2014: municipalities2014(),
    municipalities2025: new Map(derived.municipalities.map((m) => [m.code, m.name])),
  });
  if (problems.length) throw new Error(`samenvoegingen.csv is inconsistent:\n  ${problems.join('\n  ')}`);
  console.log(`checked data/reference/samenvoegingen.csv (${mergers.length} rows)`);
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
