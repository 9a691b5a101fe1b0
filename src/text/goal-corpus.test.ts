import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GOAL_CLASSES } from '../model/enums.ts';
import { GOAL_CORPUS_PATH, readGoalCorpus } from './goal-corpus.ts';

// The labelled corpus is data: these checks guard the size the evaluation needs and that every row
// stays a quoted, sourced goal (text, theme, label, one-line reason, source title and address).
const raw = parse(readFileSync(GOAL_CORPUS_PATH, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('labelled goal corpus (data/doelen/gelabeld.csv)', () => {
  it('has at least 800 goals and at least 120 of every class', () => {
    const corpus = readGoalCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(800);
    for (const c of GOAL_CLASSES) expect(corpus.filter((g) => g.label === c).length).toBeGreaterThanOrEqual(120);
  });

  it('gives every row a text, theme, reason, source and address, and quotes no text twice', () => {
    for (const r of raw) for (const k of ['tekst', 'thema', 'toelichting', 'bron', 'url', 'document']) expect(r[k]?.trim(), `${k}: ${r.tekst}`).toBeTruthy();
    expect(new Set(raw.map((r) => r.tekst.trim())).size).toBe(raw.length);
    expect(raw.every((r) => /^https?:\/\//.test(r.url))).toBe(true);
  });
});
