/**
 * The merger table data/reference/samenvoegingen.csv: municipalities that ceased to exist
 * 2015–2025 with their 2025 successor(s). Parsing plus the invariants that keep it honest:
 * every 2014 code still exists in 2025 or is a row, and every successor code exists in 2025.
 */
import { parse } from 'csv-parse/sync';
import type { Merger } from '../model/reference.ts';

export const MERGER_COLUMNS = ['former_code', 'former_name', 'year', 'successor_codes', 'successor_names', 'source'] as const;

/** Parses the merger CSV; throws on structural errors (it is our own reference data, not user input). */
export function parseMergers(csv: string): Merger[] {
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r, i) => {
    for (const c of MERGER_COLUMNS) {
      if (r[c] === undefined || r[c] === '') throw new Error(`samenvoegingen.csv row ${i + 2}: empty ${c}`);
    }
    const year = Number(r.year);
    if (!Number.isInteger(year)) throw new Error(`samenvoegingen.csv row ${i + 2}: year '${r.year}'`);
    return {
      formerCode: r.former_code,
      formerName: r.former_name,
      year,
      successors: r.successor_codes.split(';').map((s) => s.trim()),
      source: r.source,
    };
  });
}

export interface MergerCheckInput {
  mergers: Merger[];
  /** Successor names per row as written in the CSV, same order as successors (optional check). */
  successorNames?: string[][];
  /** The 2014 municipalities: code → CBS name. */
  municipalities2014: Map<string, string>;
  /** The 2025 municipalities: code → CBS name. */
  municipalities2025: Map<string, string>;
}

/** Every violated invariant as a readable line; empty when the table is consistent. */
export function checkMergers({ mergers, successorNames, municipalities2014, municipalities2025 }: MergerCheckInput): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  mergers.forEach((m, i) => {
    if (!/^GM\d{4}$/.test(m.formerCode)) problems.push(`${m.formerCode}: not a GM code`);
    if (seen.has(m.formerCode)) problems.push(`${m.formerCode}: listed twice`);
    seen.add(m.formerCode);
    if (municipalities2025.has(m.formerCode)) problems.push(`${m.formerCode} ${m.formerName}: code still exists in 2025`);
    if (m.year < 2015 || m.year > 2025) problems.push(`${m.formerCode} ${m.formerName}: year ${m.year} outside 2015–2025`);
    const name2014 = municipalities2014.get(m.formerCode);
    if (name2014 !== undefined && name2014 !== m.formerName) {
      problems.push(`${m.formerCode}: name '${m.formerName}' differs from 2014 name '${name2014}'`);
    }
    if (m.successors.length === 0) problems.push(`${m.formerCode}: no successor`);
    if (new Set(m.successors).size !== m.successors.length) problems.push(`${m.formerCode}: duplicate successor`);
    m.successors.forEach((s, j) => {
      const name = municipalities2025.get(s);
      if (name === undefined) problems.push(`${m.formerCode}: successor ${s} is not a 2025 municipality`);
      const written = successorNames?.[i]?.[j];
      if (name !== undefined && written !== undefined && written !== name) {
        problems.push(`${m.formerCode}: successor ${s} is '${name}' in 2025, CSV says '${written}'`);
      }
    });
  });
  for (const [code, name] of municipalities2014) {
    if (!municipalities2025.has(code) && !seen.has(code)) problems.push(`2014 municipality ${code} ${name}: neither in 2025 nor in the merger table`);
  }
  return problems;
}
