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
});

describe('jsonScript(id, data)', () => {
  it('cannot be closed early by data containing </script>', () => {
    const out = jsonScript('x', { n: '</script><script>alert(1)</script>' }).value;
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    const json = out.slice(out.indexOf('>') + 1, out.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ n: '</script><script>alert(1)</script>' });
  });
});
