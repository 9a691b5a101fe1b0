import { describe, expect, it } from 'vitest';
import { summariseDataset } from './dataset.ts';
import { tinyDataset } from './__fixtures__/tiny.ts';

describe('summariseDataset', () => {
  it('counts what was accepted and the findings per severity', () => {
    const s = summariseDataset(tinyDataset());
    expect(s).toEqual({
      source: 'tiny',
      cooperations: 6,
      spatial: 4, // c1..c4
      goals: 2,
      municipalitiesReferenced: 5, // GM0001..GM0005; GM0006 is in no cooperation
      nationalRegions: 3,
      nationalPolicies: 0,
      commutingFlows: null,
      findings: { error: 0, warning: 1, info: 1 },
      sheets: [
        { sheet: 'doelen', present: true, rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 },
        { sheet: 'samenwerkingen', present: true, rowsRead: 7, rowsAccepted: 6, rowsRejected: 1 },
      ],
    });
  });
});
