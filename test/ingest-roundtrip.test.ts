/**
 * Round trip of the example dataset: data/voorbeeld (CSV) → Dataset → XLSX workbook (exceljs) and
 * CSV folder → read back. The records must be identical; the two written forms must give the same
 * Dataset apart from file names; writing the workbook twice must give identical bytes.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetXlsxBuffer, writeDatasetCsv, writeDatasetXlsx } from '../src/present/export.ts';
import { readDataset } from '../src/ingest/index.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();
const EXAMPLE = join(import.meta.dirname, '..', 'data', 'voorbeeld');

const records = (d: Dataset) => ({
  cooperations: d.cooperations,
  goals: d.goals,
  nationalRegions: d.nationalRegions,
  nationalPolicies: d.nationalPolicies,
  commuting: d.commuting,
});

/** Everything except where it was read from (source and the file names in accounts/findings). */
const withoutFiles = (d: Dataset) => ({
  ...records(d),
  sheets: d.sheets.map(({ file: _file, ...rest }) => rest),
  findings: d.findings.map(({ file: _file, ...rest }) => rest),
});

describe('example dataset round trip', () => {
  it('CSV → XLSX → Dataset and CSV → CSV → Dataset give the same records; both written forms agree', { timeout: 240_000 }, async () => {
    const original = await readDataset(EXAMPLE, ref);
    expect(original.cooperations.length).toBeGreaterThan(0);
    const dir = await mkdtemp(join(tmpdir(), 'rr-roundtrip-'));
    const xlsxPath = join(dir, 'voorbeeld.xlsx');
    await writeDatasetXlsx(original, ref, xlsxPath);
    await writeDatasetCsv(original, ref, join(dir, 'csv'));
    const fromXlsx = await readDataset(xlsxPath, ref);
    const fromCsv = await readDataset(join(dir, 'csv'), ref);

    expect(fromXlsx.source).toBe(xlsxPath);
    expect(records(fromXlsx)).toEqual(records(original));
    expect(records(fromCsv)).toEqual(records(original));
    expect(withoutFiles(fromXlsx)).toEqual(withoutFiles(fromCsv));
    expect(fromXlsx.sheets.find((s) => s.sheet === 'samenwerkingen')?.file).toBe('voorbeeld.xlsx[samenwerkingen]');
    for (const d of [fromXlsx, fromCsv]) for (const s of d.sheets) expect(s.rowsRead).toBe(s.rowsAccepted + s.rowsRejected);
  });

  it('writing the workbook twice gives identical bytes', { timeout: 240_000 }, async () => {
    const original = await readDataset(EXAMPLE, ref);
    const a = await datasetXlsxBuffer(original, ref);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip timestamps have 2-second resolution
    const b = await datasetXlsxBuffer(original, ref);
    expect(a.equals(b)).toBe(true);
  });
});
