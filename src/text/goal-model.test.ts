import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseGoalText } from './goal-classifier.ts';
import { WEIGHT_UNIT, classifyGoalCombined, loadGoalModel, predict, predictProbabilities, trainGoalModel, type TrainingExample } from './goal-model.ts';
import { BASIC_FEATURES, goalFeatures } from './goal-features.ts';
import { readGoalCorpus } from './goal-corpus.ts';
import { summariseTheme } from '../analysis/goals.ts';
import type { ClassifiedGoal } from '../analysis/types.ts';

const examples = (texts: [string, TrainingExample['label']][]): TrainingExample[] =>
  texts.map(([t, label]) => {
    const a = analyseGoalText(t);
    return { features: goalFeatures(a.tokens, a.signals, a.classification.label), label };
  });

describe('goalFeatures', () => {
  it('adds the first and last letters of longer stems as affix features only when asked', () => {
    const a = analyseGoalText('Een toekomstbeeld');
    const plain = goalFeatures(a.tokens, [], 'ABSTRACT');
    const withAffix = goalFeatures(a.tokens, [], 'ABSTRACT', { ...BASIC_FEATURES, affix: 4 });
    expect(plain.some((f) => f.startsWith('p:') || f.startsWith('x:'))).toBe(false);
    // "toekomstbeeld" (13 letters) gives p:toek and x:eeld; "een" is too short (needs > 5 letters).
    expect(withAffix).toContain('p:toek');
    expect(withAffix).toContain('x:eeld');
    expect(withAffix.filter((f) => f.startsWith('p:'))).toEqual(['p:toek']);
  });
});

