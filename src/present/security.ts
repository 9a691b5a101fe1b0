/**
 * The HTTP security headers of everything we serve: the static site (site/serve.ts) and the portal
 * (which adds `form-action 'self'` to the policy). One definition, so the two never drift apart.
 * Only `frame-ancestors` can be chosen (at build time, `build --frame-ancestors`), so a publisher
 * can embed the maps on its own site; the default forbids framing. The build writes the headers
 * to `_headers` (the format Netlify and Cloudflare Pages read); `regioruimte serve` follows it.
 */
export const DEFAULT_FRAME_ANCESTORS = "'none'";
/** The headers file in the built site. */
export const HEADERS_FILE = '_headers';

export function contentSecurityPolicy(frameAncestors = DEFAULT_FRAME_ANCESTORS): string {
  return `default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors ${frameAncestors}`;
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** X-Frame-Options only knows DENY and SAMEORIGIN: it is left out when other sites may embed (CSP decides). */
export function securityHeaders(frameAncestors = DEFAULT_FRAME_ANCESTORS): Record<string, string> {
  const frame = frameAncestors === "'none'" ? 'DENY' : frameAncestors === "'self'" ? 'SAMEORIGIN' : null;
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(frame ? { 'X-Frame-Options': frame } : {}),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export const SECURITY_HEADERS: Record<string, string> = securityHeaders();

const SOURCE = /^(?:'self'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

/**
 * A `frame-ancestors` value from the command line: `'none'`, or one or more of `'self'` and
 * http(s) origins (a `*.` subdomain wildcard allowed), separated by spaces. Anything else (paths,
 * `;`, `*` alone, other keywords) is refused with the reason, because it would change the policy.
 */
export function parseFrameAncestors(value: string): string {
  const sources = value.trim().split(/\s+/).filter(Boolean);
  if (sources.length === 1 && sources[0] === "'none'") return "'none'";
  const bad = sources.filter((s) => !SOURCE.test(s));
  if (sources.length === 0 || bad.length > 0) {
    throw new Error(
      `--frame-ancestors: ${bad.length ? `'${bad.join(' ')}' is geen toegestane bron` : 'geen bron opgegeven'}; geef 'none', of 'self' en/of adressen als https://www.voorbeeld.nl (zonder pad), gescheiden door spaties`,
    );
  }
  return [...new Set(sources)].join(' ');
}

/** The `_headers` file: every header for every path. */
export function headersFile(frameAncestors = DEFAULT_FRAME_ANCESTORS): string {
  const lines = Object.entries(securityHeaders(frameAncestors)).map(([k, v]) => `  ${k}: ${v}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** The frame-ancestors a `_headers` file written by `headersFile` allows (null when it names none). */
export function frameAncestorsOf(file: string): string | null {
  const m = /^\s*Content-Security-Policy:.*\bframe-ancestors ([^;\n]+)/im.exec(file);
  if (!m) return null;
  try {
    return parseFrameAncestors(m[1]);
  } catch {
    return null;
  }
}
