/**
 * The question rules of the guide on hand-made GuideModels: each rule fires exactly when its
 * condition holds (thresholds from GUIDE_THRESHOLDS), with the figures of the model in its basis.
 */
import { describe, expect, it } from 'vitest';
import type { GoalClass } from '../src/model/enums.ts';
import type { GoalComparison, GuideModel, NationalOverlap } from '../src/guide/model.ts';
import { sizeClass } from '../src/guide/model.ts';
import { GROUP_SIZE, guideQuestions, QUESTION_GROUPS } from '../src/guide/questions.ts';

function goals(theme: GoalComparison['theme'], own: Partial<Record<GoalClass, number>>, examples: GoalComparison['examples'] = {}): GoalComparison {
  const full = { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0, ...own };
  return { theme, own: full, ownUncertain: 0, ownTotal: full.LOCATIE + full.LOBBY + full.PROCES + full.ABSTRACT, national: { LOCATIE: 0.1, LOBBY: 0.2, PROCES: 0.3, ABSTRACT: 0.4 }, nationalTotal: 40, examples };
}

function overlap(division: string, id: string, name: string, jaccard: number, best: boolean, extra: Partial<NationalOverlap> = {}): NationalOverlap {
  return { division, id, name, municipalities: 4, shared: 4, agendaMunicipalities: Math.round(4 / jaccard), jaccard, containmentOfRegion: 1, containmentOfAgenda: jaccard, best, members: [], tranche: null, year: null, ...extra };
}

/** A four-municipality region with one theme (Wonen) and one LOCATIE goal: few rules fire. */
function base(): GuideModel {
  return {
    cooperation: { id: 'r', name: 'Regio R', agendaTitle: 'Agenda', agendaYear: 2022, legalForm: 'WGR', otherGovernments: [], partners: ['Bedrijf'], themes: ['Wonen'], lifePhase: 'DRAAIEND_SYSTEEM', sources: [] },
    members: ['A', 'B', 'C', 'D'].map((n, i) => ({ code: `GM000${i}`, name: n, province: 'Utrecht' })),
    typology: null,
    spatialAgendas: 10,
    themes: [],
    size: { members: 4, mean: 6, median: 5, class: 'gemiddeld' },
    goals: [goals('Wonen', { LOCATIE: 1 }, { LOCATIE: ['Woningen bij station X'] })],
    goalReliability: '',
    goalList: [{ cooperationId: 'r', text: 'Woningen bij station X', theme: 'Wonen', label: 'LOCATIE', reason: '', words: [], manual: false, confidence: 1, uncertain: false }],
    national: { available: true, overlaps: [], steering: [] },
    neighbours: [],
    nearby: [],
    whiteSpotNeighbours: [],
    themeWhiteSpotNeighbours: [],
    commuting: null,
    adjacencyKnown: true,
  };
}

const ids = (m: GuideModel) => guideQuestions(m).map((q) => q.id);

