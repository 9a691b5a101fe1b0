/**
 * Verhaal (/verhaal/ and /verhaal/<hoofdstuk>/): the authored chapters of the dataset, rendered
 * from Markdown by src/story, with the SVG figures they embed written beside them.
 */
import { html, trusted, type Html } from '../../present/html.ts';
import { link } from '../../present/components.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { OutputFile, Page } from '../../present/page.ts';
import { EMPTY_STORY, type Chapter } from '../../story/index.ts';
import { FIGURE_PATH } from '../../story/render.ts';

export const STORY_PATH = '/verhaal/';

export function chapterHref(c: Chapter): string {
  return `${STORY_PATH}${c.slug}/`;
}

/** The chapters as a list of links with their summaries (the story index and the overview). */
export function chapterList(chapters: Chapter[]): Html {
  return html`<ol class="chapter-list">${chapters.map((c) => html`<li>${link(chapterHref(c), c.title)}${c.summary ? html`<p>${c.summary}</p>` : ''}</li>`)}</ol>`;
}

function figureFiles(l: SiteLookup): OutputFile[] {
  return (l.input.story ?? EMPTY_STORY).figures.map((f) => ({ path: `${FIGURE_PATH.slice(1)}${f.name}.svg`, content: f.content }));
}

export function storyIndexPage(l: SiteLookup): Page {
  const { chapters } = l.input.story ?? EMPTY_STORY;
  return {
    path: STORY_PATH,
    title: 'Verhaal',
    description: 'De hoofdstukken van dit rapport: aanleiding, leeswijzer, conclusies en advies.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    files: figureFiles(l),
    body: html`<h1>Verhaal</h1>
${
  chapters.length
    ? html`<p class="lead">De hoofdstukken van dit rapport zijn door mensen geschreven; de cijfers erin komen rechtstreeks uit de analyse van deze dataset.</p>${chapterList(chapters)}`
    : html`<p class="lead">Deze dataset heeft nog geen hoofdstukken. Zet Markdown-bestanden in de map <code>verhaal/</code> naast de CSV-bestanden; zie de handleiding bij de invoer.</p>`
}`,
  };
}

function pager(prev: Chapter | undefined, next: Chapter | undefined): Html {
  if (!prev && !next) return html``;
  return html`<nav class="chapter-pager" aria-label="Hoofdstukken"><ul>${prev ? html`<li>Vorige: ${link(chapterHref(prev), prev.title)}</li>` : ''}${
    next ? html`<li>Volgende: ${link(chapterHref(next), next.title)}</li>` : ''
  }</ul></nav>`;
}

export function chapterPages(l: SiteLookup): Page[] {
  const { chapters } = l.input.story ?? EMPTY_STORY;
  return chapters.map((c, i) => ({
    path: chapterHref(c),
    title: c.title,
    description: c.summary ?? `Hoofdstuk ${i + 1} van het verhaal bij deze analyse.`,
    breadcrumbs: [
      { href: '/', label: 'Overzicht' },
      { href: STORY_PATH, label: 'Verhaal' },
    ],
    scripts: [],
    // Sanitised by src/story/render.ts (allow-list of tags, no attributes but href/title/scope).
    body: html`<article class="chapter"><h1>${c.title}</h1>${c.summary ? html`<p class="lead">${c.summary}</p>` : ''}${trusted(c.html)}</article>
${pager(chapters[i - 1], chapters[i + 1])}`,
  }));
}
