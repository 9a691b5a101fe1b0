import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from './evaluate.ts';

describe('evaluate(pairs)', () => {
  it('computes accuracy, per-class scores, macro-F1 and the confusion matrix', () => {
    // gold/predicted: L/L, L/A, P/P, P/P, A/A, A/P.
    const e = evaluate([
      { gold: 'LOCATIE', predicted: 'LOCATIE' },
      { gold: 'LOCATIE', predicted: 'ABSTRACT' },
      { gold: 'PROCES', predicted: 'PROCES' },
      { gold: 'PROCES', predicted: 'PROCES' },
      { gold: 'ABSTRACT', predicted: 'ABSTRACT' },
      { gold: 'ABSTRACT', predicted: 'PROCES' },
    ]);
    // correct 4 of 6.
    expect(e.accuracy).toBeCloseTo(4 / 6, 12);
    // LOCATIE: P = 1/1, R = 1/2, F1 = 2·1·0.5/1.5 = 2/3.
    expect(e.perClass.LOCATIE).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2, predicted: 1 });
    // PROCES: P = 2/3, R = 2/2, F1 = 2·(2/3)·1/(5/3) = 0.8.
    expect(e.perClass.PROCES.f1).toBeCloseTo(0.8, 12);
    // ABSTRACT: P = 1/2, R = 1/2, F1 = 0.5. LOBBY absent everywhere → left out of the macro mean.
    expect(e.perClass.ABSTRACT.f1).toBeCloseTo(0.5, 12);
    expect(e.macroF1).toBeCloseTo((2 / 3 + 0.8 + 0.5) / 3, 12);
    expect(e.confusion.LOCATIE).toEqual({ LOCATIE: 1, LOBBY: 0, PROCES: 0, ABSTRACT: 1 });
    expect(e.confusion.ABSTRACT.PROCES).toBe(1);
  });
  it('a class that is labelled but never predicted scores 0 and counts in the macro mean', () => {
    const e = evaluate([
      { gold: 'LOBBY', predicted: 'ABSTRACT' },
      { gold: 'ABSTRACT', predicted: 'ABSTRACT' },
    ]);
    // LOBBY F1 0; ABSTRACT P = 1/2, R = 1, F1 = 2/3; macro = (0 + 2/3) / 2 = 1/3.
    expect(e.perClass.LOBBY.f1).toBe(0);
    expect(e.macroF1).toBeCloseTo(1 / 3, 12);
  });
  it('handles an empty set and prints a Dutch report', () => {
    const e = evaluate([]);
    expect(e.accuracy).toBe(0);
    expect(formatEvaluation(e, 'Test')).toMatch(/nauwkeurigheid \(accuracy\): 0\.000/);
  });
});
