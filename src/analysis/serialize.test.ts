import { describe, expect, it } from 'vitest';
import { stableStringify } from './serialize.ts';

describe('stableStringify', () => {
  it('sorts keys recursively, keeps array order, rounds to 6 decimals', () => {
    const text = stableStringify({ b: [3, 1, { z: 1 / 3, a: -0 }], a: { y: 2, x: undefined, w: 0.1234565 } });
    expect(text).toBe(
      '{\n  "a": {\n    "w": 0.123457,\n    "y": 2\n  },\n  "b": [\n    3,\n    1,\n    {\n      "a": 0,\n      "z": 0.333333\n    }\n  ]\n}\n',
    );
  });

  it('gives the same text for objects built in a different key order', () => {
    expect(stableStringify({ a: 1, b: { c: 2, d: 3 } })).toBe(stableStringify({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
