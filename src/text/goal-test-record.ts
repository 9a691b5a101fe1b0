/**
 * The one-time score of the shipped goal model on a fresh test set (goals from documents it was not
 * trained on), kept beside the model as data/doelen/toetsresultaat.json so the site can say how far
 * the automatic classification is to be trusted. The record names the model by a digest of
 * model.json: after retraining it no longer applies, and readers are told the model is unmeasured
 * instead of being shown an old model's figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import type { Evaluation } from './evaluate.ts';
import { GOAL_MODEL_PATH, goalModelText } from './goal-model.ts';

export const GOAL_TEST_RECORD_PATH = fileURLToPath(new URL('../../data/doelen/toetsresultaat.json', import.meta.url));

export interface GoalTestRecord {
  /** SHA-256 of the model.json text the figures belong to. */
  model: string;
  /** File name of the test set (in data/doelen). */
  testSet: string;
  goals: number;
  documents: number;
  /** Goals whose predicted class is the hand label. */
  correct: number;
  macroF1: number;
  /** Per class: goals with that hand label, and how many of them the classifier gave that class. */
  perClass: Record<GoalClass, { labelled: number; recognised: number }>;
}

export const modelDigest = (modelText: string): string => createHash('sha256').update(modelText).digest('hex');

export function testRecordOf(evaluation: Evaluation, testSet: string, documents: number, modelText: string): GoalTestRecord {
  const perClass = {} as GoalTestRecord['perClass'];
  for (const c of GOAL_CLASSES) {
    const row = evaluation.confusion[c];
    perClass[c] = { labelled: GOAL_CLASSES.reduce((sum, p) => sum + row[p], 0), recognised: row[c] };
  }
  return { model: modelDigest(modelText), testSet, goals: evaluation.n, documents, correct: evaluation.correct, macroF1: Math.round(evaluation.macroF1 * 1000) / 1000, perClass };
}

/** The record of the model at `modelPath`, or null when there is none or it belongs to another model. */
export function readGoalTestRecord(path = GOAL_TEST_RECORD_PATH, modelPath = GOAL_MODEL_PATH): GoalTestRecord | null {
  if (!existsSync(path)) return null;
  const record = JSON.parse(readFileSync(path, 'utf8')) as GoalTestRecord;
  return record.model === modelDigest(goalModelText(modelPath)) ? record : null;
}
