/**
 * How the learned goal classifier is trained and measured (used by scripts/train-goals.ts):
 * the model is trained on all training files (goal-corpus.ts TRAINING_CORPUS_PATHS); its setting is
 * chosen by the set-wise validation (`setwiseScore`: each later file predicted by a model of the
 * files before it, as new documents from a new search round), on the mean macro-F1 over those files.
 * A grouped 5-fold cross-validation by source document (fold = FNV-1a(document) mod 5, so no document
 * is in two folds and the folds do not depend on row order or labels) is reported alongside; it
 * overestimates, because its folds share search rounds and writing styles. A separate test file with
 * documents that are not in the training files is scored with `testReport`.
 */
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import { evaluate, formatEvaluation, type Evaluation } from './evaluate.ts';
import { analyseGoalText } from './goal-classifier.ts';
import { fnv1a, sentenceKey, type LabelledGoal } from './goal-corpus.ts';
import { goalFeatures, type FeatureOptions } from './goal-features.ts';
import { TRAINING_OPTIONS, predict, roundToWeightUnit, trainGoalModel, type GoalModel, type TrainingRecord } from './goal-model.ts';
import type { PlaceMention } from './places.ts';
import type { Token } from './tokenise.ts';

export interface PreparedGoal extends LabelledGoal {
  rule: GoalClass;
  tokens: Token[];
  signals: string[];
  places: PlaceMention[];
}

export function prepareGoals(goals: LabelledGoal[]): PreparedGoal[] {
  return goals.map((g) => {
    const a = analyseGoalText(g.tekst);
    return { ...g, rule: a.classification.label, tokens: a.tokens, signals: a.signals, places: a.places };
  });
}

/** What the cross-validation chooses between. */
export interface Setting extends TrainingRecord {
  features: FeatureOptions;
}

export const FOLDS = 5;
export const foldOf = (document: string): number => fnv1a(document) % FOLDS;

/** Features of a goal; without the rules (`withRules` false) only the words: the "model only" baseline. */
export function featuresOf(g: PreparedGoal, features: FeatureOptions, withRules = true): string[] {
  return withRules ? goalFeatures(g.tokens, g.signals, g.rule, features, g.places, g.tekst) : goalFeatures(g.tokens, [], g.rule, features, g.places, g.tekst).filter((f) => !f.startsWith('r:'));
}

export function settingOf(model: GoalModel): Setting {
  if (!model.training) throw new Error('model.json zegt niet met welke instelling het getraind is: draai npx tsx scripts/train-goals.ts');
  return { ...model.training, features: model.features };
}

/** Weight 1/sqrt(goals of the document), scaled to mean 1 (or 1 for every goal without documentWeight). */
function documentWeights(goals: PreparedGoal[], on: boolean): number[] {
  if (!on) return goals.map(() => 1);
  const per = new Map<string, number>();
  for (const g of goals) per.set(g.document, (per.get(g.document) ?? 0) + 1);
  const raw = goals.map((g) => 1 / Math.sqrt(per.get(g.document) ?? 1));
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  return raw.map((w) => w / mean);
}

const ABSTRACT_INDEX = GOAL_CLASSES.indexOf('ABSTRACT');

export function trainSetting(goals: PreparedGoal[], setting: Setting, withRules = true): GoalModel {
  const weights = documentWeights(goals, setting.documentWeight);
  const examples = goals.map((g, i) => ({ features: featuresOf(g, setting.features, withRules), label: g.label, weight: weights[i] }));
  const model = trainGoalModel(examples, { ...TRAINING_OPTIONS, lambda: setting.lambda, balanced: setting.balanced, features: setting.features });
  const bias = model.bias.map((b, k) => (k === ABSTRACT_INDEX ? roundToWeightUnit(b - setting.abstractOffset) : b));
  const { features, ...training } = setting;
  return { ...model, bias, features, training };
}

export interface Prediction {
  goal: PreparedGoal;
  predicted: GoalClass;
  confidence: number;
  /** Class probabilities in GOAL_CLASSES order. */
  probabilities: number[];
}

/** Out-of-fold predictions of every goal: each fold is predicted by a model trained on the other folds. */
export function crossValidate(goals: PreparedGoal[], setting: Setting): Prediction[] {
  const out: Prediction[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = trainSetting(goals.filter((g) => foldOf(g.document) !== f), setting);
    for (const g of goals.filter((x) => foldOf(x.document) === f)) {
      const p = predict(model, featuresOf(g, setting.features));
      out.push({ goal: g, predicted: p.label, confidence: p.confidence, probabilities: GOAL_CLASSES.map((c) => p.probabilities[c]) });
    }
  }
  return out;
}

/**
 * Set-wise validation: the training files are in the order they were made (each fresh set drawn
 * from a later search round than the files before it), and each later file is predicted by a model
 * trained on all files before it — as a new round of documents meets a model that never saw its
 * sources or its writing style. `sets[0]` is only trained on; the result has one list of
 * predictions per later set. This is what a setting is chosen on; the grouped cross-validation
 * shares search rounds between folds and overestimates.
 */
export function setwiseValidate(sets: PreparedGoal[][], setting: Setting): Prediction[][] {
  const out: Prediction[][] = [];
  for (let k = 1; k < sets.length; k++) {
    const model = trainSetting(sets.slice(0, k).flat(), setting);
    out.push(sets[k].map((g) => {
      const p = predict(model, featuresOf(g, setting.features));
      return { goal: g, predicted: p.label, confidence: p.confidence, probabilities: GOAL_CLASSES.map((c) => p.probabilities[c]) };
    }));
  }
  return out;
}

