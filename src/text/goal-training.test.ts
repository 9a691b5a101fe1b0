import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GoalClass } from '../model/enums.ts';
import { readGoalCorpus } from './goal-corpus.ts';
import { BASIC_FEATURES } from './goal-features.ts';
import { predict } from './goal-model.ts';
import { FOLDS, chooseAbstractOffset, featuresOf, foldOf, overlap, prepareGoals, settingOf, setwiseScore, setwiseValidate, shiftAbstract, testReport, trainSetting, type Prediction, type Setting } from './goal-training.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/doelen-toets-verzonnen.csv', import.meta.url));
const SETTING: Setting = { lambda: 0.001, balanced: true, documentWeight: true, abstractOffset: 0.5, features: BASIC_FEATURES };

const toyTrain = prepareGoals(([
  ['Wij vragen het Rijk om geld', 'LOBBY', 'd1'], ['Wij vragen het Rijk om middelen', 'LOBBY', 'd2'],
  ['Opstellen van een visie', 'PROCES', 'd1'], ['Opstellen van een strategie', 'PROCES', 'd3'],
  ['Verbreding van de A20', 'LOCATIE', 'd2'], ['Verbreding van de A12', 'LOCATIE', 'd3'],
  ['Een gezonde leefomgeving', 'ABSTRACT', 'd1'], ['Een veilige leefomgeving', 'ABSTRACT', 'd4'], ['Een sterke economie', 'ABSTRACT', 'd4'],
] as [string, GoalClass, string][]).map(([tekst, label, document]) => ({ tekst, thema: 'Wonen', label, document })));

const prediction = (label: GoalClass, probabilities: number[]): Prediction => ({
  goal: { ...toyTrain[0], label }, predicted: 'ABSTRACT', confidence: Math.max(...probabilities), probabilities,
});

