import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Goal } from '../model/dataset.ts';
import type { GoalClass } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import { analyseGoals, pickExamples } from './goals.ts';
import type { ClassifiedGoal } from './types.ts';

const goal = (cooperationId: string, theme: Theme, text: string, label: GoalClass | null = null): Goal => ({
  cooperationId, theme, text, source: null, label, extra: {},
});

const dataset = {
  goals: [
    goal('a', 'Mobiliteit', 'Verbreding van de A20'),
    goal('a', 'Mobiliteit', 'Zorgen voor een goede bereikbaarheid'),
    goal('b', 'Mobiliteit', 'Een regionale mobiliteitsagenda opstellen'),
    goal('b', 'Mobiliteit', 'Goede bereikbaarheid', 'LOBBY'),
    goal('c', 'Wonen', 'Meer woningen bouwen in de regio'),
  ],
};

describe('analyseGoals(dataset)', () => {
  const result = analyseGoals(dataset);
  it('classifies every goal in input order; a manual label wins and is flagged', () => {
    expect(result.goals.map((g) => [g.cooperationId, g.label, g.manual])).toEqual([
      ['a', 'LOCATIE', false],
      ['a', 'ABSTRACT', false],
      ['b', 'PROCES', false],
      ['b', 'LOBBY', true],
      ['c', 'ABSTRACT', false],
    ]);
    expect(result.goals[3].reason).toBe('Handmatig label uit de invoer');
    expect(result.goals[0].words).toContain('A20');
  });
  it('counts and shares per theme (share = count / goals of the theme)', () => {
    // Mobiliteit: 4 goals, one of each class → 1/4 each.
    expect(result.perTheme.Mobiliteit.total).toBe(4);
    expect(result.perTheme.Mobiliteit.counts).toEqual({ LOCATIE: 1, LOBBY: 1, PROCES: 1, ABSTRACT: 1 });
    expect(result.perTheme.Mobiliteit.shares).toEqual({ LOCATIE: 0.25, LOBBY: 0.25, PROCES: 0.25, ABSTRACT: 0.25 });
    expect(result.perTheme.Wonen.shares.ABSTRACT).toBe(1);
    // A theme without goals: zeros, no examples.
    expect(result.perTheme.Landbouw).toEqual({ total: 0, counts: { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0 }, shares: { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0 }, uncertain: 0, shareUncertain: 0, examples: [] });
  });
  it('picks at most three examples, one per most frequent class (ties in class order)', () => {
    expect(result.perTheme.Mobiliteit.examples.map((g) => g.label)).toEqual(['LOCATIE', 'LOBBY', 'PROCES']);
    expect(result.perTheme.Wonen.examples.map((g) => g.text)).toEqual(['Meer woningen bouwen in de regio']);
  });
  it('counts per cooperation: a = 1 LOCATIE + 1 ABSTRACT, b = 1 PROCES + 1 LOBBY, c = 1 ABSTRACT', () => {
    expect(result.perCooperation).toEqual({
      a: { total: 2, counts: { LOCATIE: 1, LOBBY: 0, PROCES: 0, ABSTRACT: 1 }, uncertain: 0 },
      b: { total: 2, counts: { LOCATIE: 0, LOBBY: 1, PROCES: 1, ABSTRACT: 0 }, uncertain: 0 },
      c: { total: 1, counts: { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 1 }, uncertain: 0 },
    });
  });
  it('is deterministic', () => {
    expect(JSON.stringify(analyseGoals(dataset))).toBe(JSON.stringify(result));
  });
});

