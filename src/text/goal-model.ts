/**
 * The learned half of the goal classifier: a multinomial logistic regression (softmax, L2-regularised)
 * over the features of goal-features.ts (word stems, stem bigrams, word affixes, optionally character
 * n-grams, the abstracted sentence and clause cues, the rule signals and the class the rules chose; the
 * model file says which). Trained by scripts/train-goals.ts on the training files (goal-corpus.ts
 * TRAINING_CORPUS_PATHS; protocol in goal-training.ts), weights committed as data
 * (data/doelen/model.json). The rules keep giving the `reden`; the model gives the class and a
 * confidence (the largest class probability). A goal whose confidence is below `threshold` is
 * `onzeker` (uncertain): it is shown apart, never silently counted as ABSTRACT.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import { BASIC_FEATURES, charGramValue, featureValues, goalFeatureSet, isCharGram, type FeatureOptions } from './goal-features.ts';
import { MANUAL_REASON, analyseGoalText } from './goal-classifier.ts';

export interface GoalModel {
  classes: readonly GoalClass[];
  /** The features with a weight, in training-vocabulary order. */
  names: string[];
  /**
   * Their weights in units of 1/WEIGHT_UNIT (whole numbers: training rounds to 4 decimals), one row of
   * `classes.length` per name (in `classes` order), flat. A file with one array of names and one of whole
   * numbers parses several times faster than an object with a key and an array of decimals per feature.
   */
  weights: number[];
  bias: number[];
  /** Below this probability a goal is marked onzeker. */
  threshold: number;
  /** Which feature groups the model was trained with (goal-features.ts); prediction builds the same. */
  features: FeatureOptions;
  /** The rest of the setting it was trained with (goal-training.ts), so the training can be repeated from the model alone. */
  training?: TrainingRecord;
}

export interface TrainingRecord {
  lambda: number;
  balanced: boolean;
  /** Examples weighted by 1/sqrt(goals of their document), so no single document dominates. */
  documentWeight: boolean;
  /** Subtracted from the ABSTRACT bias after training (chosen by cross-validation). */
  abstractOffset: number;
}

/**
 * The weights of a model for prediction: per feature its row in one flat array (classes side by side),
 * faster to look up and to sum than an object with tens of thousands of keys and an array per feature.
 */
interface WeightTable {
  row: Map<string, number>;
  flat: Float64Array;
}
/** Weights are stored as whole multiples of 1/WEIGHT_UNIT; the bias is rounded to that unit. */
export const WEIGHT_UNIT = 10_000;
export const roundToWeightUnit = (v: number): number => Math.round(v * WEIGHT_UNIT) / WEIGHT_UNIT;
const weightTables = new WeakMap<GoalModel, WeightTable>();
function weightTable(model: GoalModel): WeightTable {
  let table = weightTables.get(model);
  if (table === undefined) {
    const classes = model.bias.length;
    const row = new Map<string, number>();
    model.names.forEach((name, i) => row.set(name, i * classes));
    weightTables.set(model, (table = { row, flat: Float64Array.from(model.weights, (w) => w / WEIGHT_UNIT) }));
  }
  return table;
}

/**
 * Class probabilities (softmax) in GOAL_CLASSES order; unknown features are ignored. One pass: the
 * character n-grams are summed apart and scaled once at the end by charGramValue (the value training
 * gives them, featureValues), the other features weigh 1.
 */
