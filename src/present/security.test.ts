import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, frameAncestorsOf, headersFile, parseFrameAncestors, securityHeaders } from './security.ts';

describe('frame-ancestors chosen at build time', () => {
  it('by default nothing may embed the site: frame-ancestors none and X-Frame-Options DENY', () => {
    expect(CONTENT_SECURITY_POLICY.endsWith("frame-ancestors 'none'")).toBe(true);
    expect(securityHeaders()['X-Frame-Options']).toBe('DENY');
  });

  it("'self' plus a publisher's site: the CSP names both, X-Frame-Options (which cannot) is left out; 'self' alone is SAMEORIGIN", () => {
    const h = securityHeaders("'self' https://www.vng.nl");
    expect(h['Content-Security-Policy']).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self' https://www.vng.nl",
    );
    expect(h['X-Frame-Options']).toBeUndefined();
    expect(securityHeaders("'self'")['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('accepts origins and refuses what would change the rest of the policy', () => {
    expect(parseFrameAncestors("  'self'   https://*.vng.nl http://localhost:8080 'self' ")).toBe("'self' https://*.vng.nl http://localhost:8080");
    expect(parseFrameAncestors("'none'")).toBe("'none'");
    for (const bad of ["https://x.nl; script-src *", '*', 'https://x.nl/pad', "'unsafe-inline'", '', "'none' https://x.nl", 'javascript:alert(1)']) {
      expect(() => parseFrameAncestors(bad), bad).toThrow(/--frame-ancestors/);
    }
  });

  it('the _headers file carries every header for every path and gives the same value back', () => {
    const file = headersFile("'self' https://www.vng.nl");
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self';");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(frameAncestorsOf(file)).toBe("'self' https://www.vng.nl");
    expect(frameAncestorsOf(headersFile())).toBe("'none'");
    // A hand-edited file with something we would not write: ignored (the server then forbids embedding).
    expect(frameAncestorsOf('/*\n  Content-Security-Policy: frame-ancestors *\n')).toBeNull();
  });
});
