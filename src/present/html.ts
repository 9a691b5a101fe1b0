/**
 * The one escape helper of the site. `html` is a tagged template: every interpolated string is
 * HTML-escaped (text and attribute context alike); only `Html` values (other templates, or markup
 * explicitly trusted with `trusted()`, e.g. SVG we generate ourselves) pass through unchanged.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Renderable = Html | string | number | boolean | null | undefined | readonly Renderable[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Renders a value to markup: strings and numbers escaped, arrays joined, null/undefined/false empty. */
export function render(value: Renderable): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Marks markup as safe. Only for markup this program generated itself (SVG, serialized JSON). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * Only http(s) and site-relative URLs become links; anything else (javascript:, data:) does not.
 * Browsers read a backslash as a slash and drop tabs and line breaks anywhere in a URL, so
 * `/\host`, `/\t/host` and `java\nscript:` would lead elsewhere: a URL with a backslash or a
 * control character is refused, as is one whose host the URL parser does not accept.
 */
export function safeHref(url: string): string | null {
  const u = url.trim();
  if (/[\\\u0000-\u001f\u007f]/.test(u)) return null;
  if (/^https?:\/\//i.test(u)) return URL.canParse(u) && new URL(u).hostname !== '' ? u : null;
  if (u.startsWith('/') && !u.startsWith('//')) return u;
  return null;
}

/**
 * JSON for a <script type="application/json"> block: `<`, `>` and `&` escaped so no `</script>` or
 * `<!--` can end the block, and U+2028/2029 so the text is also valid where it is read as script.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function jsonScript(id: string, data: unknown): Html {
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${jsonForScript(data)}</script>`);
}
