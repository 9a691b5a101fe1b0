/**
 * Reads the authored chapters of a dataset: the folder `verhaal/` inside the input folder (or
 * beside the workbook). Every Markdown file is one chapter with front matter (titel, volgorde,
 * optional samenvatting); every SVG file is a figure the chapters can embed by name. Problems are
 * findings with file and line, never exceptions: a dataset without `verhaal/` simply has no chapters.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Finding } from '../model/findings.ts';

export const STORY_FOLDER = 'verhaal';

export interface ChapterSource {
  /** Path as the user sees it, e.g. `verhaal/01-aanleiding.md`. */
  file: string;
  slug: string;
  title: string;
  order: number;
  summary: string | null;
  body: string;
  /** 1-based line number of the body's first line in the file (after the front matter). */
  bodyLine: number;
}

export interface FigureSource {
  name: string;
  file: string;
  /** The SVG's own <title>: the image's text alternative. */
  title: string;
  /** The SVG's <desc>, the longer text alternative (null when absent). */
  description: string | null;
  content: string;
}

export interface StorySource {
  chapters: ChapterSource[];
  figures: FigureSource[];
  findings: Finding[];
}

export function storyFolder(inputPath: string): string {
  const isFolder = existsSync(inputPath) && statSync(inputPath).isDirectory();
  return join(isFolder ? inputPath : dirname(inputPath), STORY_FOLDER);
}

function finding(severity: Finding['severity'], file: string, row: number | null, column: string | null, value: string | null, message: string, hint: string): Finding {
  return { severity, file, row, column, value, message, hint };
}

/** `01-aanleiding.md` → `aanleiding`: the leading number only orders files in a folder listing. */
export function chapterSlug(fileName: string): string {
  return fileName.replace(/\.md$/i, '').replace(/^\d+[-_ ]*/, '').toLowerCase();
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function frontMatter(file: string, text: string, findings: Finding[]): { data: Record<string, unknown>; lines: number } | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    findings.push(finding('error', file, 1, null, null, 'Het hoofdstuk begint niet met een kop tussen twee regels ---.', 'Zet bovenaan: ---, dan "titel: …" en "volgorde: 1", dan weer ---.'));
    return null;
  }
  const doc = parseDocument(match[1]);
  if (doc.errors.length > 0) {
    const line = (doc.errors[0].linePos?.[0]?.line ?? 0) + 1;
    findings.push(finding('error', file, line, null, null, `De kop van het hoofdstuk is geen geldige YAML: ${doc.errors[0].message.split('\n')[0]}`, 'Schrijf elke regel als "sleutel: waarde".'));
    return null;
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    findings.push(finding('error', file, 2, null, null, 'De kop van het hoofdstuk bevat geen velden.', 'Geef ten minste "titel:" en "volgorde:".'));
    return null;
  }
  return { data: data as Record<string, unknown>, lines: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) };
}

function fieldLine(text: string, key: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}

export function parseChapter(file: string, text: string, findings: Finding[]): ChapterSource | null {
  const slug = chapterSlug(file.split('/').pop() ?? file);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    findings.push(finding('error', file, null, null, slug, `De bestandsnaam geeft geen bruikbaar webadres ('${slug}').`, 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 01-aanleiding.md.'));
    return null;
  }
  const fm = frontMatter(file, text, findings);
  if (!fm) return null;
  const title = typeof fm.data.titel === 'string' ? fm.data.titel.trim() : '';
  if (!title) {
    findings.push(finding('error', file, fieldLine(text, 'titel'), 'titel', null, 'Het hoofdstuk heeft geen titel.', 'Zet in de kop een regel "titel: …".'));
    return null;
  }
  const order = fm.data.volgorde;
  if (typeof order !== 'number' || !Number.isFinite(order)) {
    findings.push(finding('error', file, fieldLine(text, 'volgorde'), 'volgorde', order === undefined ? null : String(order), 'Het hoofdstuk heeft geen volgnummer.', 'Zet in de kop een regel "volgorde: 1" (een getal).'));
    return null;
  }
  const summary = typeof fm.data.samenvatting === 'string' && fm.data.samenvatting.trim() ? fm.data.samenvatting.trim() : null;
  return { file, slug, title, order, summary, body: text.slice(FRONT_MATTER.exec(text)![0].length), bodyLine: fm.lines + 1 };
}

const SVG_TITLE = /<svg\b[^>]*>[\s\S]*?<title\b[^>]*>([^<]+)<\/title>/;

export function parseFigure(file: string, content: string, findings: Finding[]): FigureSource | null {
  const title = SVG_TITLE.exec(content)?.[1]?.trim();
  if (!title) {
    findings.push(finding('error', file, null, null, null, 'De figuur heeft geen <title> direct in het <svg>-element: zonder tekstalternatief is hij niet toegankelijk.', 'Zet als eerste kind van <svg> een <title> met een korte beschrijving (en eventueel een <desc>).'));
    return null;
  }
  const description = /<desc\b[^>]*>([^<]+)<\/desc>/.exec(content)?.[1]?.trim() ?? null;
  return { name: (file.split('/').pop() ?? file).replace(/\.svg$/i, ''), file, title, description, content };
}

export function readStory(inputPath: string): StorySource {
  const folder = storyFolder(inputPath);
  const story: StorySource = { chapters: [], figures: [], findings: [] };
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return story;
  for (const name of readdirSync(folder).sort()) {
    const file = `${STORY_FOLDER}/${name}`;
    const path = join(folder, name);
    if (!statSync(path).isFile()) continue;
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    if (/\.md$/i.test(name)) {
      const chapter = parseChapter(file, text, story.findings);
      if (chapter) story.chapters.push(chapter);
    } else if (/\.svg$/i.test(name)) {
      const figure = parseFigure(file, text, story.findings);
      if (figure) story.figures.push(figure);
    } else if (!name.startsWith('.')) {
      story.findings.push(finding('warning', file, null, null, null, 'Dit bestand in verhaal/ wordt niet gebruikt.', 'Alleen .md-hoofdstukken en .svg-figuren worden gelezen.'));
    }
  }
  const slugs = new Map<string, string>();
  for (const c of story.chapters) {
    const other = slugs.get(c.slug);
    if (other) story.findings.push(finding('error', c.file, null, null, c.slug, `Twee hoofdstukken krijgen hetzelfde webadres '${c.slug}' (ook ${other}).`, 'Geef een van beide bestanden een andere naam.'));
    slugs.set(c.slug, c.file);
  }
  story.chapters.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return story;
}
