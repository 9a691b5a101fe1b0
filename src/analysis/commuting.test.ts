import { describe, expect, it } from 'vitest';
import type { CommutingFlow, Dataset } from '../model/dataset.ts';
import { coop, tinyReference } from './__fixtures__/tiny.ts';
import { analyseCommuting, chooseResolution, type CommutingResult, type ResolutionRun } from './commuting.ts';
import { analyse } from './index.ts';

/**
 * Six municipalities (tiny fixture): GM0001–3 in Noordland, GM0004–6 in Zuidland.
 * Flows (residence → work: jobs), year 2014:
 *   1→1 100  1→2 40   2→1 20   2→2 50   2→3 10   3→1 30   3→3 60   3→4 5 (note)
 *   4→4 88   4→5 30   4→3 2    5→4 40   5→5 20   5→6 10   6→5 20   6→6 40
 * plus GM9999→GM0001 10 (not a reference municipality: left out).
 * Undirected weights (a→b + b→a): 1–2 60, 1–3 30, 2–3 10, 3–4 7, 4–5 70, 5–6 30.
 */
const f = (from: number, to: number, persons: number, note: string | null = null): CommutingFlow => ({
  from: `GM000${from}`,
  to: `GM000${to}`,
  persons,
  year: 2014,
  note,
});
const flows: CommutingFlow[] = [
  f(1, 1, 100), f(1, 2, 40), f(2, 1, 20), f(2, 2, 50), f(2, 3, 10), f(3, 1, 30), f(3, 3, 60), f(3, 4, 5, 'geschat'),
  f(4, 4, 88), f(4, 5, 30), f(4, 3, 2), f(5, 4, 40), f(5, 5, 20), f(5, 6, 10), f(6, 5, 20), f(6, 6, 40),
  { from: 'GM9999', to: 'GM0001', persons: 10, year: 2014, note: null },
];

/**
 * | id | spatial | members  | themes           |
 * | a1 | ja      | 1,2      | Wonen            |
 * | a2 | ja      | 1,2,3,4  | Mobiliteit       |
 * | a3 | ja      | 3,4,5    | Wonen, Landbouw  |
 * | a4 | ja      | 5        | Natuurbehoud     |
 * | a5 | ja      | 2,5      | Overig           |
 * | n1 | nee     | 1..6     | Gezondheid       |
 */
const m = (...ns: number[]) => ns.map((n) => `GM000${n}`);
const dataset: Dataset = {
  source: 'test',
  cooperations: [
    coop({ id: 'a1', municipalities: m(1, 2), themes: ['Wonen'] }),
    coop({ id: 'a2', municipalities: m(1, 2, 3, 4), themes: ['Mobiliteit'] }),
    coop({ id: 'a3', municipalities: m(3, 4, 5), themes: ['Wonen', 'Landbouw'] }),
    coop({ id: 'a4', municipalities: m(5), themes: ['Natuurbehoud'] }),
    coop({ id: 'a5', municipalities: m(2, 5), themes: ['Overig'] }),
    coop({ id: 'n1', municipalities: m(1, 2, 3, 4, 5, 6), themes: ['Gezondheid'], spatial: false }),
  ],
  goals: [],
  nationalRegions: [
    { division: 'NOVEX', id: 'nx1', name: 'Noord', municipalities: m(1, 2, 3), attribute: null, category: null, source: null, extra: {} },
    { division: 'NOVEX', id: 'nx2', name: 'Leeg', municipalities: [], attribute: null, category: null, source: null, extra: {} },
  ],
  nationalPolicies: [],
  commuting: flows,
  sheets: [],
  findings: [],
};
const population = new Map(m(1, 2, 3, 4, 5, 6).map((c, i) => [c, (i + 1) * 1000]));
const ref = { ...tinyReference, population };
const result = analyseCommuting(dataset, ref, { seed: 42 }) as CommutingResult;
const muni = (code: string) => result.municipalities.find((x) => x.code === code)!;
const fit = (id: string) => result.cooperations.find((c) => c.id === id)!;

