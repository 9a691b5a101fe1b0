import { describe, expect, it } from 'vitest';
import type { Cooperation, Dataset, NationalPolicy, NationalRegion } from '../model/dataset.ts';
import type { Municipality } from '../model/reference.ts';
import { GOAL_CLASSES, type GoalClass, type Typology } from '../model/enums.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import { analyseNational, divisionKey, QUADRANT_THRESHOLDS, THEME_DIVISIONS } from './national.ts';
import { overlappingAgendas } from './match.ts';
import type { GoalsResult, Overlap, TypologyResult } from './types.ts';
import type { AnalysisReference } from './util.ts';

/*
 * Fixture (all expected values below are worked out by hand from these tables).
 * Municipalities M1–M3 in Noordland, M4–M6 in Zuidland.
 * Spatial agendas:  a1 {1,2,3} Natuurbehoud+Wonen (BESTUURLIJK)
 *                   a2 {3,4}   Natuurbehoud        (LANDSCHAPPELIJK)
 *                   a3 {4,5,6} Energietransitie+Wonen (ECONOMISCH)
 *                   x  {1..6}  not spatial → never counted
 * Regions: RES R1 {1,2}, R2 {3,4,5,6}; NATIONAAL_PARK P1 {2}, P2 {} ; DELTA W1 {};
 *          REGIO_DEAL D1 {1,4} (tranche 2, 2019 in extra columns), D2 {5} (only kenmerk "tranche 3 (2020)"),
 *          D3 {} (tranche 1), D4 {6} (no tranche).
 */
const M = (n: number) => `GM000${n}`;

function municipality(n: number): Municipality {
  const north = n <= 3;
  return {
    code: M(n),
    name: `Gemeente ${n}`,
    province: north ? 'Noordland' : 'Zuidland',
    regions: { provincie: north ? 'PV01' : 'PV02', res: 'ES01', arbeidsmarktregio: 'AM01', veiligheidsregio: 'VR01', ggdregio: 'GG01', jeugdregio: 'JZ01', corop: 'CR01' },
  };
}

const reference: AnalysisReference = {
  municipalities: [1, 2, 3, 4, 5, 6].map(municipality),
  regionNames: { provincie: {}, res: {}, arbeidsmarktregio: {}, veiligheidsregio: {}, ggdregio: {}, jeugdregio: {}, corop: {} },
};

function coop(id: string, members: number[], themes: Theme[], spatial = true): Cooperation {
  return {
    id, name: id, agendaTitle: null, agendaYear: null, legalForm: 'OVERIG', municipalities: members.map(M),
    otherGovernments: [], partners: [], themes, typology: null, lifePhase: null, spatial, sources: [], extra: {},
  };
}

function region(division: string, id: string, members: number[], extra: Record<string, string> = {}, attribute: string | null = null): NationalRegion {
  return { division, id, name: `Gebied ${id}`, municipalities: members.map(M), attribute, category: null, source: null, extra };
}

function policy(id: string, themes: Theme[], landUseSteering: boolean, areaBased: boolean): NationalPolicy {
  return { id, title: id, year: null, themes, steering: landUseSteering ? 'REGIE_RUIMTEBESLAG' : 'THEMATISCHE_FOCUS', areaBased, explanation: null, source: null, extra: {} };
}

