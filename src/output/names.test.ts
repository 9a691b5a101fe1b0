import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, nameHash, safeName, uniqueNames } from './names.ts';

const SAFE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

function expectSafe(name: string): void {
  expect(name).toMatch(SAFE);
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(['', '.', '..']).not.toContain(name);
}

describe('safeName', () => {
  it('keeps ids that are already safe names (so today’s URLs stay)', () => {
    expect(safeName('regio-twente')).toBe('regio-twente');
    expect(safeName('GM0153')).toBe('GM0153');
  });

  it('maps traversal, dot names and empty slugs to a hash-only or slug+hash name', () => {
    for (const v of ['../../x', '.', '..', '', '/', '\\', '..\\..\\x', 'a/b', '\0', '   ']) {
      const name = safeName(v);
      expectSafe(name);
      expect(name).toContain(nameHash(v));
    }
    // "../../x" slugs to "x"; the hash tells it apart from the id "x".
    expect(safeName('../../x')).toBe(`x-${nameHash('../../x')}`);
    expect(safeName('x')).toBe('x');
  });

  it('bounds long ids: 300 ASCII, 43 accented and 21 emoji characters', () => {
    const ascii = 'a'.repeat(300);
    const accented = 'é'.repeat(43); // 86 bytes in UTF-8
    const emoji = '😀'.repeat(21); // 84 bytes, slug is empty
    for (const v of [ascii, accented, emoji]) expectSafe(safeName(v));
    // 64 bytes at most: 55 characters of slug, "-" and the 8-character hash.
    expect(safeName(ascii)).toBe(`${'a'.repeat(55)}-${nameHash(ascii)}`);
    expect(safeName(accented)).toBe(`${'e'.repeat(43)}-${nameHash(accented)}`);
    expect(safeName(emoji)).toBe(nameHash(emoji));
    // Two long ids that share their first 300 characters still differ.
    expect(safeName(`${ascii}1`)).not.toBe(safeName(`${ascii}2`));
  });

  it('never yields names that collide case-insensitively for case-only different values', () => {
    expect(safeName('Twente').toLowerCase()).toBe('twente');
    expect(safeName('Regio Twente').toLowerCase()).not.toBe(safeName('regio-twente').toLowerCase());
  });

  it('avoids reserved names (built-in pages, Windows device names)', () => {
    expect(safeName('zoeken', ['zoeken'])).toBe(`zoeken-${nameHash('zoeken')}`);
    expect(safeName('CON')).toBe(`con-${nameHash('CON')}`);
    expect(safeName('index.html')).toBe(`index-html-${nameHash('index.html')}`);
  });

  it('is stable: the hash is the first 8 hex digits of SHA-256', () => {
    // sha256("..") = 5ec1f7e7… (printf .. | sha256sum)
    expect(nameHash('..')).toBe('5ec1f7e7');
  });
});

describe('uniqueNames', () => {
  it('gives people’s names their plain slug when it is unique', () => {
    const names = uniqueNames(['RES', 'Nationaal Park', 'Regio Deal']);
    expect([...names.values()]).toEqual(['res', 'nationaal-park', 'regio-deal']);
  });

  it('divisions that slug alike get distinct names, independent of order', () => {
    const values = ['Regio Deal', 'regio-deal', 'REGIO DEAL', 'Régio Deal'];
    const a = uniqueNames(values);
    const b = uniqueNames([...values].reverse());
    expect(a).toEqual(b);
    expect(a.get('regio-deal')).toBe('regio-deal');
    const all = [...a.values()].map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(4);
    for (const n of a.values()) expectSafe(n);
  });

  it('a name that slugs to nothing or to a reserved name gets a hash', () => {
    const names = uniqueNames(['!!!', '…', 'Zoeken'], ['zoeken']);
    expect(names.get('!!!')).toBe(nameHash('!!!'));
    expect(names.get('…')).toBe(nameHash('…'));
    expect(names.get('Zoeken')).toBe(`zoeken-${nameHash('Zoeken')}`);
  });
});
