/**
 * Main themes of the spatial agendas. The source table codes a theme wherever a source mentions the
 * subject (4.15 themes per agenda); the example keeps in `themas` only the themes for which a sentence
 * quoted from the agenda shows the subject is one the agenda works on. That sentence is the first goal
 * of the agenda with that theme (data/source/regio/doelen.csv quotes the agendas' own wording) and is
 * written, per theme, in the extra column `thema_onderbouwing`; the other coded themes move to
 * `themas_ook_genoemd` ("also mentioned"), so nothing the compilers found is lost. Where an agenda has no
 * goal for a theme, data/source/correcties/thema_citaten.csv may supply a sentence we quoted from a
 * stored copy of a public page about that agenda, with its source (which is added to `bronnen`).
 */
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

export const QUOTE_COLUMNS = ['samenwerking_id', 'thema', 'citaat', 'bron', 'toelichting'] as const;

/** A supporting sentence of our own for a theme the source coded but gave no goal for. */
export interface ExtraQuote {
  id: string;
  theme: string;
  quote: string;
  source: string;
  reason: string;
  line: number;
}

export function parseExtraQuotes(text: string): ExtraQuote[] {
  const records = parse(text, { bom: true, columns: false, skip_empty_lines: true }) as string[][];
  if ((records[0] ?? []).join(',') !== QUOTE_COLUMNS.join(',')) throw new Error(`thema_citaten.csv: unexpected header ${JSON.stringify(records[0])}`);
  return records.slice(1).map((cells, i) => {
    const line = i + 2;
    if (cells.length !== QUOTE_COLUMNS.length) throw new Error(`thema_citaten.csv line ${line}: ${cells.length} cells`);
    const [id, theme, quote, source, reason] = cells;
    if (quote.trim() === '' || !/^https?:\/\//.test(source) || reason.trim() === '') {
      throw new Error(`thema_citaten.csv line ${line}: citaat, bron (URL) and toelichting are required`);
    }
    return { id, theme, quote, source, reason, line };
  });
}

/** Goal texts shorter than this many words are headings of the agenda, not sentences (counted apart). */
export const MIN_SENTENCE_WORDS = 4;

export const SUPPORT_SEPARATOR = ' | ';

export interface ThemeCoding {
  /** Main themes, in the order of the source row. */
  main: string[];
  /** Coded in the source but without a supporting sentence. */
  alsoMentioned: string[];
  /** Per main theme the supporting quote: the first goal text with that theme, else our own quote (with its source). */
  support: { theme: string; quote: string; source: string | null }[];
}

export function codeThemes(themes: readonly string[], goals: readonly Row[], extra: readonly ExtraQuote[] = []): ThemeCoding {
  const quoteOf = new Map<string, { quote: string; source: string | null }>();
  for (const g of goals) {
    if (g.tekst.includes('|')) throw new Error(`${g.samenwerking_id}: goal text holds |, which separates the quotes`);
    if (!quoteOf.has(g.thema)) quoteOf.set(g.thema, { quote: g.tekst, source: null });
  }
  for (const q of extra) {
    if (q.quote.includes('|')) throw new Error(`thema_citaten.csv line ${q.line}: a quote may not hold |`);
    if (!themes.includes(q.theme)) throw new Error(`thema_citaten.csv line ${q.line}: ${q.theme} is not a theme of ${q.id}`);
    if (quoteOf.has(q.theme)) throw new Error(`thema_citaten.csv line ${q.line}: ${q.id} already has a goal for ${q.theme}`);
    quoteOf.set(q.theme, { quote: q.quote, source: q.source });
  }
  const main = themes.filter((t) => quoteOf.has(t));
  return {
    main,
    alsoMentioned: themes.filter((t) => !quoteOf.has(t)),
    support: main.map((theme) => ({ theme, ...quoteOf.get(theme)! })),
  };
}

/**
 * One entry per main theme, `Thema: “citaat”` plus HEADING_NOTE after a heading and `(bron: …)` for our
 * own quotes, separated by ` | `
 * (no goal text holds a `|`; a line break inside a CSV cell would shift the line numbers that findings
 * about later rows point to).
 */
export function supportText(support: ThemeCoding['support']): string {
  return support
    .map((s) => `${s.theme}: “${s.quote}”${isHeading(s.quote) ? HEADING_NOTE : ''}${s.source ? ` (bron: ${s.source})` : ''}`)
    .join(SUPPORT_SEPARATOR);
}

export const isHeading = (quote: string): boolean => quote.trim().split(/\s+/).length < MIN_SENTENCE_WORDS;

/**
 * Written after a quote that is only a heading of the agenda ("Wonen"): no sentence of the agenda with
 * that theme was found in the goals, so the reader sees that the support is a heading, not a sentence.
 */
export const HEADING_NOTE = ' (kop in de agenda, geen volzin)';

/**
 * Rewrites `themas` of the spatial rows to their main themes and fills `thema_onderbouwing` and
 * `themas_ook_genoemd`; other rows get both columns empty. A goal whose theme is not among the row's
 * themes is an error in the source (the source README promises it never happens), and so is a quote of
 * ours for an unknown cooperation.
 */
export function applyMainThemes(rows: Row[], goals: readonly Row[], extra: readonly ExtraQuote[] = []): Row[] {
  const byCooperation = new Map<string, Row[]>();
  for (const g of goals) byCooperation.set(g.samenwerking_id, [...(byCooperation.get(g.samenwerking_id) ?? []), g]);
  const spatialIds = new Set(rows.filter((r) => r.ruimtelijk === 'ja').map((r) => r.id));
  const unknown = extra.find((q) => !spatialIds.has(q.id));
  if (unknown) throw new Error(`thema_citaten.csv line ${unknown.line}: no spatial cooperation ${unknown.id}`);
  for (const row of rows) {
    row.thema_onderbouwing = '';
    row.themas_ook_genoemd = '';
    if (row.ruimtelijk !== 'ja') continue;
    const themes = row.themas === '' ? [] : row.themas.split(';');
    const own = byCooperation.get(row.id) ?? [];
    const stray = own.filter((g) => !themes.includes(g.thema));
    if (stray.length > 0) throw new Error(`${row.id}: goal theme ${stray[0].thema} is not among the row's themes`);
    const quotes = extra.filter((q) => q.id === row.id);
    const coding = codeThemes(themes, own, quotes);
    row.themas = coding.main.join(';');
    row.thema_onderbouwing = supportText(coding.support);
    row.themas_ook_genoemd = coding.alsoMentioned.join(';');
    const sources = row.bronnen === '' ? [] : row.bronnen.split(';');
    for (const q of quotes) if (!sources.includes(q.source)) sources.push(q.source);
    row.bronnen = sources.join(';');
  }
  return rows;
}