export function predictProbabilities(model: GoalModel, features: readonly string[] | ReadonlySet<string>): number[] {
  const classes = model.bias.length;
  const other = new Float64Array(classes);
  const chars = new Float64Array(classes);
  const { row, flat } = weightTable(model);
  let charCount = 0;
  for (const name of features) {
    const isChar = isCharGram(name);
    if (isChar) charCount++;
    const at = row.get(name);
    if (at !== undefined) {
      const sum = isChar ? chars : other;
      for (let k = 0; k < classes; k++) sum[k] += flat[at + k];
    }
  }
  const scale = charCount > 0 ? charGramValue(model.features, charCount) : 0;
  const z = model.bias.map((b, k) => b + other[k] + chars[k] * scale);
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

export interface ModelPrediction {
  label: GoalClass;
  confidence: number;
  probabilities: Record<GoalClass, number>;
}

export function predict(model: GoalModel, features: readonly string[] | ReadonlySet<string>): ModelPrediction {
  const p = predictProbabilities(model, features);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  return {
    label: model.classes[best],
    confidence: p[best],
    probabilities: Object.fromEntries(model.classes.map((c, k) => [c, p[k]])) as Record<GoalClass, number>,
  };
}

export const GOAL_MODEL_PATH = fileURLToPath(new URL('../../data/doelen/model.json', import.meta.url));
let cached: GoalModel | null = null;
let cachedText: string | null = null;

/** The text of a model file; the shipped one is read once (the model and its test record both need it). */
export function goalModelText(path = GOAL_MODEL_PATH): string {
  if (path !== GOAL_MODEL_PATH) return readFileSync(path, 'utf8');
  return (cachedText ??= readFileSync(path, 'utf8'));
}

export function loadGoalModel(path = GOAL_MODEL_PATH): GoalModel {
  if (cached && path === GOAL_MODEL_PATH) return cached;
  const model = JSON.parse(goalModelText(path)) as GoalModel;
  if (model.classes.join() !== GOAL_CLASSES.join()) throw new Error(`${path}: klassen ${model.classes.join()} wijken af van ${GOAL_CLASSES.join()}`);
  if (!model.features) throw new Error(`${path}: zegt niet welke kenmerken het model gebruikt; train het opnieuw met npx tsx scripts/train-goals.ts`);
  if (!Array.isArray(model.names) || !Array.isArray(model.weights) || model.weights.length !== model.names.length * model.classes.length || !model.weights.every(Number.isInteger)) {
    throw new Error(`${path}: heeft niet de vorm van dit programma (namen en een platte gewichtenlijst); train het opnieuw met npx tsx scripts/train-goals.ts`);
  }
  if (path === GOAL_MODEL_PATH) cached = model;
  return model;
}

// ── Training (used by scripts/train-goals.ts and the determinism test) ──────────────────────────
export interface TrainingExample {
  features: string[];
  label: GoalClass;
  /** Extra weight of this example (default 1). */
  weight?: number;
}

export interface TrainingOptions {
  /** L2 penalty per example. */
  lambda: number;
  epochs: number;
  learningRate: number;
  /** A feature must occur in at least this many training goals. */
  minCount: number;
  threshold: number;
  /** Weigh each example by n / (classes * n_class), so a rare class counts as much as a frequent one. */
  balanced: boolean;
  /** Feature groups (stored in the model so prediction uses the same). */
  features: FeatureOptions;
}

export const TRAINING_OPTIONS: TrainingOptions = { lambda: 0.001, epochs: 300, learningRate: 0.5, minCount: 2, threshold: 0.5, balanced: true, features: BASIC_FEATURES };

/**
 * Full-batch gradient descent on the mean cross-entropy (each example weighted by its class weight and
 * its own `weight`; feature values from featureValues) plus lambda/2 * |w|^2, from zero weights, in a
 * fixed order (sorted vocabulary, examples in input order): the same data gives the same weights.
 * Weights are rounded to 4 decimals so the committed JSON is small and stable.
 */
export function trainGoalModel(examples: TrainingExample[], options: TrainingOptions = TRAINING_OPTIONS): GoalModel {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = GOAL_CLASSES.length;
  const rows = examples.map((ex) => {
    const values = featureValues(ex.features, options.features);
    const kept = ex.features.map((f, i) => [index.get(f), values[i]] as const).filter((p): p is readonly [number, number] => p[0] !== undefined);
    return { ids: Int32Array.from(kept, (p) => p[0]), values: Float64Array.from(kept, (p) => p[1]), y: GOAL_CLASSES.indexOf(ex.label), extra: ex.weight ?? 1 };
  });
  const W = new Float64Array(vocab.length * K);
  const b = new Float64Array(K);
  const n = rows.length;
  const perClass = GOAL_CLASSES.map((_, k) => rows.filter((r) => r.y === k).length);
  const weightOf = (y: number) => (options.balanced && perClass[y] > 0 ? n / (K * perClass[y]) : 1);
  const gW = new Float64Array(W.length);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (const { ids, values, y, extra } of rows) gradientStep(W, b, { ids, values, y, weight: weightOf(y) * extra }, z, gW, gb);
    for (let j = 0; j < W.length; j++) W[j] -= options.learningRate * (gW[j] / n + options.lambda * W[j]);
    for (let k = 0; k < K; k++) b[k] -= options.learningRate * (gb[k] / n);
  }
  const names: string[] = [];
  const weights: number[] = [];
  vocab.forEach((f, i) => {
    // +0 turns a rounded -0 into 0, as JSON writes it.
    const w = Array.from(W.subarray(i * K, i * K + K), (v) => Math.round(v * WEIGHT_UNIT) + 0);
    if (w.some((v) => v !== 0)) {
      names.push(f);
      weights.push(...w);
    }
  });
  return { classes: GOAL_CLASSES, names, weights, bias: Array.from(b, roundToWeightUnit), threshold: options.threshold, features: options.features };
}