function dataset(): Dataset {
  return {
    source: 'test',
    cooperations: [
      coop('a3', [4, 5, 6], ['Energietransitie', 'Wonen']),
      coop('a1', [1, 2, 3], ['Natuurbehoud', 'Wonen']),
      coop('a2', [3, 4], ['Natuurbehoud']),
      coop('x', [1, 2, 3, 4, 5, 6], ['Natuurbehoud', 'Energietransitie', 'Wonen'], false),
    ],
    goals: [],
    nationalRegions: [
      region('REGIO_DEAL', 'D1', [1, 4], { tranche: '2', jaar: '2019' }),
      region('REGIO_DEAL', 'D2', [5], {}, 'tranche 3 (2020)'),
      region('REGIO_DEAL', 'D3', [], { tranche: '1' }),
      region('REGIO_DEAL', 'D4', [6]),
      region('DELTA', 'W1', []),
      region('NATIONAAL_PARK', 'P2', []),
      region('NATIONAAL_PARK', 'P1', [2]),
      region('RES', 'R2', [3, 4, 5, 6]),
      region('RES', 'R1', [1, 2]),
    ],
    nationalPolicies: [
      policy('p1', ['Wonen'], true, true),
      policy('p2', ['Wonen', 'Energietransitie'], false, false),
      policy('p3', ['Energietransitie'], false, true),
      policy('p4', ['Natuurbehoud', 'Wonen'], true, false),
      policy('p5', ['Gezondheid'], false, false),
    ],
    commuting: null,
    sheets: [],
    findings: [],
  };
}

const typology: TypologyResult = {
  cooperations: (
    [['a1', 'BESTUURLIJK'], ['a2', 'LANDSCHAPPELIJK'], ['a3', 'ECONOMISCH']] as [string, Typology][]
  ).map(([id, t]) => ({ id, typology: t, given: null, inferred: t, rule: 'STANDAARD', words: [], partners: [], themes: [] })),
  agreement: null,
  agreed: 0,
  labelled: 0,
  counts: { BESTUURLIJK: 1, ECONOMISCH: 1, LANDSCHAPPELIJK: 1 },
};

/** Goals per theme as (total, LOCATIE); every other theme has no goals. */
function goalsSection(perTheme: Partial<Record<Theme, [number, number]>>): GoalsResult {
  const record = (total: number, locationChoices: number) => {
    const counts = Object.fromEntries(GOAL_CLASSES.map((g) => [g, 0])) as Record<GoalClass, number>;
    counts.LOCATIE = locationChoices;
    counts.ABSTRACT = total - locationChoices;
    const shares = Object.fromEntries(GOAL_CLASSES.map((g) => [g, total === 0 ? 0 : counts[g] / total])) as Record<GoalClass, number>;
    return { total, counts, shares, examples: [] };
  };
  return {
    goals: [],
    evaluation: null,
    perTheme: Object.fromEntries(THEMES.map((t) => [t, record(...(perTheme[t] ?? [0, 0]))])) as unknown as GoalsResult['perTheme'],
    perCooperation: {},
  };
}

// Pooled LOCATIE = (1+3+3+0+0) / (8+13+5+2+3) = 7/31 ≈ 0.2258: the default regional bar ('mean').
const goals = goalsSection({ Wonen: [8, 1], Energietransitie: [13, 3], Natuurbehoud: [5, 3], Landbouw: [2, 0], Gezondheid: [3, 0] });

describe('overlappingAgendas', () => {
  const agendas = [
    { id: 'a1', members: new Set([M(1), M(2), M(3)]), themes: [] },
    { id: 'a2', members: new Set([M(3), M(4)]), themes: [] },
    { id: 'a3', members: new Set([M(4), M(5), M(6)]), themes: [] },
  ];

  it('lists every agenda that shares a municipality, best Jaccard first', () => {
    // R2 {3,4,5,6}: a3 ∩3 ∪4 → 3/4 (cR 3/4, cA 1); a2 ∩2 ∪4 → 1/2 (cR 1/2, cA 1); a1 ∩1 ∪6 → 1/6 (cR 1/4, cA 1/3).
    expect(overlappingAgendas([M(3), M(4), M(5), M(6)], agendas)).toEqual([
      { cooperationId: 'a3', shared: 3, agendaMunicipalities: 3, jaccard: 3 / 4, containmentOfRegion: 3 / 4, containmentOfAgenda: 1 },
      { cooperationId: 'a2', shared: 2, agendaMunicipalities: 2, jaccard: 1 / 2, containmentOfRegion: 1 / 2, containmentOfAgenda: 1 },
      { cooperationId: 'a1', shared: 1, agendaMunicipalities: 3, jaccard: 1 / 6, containmentOfRegion: 1 / 4, containmentOfAgenda: 1 / 3 },
    ]);
  });

  it('breaks ties on containment of the region, then on id', () => {
    // D1 {1,4}: a2 ∩{4} ∪{1,3,4} → 1/3; a1 ∩{1} ∪{1,2,3,4} → 1/4 (cR 1/2); a3 ∩{4} ∪{1,4,5,6} → 1/4 (cR 1/2) → a1 before a3 by id.
    expect(overlappingAgendas([M(1), M(4)], agendas).map((o) => [o.cooperationId, o.jaccard])).toEqual([
      ['a2', 1 / 3],
      ['a1', 1 / 4],
      ['a3', 1 / 4],
    ]);
  });

  it('returns nothing for a region without members', () => {
    expect(overlappingAgendas([], agendas)).toEqual([]);
  });
});