describe('guide question rules', () => {
  it('a plain region gets twelve questions: per group the fixed ones, the rules its data triggers, then the always-applicable ones', () => {
    const m = base();
    expect(ids(m)).toEqual([
      'vast:besluit',
      // One theme (Wonen) → the "only one theme" rule; then the first fallback of the group.
      'smalle-agenda',
      'vast:volgende-keuze',
      'vast:gerealiseerd',
      // The Wonen goal names a place: asked how it stands there now.
      'realisatie:plek',
      'werkwijze:WGR',
      // One partner: neither partner rule; no white spots, overlaps or commuting → the fallbacks.
      'vast:leren',
      'vast:besluitvorming',
      'kaders',
      'vast:besluit-rijk',
      'vast:vng',
    ]);
    const qs = guideQuestions(m);
    // 3 + 2 + 3 + 3 in the groups, the closing question makes 12.
    expect(Object.values(GROUP_SIZE).reduce((a, b) => a + b, 0) + 1).toBe(12);
    expect(qs.map((q) => q.group)).toEqual([...qs.map((q) => q.group)].sort((a, b) => QUESTION_GROUPS.indexOf(a) - QUESTION_GROUPS.indexOf(b)));
    // The one Wonen goal names a place; national share 0,1 → 10%. The quoted goal loses its full stop.
    const place = qs.find((q) => q.id === 'realisatie:plek')!;
    expect(place.basis).toBe('Het enige doel op Wonen noemt een concrete plek. Landelijk noemt 10% van de 40 doelen op Wonen een plek.');
    expect(place.text).toContain('wel een plek: ‘Woningen bij station X’. Hoe staat het daar nu mee');
    // The agenda of 2022 dates the realisation question.
    expect(qs.find((q) => q.id === 'vast:gerealiseerd')!.text).toContain('sinds de agenda van 2022');
    // "only Wonen": the other claims named are not Wonen itself.
    expect(qs.find((q) => q.id === 'smalle-agenda')!.text).toContain('zoals water, landbouw of energie');
  });

  it('one question over every theme without a place; mostly plans or studies: asks when the choice falls', () => {
    const m = base();
    m.cooperation.themes = ['Wonen', 'Mobiliteit'];
    m.goals = [goals('Wonen', { ABSTRACT: 2, LOBBY: 1 }), goals('Mobiliteit', { ABSTRACT: 1 })];
    const q = guideQuestions(m).find((x) => x.id === 'geen-locatie')!;
    expect(q.text).toContain('De agenda noemt op Wonen en Mobiliteit geen concrete plek.');
    // Wonen has most goals (3) and comes first; its national share (10% of 40) is the comparison.
    expect(q.basis).toBe('Op Wonen (3 doelen) en Mobiliteit (1 doel) noemt geen enkel doel van de agenda een concrete plek. Landelijk noemt 10% van de 40 doelen op Wonen een plek.');
    // 3 PROCES of the 4 goals: 3 × 2 ≥ 4 → the postponed-choice variant.
    m.goals = [goals('Wonen', { PROCES: 2, ABSTRACT: 1 }), goals('Mobiliteit', { PROCES: 1 })];
    expect(guideQuestions(m).find((x) => x.id === 'geen-locatie')!.text).toBe('Op Wonen en Mobiliteit kiest de agenda eerst voor nieuwe plannen of studies. Wanneer valt de keuze over de plek, en wie neemt die?');
    expect(ids(m)).not.toContain('realisatie:plek');
  });

  it('only lobby goals: asks what the region can decide itself, quoting a goal', () => {
    const m = base();
    m.goals = [goals('Wonen', { LOBBY: 2 }, { LOBBY: ['Rijk vragen om geld voor de ringweg'] })];
    const q = guideQuestions(m).find((x) => x.id === 'alleen-lobby')!;
    expect(q.basis).toBe('Alle 2 doelen op Wonen vragen anderen om geld of besluiten.');
    expect(q.text).toContain('‘Rijk vragen om geld voor de ringweg’');
    expect(ids(m)).not.toContain('geen-locatie');
  });

  it('many themes without a place: three named in the question, four in the basis, the rest counted', () => {
    const m = base();
    m.goals = (['Wonen', 'Mobiliteit', 'Energietransitie', 'Landbouw', 'Gezondheid'] as const).map((t, i) => goals(t, { ABSTRACT: 5 - i }));
    const q = guideQuestions(m).find((x) => x.id === 'geen-locatie')!;
    // ABSTRACT counts 5,4,3,2,1: most goals first.
    expect(q.text).toContain('op Wonen, Mobiliteit, Energietransitie en 2 andere geen concrete plek');
    expect(q.basis).toMatch(/^Op Wonen \(5 doelen\), Mobiliteit \(4 doelen\), Energietransitie \(3 doelen\), Landbouw \(2 doelen\) en 1 andere noemt/);
  });

  it('member count against the mean: ≥ 2× is large, ≤ 0,5× is small', () => {
    // mean 7: 14 = 2 × 7 → groot; 13 → gemiddeld; 3,5 = 0,5 × 7 → 3 is klein, 4 is not.
    expect(sizeClass(14, 7)).toBe('groot');
    expect(sizeClass(13, 7)).toBe('gemiddeld');
    expect(sizeClass(3, 7)).toBe('klein');
    expect(sizeClass(4, 7)).toBe('gemiddeld');
    const m = base();
    m.size = { members: 30, mean: 7.2, median: 6, class: 'groot' };
    const q = guideQuestions(m).find((x) => x.id === 'omvang:groot')!;
    expect(q.basis).toBe('30 gemeenten; een ruimtelijke agenda telt gemiddeld 7,2 gemeenten (mediaan 6).');
    expect(q.text).toContain('beslist elke raad apart, of is er mandaat?');
  });

  it('one question over every coinciding national area (RES, Regio Deal, …), in plain words without index names', () => {
    const m = base();
    m.national.overlaps = [
      overlap('RES', 'res-1', 'Eén', 0.8, true, { shared: 4, municipalities: 5 }),
      overlap('NOVEX', 'n1', 'Novex Noord', 0.2, false, { shared: 1 }),
      overlap('NOVEX', 'n2', 'Novex Zuid', 0.1, true, { shared: 1 }),
      overlap('REGIO_DEAL', 'rd', 'Deal R', 1, true, { tranche: 3, year: 2020 }),
      overlap('REGIO_DEAL', 'rd2', 'Regio Deal Klein', 0.25, true, { shared: 1, municipalities: 1 }),
    ];
    const qs = guideQuestions(m);
    const q = qs.find((x) => x.id === 'nationaal:samenvallend')!;
    // Jaccard 0,8 and 1 ≥ 0,5: the RES region and the deal; the NOVEX areas (0,2; 0,1) and the small deal (0,25) do not coincide.
    expect(q.text).toContain('De regio valt grotendeels samen met RES-regio Eén en Regio Deal Deal R.');
    // The region has 4 members (base): RES Eén holds all 4 and 1 more; Deal R is the same 4.
    expect(q.basis).toBe('RES-regio Eén: omvat alle 4 gemeenten van de regio en telt er zelf 5; Regio Deal Deal R: precies dezelfde 4 gemeenten.');
    for (const x of qs) expect(`${x.text} ${x.basis}`).not.toMatch(/jaccard|\d,\d\d\b/i);
    // Only three places in the group: kaders, the coinciding areas, and the VNG question last.
    expect(qs.filter((x) => x.group === 'overheden').map((x) => x.id)).toEqual(['kaders', 'nationaal:samenvallend', 'vast:vng']);
    // Without coinciding areas the deal sharing most members gets the place ("Regio Deal" not repeated).
    m.national.overlaps = m.national.overlaps.filter((o) => o.jaccard < 0.5);
    const deal = guideQuestions(m).find((x) => x.id === 'nationaal:regio-deal')!;
    expect(deal.text).toContain('Een deel van de regio doet mee aan Regio Deal Klein.');
    expect(deal.basis).toBe('Regio Deal Klein: de enige gemeente ervan hoort bij de regio (die er 4 telt).');
  });

  it('national steering on its themes in one question; split over areas when nothing else applies', () => {
    const m = base();
    m.cooperation.themes = ['Wonen', 'Landbouw'];
    m.national.steering = [
      { theme: 'Wonen', documents: 13, regie: 7, thematisch: 6, shareRegie: 7 / 13, quadrant: 'RIJK' },
      { theme: 'Landbouw', documents: 9, regie: 4, thematisch: 5, shareRegie: 4 / 9, quadrant: 'GEEN' },
    ];
    const q = guideQuestions(m).find((x) => x.id === 'nationaal:sturing')!;
    expect(q.basis).toBe('Wonen: 7 van 13 nationale beleidsstukken sturen op waar ruimte wordt gebruikt; Landbouw: 5 van 9 leggen alleen thematische accenten.');
    expect(q.text).toMatch(/^Op Wonen wijst het Rijk steeds vaker zelf aan waar ruimte wordt gebruikt; op Landbouw legt het vooral accenten/);
    m.national.steering = [];
    m.national.overlaps = [overlap('NOVEX', 'n1', 'Noord', 0.2, false), overlap('NOVEX', 'n2', 'Zuid', 0.1, true)];
    expect(guideQuestions(m).find((x) => x.id === 'versnipperd:NOVEX')!.basis).toBe('Gemeenten van de regio liggen in 2 gebieden van de indeling NOVEX-gebieden: Noord en Zuid.');
  });

  it('white-spot neighbours: an overall white spot wins over a per-theme one', () => {
    const m = base();
    m.cooperation.themes = ['Wonen', 'Landbouw'];
    m.themeWhiteSpotNeighbours = [{ theme: 'Landbouw', municipalities: [{ code: 'GM0009', name: 'Buurdorp', province: 'Utrecht' }] }];
    expect(guideQuestions(m).find((q) => q.id === 'witte-vlek:Landbouw')!.basis).toBe('Buurdorp grenst aan de regio maar doet op Landbouw aan geen enkele ruimtelijke agenda mee.');
    m.whiteSpotNeighbours = [{ code: 'GM0008', name: 'Leegdorp', province: 'Utrecht' }];
    expect(ids(m)).toContain('witte-vlek');
    expect(ids(m)).not.toContain('witte-vlek:Landbouw');
  });

  it('crowded membership, missing partners, commuting spread; the first two that apply take the places', () => {
    const m = base();
    m.cooperation.partners = [];
    m.neighbours = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, name: `Buur ${i}`, spatial: true, shared: 1, commonThemes: [] }));
    m.commuting = { members: 4, membersInDominant: 3, fit: 0.75, dominantCore: 'A', regions: 2, containment: 0.4, outflowWithin: 40, memberOutflow: 100, agendasCompared: 10, meanFit: 0.9, meanContainment: 0.3, dataYear: 2014 };
    expect(guideQuestions(m).find((q) => q.id === 'overlap:druk')!.basis).toBe('Gemeenten van Regio R doen ook mee aan 5 andere ruimtelijke agenda’s, onder meer Buur 0, Buur 1 en Buur 2.');
    // werkwijze, then overlap:druk and pendel:verdeeld (before partners:geen in the order).
    expect(ids(m).filter((id) => guideQuestions(m).find((q) => q.id === id)!.group === 'samenwerking')).toEqual(['werkwijze:WGR', 'overlap:druk', 'pendel:verdeeld']);
    expect(guideQuestions(m).find((q) => q.id === 'pendel:verdeeld')!.basis).toBe('3 van de 4 gemeenten horen bij hetzelfde pendelgebied (rond A); de gemeenten liggen in 2 pendelgebieden (woon-werkverkeer 2014).');
    // Four spatial neighbours are not crowded (threshold 5): the missing partners take the place.
    m.neighbours = m.neighbours.slice(0, 4);
    expect(ids(m)).not.toContain('overlap:druk');
    expect(ids(m)).toContain('partners:geen');
  });

  it('question ids are unique', () => {
    const m = base();
    m.goals = [goals('Wonen', { ABSTRACT: 1 })];
    const list = ids(m);
    expect(new Set(list).size).toBe(list.length);
  });
});
