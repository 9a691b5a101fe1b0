import { describe, expect, it } from 'vitest';
import { analyse, resolveOptions, serializeAnalysis } from './index.ts';
import { tinyDataset, tinyReference } from './__fixtures__/tiny.ts';

describe('analyse', () => {
  it('composes every section with schemaVersion 4 and the resolved options', () => {
    const a = analyse(tinyDataset(), tinyReference, { threshold: 3 });
    expect(a.schemaVersion).toBe(4);
    expect(a.options).toEqual({ threshold: 3, foundBack: 0.5, seed: 42 });
    expect(a.network.edges).toHaveLength(3);
    for (const key of ['dataset', 'coverage', 'themes', 'organisation', 'network', 'overlap', 'typology', 'goals'] as const) {
      expect(a[key], key).toBeDefined();
    }
  });

  it('serialises two analyses of the same input to identical text', () => {
    expect(serializeAnalysis(analyse(tinyDataset(), tinyReference))).toBe(serializeAnalysis(analyse(tinyDataset(), tinyReference)));
  });

  it('rejects options no analysis can use', () => {
    expect(() => resolveOptions({ threshold: 0 })).toThrow(RangeError);
    expect(() => resolveOptions({ threshold: 2.5 })).toThrow(RangeError);
    expect(() => resolveOptions({ foundBack: 1.5 })).toThrow(RangeError);
    expect(() => resolveOptions({ foundBack: Number.NaN })).toThrow(RangeError);
    expect(resolveOptions({ threshold: undefined })).toEqual({ threshold: 5, foundBack: 0.5, seed: 42 });
  });
});