/** Adds one example's cross-entropy gradient to gW/gb (z is scratch space of length K). */
function gradientStep(W: Float64Array, b: Float64Array, row: { ids: Int32Array; values: Float64Array; y: number; weight: number }, z: Float64Array, gW: Float64Array, gb: Float64Array): void {
  const { ids, values, y, weight } = row;
  const K = z.length;
  for (let k = 0; k < K; k++) z[k] = b[k];
  for (let t = 0; t < ids.length; t++) {
    const base = ids[t] * K;
    for (let k = 0; k < K; k++) z[k] += W[base + k] * values[t];
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < K; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < K; k++) {
    const d = (z[k] / sum - (k === y ? 1 : 0)) * weight;
    gb[k] += d;
    for (let t = 0; t < ids.length; t++) gW[ids[t] * K + k] += d * values[t];
  }
}

// ── Rules + model, as used by the Analysis ──────────────────────────────────────────────────────
export interface CombinedGoalClassification {
  label: GoalClass;
  reden: string;
  woorden: string[];
  /** Largest class probability of the model (1 for a manual label). */
  confidence: number;
  /** true when confidence < model.threshold: shown as "onzeker", apart from the four classes. */
  uncertain: boolean;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

/**
 * A manual label wins (confidence 1). Otherwise the model decides the class from the rule signals and
 * the words; the `reden` is the rules' reason, with a note when the model chose another class.
 */
export function classifyGoalCombined(text: string, manualLabel: GoalClass | null = null, model: GoalModel = loadGoalModel()): CombinedGoalClassification {
  if (manualLabel !== null && (GOAL_CLASSES as readonly string[]).includes(manualLabel)) {
    return { label: manualLabel, reden: MANUAL_REASON, woorden: [], confidence: 1, uncertain: false };
  }
  const a = analyseGoalText(text);
  const rule = a.classification;
  const p = predict(model, goalFeatureSet(a.tokens, a.signals, rule.label, model.features, a.places, text));
  const reden = p.label === rule.label
    ? rule.reden
    : `Het geleerde model kiest ${p.label} (zekerheid ${pct(p.confidence)}); de regels zeiden ${rule.label}: ${rule.reden}`;
  return { label: p.label, reden, woorden: rule.woorden, confidence: p.confidence, uncertain: p.confidence < model.threshold };
}
