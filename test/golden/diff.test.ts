import { describe, expect, it } from 'vitest';
import { firstDifference } from './diff.ts';

describe('firstDifference', () => {
  it('names the first differing line and column and counts differing lines', () => {
    // Line 2 differs at column 3 ("abc" vs "abX"); line 3 is equal; line 4 exists only in actual.
    const d = firstDifference('same\nabc\nz', 'same\nabX\nz\nextra');
    expect(d).toContain('regel 2, kolom 3');
    expect(d).toContain('2 van 4 regels verschillen');
    expect(d).toContain('- verwacht: abc');
    expect(d).toContain('+ gekregen: abX');
  });
  it('shows the end of the file when one text is a prefix of the other', () => {
    expect(firstDifference('a', 'a\nb')).toContain('- verwacht: (einde van het bestand)');
  });
});
