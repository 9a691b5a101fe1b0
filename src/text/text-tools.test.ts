import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';
import { tokenise } from './tokenise.ts';

describe('stem(word)', () => {
  it('gives inflected and derived forms one stem', () => {
    // -en, -ing and -ingen stripped; final double consonant undoubled (aanlegg → aanleg).
    expect(stem('bouwen')).toBe('bouw');
    expect(stem('verbreden')).toBe('verbred');
    expect(stem('verbreding')).toBe('verbred');
    expect(stem('ontwikkelingen')).toBe('ontwikkel');
    expect(stem('aanleggen')).toBe('aanleg');
    expect(stem('mogelijkheden')).toBe('mogelijkheid');
  });
  it('leaves short words alone', () => {
    expect(stem('aa')).toBe('aa');
    expect(stem('maas')).toBe('maas');
    expect(stem('routes')).toBe(stem('route'));
    expect(stem('parken')).toBe('park');
  });
});

describe('tokenise(text)', () => {
  it('splits on hyphens and punctuation, keeps offsets, case and sentence starts', () => {
    const t = tokenise('Station Halfweg-Zwanenburg. Daarna de A20!');
    expect(t.map((x) => x.raw)).toEqual(['Station', 'Halfweg', 'Zwanenburg', 'Daarna', 'de', 'A20']);
    expect(t.map((x) => x.sentenceStart)).toEqual([true, false, false, true, false, false]);
    expect(t[5].capitalised).toBe(true);
    expect(t[4].capitalised).toBe(false);
    expect('Station Halfweg-Zwanenburg. Daarna de A20!'.slice(t[1].start, t[2].end)).toBe('Halfweg-Zwanenburg');
  });
  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise(' - ; ')).toEqual([]);
  });
});
