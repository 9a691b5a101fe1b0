import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Merger } from '../model/reference.ts';
import { largestRemainder, reboundaryFlows, type SourceFlow } from './reboundary.ts';

const merger = (formerCode: string, successors: string[]): Merger => ({
  formerCode,
  formerName: formerCode,
  year: 2020,
  successors,
  source: 'test',
});

describe('largestRemainder', () => {
  it('gives the leftover units to the largest remainders, ties to the earlier part', () => {
    // 100 × 1/3 = 33.33 each → floors 33+33+33 = 99, 1 left; equal remainders → first part.
    expect(largestRemainder(100, [1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    // 10 × (0.61, 0.27, 0.12) = 6.1, 2.7, 1.2 → floors 6+2+1 = 9, 1 left → largest remainder .7 (part 2).
    expect(largestRemainder(10, [0.61, 0.27, 0.12])).toEqual([6, 3, 1]);
    expect(largestRemainder(7, [1])).toEqual([7]);
  });

  it('splits a non-integer total exactly proportionally', () => {
    expect(largestRemainder(2.5, [0.5, 0.5])).toEqual([1.25, 1.25]);
  });
});

describe('reboundaryFlows', () => {
  it('adds up the flows of merged municipalities; flows between them become internal', () => {
    // A and B merged into C; D still exists.
    const flows: SourceFlow[] = [
      { from: 'A', to: 'D', persons: 100 },
      { from: 'B', to: 'D', persons: 200 },
      { from: 'A', to: 'B', persons: 50 },
      { from: 'A', to: 'A', persons: 10 },
      { from: 'D', to: 'A', persons: 30 },
      { from: 'D', to: 'D', persons: 5 },
    ];
    const result = reboundaryFlows({
      flows,
      mergers: [merger('A', ['C']), merger('B', ['C'])],
      codes2025: new Set(['C', 'D']),
      population: new Map([['C', 10], ['D', 20]]),
    });
    // C→C = A→B 50 + A→A 10 = 60; C→D = 100 + 200 = 300; D→C = 30; D→D = 5. Total 395 = input.
    expect(result.flows).toEqual([
      { from: 'C', to: 'C', persons: 60, apportionedFrom: [], sources: 2 },
      { from: 'C', to: 'D', persons: 300, apportionedFrom: [], sources: 2 },
      { from: 'D', to: 'C', persons: 30, apportionedFrom: [], sources: 1 },
      { from: 'D', to: 'D', persons: 5, apportionedFrom: [], sources: 1 },
    ]);
    expect(result.apportionedPersons).toBe(0);
    expect(result.unmapped).toEqual([]);
  });

  it('apportions a split municipality by the successors’ population shares', () => {
    // S was split over X (300 inhabitants) and Y (100): shares 300/400 = 0.75 and 100/400 = 0.25.
    const flows: SourceFlow[] = [
      // 100 × 0.75 = 75 → X→Z, 100 × 0.25 = 25 → Y→Z.
      { from: 'S', to: 'Z', persons: 100 },
      // 30 × 0.75 = 22.5, 30 × 0.25 = 7.5 → floors 22 + 7 = 29, 1 left, equal remainders → X (first): 23, 7.
      { from: 'Z', to: 'S', persons: 30 },
      // Internal jobs of S stay internal per part: X→X 40 × 0.75 = 30, Y→Y 40 × 0.25 = 10.
      { from: 'S', to: 'S', persons: 40 },
      // S → X (X existed already): X→X 100 × 0.75 = 75, Y→X 25.
      { from: 'S', to: 'X', persons: 100 },
      { from: 'Z', to: 'Z', persons: 7 },
    ];
    const result = reboundaryFlows({
      flows,
      mergers: [merger('S', ['Y', 'X'])],
      codes2025: new Set(['X', 'Y', 'Z']),
      population: new Map([['X', 300], ['Y', 100], ['Z', 50]]),
    });
    expect(result.flows).toEqual([
      // X→X = 30 (internal S) + 75 (S→X) = 105.
      { from: 'X', to: 'X', persons: 105, apportionedFrom: ['S'], sources: 2 },
      { from: 'X', to: 'Z', persons: 75, apportionedFrom: ['S'], sources: 1 },
      { from: 'Y', to: 'X', persons: 25, apportionedFrom: ['S'], sources: 1 },
      { from: 'Y', to: 'Y', persons: 10, apportionedFrom: ['S'], sources: 1 },
      { from: 'Y', to: 'Z', persons: 25, apportionedFrom: ['S'], sources: 1 },
      { from: 'Z', to: 'X', persons: 23, apportionedFrom: ['S'], sources: 1 },
      { from: 'Z', to: 'Y', persons: 7, apportionedFrom: ['S'], sources: 1 },
      { from: 'Z', to: 'Z', persons: 7, apportionedFrom: [], sources: 1 },
    ]);
    // 100 + 30 + 40 + 100 = 270 persons touched a split; total 277 preserved.
    expect(result.apportionedPersons).toBe(270);
    expect(result.flows.reduce((a, f) => a + f.persons, 0)).toBe(277);
  });

  it('spreads a flow between two split municipalities over every pair of parts', () => {
    // P → X, Y (shares 0.5, 0.5 by population 1, 1); Q → U, V (0.25, 0.75 by population 1, 3).
    // 100 × 0.5 × 0.25 = 12.5 (X→U), 37.5 (X→V), 12.5 (Y→U), 37.5 (Y→V) → floors 12+37+12+37 = 98;
    // 2 left to the four .5 remainders in order: X→U, X→V → 13, 38, 12, 37.
    const result = reboundaryFlows({
      flows: [{ from: 'P', to: 'Q', persons: 100 }],
      mergers: [merger('P', ['X', 'Y']), merger('Q', ['U', 'V'])],
      codes2025: new Set(['U', 'V', 'X', 'Y']),
      population: new Map([['X', 1], ['Y', 1], ['U', 1], ['V', 3]]),
    });
    expect(result.flows.map((f) => [f.from, f.to, f.persons, f.apportionedFrom])).toEqual([
      ['X', 'U', 13, ['P', 'Q']],
      ['X', 'V', 38, ['P', 'Q']],
      ['Y', 'U', 12, ['P', 'Q']],
      ['Y', 'V', 37, ['P', 'Q']],
    ]);
  });

  it('reports codes that are neither 2025 codes nor former municipalities and leaves their flows out', () => {
    const result = reboundaryFlows({
      flows: [
        { from: 'A', to: 'Q', persons: 100 },
        { from: 'A', to: 'A', persons: 5 },
      ],
      mergers: [],
      codes2025: new Set(['A']),
      population: new Map(),
    });
    expect(result.unmapped).toEqual(['Q']);
    expect(result.unmappedPersons).toBe(100);
    expect(result.flows).toEqual([{ from: 'A', to: 'A', persons: 5, apportionedFrom: [], sources: 1 }]);
  });

  it('preserves total jobs exactly, in whole numbers, on 2025 codes only (property)', () => {
    const codes2025 = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5'];
    const former = ['F0', 'F1', 'F2', 'F3'];
    const arbitrary = fc.record({
      successors: fc.tuple(
        ...former.map(() => fc.uniqueArray(fc.constantFrom(...codes2025), { minLength: 1, maxLength: 4 })),
      ),
      population: fc.tuple(...codes2025.map(() => fc.integer({ min: 0, max: 1_000_000 }))),
      flows: fc.array(
        fc.record({
          from: fc.constantFrom(...codes2025, ...former),
          to: fc.constantFrom(...codes2025, ...former),
          persons: fc.integer({ min: 0, max: 50_000 }),
        }),
        { maxLength: 60 },
      ),
    });
    fc.assert(
      fc.property(arbitrary, ({ successors, population, flows }) => {
        const result = reboundaryFlows({
          flows,
          mergers: former.map((f, i) => merger(f, successors[i])),
          codes2025: new Set(codes2025),
          population: new Map(codes2025.map((c, i) => [c, population[i]])),
        });
        const totalIn = flows.reduce((a, f) => a + f.persons, 0);
        const totalOut = result.flows.reduce((a, f) => a + f.persons, 0);
        expect(totalOut).toBe(totalIn);
        const pairs = new Set(result.flows.map((f) => `${f.from}|${f.to}`));
        expect(pairs.size).toBe(result.flows.length);
        for (const f of result.flows) {
          expect(Number.isInteger(f.persons)).toBe(true);
          expect(f.persons).toBeGreaterThan(0);
          expect(codes2025).toContain(f.from);
          expect(codes2025).toContain(f.to);
        }
        // A source flow with a split end is apportioned; without, the pairs are exact.
        const splitFormer = new Set(former.filter((_, i) => successors[i].length > 1));
        const touched = flows.filter((f) => splitFormer.has(f.from) || splitFormer.has(f.to)).reduce((a, f) => a + f.persons, 0);
        expect(result.apportionedPersons).toBe(touched);
      }),
      { seed: 20141201, numRuns: 300 },
    );
  });
});
