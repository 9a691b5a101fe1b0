import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonScript, safeHref, trusted } from './html.ts';

describe('html`` escapes every interpolated string', () => {
  it('escapeHtml(text) replaces the five HTML-significant characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });

  it('escapes text and attribute values, but not nested html`` or trusted markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    const out = html`<a title="${name}">${name}</a>${html`<b>${'&'}</b>`}${trusted('<svg></svg>')}`.value;
    expect(out).toBe('<a title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</a><b>&amp;</b><svg></svg>');
  });

  it('renders arrays joined and null/undefined/false as nothing; numbers as text', () => {
    expect(html`${['a', '<']}|${null}|${undefined}|${false}|${3}`.value).toBe('a&lt;||||3');
  });
});

describe('safeHref(url)', () => {
  it('allows http(s) and site-relative URLs only', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('/kaart-1/')).toBe('/kaart-1/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('//evil.example/')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
  });

  it('refuses URLs a browser would read as another host or scheme (backslashes, tabs, line breaks)', () => {
    // WHATWG URL parsing: '\\' counts as '/' in http(s) and site-relative URLs, and tab/LF/CR are removed
    // anywhere, so each of these would resolve to //evil.example or a javascript: URL in a browser.
    for (const bad of ['/\\evil.example/', '/\\/evil.example', '\\\\evil.example', '/\t/evil.example', '/\n/evil.example', 'java\tscript:alert(1)', 'https:\\\\evil.example', 'https://\\evil.example', 'ht\ntps://evil.example', '/\u0000x', 'https:///']) {
      expect(safeHref(bad), JSON.stringify(bad)).toBeNull();
    }
    // Ordinary links stay links, also with a query, a fragment or an encoded space.
    expect(safeHref('https://www.example.nl/a%20b?x=1#y')).toBe('https://www.example.nl/a%20b?x=1#y');
    expect(safeHref('/zoeken/?q=a')).toBe('/zoeken/?q=a');
  });
});

describe('jsonScript(id, data)', () => {
  it('cannot be closed early by data containing </script>', () => {
    const out = jsonScript('x', { n: '</script><script>alert(1)</script>' }).value;
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    const json = out.slice(out.indexOf('>') + 1, out.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ n: '</script><script>alert(1)</script>' });
  });
});
