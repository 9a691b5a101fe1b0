import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import { loadReference } from '../src/reference/index.ts';
import { REPO_ROOT } from './build-voorbeeld.ts';
import { buildPendel, OUTPUT_PATH, PENDEL_COLUMNS, SOURCE_PATH } from './build-pendel.ts';

type Row = Record<string, string>;
const ref = loadReference();
const sourceText = readFileSync(join(REPO_ROOT, SOURCE_PATH), 'utf8');
const committed = readFileSync(join(REPO_ROOT, OUTPUT_PATH));
const rows = parse(committed, { columns: true, bom: true }) as Row[];
const header = 'year,from_code,from_name,to_code,to_name,persons\n';

describe('build-pendel', () => {
  it('re-running the conversion gives the committed file byte for byte', () => {
    const out = buildPendel(sourceText, ref);
    expect(Buffer.from(out.csv, 'utf8').equals(committed)).toBe(true);
  });

  it('writes the contract columns plus names, sorted by van then naar, codes of 2025 only', () => {
    expect(committed.toString('utf8').split('\r\n')[0]).toBe(PENDEL_COLUMNS.join(','));
    const codes = new Set(ref.municipalities.map((m) => m.code));
    const keys = rows.map((r) => `${r.van}|${r.naar}`);
    expect(new Set(keys).size).toBe(rows.length);
    expect([...keys].sort()).toEqual(keys);
    for (const r of rows) {
      expect(codes.has(r.van) && codes.has(r.naar)).toBe(true);
      expect(r.van_naam).toBe(ref.byCode.get(r.van)!.name);
      expect(r.jaar).toBe('2014');
    }
  });

  it('preserves the total of the CBS table (7,140,400 jobs, shared SOURCE.md)', () => {
    expect(rows.reduce((a, r) => a + Number(r.personen), 0)).toBe(7_140_400);
  });

  it('adds up a merger: Almere → Amsterdam = Almere → Amsterdam 20,200 + Almere → Weesp 1,100 (Weesp joined 2022)', () => {
    expect(rows.find((r) => r.van === 'GM0034' && r.naar === 'GM0363')?.personen).toBe('21300');
  });

  it('apportions Haaren (split 2021) by population 1-1-2024, flagged in toelichting', () => {
    // Boxtel 33,979, Oisterwijk 32,952, Tilburg 229,836, Vught 32,356: total 329,123.
    // 1,300 × share = 134.21, 130.16, 907.83, 127.80 → floors 134+130+907+127 = 1,298;
    // 2 left → largest remainders .83 (Tilburg), .80 (Vught) → 134, 130, 908, 128.
    const out = buildPendel(`${header}2014,GM0788,Haaren,GM0788,Haaren,1300\n`, ref);
    const lines = out.csv.trimEnd().split('\r\n').slice(1);
    const note =
      '"geschat: aandeel van Haaren (GM0788, opgeheven 2021) over Boxtel, Oisterwijk, Tilburg en Vught verdeeld naar inwonertal 1-1-2024"';
    expect(lines).toEqual([
      `GM0757,Boxtel,GM0757,Boxtel,134,2014,${note}`,
      `GM0824,Oisterwijk,GM0824,Oisterwijk,130,2014,${note}`,
      `GM0855,Tilburg,GM0855,Tilburg,908,2014,${note}`,
      `GM0865,Vught,GM0865,Vught,128,2014,${note}`,
    ]);
  });

  it('flags exactly the rows with a share of a split municipality', () => {
    const flagged = rows.filter((r) => r.toelichting !== '');
    const split = ['Maasdonk', 'Littenseradiel', 'Winsum', 'Haaren'];
    for (const r of flagged) expect(split.some((s) => r.toelichting.includes(`aandeel van ${s} (`))).toBe(true);
    // A pair between two municipalities untouched by any split carries no remark.
    expect(rows.find((r) => r.van === 'GM0034' && r.naar === 'GM0363')?.toelichting).toBe('');
    expect(flagged.length).toBeGreaterThan(0);
  });

  it('rejects a source file with another layout', () => {
    expect(() => buildPendel('van,naar,personen\nA,B,1\n', ref)).toThrow(/unexpected header/);
  });

  it('gives the same flows as the ingest reading the CBS copy directly (same conversion rules)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendel-raw-'));
    try {
      copyFileSync(join(REPO_ROOT, 'data/voorbeeld/samenwerkingen.csv'), join(dir, 'samenwerkingen.csv'));
      copyFileSync(join(REPO_ROOT, SOURCE_PATH), join(dir, 'pendel.csv'));
      const raw = await readDataset(dir, ref);
      const viaIngest = raw.commuting!.map((f) => `${f.from}|${f.to}|${f.persons}`);
      expect(viaIngest).toEqual(rows.map((r) => `${r.van}|${r.naar}|${r.personen}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
