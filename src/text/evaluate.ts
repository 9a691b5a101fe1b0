/**
 * Evaluation of predicted goal classes against hand labels. accuracy = correct / n. Per class c:
 * precision = TP / (predicted c), recall = TP / (labelled c), F1 = harmonic mean (0 when
 * precision + recall = 0; precision 0 when nothing was predicted c). Macro-F1 = unweighted mean of
 * the per-class F1 over the classes that occur in the labels or the predictions. Confusion matrix:
 * rows = hand label, columns = prediction.
 */
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

export interface Evaluation {
  n: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<GoalClass, ClassScores>;
  confusion: Record<GoalClass, Record<GoalClass, number>>;
}

function zeroRow(): Record<GoalClass, number> {
  return { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0 };
}

export function evaluate(pairs: { gold: GoalClass; predicted: GoalClass }[]): Evaluation {
  const confusion = { LOCATIE: zeroRow(), LOBBY: zeroRow(), PROCES: zeroRow(), ABSTRACT: zeroRow() };
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  const correct = GOAL_CLASSES.reduce((sum, c) => sum + confusion[c][c], 0);
  const perClass = {} as Record<GoalClass, ClassScores>;
  const f1s: number[] = [];
  for (const c of GOAL_CLASSES) {
    const tp = confusion[c][c];
    const support = GOAL_CLASSES.reduce((s, p) => s + confusion[c][p], 0);
    const predicted = GOAL_CLASSES.reduce((s, g) => s + confusion[g][c], 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support, predicted };
    if (support > 0 || predicted > 0) f1s.push(f1);
  }
  const n = pairs.length;
  return {
    n,
    correct,
    accuracy: n === 0 ? 0 : correct / n,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    perClass,
    confusion,
  };
}

const pct = (x: number) => x.toFixed(3);

/** Plain-text report in Dutch (used by `regioruimte doelen evalueer`). */
export function formatEvaluation(e: Evaluation, title: string): string {
  const lines = [
    title,
    `  aantal doelen: ${e.n}, goed: ${e.correct}`,
    `  nauwkeurigheid (accuracy): ${pct(e.accuracy)}`,
    `  macro-F1: ${pct(e.macroF1)}`,
    '',
    '  klasse     precisie  recall  F1     aantal  voorspeld',
  ];
  for (const c of GOAL_CLASSES) {
    const s = e.perClass[c];
    lines.push(`  ${c.padEnd(9)}  ${pct(s.precision).padEnd(8)}  ${pct(s.recall).padEnd(6)}  ${pct(s.f1).padEnd(5)}  ${String(s.support).padStart(6)}  ${String(s.predicted).padStart(9)}`);
  }
  lines.push('', '  verwarringsmatrix (rij = handlabel, kolom = voorspelling)');
  lines.push(`  ${''.padEnd(9)}  ${GOAL_CLASSES.map((c) => c.padStart(8)).join(' ')}`);
  for (const g of GOAL_CLASSES) lines.push(`  ${g.padEnd(9)}  ${GOAL_CLASSES.map((p) => String(e.confusion[g][p]).padStart(8)).join(' ')}`);
  return lines.join('\n');
}
