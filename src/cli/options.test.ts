import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from './options.ts';
import { UsageError } from './errors.ts';

describe('--base-url', () => {
  it('keeps scheme, host and path, without a trailing slash', () => {
    expect(parseBaseUrl('https://www.voorbeeld.nl/regioruimte/')).toBe('https://www.voorbeeld.nl/regioruimte');
    expect(parseBaseUrl('http://localhost:4173')).toBe('http://localhost:4173');
    expect(parseBaseUrl(undefined)).toBeUndefined();
  });
  it('refuses what is not a plain web address, naming the option', () => {
    for (const bad of ['www.voorbeeld.nl', 'ftp://x.nl', 'https://x.nl/?a=1', 'https://u:p@x.nl']) expect(() => parseBaseUrl(bad)).toThrow(UsageError);
    expect(() => parseBaseUrl('nee')).toThrow(/--base-url/);
  });
});