describe('pickExamples(goals, counts)', () => {
  const g = (label: GoalClass, text: string, words: string[] = []): ClassifiedGoal => ({
    cooperationId: 'x', text, theme: 'Wonen', label, reason: '', words, manual: false, confidence: 1, uncertain: false,
  });
  it('keeps LOCATIE when it is rare, replacing the third class', () => {
    const goals = [g('ABSTRACT', 'a1'), g('ABSTRACT', 'a2'), g('ABSTRACT', 'a3'), g('PROCES', 'p1'), g('PROCES', 'p2'), g('LOBBY', 'b1'), g('LOBBY', 'b2'), g('LOCATIE', 'l1', ['X'])];
    const counts = { ABSTRACT: 3, PROCES: 2, LOBBY: 2, LOCATIE: 1 };
    // By frequency: ABSTRACT 3, LOBBY 2 (before PROCES in class order), PROCES 2 → PROCES replaced by LOCATIE.
    expect(pickExamples(goals, counts).map((e) => e.text)).toEqual(['a1', 'b1', 'l1']);
  });
  it('prefers more deciding words (fewer for ABSTRACT), then a length near 100 characters', () => {
    const long = 'x'.repeat(100);
    const abstract = [g('ABSTRACT', 'kort'), g('ABSTRACT', long), g('ABSTRACT', 'met woorden', ['w'])];
    // Single class → its two clearest goals: no deciding words first, the 100-character one before 'kort'.
    expect(pickExamples(abstract, { ABSTRACT: 3, LOBBY: 0, PROCES: 0, LOCATIE: 0 }).map((e) => e.text)).toEqual([long, 'kort']);
    const located = [g('LOCATIE', 'een woord', ['A']), g('LOCATIE', 'twee woorden', ['A', 'B'])];
    expect(pickExamples(located, { ABSTRACT: 0, LOBBY: 0, PROCES: 0, LOCATIE: 2 }).map((e) => e.text)).toEqual(['twee woorden', 'een woord']);
  });
});

describe('pickExamples without sorting', () => {
  it('picks the same goals as a stable sort by clarity would, also with many ties', () => {
    // Reference: the definition in words — sort each class's goals stably by (deciding words, for
    // ABSTRACT ascending, else descending; |length − 100|; cooperationId; text) and take the first
    // (two when only one class occurs).
    const key = (g: ClassifiedGoal): [number, number, string, string] => [
      g.label === 'ABSTRACT' ? g.words.length : -g.words.length, Math.abs(g.text.length - 100), g.cooperationId, g.text,
    ];
    const cmp = (a: ClassifiedGoal, b: ClassifiedGoal) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
      return 0;
    };
    const labels: GoalClass[] = ['LOCATIE', 'LOBBY', 'PROCES', 'ABSTRACT'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ label: fc.constantFrom(...labels), words: fc.integer({ min: 0, max: 2 }), length: fc.constantFrom(99, 100, 101), coop: fc.constantFrom('a', 'b') }),
          { minLength: 1, maxLength: 25 },
        ),
        (specs) => {
          // Equal keys are common: same class, word count, length and cooperation give equal texts too.
          const goals: ClassifiedGoal[] = specs.map((s, i) => ({
            cooperationId: s.coop, text: 'x'.repeat(s.length), theme: 'Wonen', label: s.label, reason: String(i), words: Array(s.words).fill('w'), manual: false, confidence: 1, uncertain: false,
          }));
          const counts = Object.fromEntries(labels.map((c) => [c, goals.filter((g) => g.label === c).length])) as Record<GoalClass, number>;
          const present = labels.filter((c) => counts[c] > 0).sort((a, b) => counts[b] - counts[a] || labels.indexOf(a) - labels.indexOf(b));
          let chosen = present.slice(0, 3);
          if (counts.LOCATIE > 0 && !chosen.includes('LOCATIE')) chosen = [...chosen.slice(0, 2), 'LOCATIE'];
          const expected = chosen.flatMap((c) => {
            const sorted = goals.filter((g) => g.label === c).sort(cmp);
            return chosen.length === 1 ? sorted.slice(0, 2) : sorted.slice(0, 1);
          });
          // reason holds the input position, so equal-looking goals are told apart.
          expect(pickExamples(goals, counts).map((g) => g.reason)).toEqual(expected.map((g) => g.reason));
        },
      ),
      { numRuns: 2000, seed: 5 },
    );
  });
});
