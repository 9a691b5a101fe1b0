/**
 * Finds percentages in a page's visible text that do not say what they are a share of. A
 * percentage passes when its own sentence names a counted base ("18 van de 103 (17%)", "over 340
 * van de 342 gemeenten", "van 7.140.400 banen"), or, in a table cell, when the cell does, when the
 * column header names the base in words ("Werkt in eigen gemeente (van de banen van inwoners)"),
 * or when the caption names a counted base ("…, van de 103 ruimtelijke agenda’s") or one in words
 * that a column of the table counts ("het aandeel van de doelen op het thema (kolom Doelen)"). A bare "21%"
 * fails. SVG content is not read: charts are images (role="img") whose numbers stand in the table
 * beside them, their tick labels are a scale, and a map's description is repeated in its caption.
 */
import { parseHTML } from 'linkedom';

export interface Offence {
  /** The percentage as written, e.g. "21%". */
  percent: string;
  /** The sentence (or table cell with its caption and header) around it. */
  snippet: string;
  /** The snippet without caption and with every number as N: the same for every page of a kind. */
  kind: string;
}

const numbersAsN = (s: string): string => s.replace(/\d[\d.,]*/g, 'N');

/** A percentage; not a %-escape in an address ("frysl%C3%A2n"). */
const PERCENT = /(?<![\w%/])\d[\d.,]*\s?%(?![0-9A-Fa-f]{2})/g;
/**
 * Percentages that are not a share of something counted: a threshold ("vanaf 50%", "zekerheid onder
 * 50%"), a model's confidence ("zekerheid 74%") and a scale's definition ("100% = precies dezelfde").
 */
const NOT_A_SHARE = /(?:\b(?:vanaf|onder|boven|minstens|ten minste|zekerheid)\s+)$/i;
const SCALE_DEFINITION = /^\s?=/;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/**
 * A counted base: "van (de) N", "op N" or "over N" where N is a count, not itself a percentage
 * and not a day of the month ("op 1 januari 2024" is a date, not a base).
 */
const COUNTED_BASE = new RegExp(`\\b(?:van(?: de| het)?|op|over)\\s+\\d[\\d.,]*(?![\\d.,]*\\s?%)(?!\\s+(?:${MONTHS})\\b)`, 'i');
/** A column header that names its base in words. */
const HEADER_BASE = /\bvan de\b|\bvan alle\b/i;

/** Elements whose text is never shown, or (svg) is shown as an image with its numbers elsewhere. */
const UNSEEN = 'script, style, template, noscript, svg, [hidden], [aria-hidden="true"]';
/**
 * Text that is not the site's own figure: quotations of a source (a goal "met 55% te verminderen"),
 * and code to copy (an embed snippet's width="100%").
 */
const NOT_OURS = 'q, blockquote, code, pre, textarea, kbd, samp';
/** Blocks whose text is read as one piece of prose (tables are read cell by cell). */
const PROSE = 'p, li, dd, dt, figcaption, summary, h1, h2, h3, h4, h5, h6, label, legend, caption, th, option, button';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The sentence of `text` around position `at` (sentences end at ". ", "! ", "? " or "; "). */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('; '));
  const rest = text.slice(at);
  const ends = ['. ', '! ', '? ', '; '].map((e) => rest.indexOf(e)).filter((i) => i >= 0);
  const end = ends.length === 0 ? text.length : at + Math.min(...ends) + 1;
  return text.slice(start < 0 ? 0 : start + 2, end).trim();
}

function isShare(text: string, at: number, length: number): boolean {
  return !NOT_A_SHARE.test(text.slice(Math.max(0, at - 30), at)) && !SCALE_DEFINITION.test(text.slice(at + length));
}

function proseOffences(text: string): Offence[] {
  const out: Offence[] = [];
  for (const m of text.matchAll(PERCENT)) {
    if (!isShare(text, m.index, m[0].length)) continue;
    const sentence = sentenceAround(text, m.index);
    if (!COUNTED_BASE.test(sentence)) out.push({ percent: m[0], snippet: sentence, kind: numbersAsN(sentence) });
  }
  return out;
}

/** The text of the header of the column `cell` stands in (by position in the first header row). */
function columnHeader(cell: Element): string {
  const table = cell.closest('table');
  const row = cell.closest('tr');
  if (!table || !row) return '';
  const index = [...row.children].indexOf(cell);
  const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headRow || headRow === row) return '';
  return squash(headRow.children[index]?.textContent ?? '');
}

function cellOffences(cell: Element): Offence[] {
  const text = squash(cell.textContent ?? '');
  const shares = [...text.matchAll(PERCENT)].filter((m) => isShare(text, m.index, m[0].length));
  if (shares.length === 0) return [];
  const header = columnHeader(cell);
  const caption = squash(cell.closest('table')?.querySelector('caption')?.textContent ?? '');
  if (COUNTED_BASE.test(text) || HEADER_BASE.test(header) || COUNTED_BASE.test(caption) || HEADER_BASE.test(caption)) return [];
  return shares.map((m) => ({ percent: m[0], snippet: `${caption ? `[${caption}] ` : ''}${header}: ${text}`, kind: numbersAsN(`${header}: ${text}`) }));
}

/**
 * A percent sign in any spelling HTML has for it. Visible text can only hold a percentage where the
 * markup has one of these, so a page without any is not parsed (about half of the example site's
 * pages, and most of the time this check takes).
 */
const PERCENT_SIGN = /%|&#0*37;|&#x0*25;|&percnt;/i;

/** Every percentage in the page's visible text without a base nearby. */
export function percentagesWithoutBase(html: string): Offence[] {
  if (!PERCENT_SIGN.test(html)) return [];
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(`${UNSEEN}, ${NOT_OURS}`)]) el.remove();
  const body = document.body ?? document.documentElement;
  // A goal as the source wrote it ("om met 25% te groeien") is quoted, not a figure of the site.
  for (const cell of [...body.querySelectorAll('td, th')]) if (columnHeader(cell) === 'Doel') cell.remove();
  const out: Offence[] = [];
  // All cells are read before any is removed: a column is found by the cell's position in its row.
  const cells = [...body.querySelectorAll('td')];
  for (const cell of cells) out.push(...cellOffences(cell));
  for (const cell of cells) cell.remove();
  // Innermost prose blocks first, each removed once read, so no text is read twice.
  const blocks = [...body.querySelectorAll(PROSE)].reverse();
  for (const block of blocks) {
    if (block.closest('thead')) continue;
    out.push(...proseOffences(squash(block.textContent ?? '')));
    block.remove();
  }
  out.push(...proseOffences(squash(body.textContent ?? '')));
  return out;
}
