/**
 * The labelled goal corpus (data/doelen/gelabeld.csv: tekst, thema, label, toelichting, bron, url,
 * document) and the fresh test sets in the same columns. The model is trained on all of
 * TRAINING_CORPUS_PATHS; goal-training.ts validates it set by set and, alongside, in cross-validation
 * folds grouped by document. `partOfDocument` is the earlier fixed split by document (FNV-1a(document id) mod 5 = 0 is
 * 'toets'), still used by `regioruimte doelen evalueer --deel` on a file with a document column.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';

export interface LabelledGoal {
  tekst: string;
  thema: string;
  label: GoalClass;
  document: string;
}

export const GOAL_CORPUS_PATH = fileURLToPath(new URL('../../data/doelen/gelabeld.csv', import.meta.url));
/**
 * Fresh test set n as data/doelen names it: set 1 is toets-vers.csv, set n toets-vers-<n>.csv; with
 * suffix '-lezingen' the file that keeps both blind readings of the set.
 */
export function freshSetPath(n: number, suffix = ''): string {
  return fileURLToPath(new URL(`../../data/doelen/toets-vers${n === 1 ? '' : `-${n}`}${suffix}.csv`, import.meta.url));
}

/** Fresh sets scored once and since added to the training (set n measured the model of the files before it). */
export const SCORED_FRESH_SETS = 10;

/**
 * What the model is trained on: the labelled corpus and the fresh test sets scored before this model
 * was trained (a test set that has been looked at is no longer a test; its goals help the next model),
 * in the order they were made. Each fresh set came from a later search round than the files before
 * it, so goal-training.ts setwiseValidate predicts each from the files before it: the validation that
 * settings are chosen on. Set n measured the model of the files before it (the latest measurement is in
 * data/doelen/toetsresultaat.json); each joins the training at the next retraining, whose model then
 * needs a new fresh set of its own (until it is measured, data/doelen/toetsresultaat.json does not match
 * and the site says "niet gemeten").
 */
export const TRAINING_CORPUS_PATHS = [GOAL_CORPUS_PATH, ...Array.from({ length: SCORED_FRESH_SETS }, (_, i) => freshSetPath(i + 1))];

export function readGoalCorpus(path = GOAL_CORPUS_PATH): LabelledGoal[] {
  const records = parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, i) => {
    if (!(GOAL_CLASSES as readonly string[]).includes(r.label)) throw new Error(`${path} rij ${i + 2}: label '${r.label}' is geen klasse`);
    if (!r.document) throw new Error(`${path} rij ${i + 2}: kolom document is leeg`);
    return { tekst: r.tekst, thema: r.thema, label: r.label as GoalClass, document: r.document };
  });
}

/** All goals the model is trained on, in file order. */
export function readTrainingCorpus(paths = TRAINING_CORPUS_PATHS): LabelledGoal[] {
  return paths.flatMap((path) => readGoalCorpus(path));
}

/** The same sentence with other spacing, letter case or punctuation gives the same key. */
export function sentenceKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 32-bit FNV-1a of a string (UTF-16 code units), as an unsigned integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type CorpusPart = 'train' | 'toets';

export function partOfDocument(document: string): CorpusPart {
  return fnv1a(document) % 5 === 0 ? 'toets' : 'train';
}
