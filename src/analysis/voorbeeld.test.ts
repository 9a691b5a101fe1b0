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

  it('gives the counts behind the theme and legal-form shares (counted independently from samenwerkingen.csv)', () => {
    // A Python count over the 103 rows with ruimtelijk = ja: distinct themes per agenda 1:18, 2:27,
    // 3:31, 4:14, 5:13; only-this-theme agendas per theme; per legal form the agendas with ≥ 2 themes.
    const { themes, organisation } = run.analysis;
    expect(themes.agendas).toBe(103);
    expect(themes.themeCountAgendas).toEqual({ '1': 18, '2': 27, '3': 31, '4': 14, '5': 13, '6': 0, '7': 0, '8': 0, '9': 0 });
    expect(themes.singleThemeAgendas).toEqual({
      Wonen: 3,
      Mobiliteit: 1,
      Energietransitie: 0,
      'Water en bodem': 5,
      Natuurbehoud: 1,
      Landbouw: 1,
      Gezondheid: 0,
      'Ruimte voor economische sectoren': 2,
      Overig: 5,
    });
    expect(themes.agendasPerTheme.Wonen).toBe(43);
    expect(organisation.legalFormCounts).toEqual({ WGR: 28, PRIVAAT: 5, OVERIG: 70 });
    expect(organisation.multiThemeCountByLegalForm).toEqual({ WGR: 27, PRIVAAT: 4, OVERIG: 54 });
    expect(organisation.withTwoOrMoreNonGovernmentPartners).toBe(18);
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
