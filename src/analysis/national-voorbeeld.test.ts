/**
 * Integration: the national section on the example dataset (data/voorbeeld). Expected values come
 * from the CSV files themselves (counted independently with a spreadsheet/python over
 * nationale_gebieden.csv and nationaal_beleid.csv), not from the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../pipeline.ts';
import { sharedPipeline } from '../../test/shared-pipeline.ts';
import type { NationalResult } from './national.ts';

const EXAMPLE = new URL('../../data/voorbeeld/', import.meta.url).pathname;

describe('national section of data/voorbeeld', () => {
  let run: PipelineResult;
  let national: NationalResult;
  beforeAll(async () => {
    run = await sharedPipeline(EXAMPLE);
    national = run.analysis.national!;
  });

  it('reads both national sheets without rejecting rows', () => {
    const sheets = run.dataset.sheets.filter((s) => s.sheet.startsWith('nationa'));
    expect(sheets.map((s) => [s.sheet, s.rowsRead, s.rowsRejected])).toEqual([
      ['nationale_gebieden', 159, 0], // 168 regions in the source tables minus the 9 woondeals dropped by correcties.csv
      ['nationaal_beleid', 57, 0],
    ]);
  });

  it('reports completeness per division', () => {
    expect(national.completeness.map((c) => `${c.division} ${c.regionsWithMembers}/${c.regionsKnown}`)).toEqual([
      'RES 30/30',
      'NOVEX 3/16',
      'NATIONAAL_PARK 21/22',
      'DELTA 0/9',
      'REGIO_DEAL 63/82',
    ]);
  });

  it('counts documents, REGIE and area-based documents per theme', () => {
    // Counted over the thema column (a document counts once per theme it names).
    const expected: Record<string, [number, number, number]> = {
      Wonen: [13, 7, 5],
      Mobiliteit: [7, 4, 4],
      Energietransitie: [14, 4, 4],
      'Water en bodem': [12, 5, 5],
      Natuurbehoud: [12, 3, 6],
      Landbouw: [9, 4, 4],
      Gezondheid: [8, 1, 1],
      'Ruimte voor economische sectoren': [11, 5, 6],
      Overig: [12, 4, 7],
    };
    for (const row of national.interplay) {
      expect([row.documents, row.landUseSteering, row.areaBased], row.theme).toEqual(expected[row.theme]);
    }
    expect(national.policies).toEqual({ documents: 57, landUseSteering: 19, shareLandUseSteering: 19 / 57, thematicFocus: 38, areaBased: 20 });
  });

  it('has RES regions that cover every energy agenda municipality', () => {
    const energy = national.complementarity.find((c) => c.theme === 'Energietransitie')!;
    // The 30 RES regions hold all 342 municipalities, so nothing can lie outside.
    expect(energy.memberData).toBe('complete');
    expect(energy.outside).toEqual([]);
    expect(energy.covered).toBe(energy.municipalitiesInAgendas);
    // Deltaprogramma areas have no members: no statement possible.
    expect(national.complementarity.find((c) => c.theme === 'Water en bodem')!.outside).toBeNull();
  });

  it('counts Regio Deals per tranche as in the source table', () => {
    // tranche column: 1 → 5 deals, 2 → 12, 3 → 14, 4 → 14, 5 → 21, 6 → 16 (82 in all, 19 without members).
    expect(national.regioDeals.perTranche.map((t) => [t.tranche, t.deals])).toEqual([
      ['1', 5], ['2', 12], ['3', 14], ['4', 14], ['5', 21], ['6', 16],
    ]);
    expect(national.regioDeals.deals).toBe(82);
    expect(national.regioDeals.dealsWithoutMembers).toBe(19);
  });
});