export interface SetwiseResult {
  /** The ABSTRACT offset chosen on all set-wise predictions together (chooseAbstractOffset). */
  offset: number;
  /** Per later set, its predictions with that offset. */
  predictions: Prediction[][];
  /** Mean macro-F1 over the later sets: what settings are compared on. */
  meanMacroF1: number;
}

/** Set-wise validation of a setting with its ABSTRACT offset chosen on the pooled set-wise predictions. */
export function setwiseScore(sets: PreparedGoal[][], setting: Setting): SetwiseResult {
  const raw = setwiseValidate(sets, { ...setting, abstractOffset: 0 });
  const offset = chooseAbstractOffset(raw.flat());
  const predictions = raw.map((r) => shiftAbstract(r, offset));
  const meanMacroF1 = predictions.reduce((sum, p) => sum + scoreOf(p).macroF1, 0) / Math.max(1, predictions.length);
  return { offset, predictions, meanMacroF1 };
}

/** The predictions again with `offset` more subtracted from the ABSTRACT log-odds (as trainSetting does to the bias). */
export function shiftAbstract(predictions: Prediction[], offset: number): Prediction[] {
  return predictions.map((p) => {
    const e = p.probabilities.map((v, k) => (k === ABSTRACT_INDEX ? v * Math.exp(-offset) : v));
    const sum = e.reduce((a, b) => a + b, 0);
    const probabilities = e.map((v) => v / sum);
    const best = probabilities.reduce((b, v, k) => (v > probabilities[b] ? k : b), 0);
    return { ...p, predicted: GOAL_CLASSES[best], confidence: probabilities[best], probabilities };
  });
}

/**
 * The ABSTRACT offset: the smallest of 0, 0.1, ..., 1.5 at which the out-of-fold predictions name no
 * more goals ABSTRACT than the hand labels do. ABSTRACT is where a goal without a recognised signal
 * lands, so on unseen documents a model over-predicts it; this corrects that bias, which would
 * otherwise lower every reported share of location, lobby and process goals.
 */
export function chooseAbstractOffset(predictions: Prediction[]): number {
  const labelled = predictions.filter((p) => p.goal.label === 'ABSTRACT').length;
  for (let step = 0; step <= 15; step++) {
    const offset = step / 10;
    if (shiftAbstract(predictions, offset).filter((p) => p.predicted === 'ABSTRACT').length <= labelled) return offset;
  }
  return 1.5;
}

export const scoreOf = (predictions: Prediction[]): Evaluation => evaluate(predictions.map((p) => ({ gold: p.goal.label, predicted: p.predicted })));

export function majorityClass(goals: LabelledGoal[]): GoalClass {
  const count = (c: GoalClass) => goals.filter((g) => g.label === c).length;
  return GOAL_CLASSES.reduce((best, c) => (count(c) > count(best) ? c : best), GOAL_CLASSES[0] as GoalClass);
}

/**
 * The full evaluation on a test file: majority class of the training goals, rules only, model only
 * (words, no rule signals), the combination as shipped, and how many test goals are onzeker.
 */
/** The shipped combination (model with rule signals) scored on `test`. */
export function combinedEvaluation(test: PreparedGoal[], setting: Setting, combined: GoalModel): Evaluation {
  return evaluate(test.map((g) => ({ gold: g.label, predicted: predict(combined, featuresOf(g, setting.features)).label })));
}

export function testReport(train: PreparedGoal[], test: PreparedGoal[], setting: Setting, combined: GoalModel = trainSetting(train, setting)): string {
  const wordsOnly = trainSetting(train, setting, false);
  const majority = majorityClass(train);
  const report = (title: string, pick: (g: PreparedGoal) => GoalClass) => formatEvaluation(evaluate(test.map((g) => ({ gold: g.label, predicted: pick(g) }))), title);
  const uncertain = test.filter((g) => predict(combined, featuresOf(g, setting.features)).confidence < combined.threshold).length;
  const documents = new Set(test.map((g) => g.document)).size;
  return [
    `toetsset: ${test.length} doelen uit ${documents} documenten (${GOAL_CLASSES.map((c) => `${c} ${test.filter((g) => g.label === c).length}`).join(', ')})`,
    report(`Meerderheidsklasse (${majority})`, () => majority),
    report('Alleen regels', (g) => g.rule),
    report('Alleen geleerd model (woorden, zonder regelsignalen)', (g) => predict(wordsOnly, featuresOf(g, setting.features, false)).label),
    formatEvaluation(combinedEvaluation(test, setting, combined), 'Combinatie (model met regelsignalen; zo geleverd)'),
    `onzeker (zekerheid < ${combined.threshold}): ${uncertain} van ${test.length}`,
  ].join('\n\n');
}

/** Documents and texts of `test` that also occur in `train`: a fair test set has neither. */
export function overlap(train: LabelledGoal[], test: LabelledGoal[]): { documents: string[]; texts: string[] } {
  const docs = new Set(train.map((g) => g.document));
  const texts = new Set(train.map((g) => sentenceKey(g.tekst)));
  return {
    documents: [...new Set(test.map((g) => g.document).filter((d) => docs.has(d)))].sort(),
    texts: test.map((g) => g.tekst).filter((t) => texts.has(sentenceKey(t))),
  };
}