describe('foldOf (grouped cross-validation by document)', () => {
  it('puts every goal of a document in the same fold, and every fold has goals', () => {
    const corpus = readGoalCorpus();
    const folds = new Map<string, Set<number>>();
    for (const g of corpus) folds.set(g.document, (folds.get(g.document) ?? new Set()).add(foldOf(g.document)));
    expect([...folds.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set(corpus.map((g) => foldOf(g.document))).size).toBe(FOLDS);
  });
});

describe('the ABSTRACT offset', () => {
  it('divides the ABSTRACT probability by e^offset and renormalises', () => {
    // [0.2, 0.1, 0.1, 0.6] with offset ln 4: ABSTRACT 0.15, sum 0.55, so LOCATIE 0.2 / 0.55 wins.
    const [p] = shiftAbstract([prediction('LOCATIE', [0.2, 0.1, 0.1, 0.6])], Math.log(4));
    expect(p.predicted).toBe('LOCATIE');
    expect(p.confidence).toBeCloseTo(0.2 / 0.55, 10);
    expect(p.probabilities[3]).toBeCloseTo(0.15 / 0.55, 10);
  });

  it('is the smallest step of 0.1 at which no more goals are predicted ABSTRACT than are labelled so', () => {
    // Two goals are labelled ABSTRACT, three predicted. The LOCATIE goal flips once 0.55·e^-d < 0.45:
    // at d = 0.2 it is 0.4503 (still ABSTRACT), at d = 0.3 0.4074, so the offset is 0.3.
    const predictions = [prediction('LOCATIE', [0.45, 0, 0, 0.55]), prediction('ABSTRACT', [0.2, 0, 0, 0.8]), prediction('ABSTRACT', [0.1, 0, 0, 0.9])];
    expect(chooseAbstractOffset(predictions)).toBe(0.3);
    expect(chooseAbstractOffset(predictions.slice(1))).toBe(0);
  });

  it('is subtracted from the trained ABSTRACT bias and recorded with the setting in the model', () => {
    const without = trainSetting(toyTrain, { ...SETTING, abstractOffset: 0 });
    const withOffset = trainSetting(toyTrain, SETTING);
    expect(withOffset.bias[3]).toBeCloseTo(without.bias[3] - 0.5, 4);
    expect(withOffset.bias.slice(0, 3)).toEqual(without.bias.slice(0, 3));
    expect(settingOf(withOffset)).toEqual(SETTING);
  });
});

describe('setwiseValidate (each later set predicted from the sets before it)', () => {
  const later = prepareGoals([
    { tekst: 'Wij vragen de provincie om geld', thema: 'Wonen', label: 'LOBBY', document: 'e1' },
    { tekst: 'Een schone omgeving', thema: 'Wonen', label: 'ABSTRACT', document: 'e2' },
  ]);
  const last = prepareGoals([{ tekst: 'Opstellen van een agenda', thema: 'Wonen', label: 'PROCES', document: 'f1' }]);

  it('trains on sets[0..k-1] for set k, so the first set is only trained on', () => {
    const setting = { ...SETTING, abstractOffset: 0 };
    const [second, third] = setwiseValidate([toyTrain, later, last], setting);
    expect(second.map((p) => p.goal.tekst)).toEqual(later.map((g) => g.tekst));
    expect(third.map((p) => p.goal.tekst)).toEqual(last.map((g) => g.tekst));
    const first = trainSetting(toyTrain, setting);
    const both = trainSetting([...toyTrain, ...later], setting);
    expect(second[0].probabilities).toEqual(Object.values(predict(first, featuresOf(later[0], setting.features)).probabilities));
    expect(third[0].probabilities).toEqual(Object.values(predict(both, featuresOf(last[0], setting.features)).probabilities));
  });

  it('chooses the ABSTRACT offset on the set-wise predictions together and averages the macro-F1 over the later sets', () => {
    const result = setwiseScore([toyTrain, later, last], SETTING);
    expect(result.predictions).toHaveLength(2);
    const raw = setwiseValidate([toyTrain, later, last], { ...SETTING, abstractOffset: 0 });
    expect(result.offset).toBe(chooseAbstractOffset(raw.flat()));
    expect(result.meanMacroF1).toBeGreaterThanOrEqual(0);
    expect(result.meanMacroF1).toBeLessThanOrEqual(1);
  });
});

describe('overlap', () => {
  it('names the documents and texts of a test set that are also in the training set', () => {
    const train = [{ tekst: 'Een doel', thema: 'Wonen', label: 'ABSTRACT' as const, document: 'a' }];
    const test = [{ ...train[0], document: 'b' }, { tekst: 'Ander doel', thema: 'Wonen', label: 'ABSTRACT' as const, document: 'a' }];
    expect(overlap(train, test)).toEqual({ documents: ['a'], texts: ['Een doel'] });
    expect(overlap(train, [{ ...test[1], document: 'c' }])).toEqual({ documents: [], texts: [] });
  });
});

describe('testReport (the --toets evaluation)', () => {
  it('reports the majority class, the rules, the model alone and the combination on the test file, and the onzeker count', () => {
    const report = testReport(toyTrain, prepareGoals(readGoalCorpus(FIXTURE)), SETTING);
    expect(report).toContain('toetsset: 8 doelen uit 3 documenten (LOCATIE 2, LOBBY 2, PROCES 2, ABSTRACT 2)');
    // The toy training set has 3 ABSTRACT goals of 9: the baseline says ABSTRACT for all 8, 2 right.
    expect(report).toMatch(/Meerderheidsklasse \(ABSTRACT\)\n {2}aantal doelen: 8, goed: 2\n {2}nauwkeurigheid \(accuracy\): 0\.250/);
    // By the rules: N33 and "langs de Vecht" + aanleggen are places, "vragen het Rijk" is lobby, "opstellen
    // ... woonvisie" and "onderzoeken" are process; the imperative "Zorg voor meer treinen" at the start is an
    // appeal (LOBBY). So 8 of 8, both LOBBY goals in the LOBBY column.
    expect(report).toMatch(/Alleen regels\n {2}aantal doelen: 8, goed: 8\n/);
    expect(report).toMatch(/Alleen regels[\s\S]*?verwarringsmatrix[\s\S]*?LOBBY +0 +2 +0 +0\n/);
    expect(report).toContain('Alleen geleerd model (woorden, zonder regelsignalen)');
    expect(report).toContain('Combinatie (model met regelsignalen; zo geleverd)');
    expect(report).toMatch(/onzeker \(zekerheid < 0\.5\): \d van 8$/);
  });
});
