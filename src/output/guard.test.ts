import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNotOntoInput, realPathSoFar } from './guard.ts';

describe('assertNotOntoInput(out, inputs)', () => {
  const base = mkdtempSync(join(tmpdir(), 'rr-guard-'));
  const data = join(base, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'samenwerkingen.csv'), 'id\n');
  writeFileSync(join(base, 'werkmap.xlsx'), 'x');
  symlinkSync(data, join(base, 'koppeling'));

  it('refuses the input itself, a path inside an input folder, and a folder that holds the input', () => {
    expect(() => assertNotOntoInput(join(base, 'werkmap.xlsx'), [join(base, 'werkmap.xlsx')])).toThrow(/de invoer zelf/);
    expect(() => assertNotOntoInput(join(data, 'samenwerkingen.csv'), [data])).toThrow(/in de invoer/);
    expect(() => assertNotOntoInput(join(data, 'nieuw', 'a.json'), [data])).toThrow(/in de invoer/);
    expect(() => assertNotOntoInput(data, [data])).toThrow(/de invoer zelf/);
    expect(() => assertNotOntoInput(base, [data])).toThrow(/bevat de invoer/);
  });

  it('sees through symbolic links and relative paths', () => {
    expect(() => assertNotOntoInput(join(base, 'koppeling', 'samenwerkingen.csv'), [data])).toThrow(/in de invoer/);
    expect(() => assertNotOntoInput(join(data, '..', 'data', 'x.json'), [join(base, 'koppeling')])).toThrow(/in de invoer/);
    expect(realPathSoFar(join(base, 'koppeling', 'nog', 'niet'))).toBe(join(realPathSoFar(data), 'nog', 'niet'));
  });

  it('allows a sibling whose name only starts like the input', () => {
    expect(() => assertNotOntoInput(join(base, 'data-uit'), [data])).not.toThrow();
    expect(() => assertNotOntoInput(join(base, 'analyse.json'), [data, join(base, 'werkmap.xlsx')])).not.toThrow();
  });
});
