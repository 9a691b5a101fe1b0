import { describe, expect, it } from 'vitest';
import { proxyCount } from './beheer.ts';
import { UsageError } from './errors.ts';

describe('--trust-proxy [n]', () => {
  it('is off when absent, one proxy when given without a number, else the number', () => {
    expect(proxyCount(undefined)).toBe(0);
    expect(proxyCount(true)).toBe(1);
    expect(proxyCount('2')).toBe(2);
    expect(proxyCount('10')).toBe(10);
  });

  it('refuses what is no number of proxies', () => {
    for (const bad of ['0', '11', 'ja', '1.5', '-1']) expect(() => proxyCount(bad), bad).toThrow(UsageError);
    expect(() => proxyCount('11')).toThrow("--trust-proxy moet ≤ 10 zijn (het aantal reverse proxy’s voor het portaal), niet '11'");
  });
});