describe('trainGoalModel', () => {
  it('gives the same weights twice on the same data (deterministic)', () => {
    const corpus = readGoalCorpus().slice(0, 120);
    const data = examples(corpus.map((g) => [g.tekst, g.label]));
    const options = { lambda: 0.001, epochs: 40, learningRate: 0.5, minCount: 2, threshold: 0.5, balanced: false, features: BASIC_FEATURES };
    expect(JSON.stringify(trainGoalModel(data, options))).toBe(JSON.stringify(trainGoalModel(data, options)));
  });

  it('stores names and whole-number weights; a model file in another shape is refused with what to do', () => {
    const data = examples([['Wij vragen het Rijk om geld', 'LOBBY'], ['Opstellen van een visie', 'PROCES'], ['Verbreding van de A20', 'LOCATIE'], ['Een mooie regio', 'ABSTRACT']]);
    const model = trainGoalModel(data, { lambda: 0.001, epochs: 40, learningRate: 0.5, minCount: 1, threshold: 0.5, balanced: false, features: BASIC_FEATURES });
    expect(model.weights.length).toBe(model.names.length * 4);
    expect(model.weights.every(Number.isInteger)).toBe(true);
    // Prediction reads a weight as its stored whole number / WEIGHT_UNIT: one feature with weight row w gives
    // softmax(bias + w / WEIGHT_UNIT).
    const at = model.names.indexOf(model.names.find((n) => n.startsWith('w:'))!);
    const z = model.bias.map((b, k) => b + model.weights[at * 4 + k] / WEIGHT_UNIT);
    const e = z.map((v) => Math.exp(v - Math.max(...z)));
    expect(predictProbabilities(model, [model.names[at]])).toEqual(e.map((v) => v / e.reduce((a, b) => a + b, 0)));
    const dir = mkdtempSync(join(tmpdir(), 'goal-model-'));
    try {
      const old = join(dir, 'oud.json');
      writeFileSync(old, JSON.stringify({ ...model, names: undefined, weights: { 'w:geld': [0.1, 0.2, -0.1, -0.2] } }));
      expect(() => loadGoalModel(old)).toThrow(/heeft niet de vorm van dit programma.*train het opnieuw met npx tsx scripts\/train-goals\.ts/);
      const fresh = join(dir, 'nieuw.json');
      writeFileSync(fresh, JSON.stringify(model));
      expect(loadGoalModel(fresh)).toEqual(JSON.parse(JSON.stringify(model)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('learns a separable toy set: each training text gets its own class back', () => {
    const data = examples([
      ['Wij vragen het Rijk om geld', 'LOBBY'], ['Wij vragen het Rijk om middelen', 'LOBBY'],
      ['Opstellen van een visie', 'PROCES'], ['Opstellen van een strategie', 'PROCES'],
      ['Verbreding van de A20', 'LOCATIE'], ['Verbreding van de A12', 'LOCATIE'],
      ['Een gezonde leefomgeving', 'ABSTRACT'], ['Een veilige leefomgeving', 'ABSTRACT'],
    ]);
    const model = trainGoalModel(data, { lambda: 0, epochs: 200, learningRate: 1, minCount: 1, threshold: 0.5, balanced: false, features: BASIC_FEATURES });
    expect(data.map((d) => predict(model, d.features).label)).toEqual(data.map((d) => d.label));
  });
});

describe('classifyGoalCombined (shipped model, data/doelen/model.json)', () => {
  it('classifies clear goals of each class', () => {
    expect(classifyGoalCombined('Wij vragen het Rijk om geld voor de verbreding van de N35.').label).toBe('LOBBY');
    expect(classifyGoalCombined('Verbreding van de A20 tussen Gouda en Rotterdam.').label).toBe('LOCATIE');
    // A village that is not a municipality, with a physical intervention on a definite object.
    expect(classifyGoalCombined('Bij Ophemert wordt de dijk verbreed.').label).toBe('LOCATIE');
    expect(classifyGoalCombined('Zorgen voor een gezonde en veilige leefomgeving.').label).toBe('ABSTRACT');
  });

  it('keeps the reason of the rules and a confidence between 0 and 1; a manual label has confidence 1', () => {
    const c = classifyGoalCombined('Het opstellen van een gebiedsvisie voor de Bommelerwaard');
    expect(c.reden).toMatch(/beleidsproduct|uitgesteld/);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.uncertain).toBe(c.confidence < loadGoalModel().threshold);
    expect(classifyGoalCombined('wat dan ook', 'LOBBY')).toMatchObject({ label: 'LOBBY', confidence: 1, uncertain: false });
  });

  // Failure modes the issue names. Those the model gets right are plain tests; the known failures are
  // marked `fails` so they turn red (and must be flipped) once they are right. No feature or rule is
  // aimed at these sentences. The Alblasserwaard goal sat on the edge for the models (LOCATIE or ABSTRACT,
  // often onzeker); since the ninth round a rule reads "300 hectare" as a concrete intervention.
  it('an area used as a place with a verb outside the list ("komt") is LOCATIE', () => {
    expect(classifyGoalCombined('In de Alblasserwaard komt 300 hectare nieuwe natuur.').label).toBe('LOCATIE');
  });
  it.fails('a policy product introduced with "komt er" is PROCES', () => {
    // Current model: LOCATIE with 47% ("de bedrijventerreinen").
    expect(classifyGoalCombined('Voor de bedrijventerreinen komt er een regionaal afwegingskader.').label).toBe('PROCES');
  });
  // The tenth model was sure of the wrong class here (a known failure then); the eleventh marks it onzeker, so
  // it is shown apart and never counted as a location choice.
  it('the same goal is at least onzeker, never a certain location choice', () => {
    expect(classifyGoalCombined('Voor de bedrijventerreinen komt er een regionaal afwegingskader.').uncertain).toBe(true);
  });
  it('a policy product that used to be outside the noun list ("toekomstbeeld") is PROCES', () => {
    expect(classifyGoalCombined('We maken een toekomstbeeld voor de kleine kernen.').label).toBe('PROCES');
  });
  it('an appeal without a named addressee is LOBBY', () => {
    // The rules read the imperative "Zorg voor" at the start as an appeal (docs/doelen.md, "Gebiedende wijs").
    expect(classifyGoalCombined('Zorg voor voldoende busverbindingen in de kleine kernen.').label).toBe('LOBBY');
  });
});

describe('summariseTheme with uncertain goals', () => {
  const goal = (label: ClassifiedGoal['label'], uncertain: boolean, i: number): ClassifiedGoal => ({
    cooperationId: 'c', text: `doel ${i}`, theme: 'Wonen', label, reason: '', words: [], manual: false, confidence: uncertain ? 0.4 : 0.9, uncertain,
  });
  it('counts uncertain goals apart; the four shares plus the uncertain share add up to 1', () => {
    // 5 goals: 2 certain LOCATIE, 1 certain ABSTRACT, 2 uncertain (one labelled ABSTRACT, one PROCES).
    // By hand: LOCATIE 2/5 = 0.4, ABSTRACT 1/5 = 0.2, PROCES 0, LOBBY 0, onzeker 2/5 = 0.4; sum 1.
    const s = summariseTheme([goal('LOCATIE', false, 1), goal('LOCATIE', false, 2), goal('ABSTRACT', false, 3), goal('ABSTRACT', true, 4), goal('PROCES', true, 5)]);
    expect(s.total).toBe(5);
    expect(s.counts).toEqual({ LOCATIE: 2, LOBBY: 0, PROCES: 0, ABSTRACT: 1 });
    expect(s.uncertain).toBe(2);
    expect(s.shares.LOCATIE).toBeCloseTo(0.4);
    expect(s.shares.ABSTRACT).toBeCloseTo(0.2);
    expect(s.shareUncertain).toBeCloseTo(0.4);
    expect(s.shares.LOCATIE + s.shares.LOBBY + s.shares.PROCES + s.shares.ABSTRACT + s.shareUncertain).toBeCloseTo(1);
    expect(s.examples.every((e) => !e.uncertain)).toBe(true);
  });
});
