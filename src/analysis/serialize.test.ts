import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableChunks, stableStringify } from './serialize.ts';

describe('stableStringify', () => {
  it('sorts keys recursively, keeps array order, rounds to 6 decimals', () => {
    const text = stableStringify({ b: [3, 1, { z: 1 / 3, a: -0 }], a: { y: 2, x: undefined, w: 0.1234565 } });
    expect(text).toBe(
      '{\n  "a": {\n    "w": 0.123457,\n    "y": 2\n  },\n  "b": [\n    3,\n    1,\n    {\n      "a": 0,\n      "z": 0.333333\n    }\n  ]\n}\n',
    );
  });

  it('puts index-like keys first in numeric order, as every earlier published file has them', () => {
    expect(stableStringify({ b: 1, 10: 'x', a: 2, 2: 'y' })).toBe('{\n  "2": "y",\n  "10": "x",\n  "a": 2,\n  "b": 1\n}\n');
  });

  it('gives the same text for objects built in a different key order', () => {
    expect(stableStringify({ a: 1, b: { c: 2, d: 3 } })).toBe(stableStringify({ b: { d: 3, c: 2 }, a: 1 }));
  });
});

describe('stableChunks', () => {
  /** The definition the pieces must reproduce: normalise, then JSON.stringify with 2 spaces. */
  function reference(value: unknown): string {
    const normalise = (v: unknown): unknown => {
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) return null;
        const r = Number.isInteger(v) ? v : Math.round(v * 1e6) / 1e6;
        return Object.is(r, -0) ? 0 : r;
      }
      if (Array.isArray(v)) return v.map(normalise);
      if (v !== null && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v).sort()) if ((v as Record<string, unknown>)[k] !== undefined) out[k] = normalise((v as Record<string, unknown>)[k]);
        return out;
      }
      return v;
    };
    return `${JSON.stringify(normalise(value), null, 2)}\n`;
  }

  it('gives the text JSON.stringify gives for the normalised value, for any JSON-like value', () => {
    const tree = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0), fc.constant(Number.NaN)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
    }));
    // The Analysis is an object; a bare undefined has no JSON text at all.
    const value = fc.oneof(fc.array(tree.node, { maxLength: 4 }), fc.dictionary(fc.string(), tree.node, { maxKeys: 6 }));
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 50 }), (v, size) => {
        const pieces = [...stableChunks(v, size)];
        expect(pieces.join('')).toBe(reference(v));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('writes a "__proto__" key as data at every level, in its sorted place', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"x":2},"s":{"f":[{"__proto__":3,"a":4}],"g":{"z":1,"__proto__":5}}}');
    // (The reference above would drop it: assigning "__proto__" sets the prototype.)
    expect(stableStringify(value)).toBe(
      '{\n  "__proto__": {\n    "x": 2\n  },\n  "b": 1,\n  "s": {\n    "f": [\n      {\n        "__proto__": 3,\n        "a": 4\n      }\n    ],\n' +
        '    "g": {\n      "__proto__": 5,\n      "z": 1\n    }\n  }\n}\n',
    );
  });

  it('keeps each piece near the requested size, so a large value is never one string', () => {
    const big = { rows: Array.from({ length: 5000 }, (_, i) => ({ id: `r${i}`, share: i / 7 })) };
    const pieces = [...stableChunks(big, 4096)];
    expect(pieces.length).toBeGreaterThan(20);
    // A piece closes once it reaches the size; one more item (< 100 characters here) may overshoot it.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096 + 100);
    expect(pieces.join('')).toBe(reference(big));
  });

  it('writes every entry of a large field once, in order, however the entries are batched', () => {
    // Fields (the third level) hold thousands of entries of very different sizes, as goals and pairs do.
    const entry = (i: number) => ({ id: `e${i}`, share: i / 3, text: 'x'.repeat(i % 7 === 0 ? 20_000 : 10), nested: { b: [i, -0], a: Number.NaN } });
    const value = {
      section: {
        list: Array.from({ length: 3000 }, (_, i) => entry(i)),
        byId: Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [i % 2 ? `k${i}` : String(i), entry(i)])),
        tiny: Array.from({ length: 20_000 }, (_, i) => i / 7),
        empty: [],
        none: {},
      },
    };
    for (const size of [64, 4096, 64 * 1024]) expect([...stableChunks(value, size)].join('')).toBe(reference(value));
  });
});
