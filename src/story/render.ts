/**
 * Chapter Markdown → sanitised HTML. `{{ naam }}` cites a live value (src/story/values.ts);
 * `{{ figuur: naam }}` embeds an SVG figure from verhaal/; `{{ kaart: naam }}` refers to one of the
 * site's maps. References are swapped for inert placeholders before Markdown parsing and put back
 * after sanitising, so neither a value nor an author's HTML can inject markup. An unknown
 * reference is an error finding with file and line.
 */
import { closest } from 'fastest-levenshtein';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { Analysis } from '../analysis/types.ts';
import type { Finding } from '../model/findings.ts';
import { escapeHtml } from '../present/html.ts';
import type { ChapterSource, FigureSource } from './read.ts';
import { storyValue, storyValueNames } from './values.ts';

/** The maps a chapter may refer to, with the page that shows them. */
export const STORY_MAPS: Record<string, { href: string; title: string }> = {
  'kaart-1': { href: '/kaart-1/', title: 'Kaart 1 – alle samenwerkingsverbanden' },
  'kaart-2': { href: '/kaart-2/', title: 'Kaart 2 – ruimtelijke agenda’s' },
  'witte-vlekken': { href: '/kaart-2/#witte-vlekken', title: 'Witte vlekken op Kaart 2' },
  themas: { href: '/themas/', title: 'Kaarten per thema' },
  'nationaal-beleid': { href: '/nationaal-beleid/', title: 'Nationale indelingen naast de regionale agenda’s' },
};

export const FIGURE_PATH = '/verhaal/figuren/';

export interface Chapter {
  slug: string;
  title: string;
  order: number;
  summary: string | null;
  file: string;
  /** Sanitised HTML of the body; headings start at h2 (the page's h1 is the title). */
  html: string;
}

const REFERENCE = /\{\{\s*([^{}]*?)\s*\}\}/g;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'code', 'pre', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr'],
  allowedAttributes: { a: ['href'], abbr: ['title'], th: ['scope'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowProtocolRelative: false,
  // An h1 in a chapter would be a second page title; it becomes the chapter's top section heading.
  transformTags: { h1: 'h2', h5: 'h4', h6: 'h4' },
};

const markdown = new Marked({ gfm: true, async: false });

function unknownFinding(file: string, line: number, raw: string, kind: string, known: string[]): Finding {
  const guess = known.length ? closest(raw, known) : null;
  return {
    severity: 'error',
    file,
    row: line,
    column: null,
    value: `{{ ${raw} }}`,
    message: `Onbekende verwijzing naar ${kind} '${raw}'.`,
    hint: `${guess ? `Bedoelt u '${guess}'? ` : ''}Bekende namen: ${known.join(', ')}.`,
  };
}

function figureHtml(f: FigureSource): string {
  return `<figure class="story-figure"><img src="${FIGURE_PATH}${escapeHtml(f.name)}.svg" alt="${escapeHtml(f.description ?? f.title)}"><figcaption>${escapeHtml(f.title)}</figcaption></figure>`;
}

function mapHtml(name: string): string {
  const m = STORY_MAPS[name];
  return `<p class="story-map"><a href="${m.href}">${escapeHtml(m.title)}</a> – open de kaart met legenda, beschrijving en tabel.</p>`;
}

interface Resolved {
  text: string;
  replacements: string[];
  findings: Finding[];
}

/** Replaces every reference by a placeholder token, collecting the HTML it stands for. */
function resolveReferences(c: ChapterSource, a: Analysis, figures: Map<string, FigureSource>): Resolved {
  const replacements: string[] = [];
  const findings: Finding[] = [];
  const lines = c.body.split('\n').map((line, i) =>
    line.replace(REFERENCE, (_all, inner: string) => {
      const at = c.bodyLine + i;
      const [kind, rest] = inner.includes(':') ? [inner.slice(0, inner.indexOf(':')).trim(), inner.slice(inner.indexOf(':') + 1).trim()] : ['', inner];
      let out: string | null = null;
      if (kind === 'figuur') {
        const f = figures.get(rest);
        if (f) out = figureHtml(f);
        else findings.push(unknownFinding(c.file, at, rest, 'een figuur', [...figures.keys()].sort()));
      } else if (kind === 'kaart') {
        if (STORY_MAPS[rest]) out = mapHtml(rest);
        else findings.push(unknownFinding(c.file, at, rest, 'een kaart', Object.keys(STORY_MAPS)));
      } else {
        const value = kind ? null : storyValue(rest, a);
        if (value !== null) out = escapeHtml(value);
        else findings.push(unknownFinding(c.file, at, inner, 'een waarde', storyValueNames(a)));
      }
      replacements.push(out ?? '');
      return `RRSTORYREF${replacements.length - 1}X`;
    }),
  );
  return { text: lines.join('\n'), replacements, findings };
}

export function renderChapter(c: ChapterSource, a: Analysis, figures: Map<string, FigureSource>): { chapter: Chapter; findings: Finding[] } {
  const { text, replacements, findings } = resolveReferences(c, a, figures);
  const clean = sanitizeHtml(markdown.parse(text) as string, SANITIZE);
  // A figure or map on its own line became a paragraph of its own: the block replaces it.
  const html = clean
    .replace(/<p>RRSTORYREF(\d+)X<\/p>/g, (all, i: string) => (replacements[Number(i)].startsWith('<') ? replacements[Number(i)] : all))
    .replace(/RRSTORYREF(\d+)X/g, (_all, i: string) => replacements[Number(i)]);
  return { chapter: { slug: c.slug, title: c.title, order: c.order, summary: c.summary, file: c.file, html }, findings };
}
