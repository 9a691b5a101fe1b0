/**
 * Floor test on the hand-labelled goal set (test/fixtures/doelen-gelabeld.csv). The floors are the
 * accuracies measured when the rules were fixed (docs/doelen.md) minus 0.05; they guard against
 * regressions, they are not the reported figures (those come from `regioruimte doelen evalueer`).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { GoalClass } from '../model/enums.ts';
import { evaluate } from './evaluate.ts';
import { classifyGoal } from './goal-classifier.ts';

/** Measured at commit 213be09 (rules frozen before the toets part was first scored): 0.967 and 0.912. */
const FLOOR_ONTWIKKEL = 0.967 - 0.05;
const FLOOR_TOETS = 0.912 - 0.05;

const rows = parse(readFileSync(new URL('../../test/fixtures/doelen-gelabeld.csv', import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[];
const score = (part: string) =>
  evaluate(rows.filter((r) => part === 'alle' || r.deel === part).map((r) => ({ gold: r.label as GoalClass, predicted: classifyGoal(r.tekst).label })));

describe('labelled goal set', () => {
  it('has at least 120 rows, at least 30 in the toets part, valid labels and sources', () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(rows.filter((r) => r.deel === 'toets').length).toBeGreaterThanOrEqual(30);
    for (const r of rows) {
      expect(['LOCATIE', 'LOBBY', 'PROCES', 'ABSTRACT']).toContain(r.label);
      expect(['ontwikkel', 'toets']).toContain(r.deel);
      expect(r.toelichting.length).toBeGreaterThan(0);
      expect(r.bron.length).toBeGreaterThan(0);
    }
  });
  it('accuracy stays above the floor on both parts', () => {
    expect(score('ontwikkel').accuracy).toBeGreaterThanOrEqual(FLOOR_ONTWIKKEL);
    expect(score('toets').accuracy).toBeGreaterThanOrEqual(FLOOR_TOETS);
  });
});
