/**
 * Builds data/voorbeeld/pendel.csv from the verbatim CBS copy data/source/cbs-pendel/pendel_gemeente_2014.csv
 * (81251NED, December 2014, 2014 boundaries): flows are converted to the 342 municipalities of 2025 with
 * src/reference/reboundary.ts (mergers add up; splits apportioned by population 1-1-2024, whole numbers,
 * totals preserved) and written in the input contract (van, naar, personen, jaar, toelichting) plus the
 * names for readability. Run: npx tsx scripts/build-pendel.ts. Deterministic: rows sorted by van, naar.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadReference, type Reference } from '../src/reference/index.ts';
import { reboundaryFlows, type ReboundaryResult, type SourceFlow } from '../src/reference/reboundary.ts';
import { REPO_ROOT, toCsv } from './build-voorbeeld.ts';

export const SOURCE_PATH = 'data/source/cbs-pendel/pendel_gemeente_2014.csv';
export const OUTPUT_PATH = 'data/voorbeeld/pendel.csv';
export const SOURCE_COLUMNS = ['year', 'from_code', 'from_name', 'to_code', 'to_name', 'persons'] as const;
export const PENDEL_COLUMNS = ['van', 'van_naam', 'naar', 'naar_naam', 'personen', 'jaar', 'toelichting'] as const;

export interface PendelBuild {
  csv: string;
  year: number;
  sourceRows: number;
  sourcePersons: number;
  result: ReboundaryResult;
}

/** Reads the CBS copy; throws on anything unexpected (it is our own verbatim source file). */
export function parseSource(text: string): { year: number; flows: SourceFlow[] } {
  const records = parse(text, { bom: true, columns: false, skip_empty_lines: true }) as string[][];
  const header = records[0] ?? [];
  if (header.join(',') !== SOURCE_COLUMNS.join(',')) throw new Error(`${SOURCE_PATH}: unexpected header ${JSON.stringify(header)}`);
  const years = new Set<string>();
  const flows = records.slice(1).map((cells, i) => {
    const [year, from, , to, , persons] = cells;
    const n = Number(persons);
    if (cells.length !== SOURCE_COLUMNS.length || !/^GM\d{4}$/.test(from) || !/^GM\d{4}$/.test(to) || !Number.isInteger(n) || n < 0) {
      throw new Error(`${SOURCE_PATH} row ${i + 2}: ${cells.join(',')}`);
    }
    years.add(year);
    return { from, to, persons: n };
  });
  if (years.size !== 1) throw new Error(`${SOURCE_PATH}: expected one year, found ${[...years].join(', ')}`);
  return { year: Number([...years][0]), flows };
}

/** The per-row remark for a flow that contains an apportioned share of a split municipality. */
export function apportionNote(formerCodes: readonly string[], ref: Pick<Reference, 'mergers' | 'byCode'>): string {
  const parts = formerCodes.map((code) => {
    const m = ref.mergers.find((x) => x.formerCode === code);
    if (!m) return code;
    const names = m.successors.map((s) => ref.byCode.get(s)?.name ?? s);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}` : names[0];
    return `${m.formerName} (${m.formerCode}, opgeheven ${m.year}) over ${list}`;
  });
  return `geschat: aandeel van ${parts.join('; ')} verdeeld naar inwonertal 1-1-2024`;
}

export function buildPendel(sourceText: string, ref: Reference): PendelBuild {
  const { year, flows } = parseSource(sourceText);
  const result = reboundaryFlows({
    flows,
    mergers: ref.mergers,
    codes2025: new Set(ref.municipalities.map((m) => m.code)),
    population: ref.population,
  });
  if (result.unmapped.length > 0) throw new Error(`codes not in 2025 list nor merger table: ${result.unmapped.join(', ')}`);
  const rows = result.flows.map((f) => ({
    van: f.from,
    van_naam: ref.byCode.get(f.from)?.name ?? '',
    naar: f.to,
    naar_naam: ref.byCode.get(f.to)?.name ?? '',
    personen: String(f.persons),
    jaar: String(year),
    toelichting: f.apportionedFrom.length > 0 ? apportionNote(f.apportionedFrom, ref) : '',
  }));
  return {
    csv: toCsv(PENDEL_COLUMNS, rows),
    year,
    sourceRows: flows.length,
    sourcePersons: flows.reduce((a, f) => a + f.persons, 0),
    result,
  };
}

function main(): void {
  const ref = loadReference();
  const out = buildPendel(readFileSync(join(REPO_ROOT, SOURCE_PATH), 'utf8'), ref);
  writeFileSync(join(REPO_ROOT, OUTPUT_PATH), out.csv);
  const total = out.result.flows.reduce((a, f) => a + f.persons, 0);
  const internal = out.result.flows.filter((f) => f.from === f.to).reduce((a, f) => a + f.persons, 0);
  const flagged = out.result.flows.filter((f) => f.apportionedFrom.length > 0).length;
  console.log(
    `${OUTPUT_PATH}: ${out.result.flows.length} rows from ${out.sourceRows} source rows (${out.year}); ` +
      `persons ${total} (source ${out.sourcePersons}), internal ${internal}; ` +
      `${flagged} rows with an apportioned share (${out.result.apportionedPersons} source persons touched a split)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
