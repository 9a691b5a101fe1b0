import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from './evaluate.ts';
import { modelDigest, readGoalTestRecord, testRecordOf } from './goal-test-record.ts';

const zero = { LOCATIE: 0, LOBBY: 0, PROCES: 0, ABSTRACT: 0 };
// Rows are hand labels, columns predictions: 3 + 1 + 2 + 4 = 10 right of 15.
const evaluation = {
  n: 15, correct: 10, accuracy: 10 / 15, macroF1: 0.65432,
  perClass: {} as Evaluation['perClass'],
  confusion: { LOCATIE: { ...zero, LOCATIE: 3, ABSTRACT: 1 }, LOBBY: { ...zero, LOBBY: 1, PROCES: 2 }, PROCES: { ...zero, PROCES: 2, ABSTRACT: 1 }, ABSTRACT: { ...zero, ABSTRACT: 4, LOCATIE: 1 } },
} satisfies Evaluation;

describe('goal test record', () => {
  it('keeps per class how many hand-labelled goals the classifier recognised, and names the model by digest', () => {
    const r = testRecordOf(evaluation, 'toets.csv', 7, '{"m":1}\n');
    expect(r.perClass).toEqual({ LOCATIE: { labelled: 4, recognised: 3 }, LOBBY: { labelled: 3, recognised: 1 }, PROCES: { labelled: 3, recognised: 2 }, ABSTRACT: { labelled: 5, recognised: 4 } });
    expect([r.goals, r.documents, r.correct, r.macroF1]).toEqual([15, 7, 10, 0.654]);
    expect(r.model).toBe(modelDigest('{"m":1}\n'));
    expect(r.model).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is read only for the model it was measured on: after retraining the site says unmeasured', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toetsresultaat-'));
    const record = join(dir, 'toetsresultaat.json');
    const model = join(dir, 'model.json');
    writeFileSync(model, '{"m":1}\n');
    writeFileSync(record, JSON.stringify(testRecordOf(evaluation, 'toets.csv', 7, '{"m":1}\n')));
    expect(readGoalTestRecord(record, model)?.correct).toBe(10);
    writeFileSync(model, '{"m":2}\n');
    expect(readGoalTestRecord(record, model)).toBeNull();
    expect(readGoalTestRecord(join(dir, 'absent.json'), model)).toBeNull();
  });
});
