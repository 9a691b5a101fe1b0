/**
 * Trains the learned goal classifier deterministically on all of data/doelen/gelabeld.csv and the fresh
 * test sets already scored (goal-corpus.ts TRAINING_CORPUS_PATHS).
 *   npx tsx scripts/train-goals.ts           chooses the setting by grouped cross-validation, prints the
 *                                            figures and writes data/doelen/model.json
 *   npx tsx scripts/train-goals.ts --check   the same without writing
 *   npx tsx scripts/train-goals.ts --check --errors   also lists the cross-validation errors of the chosen setting
 *   npx tsx scripts/train-goals.ts --toets <file>     writes nothing: trains the setting stored in model.json on
 *     all training goals, says whether that gives model.json byte for byte, and prints the full evaluation on
 *     <file> (same columns as gelabeld.csv, documents that are not in the training goals). For a test set that has not been
 *     seen: run it once, after the setting is fixed.
 *   npx tsx scripts/train-goals.ts --toets <file> --vastleggen   the same, and writes the combination's score
 *     to data/doelen/toetsresultaat.json for the site (only when the training gives model.json exactly).
 * Settings are chosen only by the grouped 5-fold cross-validation by document (goal-training.ts), on
 * macro-F1, over the small fixed grid below; ties keep the earlier (simpler) setting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { GOAL_CLASSES } from '../src/model/enums.ts';
import { formatEvaluation } from '../src/text/evaluate.ts';
import { readGoalCorpus, readTrainingCorpus, TRAINING_CORPUS_PATHS } from '../src/text/goal-corpus.ts';
import { BASIC_FEATURES, type FeatureOptions } from '../src/text/goal-features.ts';
import { GOAL_MODEL_PATH, type GoalModel } from '../src/text/goal-model.ts';
import { GOAL_TEST_RECORD_PATH, testRecordOf } from '../src/text/goal-test-record.ts';
import { chooseAbstractOffset, combinedEvaluation, crossValidate, overlap, shiftAbstract, prepareGoals, scoreOf, settingOf, testReport, trainSetting, type Prediction, type Setting } from '../src/text/goal-training.ts';

// The first row is the method of the previous round (stems, stem pairs, 5-letter affixes, rule signals),
// so the grid also shows old against new on the same folds.
const PREVIOUS: FeatureOptions = { ...BASIC_FEATURES, affix: 5 };
const CHARS: FeatureOptions = { ...PREVIOUS, chars: 5, charScale: 2 };
const GRID: Setting[] = [];
for (const features of [PREVIOUS, CHARS, { ...CHARS, skip: true, start: true }]) {
  for (const documentWeight of [false, true]) GRID.push({ lambda: 0.001, balanced: true, documentWeight, abstractOffset: 0, features });
}

const MODEL_FILE = relative(process.cwd(), GOAL_MODEL_PATH);
const TRAINING_FILES = TRAINING_CORPUS_PATHS.map((p) => relative(process.cwd(), p)).join(' + ');
const describe = (s: Setting) => {
  const f = s.features;
  const groups = [f.affix > 0 ? `woorddelen ${f.affix}` : '', f.chars > 0 ? `lettergroepen 3–${f.chars} (×${f.charScale})` : '', f.skip ? 'overslaanparen' : '', f.start ? 'zinsbegin' : ''].filter((x) => x !== '');
  return `${groups.join(' + ') || 'alleen woorden'}${s.documentWeight ? ', documenten gewogen' : ''}; λ=${s.lambda}${s.balanced ? ', klassen gewogen' : ''}${s.abstractOffset ? `, ABSTRACT −${s.abstractOffset}` : ''}`;
};
const recalls = (p: Prediction[]) => {
  const e = scoreOf(p);
  return `macro-F1 ${e.macroF1.toFixed(3)}; recall ${GOAL_CLASSES.map((c) => `${c} ${e.perClass[c].recall.toFixed(3)}`).join(', ')}`;
};

function crossValidation(goals: ReturnType<typeof prepareGoals>): string {
  const started = Date.now();
  const runs = GRID.map((setting) => {
    const raw = crossValidate(goals, setting);
    const offset = chooseAbstractOffset(raw);
    return { setting: { ...setting, abstractOffset: offset }, raw, predictions: shiftAbstract(raw, offset) };
  });
  const best = runs.reduce((a, b) => (scoreOf(b.predictions).macroF1 > scoreOf(a.predictions).macroF1 + 1e-12 ? b : a));
  const certain = best.predictions.filter((p) => p.confidence >= 0.5);
  const uncertain = best.predictions.filter((p) => p.confidence < 0.5);
  const accuracy = (p: Prediction[]) => (p.filter((x) => x.predicted === x.goal.label).length / Math.max(1, p.length)).toFixed(3);
  const lines = [
    `corpus: ${goals.length} doelen uit ${new Set(goals.map((g) => g.document)).size} documenten; gegroepeerde 5-voudige kruisvalidatie (vouw = FNV-1a(document) mod 5)`,
    `rooster (${((Date.now() - started) / 1000).toFixed(0)} s); per instelling zonder en met de ABSTRACT-correctie:\n${runs.map((r) => `  ${describe(r.setting)}\n    zonder: ${recalls(r.raw)}\n    met:    ${recalls(r.predictions)}`).join('\n')}\n→ gekozen: ${describe(best.setting)}`,
    formatEvaluation(scoreOf(best.predictions), `Kruisvalidatie, gekozen instelling (${describe(best.setting)})`),
    `onzeker (zekerheid < 0.5) in de kruisvalidatie: ${uncertain.length} van ${goals.length}; nauwkeurigheid zeker ${accuracy(certain)}, onzeker ${accuracy(uncertain)}`,
  ];
  if (process.argv.includes('--errors')) {
    const wrong = best.predictions.filter((p) => p.goal.label !== p.predicted);
    lines.push(`kruisvalidatiefouten (${wrong.length}; handlabel → voorspeld, regels):\n${wrong
      .sort((a, b) => a.goal.label.localeCompare(b.goal.label) || a.predicted.localeCompare(b.predicted))
      .map((p) => `  ${p.goal.label} → ${p.predicted} (regels ${p.goal.rule}): ${p.goal.tekst}`).join('\n')}`);
  }
  if (!process.argv.includes('--check')) {
    const started = Date.now();
    const model = trainSetting(goals, best.setting);
    writeFileSync(GOAL_MODEL_PATH, `${JSON.stringify(model)}\n`);
    lines.push(`geschreven: ${MODEL_FILE} (${Object.keys(model.weights).length} kenmerken; training ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return lines.join('\n\n');
}

function testFile(goals: ReturnType<typeof prepareGoals>, path: string): string {
  const shipped = readFileSync(GOAL_MODEL_PATH, 'utf8');
  const setting = settingOf(JSON.parse(shipped) as GoalModel);
  const test = prepareGoals(readGoalCorpus(path));
  const model = trainSetting(goals, setting);
  const same = `${JSON.stringify(model)}\n` === shipped;
  const { documents, texts } = overlap(goals, test);
  const record = process.argv.includes('--vastleggen') && same && documents.length + texts.length === 0;
  if (record) {
    const scored = testRecordOf(combinedEvaluation(test, setting, model), basename(path), new Set(test.map((g) => g.document)).size, shipped);
    writeFileSync(GOAL_TEST_RECORD_PATH, `${JSON.stringify(scored, null, 2)}\n`);
  }
  return [
    `getraind op alle ${goals.length} doelen van ${TRAINING_FILES} met de instelling uit model.json (${describe(setting)}); gelijk aan ${MODEL_FILE}: ${same ? 'ja' : 'NEE — draai eerst npx tsx scripts/train-goals.ts'}`,
    documents.length + texts.length > 0 ? `LET OP: ${documents.length} documenten en ${texts.length} teksten van de toetsset staan ook in de trainingsdoelen: ${documents.join(', ')}` : `geen document of tekst van de toetsset staat in ${TRAINING_FILES}`,
    testReport(goals, test, setting, model),
    ...(record ? [`geschreven: ${relative(process.cwd(), GOAL_TEST_RECORD_PATH)}`] : []),
    ...(process.argv.includes('--vastleggen') && !record ? ['niet vastgelegd: de training gaf model.json niet exact, of de toets deelt documenten of teksten met de training'] : []),
  ].join('\n\n');
}

const goals = prepareGoals(readTrainingCorpus());
const toets = process.argv.indexOf('--toets');
if (toets >= 0 && !process.argv[toets + 1]) throw new Error('--toets vraagt een bestand: npx tsx scripts/train-goals.ts --toets <csv>');
process.stdout.write(`${toets >= 0 ? testFile(goals, process.argv[toets + 1]) : crossValidation(goals)}\n`);