describe('analyseNational', () => {
  const result = analyseNational({ dataset: dataset(), ref: reference, overlap: null, goals, typology }, { foundBack: 0.5 });

  it('reports completeness per division, regions without members counted as known only', () => {
    // Order follows KNOWN_DIVISIONS (RES, NOVEX, NATIONAAL_PARK, DELTA, REGIO_DEAL, …).
    expect(result.completeness).toEqual([
      { division: 'RES', regionsKnown: 2, regionsWithMembers: 2 },
      { division: 'NATIONAAL_PARK', regionsKnown: 2, regionsWithMembers: 1 },
      { division: 'DELTA', regionsKnown: 1, regionsWithMembers: 0 },
      { division: 'REGIO_DEAL', regionsKnown: 4, regionsWithMembers: 3 },
    ]);
  });

  it('lists the overlapping agendas per region and ignores non-spatial cooperations', () => {
    const r1 = result.regions.find((r) => r.id === 'R1')!;
    // R1 {1,2}: only a1 (∩2, ∪3 → 2/3; cR 2/2; cA 2/3); x is not spatial.
    expect(r1).toEqual({
      division: 'RES', id: 'R1', name: 'Gebied R1', municipalities: 2,
      agendas: [{ cooperationId: 'a1', shared: 2, agendaMunicipalities: 3, jaccard: 2 / 3, containmentOfRegion: 1, containmentOfAgenda: 2 / 3 }],
    });
    expect(result.regions.find((r) => r.id === 'P2')!.agendas).toEqual([]);
    expect(result.regions.map((r) => r.id)).toEqual(['R1', 'R2', 'P1', 'P2', 'W1', 'D1', 'D2', 'D3', 'D4']);
  });

  it('computes the administrative-logic share over regions with a best match', () => {
    // RES: R1 best a1 (BESTUURLIJK, 2/3 ≥ 0.5 → found back); R2 best a3 (ECONOMISCH, 3/4).
    //   shareAdministrative 1/2; found back and bestuurlijk 1 of 2 assessed → 1/2.
    expect(result.administrativeLogic[0]).toEqual({
      division: 'RES', regionsAssessed: 2, regionsWithMatch: 2,
      bestMatchTypology: { BESTUURLIJK: 1, ECONOMISCH: 1, LANDSCHAPPELIJK: 0 },
      shareAdministrative: 0.5, foundBackAdministrative: 1, shareFoundBackAdministrative: 0.5,
    });
    // NATIONAAL_PARK: only P1 {2} assessed; best a1 (1/3 < 0.5, not found back) → share 1/1, found back 0/1.
    expect(result.administrativeLogic[1]).toMatchObject({ regionsAssessed: 1, regionsWithMatch: 1, shareAdministrative: 1, foundBackAdministrative: 0, shareFoundBackAdministrative: 0 });
    // DELTA: nothing to assess → null shares, not 0.
    expect(result.administrativeLogic[2]).toMatchObject({ regionsAssessed: 0, regionsWithMatch: 0, shareAdministrative: null, shareFoundBackAdministrative: null });
    // REGIO_DEAL: D1 best a2 (LANDSCHAPPELIJK), D2 best a3, D4 best a3 (ECONOMISCH) → 0/3.
    expect(result.administrativeLogic[3]).toMatchObject({ regionsAssessed: 3, regionsWithMatch: 3, bestMatchTypology: { BESTUURLIJK: 0, ECONOMISCH: 2, LANDSCHAPPELIJK: 1 }, shareAdministrative: 0 });
  });

  it('takes the best match and found-back flag from the overlap section when present', () => {
    const overlap: Overlap = {
      foundBackThreshold: 0.5,
      divisions: {
        RES: {
          regions: [
            { id: 'R1', name: 'x', municipalities: 2, bestMatch: { cooperationId: 'a1', shared: 2, agendaMunicipalities: 3, jaccard: 2 / 3, containmentOfRegion: 1, containmentOfAgenda: 2 / 3 }, foundBack: true },
            { id: 'R2', name: 'x', municipalities: 4, bestMatch: { cooperationId: 'a2', shared: 2, agendaMunicipalities: 2, jaccard: 0.5, containmentOfRegion: 0.5, containmentOfAgenda: 1 }, foundBack: false },
          ],
          regionsKnown: 2, regionsNotAssessable: 0, regionsAssessed: 2, regionsFoundBack: 1, shareFoundBack: 0.5, complete: true,
        },
      },
    };
    const r = analyseNational({ dataset: dataset(), ref: reference, overlap, goals, typology }, { foundBack: 0.5 });
    // R1 a1 BESTUURLIJK found back; R2 a2 LANDSCHAPPELIJK (as the section says, not a3) → BESTUURLIJK 1, LANDSCHAPPELIJK 1.
    expect(r.administrativeLogic[0].bestMatchTypology).toEqual({ BESTUURLIJK: 1, ECONOMISCH: 0, LANDSCHAPPELIJK: 1 });
    expect(r.administrativeLogic[0].foundBackAdministrative).toBe(1);
  });

  it('finds theme-agenda municipalities outside the matching national division', () => {
    const byTheme = Object.fromEntries(result.complementarity.map((c) => [c.theme, c]));
    // Natuurbehoud → NATIONAAL_PARK: agendas a1, a2 → {1,2,3,4}; parks with members: P1 {2} (P2 empty → partial).
    //   covered {2} = 1; outside {1,3,4} → 3/4.
    expect(byTheme.Natuurbehoud).toEqual({
      theme: 'Natuurbehoud', divisions: ['NATIONAAL_PARK'], agendas: 2, municipalitiesInAgendas: 4,
      regionsKnown: 2, regionsWithMembers: 1, memberData: 'partial', covered: 1,
      outside: [M(1), M(3), M(4)], shareOutside: 3 / 4,
    });
    // Energietransitie → RES: a3 {4,5,6}, all inside R2 → outside [] and share 0 (complete member data).
    expect(byTheme.Energietransitie).toMatchObject({ agendas: 1, municipalitiesInAgendas: 3, memberData: 'complete', covered: 3, outside: [], shareOutside: 0 });
    // Water en bodem → DELTA: W1 has no members → cannot say (null), not "everything outside".
    expect(byTheme['Water en bodem']).toMatchObject({ agendas: 0, regionsKnown: 1, regionsWithMembers: 0, memberData: 'none', outside: null, shareOutside: null });
    // Wonen → WOONDEAL, NOVEX: no such regions in the data → geen.
    expect(byTheme.Wonen).toMatchObject({ agendas: 2, municipalitiesInAgendas: 6, regionsKnown: 0, memberData: 'none', outside: null });
    // Mobiliteit has no mapped division.
    expect(byTheme.Mobiliteit).toMatchObject({ divisions: [], memberData: 'none', outside: null });
  });

  it('places each theme in the 2×2 from steering and location-choice shares', () => {
    const byTheme = Object.fromEntries(result.interplay.map((r) => [r.theme, r]));
    // Regional bar = pooled 7/31 ≈ 0.2258.
    // Wonen: p1 (REGIE, gebiedsgericht), p2, p4 (REGIE) → 2/3 ≥ 0.5; goals 1/8 = 0.125 < 7/31 → RIJK.
    expect(byTheme.Wonen).toEqual({
      theme: 'Wonen', documents: 3, landUseSteering: 2, thematicFocus: 1, areaBased: 1, shareLandUseSteering: 2 / 3,
      goals: 8, locationChoices: 1, shareLocationChoices: 1 / 8, nationalSteersWhere: true, regionChoosesWhere: false, quadrant: 'RIJK',
    });
    // Energietransitie: p2, p3 both THEMATISCH → 0; goals 3/13 ≈ 0.2308 ≥ 7/31 → REGIO (below a fixed 0.25, see below).
    expect(byTheme.Energietransitie).toMatchObject({ documents: 2, landUseSteering: 0, areaBased: 1, shareLandUseSteering: 0, goals: 13, locationChoices: 3, shareLocationChoices: 3 / 13, quadrant: 'REGIO' });
    // Natuurbehoud: p4 REGIE → 1/1; goals 3/5 = 0.6 → RIJK_EN_REGIO.
    expect(byTheme.Natuurbehoud).toMatchObject({ documents: 1, shareLandUseSteering: 1, shareLocationChoices: 0.6, quadrant: 'RIJK_EN_REGIO' });
    // Gezondheid: p5 THEMATISCH → 0; goals 0/3 → GEEN.
    expect(byTheme.Gezondheid).toMatchObject({ documents: 1, shareLandUseSteering: 0, goals: 3, shareLocationChoices: 0, quadrant: 'GEEN' });
    // Landbouw: goals (0/2) but no documents → national axis unknown → no quadrant.
    expect(byTheme.Landbouw).toMatchObject({ documents: 0, shareLandUseSteering: null, nationalSteersWhere: null, shareLocationChoices: 0, quadrant: null });
    // Mobiliteit: neither documents nor goals.
    expect(byTheme.Mobiliteit).toMatchObject({ documents: 0, goals: null, locationChoices: null, shareLocationChoices: null, quadrant: null });
    expect(result.pooledShareLocationChoices).toBe(7 / 31);
    expect([result.pooledLocationChoices, result.pooledGoals]).toEqual([7, 31]);
    expect(result.thresholds).toEqual({ landUseSteering: QUADRANT_THRESHOLDS.landUseSteering, locationChoices: 7 / 31, locationChoicesRule: 'mean', foundBack: 0.5 });
  });

  it('keeps the national axis but no quadrant when the goals section is missing', () => {
    const r = analyseNational({ dataset: dataset(), ref: reference, overlap: null, goals: undefined, typology }, { foundBack: 0.5 });
    const wonen = r.interplay.find((x) => x.theme === 'Wonen')!;
    expect(wonen).toMatchObject({ documents: 3, shareLandUseSteering: 2 / 3, nationalSteersWhere: true, goals: null, shareLocationChoices: null, regionChoosesWhere: null, quadrant: null });
    expect(r.pooledShareLocationChoices).toBeNull();
    expect(r.thresholds).toMatchObject({ locationChoices: null, locationChoicesRule: 'mean' });
  });

  it('can use a fixed regional bar instead of the mean', () => {
    // Fixed 0.25: Energietransitie 3/13 ≈ 0.2308 < 0.25 → GEEN (it was REGIO against the mean 7/31).
    const r = analyseNational({ dataset: dataset(), ref: reference, overlap: null, goals, typology }, { foundBack: 0.5, thresholds: { landUseSteering: 0.5, locationChoices: 0.25 } });
    expect(r.interplay.find((x) => x.theme === 'Energietransitie')!.quadrant).toBe('GEEN');
    expect(r.thresholds).toMatchObject({ locationChoices: 0.25, locationChoicesRule: 'fixed' });
  });

  it('honours custom thresholds', () => {
    // Wonen 2/3 < 0.7 → national no; 1/8 ≥ 0.1 → regional yes → REGIO.
    const r = analyseNational({ dataset: dataset(), ref: reference, overlap: null, goals, typology }, { foundBack: 0.5, thresholds: { landUseSteering: 0.7, locationChoices: 0.1 } });
    expect(r.interplay.find((x) => x.theme === 'Wonen')!.quadrant).toBe('REGIO');
  });

  it('counts Regio Deals per tranche and per province, and lists the agendas each overlaps', () => {
    const rd = result.regioDeals;
    expect(rd.deals).toBe(4);
    expect(rd.dealsWithoutMembers).toBe(1); // D3
    // Tranches: D3 → 1, D1 → 2 (extra column), D2 → 3 (from kenmerk), D4 → onbekend (sorted last).
    expect(rd.perTranche).toEqual([
      { tranche: '1', deals: 1, withMembers: 0 },
      { tranche: '2', deals: 1, withMembers: 1 },
      { tranche: '3', deals: 1, withMembers: 1 },
      { tranche: 'unknown', deals: 1, withMembers: 1 },
    ]);
    // D1 {1 Noordland, 4 Zuidland} counts for both; D2 {5}, D4 {6} Zuidland → Noordland 1, Zuidland 3.
    expect(rd.perProvince).toEqual([
      { province: 'Noordland', deals: 1 },
      { province: 'Zuidland', deals: 3 },
    ]);
    // Out of all 4 deals; D3 has no members, so it lies in no province.
    expect(rd.dealsWithoutProvince).toBe(1);
    expect(rd.items[0]).toEqual({ id: 'D1', name: 'Gebied D1', tranche: 2, year: 2019, municipalities: 2, provinces: ['Noordland', 'Zuidland'], agendas: ['a2', 'a1', 'a3'] });
    expect(rd.items[1]).toMatchObject({ id: 'D2', tranche: 3, year: 2020, agendas: ['a3'] });
    expect(rd.items[2]).toMatchObject({ id: 'D3', tranche: 1, year: null, municipalities: 0, provinces: [], agendas: [] });
  });

  it('summarises the policy documents', () => {
    // p1, p4 REGIE; p2, p3, p5 THEMATISCH; p1, p3 gebiedsgericht.
    // Share of land-use steering: 2 of 5 documents.
    expect(result.policies).toEqual({ documents: 5, landUseSteering: 2, shareLandUseSteering: 2 / 5, thematicFocus: 3, areaBased: 2 });
  });

  it('is deterministic regardless of input order', () => {
    const shuffled = dataset();
    shuffled.cooperations.reverse();
    shuffled.nationalRegions.reverse();
    expect(analyseNational({ dataset: shuffled, ref: reference, overlap: null, goals, typology }, { foundBack: 0.5 })).toEqual(result);
  });
});

describe('THEME_DIVISIONS and divisionKey', () => {
  it('maps every theme and uses contract division codes', () => {
    expect(Object.keys(THEME_DIVISIONS)).toEqual([...THEMES]);
    expect(THEME_DIVISIONS.Natuurbehoud).toEqual(['NATIONAAL_PARK']);
    expect(THEME_DIVISIONS.Energietransitie).toEqual(['RES']);
  });

  it('normalises division spellings', () => {
    expect(divisionKey(' regio deal ')).toBe('REGIO_DEAL');
    expect(divisionKey('Nationaal-Park')).toBe('NATIONAAL_PARK');
  });
});
