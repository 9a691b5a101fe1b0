/**
 * Goals benchmark: classifying 10,000 goal texts (the example goals repeated, each with a numbered
 * suffix so no two strings are equal) with classifyGoal, against merely tokenising the same texts.
 * Target: 10,000 goals under 1 s. Prints time, time per goal and the ratio to tokenising.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { classifyGoal } from '../src/text/goal-classifier.ts';
import { loadGazetteer } from '../src/text/gazetteer.ts';
import { tokenise } from '../src/text/tokenise.ts';
import { timeBest, type Bench } from './lib.ts';

export const GOAL_COUNT = 10_000;

/** n goal texts cycled from the example dataset. */
export function syntheticGoalTexts(n: number): string[] {
  const rows = parse(readFileSync(new URL('../data/voorbeeld/doelen.csv', import.meta.url), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const texts = rows.map((r) => r.tekst ?? r.goal_text ?? '').filter((t) => t !== '');
  return Array.from({ length: n }, (_, i) => `${texts[i % texts.length]} (${i})`);
}

/** Classifies every text once; returns the number of LOCATIE labels so the work cannot be skipped. */
export function classifyAll(texts: string[]): number {
  let locations = 0;
  for (const t of texts) if (classifyGoal(t).label === 'LOCATIE') locations++;
  return locations;
}

export const goalsBench: Bench = {
  name: 'doelen',
  async run(log) {
    const texts = syntheticGoalTexts(GOAL_COUNT);
    loadGazetteer(); // loading the gazetteer files is a one-off, not measured
    classifyAll(texts.slice(0, 500)); // warm-up
    const tokens = await timeBest(() => texts.reduce((n, t) => n + tokenise(t).length, 0), 5);
    const classify = await timeBest(() => classifyAll(texts), 5);
    log('doelen | classificeren (ms) | per doel (µs) | alleen tokeniseren (ms) | verhouding | doel < 1000 ms');
    log(
      [
        String(GOAL_COUNT),
        classify.ms.toFixed(0),
        ((classify.ms * 1000) / GOAL_COUNT).toFixed(1),
        tokens.ms.toFixed(0),
        `${(classify.ms / tokens.ms).toFixed(1)}×`,
        classify.ms < 1000 ? 'ja' : 'NEE',
      ].join(' | '),
    );
  },
};
