/**
 * Integration: the whole pipeline on the example dataset (data/voorbeeld). Checks invariants that
 * must hold for any real dataset, plus determinism across separate reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../pipeline.ts';
import { sharedPipeline } from '../../test/shared-pipeline.ts';
import { serializeAnalysis } from './index.ts';

const EXAMPLE = new URL('../../data/voorbeeld/', import.meta.url).pathname;
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

describe('analysis of data/voorbeeld', () => {
  let run: PipelineResult;
  beforeAll(async () => {
    run = await sharedPipeline(EXAMPLE);
  });

  it('reads the example without errors', () => {
    expect(run.dataset.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.analysis.dataset.spatial).toBeGreaterThan(0);
  });

  it('covers all 342 municipalities once, sorted by code', () => {
    const codes = run.analysis.coverage.municipalities.map((m) => m.code);
    expect(codes).toHaveLength(342);
    expect(new Set(codes).size).toBe(342);
    expect([...codes].sort()).toEqual(codes);
    // every white spot has 0 spatial cooperations and vice versa
    const zero = run.analysis.coverage.municipalities.filter((m) => m.spatialCooperations === 0).map((m) => m.code);
    expect(run.analysis.coverage.whiteSpots).toEqual(zero);
  });

  it('has shares that sum to 1', () => {
    expect(sum(Object.values(run.analysis.themes.themeCountDistribution))).toBeCloseTo(1, 12);
    expect(sum(Object.values(run.analysis.organisation.legalFormShares))).toBeCloseTo(1, 12);
    expect(sum(Object.values(run.analysis.typology.counts))).toBe(run.analysis.dataset.spatial);
  });

  it('has unique edges with a < b at or above the threshold, consistent with degrees and pair counts', () => {
    const { edges, threshold, municipalities, pairCountsByShared, communities, communityCount } = run.analysis.network;
    expect(threshold).toBe(5);
    const keys = new Set<string>();
    const degree = new Map<string, number>();
    for (const e of edges) {
      expect(e.a < e.b).toBe(true);
      expect(e.shared).toBeGreaterThanOrEqual(threshold);
      keys.add(`${e.a}-${e.b}`);
      degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
      degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
    }
    expect(keys.size).toBe(edges.length);
    const atOrAbove = sum(Object.entries(pairCountsByShared).filter(([k]) => Number(k) >= threshold).map(([, v]) => v));
    expect(atOrAbove).toBe(edges.length);
    for (const m of municipalities) expect(m.degree).toBe(degree.get(m.code) ?? 0);
    // every municipality has a community; ids are 1..n, first seen in code order
    expect(Object.keys(communities)).toHaveLength(342);
    const seen: number[] = [];
    for (const code of Object.keys(communities).sort()) if (!seen.includes(communities[code])) seen.push(communities[code]);
    expect(seen).toEqual(Array.from({ length: communityCount }, (_, i) => i + 1));
  });

  it('has overlap results for the CBS divisions and the input divisions', () => {
    const { divisions } = run.analysis.overlap;
    expect(divisions.CBS_PROVINCIE.regions).toHaveLength(12);
    for (const d of Object.values(divisions)) {
      expect(d.regionsFoundBack).toBe(d.regions.filter((r) => r.foundBack).length);
      if (d.shareFoundBack !== null) expect(d.shareFoundBack).toBeCloseTo(d.regionsFoundBack / d.regionsAssessed, 12);
      for (const r of d.regions) {
        if (r.bestMatch === null) continue;
        expect(r.bestMatch.jaccard).toBeLessThanOrEqual(Math.min(r.bestMatch.containmentOfRegion, r.bestMatch.containmentOfAgenda) + 1e-12);
      }
    }
  });

  it('is deterministic: serialising twice and analysing two separate reads give identical text', async () => {
    const first = serializeAnalysis(run.analysis);
    expect(serializeAnalysis(run.analysis)).toBe(first);
    const again = await runPipeline(EXAMPLE);
    expect(serializeAnalysis(again.analysis)).toBe(first);
  });
});

describe('analysis of data/voorbeeld as a workbook', () => {
  it('gives the same statistics from an .xlsx export as from the CSV folder', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeDatasetXlsx } = await import('../present/export.ts');
    const fromCsv = await runPipeline(EXAMPLE);
    const xlsx = join(mkdtempSync(join(tmpdir(), 'rr-xlsx-')), 'voorbeeld.xlsx');
    await writeDatasetXlsx(fromCsv.dataset, fromCsv.reference, xlsx);
    const fromXlsx = await runPipeline(xlsx);
    expect(fromXlsx.dataset.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Everything except the dataset summary (source path, findings about the CSV text) must match.
    const strip = (a: typeof fromCsv.analysis) => serializeAnalysis({ ...a, dataset: { ...a.dataset, source: '', findings: { error: 0, warning: 0, info: 0 } } });
    expect(strip(fromXlsx.analysis)).toBe(strip(fromCsv.analysis));
  });
});
