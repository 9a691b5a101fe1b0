/**
 * Trains the learned goal classifier deterministically and reports the grouped held-out evaluation.
 *   npx tsx scripts/train-goals.ts          writes data/doelen/model.json and prints the evaluation
 *   npx tsx scripts/train-goals.ts --check  only prints (no write)
 * The model is trained on the training part only (split by document, goal-corpus.ts); the test part
 * ('toets') is used once, for the figures in docs/doelen.md, never to choose settings.
 */
import { writeFileSync } from 'node:fs';
import { GOAL_CLASSES, type GoalClass } from '../src/model/enums.ts';
import { analyseGoalText } from '../src/text/goal-classifier.ts';
import { GOAL_MODEL_PATH, TRAINING_OPTIONS, goalFeatures, predict, trainGoalModel } from '../src/text/goal-model.ts';
import { fnv1a } from '../src/text/goal-corpus.ts';
import { partOfDocument, readGoalCorpus } from '../src/text/goal-corpus.ts';
import { evaluate, formatEvaluation } from '../src/text/evaluate.ts';

const corpus = readGoalCorpus().map((g) => {
  const a = analyseGoalText(g.tekst);
  return { ...g, part: partOfDocument(g.document), rule: a.classification.label, full: goalFeatures(a.tokens, a.signals, a.classification.label), words: goalFeatures(a.tokens, [], a.classification.label).filter((f) => !f.startsWith('r:')) };
});
const train = corpus.filter((g) => g.part === 'train');
const test = corpus.filter((g) => g.part === 'toets');
// Settings are chosen by a grouped 4-fold cross-validation inside the training part only (fold =
// FNV-1a of the document id reversed, mod 4), on macro-F1: balanced class weights or not.
const cvScore = (balanced: boolean) => {
  const fold = (d: string) => fnv1a([...d].reverse().join('')) % 4;
  const pairs: { gold: GoalClass; predicted: GoalClass }[] = [];
  for (let f = 0; f < 4; f++) {
    const m = trainGoalModel(train.filter((g) => fold(g.document) !== f).map((g) => ({ features: g.full, label: g.label })), { ...TRAINING_OPTIONS, balanced });
    for (const g of train.filter((x) => fold(x.document) === f)) pairs.push({ gold: g.label, predicted: predict(m, g.full).label });
  }
  return evaluate(pairs).macroF1;
};
const cv = { balanced: cvScore(true), unbalanced: cvScore(false) };
const options = { ...TRAINING_OPTIONS, balanced: cv.balanced >= cv.unbalanced };
const combined = trainGoalModel(train.map((g) => ({ features: g.full, label: g.label })), options);
const wordsOnly = trainGoalModel(train.map((g) => ({ features: g.words, label: g.label })), options);

const majority = GOAL_CLASSES.reduce((best, c) => (train.filter((g) => g.label === c).length > train.filter((g) => g.label === best).length ? c : best), GOAL_CLASSES[0] as GoalClass);
const report = (title: string, pick: (g: (typeof test)[number]) => GoalClass) => formatEvaluation(evaluate(test.map((g) => ({ gold: g.label, predicted: pick(g) }))), title);
const uncertain = test.filter((g) => predict(combined, g.full).confidence < combined.threshold);
const docs = (rows: typeof corpus) => new Set(rows.map((g) => g.document)).size;

const lines = [
  `corpus: ${corpus.length} doelen uit ${docs(corpus)} documenten; train ${train.length} (${docs(train)} documenten), toets ${test.length} (${docs(test)} documenten)`,
  `kruisvalidatie binnen train (macro-F1): gewogen ${cv.balanced.toFixed(3)}, ongewogen ${cv.unbalanced.toFixed(3)} → ${options.balanced ? 'gewogen' : 'ongewogen'}`,
  `toets per klasse: ${GOAL_CLASSES.map((c) => `${c} ${test.filter((g) => g.label === c).length}`).join(', ')}`,
  report(`Meerderheidsklasse (${majority}) — toets`, () => majority),
  report('Alleen regels — toets', (g) => g.rule),
  report('Alleen geleerd model (woorden en woordparen) — toets', (g) => predict(wordsOnly, g.words).label),
  report('Combinatie (model met regelsignalen; zo geleverd) — toets', (g) => predict(combined, g.full).label),
  `onzeker (zekerheid < ${combined.threshold}) op toets: ${uncertain.length} van ${test.length}`,
];
process.stdout.write(`${lines.join('\n\n')}\n`);
if (!process.argv.includes('--check')) {
  writeFileSync(GOAL_MODEL_PATH, `${JSON.stringify(combined)}\n`);
  process.stdout.write(`\ngeschreven: ${GOAL_MODEL_PATH} (${Object.keys(combined.weights).length} kenmerken)\n`);
}