describe('analyseCommuting', () => {
  it('is absent without a pendel sheet', () => {
    expect(analyseCommuting({ ...dataset, commuting: null }, ref, { seed: 42 })).toBeUndefined();
    expect('commuting' in analyse({ ...dataset, commuting: null }, tinyReference)).toBe(false);
    expect(analyse(dataset, tinyReference).commuting?.totals.jobs).toBe(565);
  });

  it('states the data year (the method text belongs to the presentation layer, not the data)', () => {
    expect(result.dataYear).toBe(2014);
    expect(result.dataYears).toEqual([2014]);
    expect('method' in result).toBe(false);
    const mixed = analyseCommuting({ ...dataset, commuting: [{ ...flows[0], year: 2022 }, flows[1], { ...flows[2], year: null }] }, ref, { seed: 1 })!;
    expect(mixed.dataYears).toEqual([2014, 2022]);
    expect(mixed.dataYear).toBe(2022);
  });

  it('totals: jobs, internal, between, flagged and outside flows', () => {
    // jobs = 100+40+20+50+10+30+60+5+88+30+2+40+20+10+20+40 = 565; internal = 100+50+60+88+20+40 = 358.
    expect(result.totals).toEqual({
      flows: 16,
      jobs: 565,
      internal: 358,
      shareInternal: 358 / 565,
      between: 207,
      flowsWithNote: 1,
      jobsWithNote: 5,
      flowsOutsideReference: 1,
    });
  });

  it('outflow, inflow, internal and self-containment per municipality', () => {
    // GM0001: internal 100, out 1→2 40, in 2→1 20 + 3→1 30 = 50 → self 100/140.
    expect(muni('GM0001')).toMatchObject({ outflow: 40, inflow: 50, internal: 100, residentJobs: 140, workplaceJobs: 150, intensity: 90 });
    expect(muni('GM0001').selfContainment).toBeCloseTo(100 / 140, 12);
    // GM0003: internal 60, out 3→1 30 + 3→4 5 = 35, in 2→3 10 + 4→3 2 = 12 → self 60/95.
    expect(muni('GM0003')).toMatchObject({ outflow: 35, inflow: 12, internal: 60, residentJobs: 95, workplaceJobs: 72, intensity: 47 });
    expect(muni('GM0003').selfContainment).toBeCloseTo(60 / 95, 12);
    // GM0005: internal 20, out 40 + 10 = 50, in 4→5 30 + 6→5 20 = 50 → self 20/70.
    expect(muni('GM0005')).toMatchObject({ outflow: 50, inflow: 50, internal: 20, intensity: 100 });
    // Range: min GM0005 20/70 = 0.2857, max GM0004 88/120 = 0.7333;
    // sorted 2/7, 5/8, 12/19, 2/3, 5/7, 11/15 → median (12/19 + 2/3)/2 = 37/57.
    expect(result.selfContainment).toEqual({
      min: 20 / 70,
      minCode: 'GM0005',
      max: 88 / 120,
      maxCode: 'GM0004',
      median: expect.closeTo(37 / 57, 12),
      assessed: 6,
      municipalities: 6,
      artefacts: [],
      withoutResidentJobs: [],
      islandOutliers: [],
      mainlandMax: null,
      mainlandMaxCode: null,
    });
    expect(result.municipalities.every((x) => !x.island)).toBe(true);
  });

  it('names the islands whose self-containment tops every mainland municipality, and the mainland maximum', () => {
    // Self-containment: 1 100/140 = .714, 2 50/80 = .625, 3 60/95 = .632, 4 88/120 = .733, 5 20/70 = .286, 6 40/60 = .667.
    // Islands 4 and 1 are above the mainland maximum (6, .667); island 5 is not.
    const r = analyseCommuting(dataset, { ...ref, islands: new Set(m(1, 4, 5)) }, { seed: 42 })!;
    expect(r.municipalities.filter((x) => x.island).map((x) => x.code)).toEqual(m(1, 4, 5));
    expect(r.selfContainment).toMatchObject({ max: 88 / 120, maxCode: 'GM0004', islandOutliers: m(4, 1), mainlandMax: 40 / 60, mainlandMaxCode: 'GM0006' });
  });

  it('counts the municipalities without resident jobs as not assessed', () => {
    // Without GM0006's own flows (6→5, 6→6) no resident of GM0006 has a job in the data.
    const r = analyseCommuting({ ...dataset, commuting: flows.filter((x) => x.from !== 'GM0006') }, ref, { seed: 42 })!;
    expect(r.selfContainment).toMatchObject({ assessed: 5, municipalities: 6, withoutResidentJobs: ['GM0006'], artefacts: [] });
  });

  it('flags a self-containment of 1 without any recorded outflow as an artefact and leaves it out of the range', () => {
    // GM0006 keeps its internal 40 and loses its outflows: 40/40 = 1, but only because no outflow is recorded.
    const only = flows.filter((f) => f.from !== 'GM0006' || f.to === 'GM0006');
    const r = analyseCommuting({ ...dataset, commuting: only }, ref, { seed: 42 })!;
    const m6 = r.municipalities.find((m) => m.code === 'GM0006')!;
    expect(m6.selfContainment).toBe(1);
    expect(m6.selfContainmentArtefact).toBe(true);
    expect(r.selfContainment?.artefacts).toEqual(['GM0006']);
    expect(r.selfContainment?.assessed).toBe(5);
    expect(r.selfContainment?.max).toBeLessThan(1);
    expect(muni('GM0001').selfContainmentArtefact).toBe(false);
  });

  it('flags a functional region whose residents have no recorded job outside it', () => {
    // Only the flows inside each cluster: every region keeps all its resident jobs, by the data alone.
    const region = (code: string) => result.municipalities.find((m) => m.code === code)?.functionalRegion;
    const inside = flows.filter((f) => region(f.from) !== undefined && region(f.from) === region(f.to));
    const r = analyseCommuting({ ...dataset, commuting: inside }, ref, { seed: 42 })!;
    expect(r.functionalRegions.regions.every((x) => x.selfContainment === 1 && x.selfContainmentArtefact)).toBe(true);
  });

  it('top interprovincial flows per directed municipality pair, and per province pair', () => {
    // Only 3→4 (5, Noordland → Zuidland) and 4→3 (2) cross the provincial border.
    expect(result.topInterprovincialFlows.map((x) => [x.from, x.to, x.persons, x.fromProvince, x.toProvince, x.note])).toEqual([
      ['GM0003', 'GM0004', 5, 'Noordland', 'Zuidland', 'geschat'],
      ['GM0004', 'GM0003', 2, 'Zuidland', 'Noordland', null],
    ]);
    expect(result.topProvincePairs).toEqual([
      { fromProvince: 'Noordland', toProvince: 'Zuidland', persons: 5 },
      { fromProvince: 'Zuidland', toProvince: 'Noordland', persons: 2 },
    ]);
  });

  it('functional regions: the two clusters, their cores and containment', () => {
    const fr = result.functionalRegions;
    expect(fr.count).toBe(2);
    // m = 207; strengths 90,70,47 | 77,100,30 → each side totals 207; inside weight 100 each side:
    // Q = 2 × (100/207 − (207/414)²) = 200/207 − 0.5 = 0.466184.
    expect(fr.modularity).toBeCloseTo(200 / 207 - 0.5, 6);
    expect(fr.regions.map((r) => ({ id: r.id, core: r.core, members: r.members }))).toEqual([
      { id: 1, core: 'GM0001', members: m(1, 2, 3) },
      { id: 2, core: 'GM0004', members: m(4, 5, 6) },
    ]);
    // Region 1: resident jobs 140+80+95 = 315, within 100+40+20+50+10+30+60 = 310.
    expect(fr.regions[0]).toMatchObject({ residentJobs: 315, jobsWithin: 310 });
    expect(fr.regions[0].selfContainment).toBeCloseTo(310 / 315, 12);
    // Region 2: resident 120+70+60 = 250, within 88+30+40+20+10+20+40 = 248.
    expect(fr.regions[1].selfContainment).toBeCloseTo(248 / 250, 12);
    // Both regions record jobs outside (5 and 2), so neither 1 is an artefact.
    expect(fr.regions.map((r) => r.selfContainmentArtefact)).toEqual([false, false]);
    expect(muni('GM0006').functionalRegion).toBe(2);
  });

  it('fit and containment per cooperation', () => {
    // a1 {1,2}: both in region 1 → fit 1; out 40+30 = 70, within 1→2 40 + 2→1 20 = 60.
    expect(fit('a1')).toMatchObject({ members: 2, dominantRegion: 1, membersInDominant: 2, fit: 1, memberOutflow: 70, outflowWithin: 60 });
    expect(fit('a1').containment).toBeCloseTo(60 / 70, 12);
    // a2 {1,2,3,4}: 3 in region 1 → 0.75; out 40+30+35+32 = 137, within 40+20+10+30+5+2 = 107.
    expect(fit('a2')).toMatchObject({ dominantRegion: 1, fit: 0.75, memberOutflow: 137, outflowWithin: 107 });
    // a3 {3,4,5}: 2 of 3 in region 2; out 35+32+50 = 117, within 3→4 5 + 4→3 2 + 4→5 30 + 5→4 40 = 77.
    expect(fit('a3')).toMatchObject({ dominantRegion: 2, membersInDominant: 2, memberOutflow: 117, outflowWithin: 77 });
    expect(fit('a3').fit).toBeCloseTo(2 / 3, 12);
    // a5 {2,5}: one each → tie to the lower id 1, fit 0.5; no flows between 2 and 5 → containment 0.
    expect(fit('a5')).toMatchObject({ dominantRegion: 1, fit: 0.5, containment: 0 });
    // n1 (not spatial) all six: 3/3 tie → region 1, fit 0.5; all outflow stays inside → 1.
    expect(fit('n1')).toMatchObject({ spatial: false, fit: 0.5, containment: 1 });
  });

  it('agenda summary and size vs fit over spatial agendas with ≥ 2 members (a4 and n1 left out)', () => {
    // a1 (2, 1), a2 (4, 3/4), a3 (3, 2/3), a5 (2, 1/2): mean members 11/4, mean fit 35/48.
    expect(result.agendas.count).toBe(4);
    expect(result.agendas.meanMembers).toBe(2.75);
    expect(result.agendas.meanFit).toBeCloseTo(35 / 48, 12);
    // mean containment (6/7 + 107/137 + 77/117 + 0) / 4 = 0.574071.
    expect(result.agendas.meanContainment).toBeCloseTo(0.574071, 6);
    // Pearson: sxy = −1/48, sxx = 11/4, syy = 25/192 → r = −(1/48)/√(275/768) = −0.034816.
    expect(result.sizeVsFit.fit.n).toBe(4);
    expect(result.sizeVsFit.fit.pearson).toBeCloseTo(-0.034816, 6);
    // Spearman: ranks size 1.5,4,3,1.5 and fit 4,3,2,1 → sxy 0.5, sxx 4.5, syy 5 → 0.5/√22.5 = 0.105409.
    expect(result.sizeVsFit.fit.spearman).toBeCloseTo(0.105409, 6);
    // Containment ranks are also 4,3,2,1 → the same Spearman; Pearson (exact fractions) 0.442934.
    expect(result.sizeVsFit.containment.spearman).toBeCloseTo(0.105409, 6);
    expect(result.sizeVsFit.containment.pearson).toBeCloseTo(0.442934, 6);
  });

  it('the same fit for the reference divisions and the input divisions', () => {
    const res = result.divisions.find((d) => d.division === 'res')!;
    // ES01 {1,2}: fit 1, containment 60/70; ES02 {3,4,5,6}: 3 of 4 in region 2 → 0.75,
    // out 35+32+50+20 = 137, within 3→4 5, 4→3 2, 4→5 30, 5→4 40, 5→6 10, 6→5 20 = 107.
    expect(res.regions.map((r) => [r.id, r.name, r.fit, r.outflowWithin])).toEqual([
      ['ES01', 'RES Noord', 1, 60],
      ['ES02', 'RES Zuid', 0.75, 107],
    ]);
    expect(res).toMatchObject({ origin: 'reference', count: 2, meanMembers: 3, meanFit: 0.875 });
    expect(res.meanContainment).toBeCloseTo((60 / 70 + 107 / 137) / 2, 12);
    const prov = result.divisions.find((d) => d.division === 'provincie')!;
    // PV01 {1,2,3}: out 105, within 40+20+10+30 = 100; PV02 {4,5,6}: out 102, within 30+40+10+20 = 100.
    expect(prov.meanFit).toBe(1);
    expect(prov.meanContainment).toBeCloseTo((100 / 105 + 100 / 102) / 2, 12);
    expect(result.divisions.map((d) => d.division)).toEqual([
      'provincie', 'res', 'arbeidsmarktregio', 'veiligheidsregio', 'ggdregio', 'jeugdregio', 'corop', 'NOVEX',
    ]);
    // NOVEX: the region without municipalities is left out; nx1 = region 1 exactly.
    const novex = result.divisions.find((d) => d.division === 'NOVEX')!;
    expect(novex).toMatchObject({ origin: 'input', count: 1, meanFit: 1 });
  });

  it('share of the population in a municipality with ≥ 1 spatial agenda, overall and per theme', () => {
    // Inhabitants 1000·i for GM000i: total 21,000. Covered by spatial agendas: 1–5 = 15,000 (GM0006 only in n1).
    const p = result.population!;
    expect(p.total).toBe(21000);
    expect(p.covered).toBe(15000);
    expect(p.share).toBeCloseTo(15 / 21, 12);
    // Wonen: a1 ∪ a3 = {1,2,3,4,5} 15,000; Mobiliteit {1,2,3,4} 10,000; Landbouw {3,4,5} 12,000;
    // Natuurbehoud {5} 5,000; Overig {2,5} 7,000; Gezondheid only in the non-spatial n1 → 0.
    expect(p.byTheme.Wonen.covered).toBe(15000);
    expect(p.byTheme.Mobiliteit.covered).toBe(10000);
    expect(p.byTheme.Landbouw.covered).toBe(12000);
    expect(p.byTheme.Natuurbehoud.share).toBeCloseTo(5 / 21, 12);
    expect(p.byTheme.Overig.covered).toBe(7000);
    expect(p.byTheme.Gezondheid).toEqual({ covered: 0, share: 0 });
    expect(analyseCommuting(dataset, tinyReference, { seed: 42 })!.population).toBeNull();
  });

  it('compares the functional regions with the 2023 labour-market areas and fits each area like a region', () => {
    // Areas: LMA1 = {1,2}, LMA2 = {3,4,5}; GM0006 in none. Regions at resolution 1: R1 {1,2,3}, R2 {4,5,6}.
    const areas = new Map([...m(1, 2).map((c) => [c, 'LMA1'] as const), ...m(3, 4, 5).map((c) => [c, 'LMA2'] as const)]);
    const r = analyseCommuting(dataset, { ...ref, labourMarketAreas2023: areas }, { seed: 42, resolution: 1 })!;
    const lma = r.functionalRegions.labourMarketAreas!;
    // Common items 1..5; table R1×LMA1 2, R1×LMA2 1, R2×LMA2 2: Σ C(n_ij) = 1 + 0 + 1 = 2; rows 3, 2 → 3 + 1 = 4;
    // columns 2, 3 → 1 + 3 = 4; C(5) = 10 → expected 16/10 = 1.6, max 4 → ARI (2 − 1.6)/(4 − 1.6) = 1/6.
    expect(lma.year).toBe(2023);
    expect(lma.areas).toBe(2);
    expect(lma.agreement).toMatchObject({ items: 5, groupsA: 2, groupsB: 2 });
    expect(lma.agreement.adjustedRandIndex).toBeCloseTo(1 / 6, 12);
    // Cores by workplace jobs: LMA1 GM0001 150 > GM0002 50 + 40 = 90; LMA2 GM0004 88 + 5 + 40 = 133 > GM0003 72, GM0005 70.
    // LMA1 {1,2} = a1: fit 1, containment 60/70. LMA2 {3,4,5} = a3: 2 of 3 in R2, containment 77/117.
    expect(lma.regions.map((a) => [a.id, a.core, a.name, a.memberCodes, a.dominantRegion, a.membersInDominant, a.outflowWithin, a.memberOutflow])).toEqual([
      ['LMA1', 'GM0001', 'Aadorp', m(1, 2), 1, 2, 60, 70],
      ['LMA2', 'GM0004', 'Dalen', m(3, 4, 5), 2, 2, 77, 117],
    ]);
    expect(lma.summary).toMatchObject({ count: 2, meanMembers: 2.5 });
    expect(lma.summary.meanFit).toBeCloseTo((1 + 2 / 3) / 2, 12);
    expect(lma.summary.meanContainment).toBeCloseTo((60 / 70 + 77 / 117) / 2, 12);
    expect(r.municipalities.map((x) => x.labourMarketArea)).toEqual(['LMA1', 'LMA1', 'LMA2', 'LMA2', 'LMA2', null]);
    expect(r.functionalRegions.resolutionRule).toBe('given');
    // Without areas: no comparison, no area per municipality.
    expect(result.functionalRegions.labourMarketAreas).toBeNull();
    expect(muni('GM0001').labourMarketArea).toBeNull();
  });

  it('chooses the resolution: the caller’s, else the best agreement (ties to the smaller), else 1', () => {
    const run = (resolution: number, ari: number | null): ResolutionRun => ({ resolution, count: 2, modularity: 0.4, adjustedRandIndex: ari });
    const runs = [run(1, 0.2), run(1.5, 0.5), run(2, 0.5), run(3, 0.1)];
    expect(chooseResolution(undefined, runs)).toEqual({ resolution: 1.5, rule: 'agreement' });
    expect(chooseResolution(4, runs)).toEqual({ resolution: 4, rule: 'given' });
    expect(chooseResolution(undefined, [run(1, null), run(2, null)])).toEqual({ resolution: 1, rule: 'default' });
  });

  it('is deterministic and does not depend on the order of the flows', () => {
    const again = analyseCommuting({ ...dataset, commuting: [...flows].reverse() }, ref, { seed: 42 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});
