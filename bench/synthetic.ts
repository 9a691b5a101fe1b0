/**
 * SYNTHETIC data for benchmarks only — never analysis input. Scales the example dataset
 * (data/voorbeeld) to k× cooperations over the real 342 municipalities of 2025: the original rows
 * plus (k−1) seeded copies of each, every copy with id `synthetic-<r>-<id>`, name
 * `SYNTHETISCH <r> <naam>` and the same number of members, drawn mostly from one random province.
 * Goals are copied along; the national sheets are kept as they are (they do not grow with k).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { mulberry32 } from '../src/analysis/util.ts';
import type { Municipality } from '../src/model/reference.ts';

export const EXAMPLE_DIR = new URL('../data/voorbeeld/', import.meta.url);

export type Rows = Record<string, string>[];
export type Sheets = Record<string, { header: string[]; rows: Rows }>;

export function readCsvFolder(dir: string | URL): Sheets {
  const sheets: Sheets = {};
  const path = typeof dir === 'string' ? dir : dir.pathname;
  for (const file of readdirSync(path).filter((f) => f.endsWith('.csv')).sort()) {
    const text = readFileSync(join(path, file), 'utf8');
    const records = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
    const [header, ...body] = records;
    sheets[file.replace(/\.csv$/, '')] = {
      header,
      rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))),
    };
  }
  return sheets;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsvFolder(dir: string, sheets: Sheets): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, { header, rows }] of Object.entries(sheets)) {
    const lines = [header.map(csvCell).join(','), ...rows.map((r) => header.map((h) => csvCell(r[h] ?? '')).join(','))];
    writeFileSync(join(dir, `${name}.csv`), `${lines.join('\n')}\n`, 'utf8');
  }
}

function shuffle<T>(items: T[], rng: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** k× the example: originals first, then copies r = 1..k−1. Deterministic for a given seed. */
export function scaleExample(example: Sheets, municipalities: Municipality[], k: number, seed = 20250101): Sheets {
  const rng = mulberry32(seed);
  const provinces = [...new Set(municipalities.map((m) => m.province))].sort();
  const byProvince = new Map(provinces.map((p) => [p, municipalities.filter((m) => m.province === p)]));
  const coops = example.samenwerkingen;
  const goals = example.doelen;
  const goalsByCoop = new Map<string, Rows>();
  for (const g of goals?.rows ?? []) {
    const list = goalsByCoop.get(g.samenwerking_id) ?? [];
    list.push(g);
    goalsByCoop.set(g.samenwerking_id, list);
  }
  const outCoops: Rows = [...coops.rows];
  const outGoals: Rows = [...(goals?.rows ?? [])];
  for (let r = 1; r < k; r++) {
    for (const row of coops.rows) {
      const size = Math.max(1, row.gemeenten.split(';').filter((s) => s.trim() !== '').length);
      const home = byProvince.get(provinces[Math.floor(rng() * provinces.length)])!;
      const pool = [...shuffle(home, rng), ...shuffle(municipalities.filter((m) => !home.includes(m)), rng)];
      const members = pool.slice(0, size).map((m) => m.name);
      const id = `synthetic-${r}-${row.id}`;
      outCoops.push({ ...row, id, naam: `SYNTHETISCH ${r} ${row.naam}`, gemeenten: members.join(';') });
      for (const g of goalsByCoop.get(row.id) ?? []) outGoals.push({ ...g, samenwerking_id: id });
    }
  }
  const out: Sheets = { ...example, samenwerkingen: { header: coops.header, rows: outCoops } };
  if (goals) out.doelen = { header: goals.header, rows: outGoals };
  return out;
}
