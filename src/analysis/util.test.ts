import { describe, expect, it } from 'vitest';
import { groupBy } from './util.ts';

describe('groupBy', () => {
  it('keeps keys in order of first appearance and items in input order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });
});
