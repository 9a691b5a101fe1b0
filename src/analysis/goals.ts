/**
 * Goals: every goal of the dataset classified as LOCATIE / LOBBY / PROCES / ABSTRACT (manual label
 * from the input wins; otherwise the rules of src/text/goal-classifier.ts with the learned model of
 * src/text/goal-model.ts), in input order. A goal below the model's confidence threshold is
 * `uncertain` ("onzeker"). Per theme: total goals, counts per class of the certain goals, the number
 * of uncertain goals, and shares = count / total goals of that theme (0 when the theme has no goals;
 * the four shares plus shareUncertain add up to 1),
 * and 2–3 example goals chosen deterministically (see pickExamples).
 */
import type { Dataset, Goal } from '../model/dataset.ts';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import { classifyGoalCombined } from '../text/goal-model.ts';
import { readGoalTestRecord } from '../text/goal-test-record.ts';
import type { ClassifiedGoal, GoalsCooperationSummary, GoalsResult, GoalsThemeSummary } from './types.ts';

export function classifyDatasetGoal(goal: Goal): ClassifiedGoal {
  const c = classifyGoalCombined(goal.text, goal.label);
  return {
    cooperationId: goal.cooperationId,
    text: goal.text,
    theme: goal.theme,
    label: c.label,
    reason: c.reden,
    words: c.woorden,
    manual: goal.label !== null,
    confidence: c.confidence,
    uncertain: c.uncertain,
  };
}

/**
 * Clearest first: for LOCATIE, LOBBY and PROCES the goal with the most deciding words; for ABSTRACT
 * the one with the fewest (a named place that did not count makes a poor example of an abstract
 * goal). Then readability: about 100 characters reads best in a table. Then a stable key.
 */
function clarityKey(g: ClassifiedGoal): [number, number, string, string] {
  const words = g.label === 'ABSTRACT' ? g.words.length : -g.words.length;
  return [words, Math.abs(g.text.length - 100), g.cooperationId, g.text];
}

function compareKeyArrays(ka: [number, number, string, string], kb: [number, number, string, string]): number {
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] < kb[i]) return -1;
    if (ka[i] > kb[i]) return 1;
  }
  return 0;
}

/**
 * The first two goals of a stable sort by clarityKey, without sorting: the earliest goal with the
 * smallest key, then the earliest smallest among the others (keys computed once per goal).
 */
function clearest(goals: ClassifiedGoal[]): ClassifiedGoal[] {
  const keys = goals.map(clarityKey);
  let first = -1;
  for (let i = 0; i < keys.length; i++) if (first === -1 || compareKeyArrays(keys[i], keys[first]) < 0) first = i;
  let second = -1;
  for (let i = 0; i < keys.length; i++) {
    if (i !== first && (second === -1 || compareKeyArrays(keys[i], keys[second]) < 0)) second = i;
  }
  return [first, second].filter((i) => i !== -1).map((i) => goals[i]);
}

/**
 * Examples for one theme: the clearest goal (clarityKey) of each of the three most frequent classes (ties in
 * GOAL_CLASSES order). LOCATIE is the question of the table, so when it occurs but is not among the
 * three it replaces the third. With a single class present, its two clearest goals are shown.
 */
export function pickExamples(goals: ClassifiedGoal[], counts: Record<GoalClass, number>): ClassifiedGoal[] {
  const present = GOAL_CLASSES.filter((c) => counts[c] > 0).sort((a, b) => counts[b] - counts[a] || GOAL_CLASSES.indexOf(a) - GOAL_CLASSES.indexOf(b));
  let chosen = present.slice(0, 3);
  if (counts.LOCATIE > 0 && !chosen.includes('LOCATIE')) chosen = [...chosen.slice(0, 2), 'LOCATIE'];
  const examples: ClassifiedGoal[] = [];
  for (const c of chosen) {
    const best = clearest(goals.filter((g) => g.label === c));
    examples.push(best[0]);
    if (chosen.length === 1 && best[1]) examples.push(best[1]);
  }
  return examples;
}

export function summariseTheme(goals: ClassifiedGoal[]): GoalsThemeSummary {
  const counts = Object.fromEntries(GOAL_CLASSES.map((c) => [c, 0])) as Record<GoalClass, number>;
  const certain = goals.filter((g) => !g.uncertain);
  for (const g of certain) counts[g.label]++;
  const total = goals.length;
  const uncertain = total - certain.length;
  const shares = Object.fromEntries(GOAL_CLASSES.map((c) => [c, total === 0 ? 0 : counts[c] / total])) as Record<GoalClass, number>;
  return { total, counts, shares, uncertain, shareUncertain: total === 0 ? 0 : uncertain / total, examples: pickExamples(certain, counts) };
}

export function analyseGoals(dataset: Pick<Dataset, 'goals'>): GoalsResult {
  const goals = dataset.goals.map(classifyDatasetGoal);
  const perTheme = {} as Record<Theme, GoalsThemeSummary>;
  for (const theme of THEMES) perTheme[theme] = summariseTheme(goals.filter((g) => g.theme === theme));
  return { goals, evaluation: readGoalTestRecord(), perTheme, perCooperation: summariseCooperations(goals) };
}

/** Per cooperation its goals per class (certain ones) and the uncertain ones, keys in id order. */
export function summariseCooperations(goals: ClassifiedGoal[]): Record<string, GoalsCooperationSummary> {
  const out: Record<string, GoalsCooperationSummary> = {};
  for (const id of [...new Set(goals.map((g) => g.cooperationId))].sort()) {
    out[id] = { total: 0, counts: Object.fromEntries(GOAL_CLASSES.map((c) => [c, 0])) as Record<GoalClass, number>, uncertain: 0 };
  }
  for (const g of goals) {
    const s = out[g.cooperationId];
    s.total++;
    if (g.uncertain) s.uncertain++;
    else s.counts[g.label]++;
  }
  return out;
}
