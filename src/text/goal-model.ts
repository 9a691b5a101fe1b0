/**
 * The learned half of the goal classifier: a multinomial logistic regression (softmax, L2-regularised)
 * over word stems, stem bigrams, the rule signals (lobby, proces, plek-*, handeling, fysiek,
 * profilering) and the class the rules chose. Trained by scripts/train-goals.ts on the labelled corpus
 * (data/doelen/gelabeld.csv), weights committed as data (data/doelen/model.json). The rules keep
 * giving the `reden`; the model gives the class and a confidence (the largest class probability).
 * A goal whose confidence is below `threshold` is `onzeker` (uncertain): it is shown apart, never
 * silently counted as ABSTRACT.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import type { Token } from './tokenise.ts';
import { MANUAL_REASON, analyseGoalText } from './goal-classifier.ts';

export interface GoalModel {
  classes: readonly GoalClass[];
  /** Per feature the weights in `classes` order. */
  weights: Record<string, number[]>;
  bias: number[];
  /** Below this probability a goal is marked onzeker. */
  threshold: number;
  /** Word-affix features (first/last `affix` letters of longer stems); 0 or absent = none. */
  affix?: number;
}

/**
 * Features of one goal, sorted and unique: stems, stem bigrams, rule signals and the rule class; with
 * `affix` > 0 also the first and last `affix` letters of every stem longer than that, so unseen Dutch
 * compounds share evidence with their parts ("toekomstbeeld" ~ "beeld", "afwegingskader" ~ "kader").
 */
export function goalFeatures(tokens: Token[], signals: string[], ruleLabel: GoalClass, affix = 0): string[] {
  const f = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const stem = tokens[i].stem;
    f.add(`w:${stem}`);
    if (i + 1 < tokens.length) f.add(`b:${stem}_${tokens[i + 1].stem}`);
    if (affix > 0 && stem.length > affix + 1) {
      f.add(`p:${stem.slice(0, affix)}`);
      f.add(`x:${stem.slice(-affix)}`);
    }
  }
  for (const s of signals) f.add(`s:${s}`);
  f.add(`r:${ruleLabel}`);
  return [...f].sort();
}

/** Class probabilities (softmax) in GOAL_CLASSES order; unknown features are ignored. */
export function predictProbabilities(model: GoalModel, features: string[]): number[] {
  const z = model.bias.slice();
  for (const name of features) {
    const w = model.weights[name];
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k];
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export interface ModelPrediction {
  label: GoalClass;
  confidence: number;
  probabilities: Record<GoalClass, number>;
}

export function predict(model: GoalModel, features: string[]): ModelPrediction {
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

export function loadGoalModel(path = GOAL_MODEL_PATH): GoalModel {
  if (cached && path === GOAL_MODEL_PATH) return cached;
  const model = JSON.parse(readFileSync(path, 'utf8')) as GoalModel;
  if (model.classes.join() !== GOAL_CLASSES.join()) throw new Error(`${path}: klassen ${model.classes.join()} wijken af van ${GOAL_CLASSES.join()}`);
  if (path === GOAL_MODEL_PATH) cached = model;
  return model;
}

// ── Training (used by scripts/train-goals.ts and the determinism test) ──────────────────────────
export interface TrainingExample {
  features: string[];
  label: GoalClass;
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
  /** Length of the word-affix features (0 = none); stored in the model so prediction uses the same. */
  affix: number;
}

export const TRAINING_OPTIONS: TrainingOptions = { lambda: 0.001, epochs: 300, learningRate: 0.5, minCount: 2, threshold: 0.5, balanced: true, affix: 0 };

/**
 * Full-batch gradient descent on the mean cross-entropy plus lambda/2 * |w|^2, from zero weights, in a
 * fixed order (sorted vocabulary, examples in input order): the same data gives the same weights.
 * Weights are rounded to 4 decimals so the committed JSON is small and stable.
 */
export function trainGoalModel(examples: TrainingExample[], options: TrainingOptions = TRAINING_OPTIONS): GoalModel {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = GOAL_CLASSES.length;
  const rows = examples.map((ex) => ({ ids: ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: GOAL_CLASSES.indexOf(ex.label) }));
  const W = new Float64Array(vocab.length * K);
  const b = new Float64Array(K);
  const n = rows.length;
  const perClass = GOAL_CLASSES.map((_, k) => rows.filter((r) => r.y === k).length);
  const weightOf = (y: number) => (options.balanced && perClass[y] > 0 ? n / (K * perClass[y]) : 1);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gW = new Float64Array(W.length);
    const gb = new Float64Array(K);
    for (const { ids, y } of rows) {
      const z = Array.from(b);
      for (const i of ids) for (let k = 0; k < K; k++) z[k] += W[i * K + k];
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, c) => a + c, 0);
      for (let k = 0; k < K; k++) {
        const d = (e[k] / sum - (k === y ? 1 : 0)) * weightOf(y);
        gb[k] += d;
        for (const i of ids) gW[i * K + k] += d;
      }
    }
    for (let j = 0; j < W.length; j++) W[j] -= options.learningRate * (gW[j] / n + options.lambda * W[j]);
    for (let k = 0; k < K; k++) b[k] -= options.learningRate * (gb[k] / n);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), round);
    if (w.some((v) => v !== 0)) weights[f] = w;
  });
  return { classes: GOAL_CLASSES, weights, bias: Array.from(b, round), threshold: options.threshold, ...(options.affix > 0 ? { affix: options.affix } : {}) };
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
  const p = predict(model, goalFeatures(a.tokens, a.signals, rule.label, model.affix ?? 0));
  const reden = p.label === rule.label
    ? rule.reden
    : `Het geleerde model kiest ${p.label} (zekerheid ${pct(p.confidence)}); de regels zeiden ${rule.label}: ${rule.reden}`;
  return { label: p.label, reden, woorden: rule.woorden, confidence: p.confidence, uncertain: p.confidence < model.threshold };
}
