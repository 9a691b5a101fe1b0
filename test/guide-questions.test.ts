/**
 * The question rules of the guide on hand-made GuideModels: each rule fires exactly when its
 * condition holds (thresholds from GUIDE_THRESHOLDS), with the figures of the model in its basis.
 */
import { describe, expect, it } from 'vitest';
import type { GoalClass } from '../src/model/enums.ts';
import type { GoalComparison, GuideModel, NationalOverlap } from '../src/guide/model.ts';
import { sizeClass } from '../src/guide/model.ts';
import { guideQuestions, QUESTION_GROUPS } from '../src/guide/questions.ts';

function goals(theme: GoalComparison['theme'], own: Partial<Record<GoalClass, number>>, examples: GoalComparison['examples'] = {}): GoalComparison {
  const full = { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0, ...own };
  return { theme, own: full, ownUncertain: 0, ownTotal: full.LOCATIE + full.LOBBY + full.PROCES + full.ABSTRACT, national: { LOCATIE: 0.1, LOBBY: 0.2, PROCES: 0.3, ABSTRACT: 0.4 }, nationalTotal: 40, examples };
}

function overlap(division: string, id: string, name: string, jaccard: number, best: boolean, extra: Partial<NationalOverlap> = {}): NationalOverlap {
  return { division, id, name, municipalities: 4, jaccard, containmentOfRegion: 1, containmentOfAgenda: jaccard, best, members: [], tranche: null, year: null, ...extra };
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
  it('a plain region gets the fixed questions and only the rules its data triggers', () => {
    const m = base();
    expect(ids(m)).toEqual([
      'vast:besluit',
      'wel-locatie:Wonen',
      'smalle-agenda',
      'vast:werkwijze',
      'rechtsvorm:WGR',
      'levensfase:DRAAIEND_SYSTEEM',
      'vast:kaders',
      'provincie:geen-partner',
      'vast:vng',
    ]);
    const qs = guideQuestions(m);
    expect(qs.map((q) => q.group)).toEqual([...qs.map((q) => q.group)].sort((a, b) => QUESTION_GROUPS.indexOf(a) - QUESTION_GROUPS.indexOf(b)));
    // The one Wonen goal names a place; national share 0,1 → 10%.
    expect(qs.find((q) => q.id === 'wel-locatie:Wonen')?.basis).toBe('Het enige doel op Wonen noemt een concrete plek. Landelijk noemt 10% van de 40 doelen op dit thema een plek.');
    m.goals = [goals('Wonen', { LOCATIE: 2, ABSTRACT: 1 }, { LOCATIE: ['Woningen bij station X.'] })];
    const two = guideQuestions(m).find((q) => q.id === 'wel-locatie:Wonen')!;
    expect(two.basis).toMatch(/^2 van de 3 doelen op Wonen noemen een concrete plek\./);
    // The quoted goal loses its full stop inside the quotes.
    expect(two.text).toContain('bijvoorbeeld ‘Woningen bij station X’. Wat maakte');
  });

  it('no LOCATIE goal on a theme: asks directly; mostly PROCES: asks when the choice falls', () => {
    const m = base();
    m.cooperation.themes = ['Wonen', 'Mobiliteit'];
    m.goals = [goals('Wonen', { ABSTRACT: 2, LOBBY: 1 }), goals('Mobiliteit', { PROCES: 2, ABSTRACT: 1 })];
    const qs = guideQuestions(m);
    const wonen = qs.find((q) => q.id === 'geen-locatie:Wonen')!;
    expect(wonen.text).toContain('De agenda noemt op Wonen geen enkele concrete plek.');
    expect(wonen.basis).toBe('3 doelen op Wonen, geen daarvan noemt een plek. Landelijk noemt 10% van de 40 doelen op dit thema een plek.');
    // 2 PROCES of 3 goals: 2 × 2 ≥ 3 → the postponed-choice variant.
    expect(qs.find((q) => q.id === 'geen-locatie:Mobiliteit')!.text).toBe('Op Mobiliteit kiest de agenda eerst voor nieuwe plannen of studies. Wanneer valt de keuze over de plek, en wie neemt die?');
    expect(ids(m)).not.toContain('wel-locatie:Wonen');
  });

  it('only lobby goals on a theme: asks what the region can decide itself, quoting a goal', () => {
    const m = base();
    m.goals = [goals('Wonen', { LOBBY: 2 }, { LOBBY: ['Rijk vragen om geld voor de ringweg'] })];
    const q = guideQuestions(m).find((x) => x.id === 'alleen-lobby:Wonen')!;
    expect(q.basis).toBe('Alle 2 doelen op Wonen vragen anderen om geld of besluiten.');
    expect(q.text).toContain('‘Rijk vragen om geld voor de ringweg’');
    expect(ids(m)).not.toContain('geen-locatie:Wonen');
  });

  it('more than three themes without a place: three own questions, the rest in one', () => {
    const m = base();
    m.goals = (['Wonen', 'Mobiliteit', 'Energietransitie', 'Landbouw', 'Gezondheid'] as const).map((t, i) => goals(t, { ABSTRACT: 5 - i }));
    const got = ids(m).filter((id) => id.startsWith('geen-locatie'));
    // ABSTRACT counts 5,4,3,2,1: the three largest are Wonen, Mobiliteit, Energietransitie.
    expect(got).toEqual(['geen-locatie:Wonen', 'geen-locatie:Mobiliteit', 'geen-locatie:Energietransitie', 'geen-locatie:overig']);
    expect(guideQuestions(m).find((q) => q.id === 'geen-locatie:overig')!.text).toContain('Landbouw en Gezondheid');
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

  it('overlapping a Regio Deal, coinciding with a RES region, split over NOVEX areas', () => {
    const m = base();
    m.national.overlaps = [
      overlap('RES', 'res-1', 'RES Eén', 0.8, true),
      overlap('NOVEX', 'n1', 'Novex Noord', 0.2, false),
      overlap('NOVEX', 'n2', 'Novex Zuid', 0.1, true),
      overlap('REGIO_DEAL', 'rd', 'Deal R', 0.5, true, { tranche: 3, year: 2020, containmentOfRegion: 0.5, containmentOfAgenda: 1 }),
    ];
    const qs = guideQuestions(m);
    const deal = qs.find((q) => q.id === 'regio-deal:rd')!;
    expect(deal.text).toContain('Regio Deal Deal R (tranche 3, 2020)');
    expect(deal.basis).toBe('Jaccard 0,50; 50% van de gemeenten van Deal R hoort bij de regio, 100% van de regio ligt in Deal R.');
    // RES Eén: best match with Jaccard 0,8 ≥ 0,5; Novex Zuid is best but 0,1 < 0,5.
    expect(qs.filter((q) => q.id.startsWith('samenvallend')).map((q) => q.id)).toEqual(['samenvallend:RES:res-1']);
    expect(qs.find((q) => q.id === 'versnipperd:NOVEX')!.basis).toContain('in 2 gebieden');
  });

  it('national steering on its themes and white-spot neighbours', () => {
    const m = base();
    m.cooperation.themes = ['Wonen', 'Landbouw'];
    m.national.steering = [
      { theme: 'Wonen', documents: 13, regie: 7, thematisch: 6, shareRegie: 7 / 13, quadrant: 'RIJK' },
      { theme: 'Landbouw', documents: 9, regie: 4, thematisch: 5, shareRegie: 4 / 9, quadrant: 'GEEN' },
    ];
    m.themeWhiteSpotNeighbours = [{ theme: 'Landbouw', municipalities: [{ code: 'GM0009', name: 'Buurdorp', province: 'Utrecht' }] }];
    const qs = guideQuestions(m);
    expect(qs.find((q) => q.id === 'rijk-stuurt')!.basis).toBe('Wonen: 7 van 13 nationale beleidsstukken sturen op ruimtebeslag.');
    expect(qs.find((q) => q.id === 'rijk-thematisch')!.text).toContain('Op Landbouw legt het Rijk vooral accenten');
    expect(qs.find((q) => q.id === 'witte-vlek:Landbouw')!.basis).toBe('Buurdorp grenst aan de regio maar doet op Landbouw aan geen enkele ruimtelijke agenda mee.');
    // An overall white spot wins over the per-theme one.
    m.whiteSpotNeighbours = [{ code: 'GM0008', name: 'Leegdorp', province: 'Utrecht' }];
    expect(ids(m)).toContain('witte-vlek');
    expect(ids(m)).not.toContain('witte-vlek:Landbouw');
  });

  it('crowded membership, missing partners, unknown life phase, commuting spread', () => {
    const m = base();
    m.cooperation.partners = [];
    m.cooperation.lifePhase = null;
    m.neighbours = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, name: `Buur ${i}`, spatial: true, shared: 1, commonThemes: [] }));
    m.commuting = { members: 4, membersInDominant: 3, fit: 0.75, dominantCore: 'A', regions: 2, containment: 0.4, meanFit: 0.9, meanContainment: 0.3, dataYear: 2014 };
    const got = ids(m);
    expect(got).toContain('partners:geen');
    expect(got).toContain('levensfase:onbekend');
    expect(guideQuestions(m).find((q) => q.id === 'overlap:druk')!.basis).toBe('Gemeenten van Regio R doen ook mee aan 5 andere ruimtelijke agenda’s, onder meer Buur 0, Buur 1 en Buur 2.');
    expect(guideQuestions(m).find((q) => q.id === 'pendel:verdeeld')!.basis).toBe('3 van de 4 gemeenten horen bij hetzelfde pendelgebied (rond A); de gemeenten liggen in 2 pendelgebieden (woon-werkverkeer 2014).');
    // Four spatial neighbours are not crowded (threshold 5).
    m.neighbours = m.neighbours.slice(0, 4);
    expect(ids(m)).not.toContain('overlap:druk');
  });

  it('question ids are unique', () => {
    const m = base();
    m.goals = [goals('Wonen', { ABSTRACT: 1 })];
    const list = ids(m);
    expect(new Set(list).size).toBe(list.length);
  });
});
