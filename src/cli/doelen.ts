/**
 * `regioruimte doelen <csv> [--json]`: classifies every goal of a CSV (columns `tekst` or `goal_text`,
 * `thema` or `theme`; an optional `label` column is a manual label and wins, as in the input
 * contract) and prints a table, or with --json an array in input order of {tekst, thema, label,
 * reden, woorden}.
 * `regioruimte doelen evalueer <csv> [--deel ontwikkel|toets|alle] [--json]`: compares the classifier
 * with the hand labels in column `label` and prints accuracy, precision/recall/F1 per class, macro-F1
 * and the confusion matrix. Exit 2 for a missing file, unreadable CSV or missing columns.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import { isTheme } from '../model/themes.ts';
import { classifyGoal } from '../text/goal-classifier.ts';
import { evaluate, formatEvaluation, type Evaluation } from '../text/evaluate.ts';
import { partOfDocument } from '../text/goal-corpus.ts';
import { EXIT_OK, UsageError } from './errors.ts';
import { escapeControls, printErr, printOut } from './terminal.ts';

const TEXT_COLUMNS = ['tekst', 'goal_text', 'text'];
const THEME_COLUMNS = ['thema', 'theme'];
const PARTS = ['ontwikkel', 'toets', 'alle'] as const;
type Part = (typeof PARTS)[number];

export interface GoalRow {
  /** 1-based line number in the file (header = 1). */
  row: number;
  tekst: string;
  thema: string;
  label: string | null;
  deel: string | null;
}

function findColumn(header: string[], names: string[]): string | null {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name);
    if (i >= 0) return header[i];
  }
  return null;
}

/** Reads a goals CSV (comma or semicolon separated, UTF-8 with or without BOM); UsageError for anything unusable. */
export function readGoalCsv(path: string, requireLabel: boolean): { rows: GoalRow[]; hasPart: boolean } {
  if (!existsSync(path)) throw new UsageError(`'${path}' bestaat niet: geef een CSV-bestand met doelen`);
  if (!statSync(path).isFile()) throw new UsageError(`'${path}' is geen bestand: geef een CSV-bestand met doelen`);
  const content = readFileSync(path, 'utf8');
  if (content.includes('\u0000')) throw new UsageError(`'${path}' lijkt geen tekstbestand (CSV) te zijn`);
  if (content.trim() === '') throw new UsageError(`'${path}' is leeg: verwacht een kopregel met tekst en thema`);
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(content, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new UsageError(`'${path}' is geen leesbare CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = records;
  const textColumn = findColumn(header, TEXT_COLUMNS);
  const themeColumn = findColumn(header, THEME_COLUMNS);
  const labelColumn = findColumn(header, ['label']);
  const partColumn = findColumn(header, ['deel']);
  const documentColumn = findColumn(header, ['document']);
  const missing = [
    textColumn ? null : 'tekst (of goal_text)',
    themeColumn ? null : 'thema (of theme)',
    requireLabel && !labelColumn ? 'label' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    throw new UsageError(`'${path}' mist de kolom(men) ${missing.join(', ')}; gevonden kolommen: ${header.join(', ') || '(geen)'}`);
  }
  const at = (record: string[], column: string | null) => (column === null ? null : (record[header.indexOf(column)] ?? '').trim());
  const rows = data.map((record, i) => ({
    row: i + 2,
    tekst: at(record, textColumn) ?? '',
    thema: at(record, themeColumn) ?? '',
    label: at(record, labelColumn) || null,
    // Without a 'deel' column, a 'document' column gives the grouped split (no document in both parts).
    deel: at(record, partColumn) || (documentColumn ? (partOfDocument(at(record, documentColumn) ?? '') === 'toets' ? 'toets' : 'ontwikkel') : null),
  }));
  return { rows, hasPart: partColumn !== null || documentColumn !== null };
}

function asGoalClass(value: string | null): GoalClass | null {
  if (value === null) return null;
  const upper = value.toUpperCase();
  return (GOAL_CLASSES as readonly string[]).includes(upper) ? (upper as GoalClass) : null;
}

export interface ClassifiedRow {
  tekst: string;
  thema: string;
  label: GoalClass;
  reden: string;
  woorden: string[];
}

/** Classifies rows in input order; warnings (unknown theme, invalid manual label) go to `warn`. */
export function classifyRows(rows: GoalRow[], warn: (message: string) => void): ClassifiedRow[] {
  return rows.map((r) => {
    if (r.thema !== '' && !isTheme(r.thema)) warn(`rij ${r.row}: onbekend thema '${r.thema}' (wel geclassificeerd)`);
    const manual = asGoalClass(r.label);
    if (r.label !== null && manual === null) warn(`rij ${r.row}: label '${r.label}' is geen LOCATIE, LOBBY, PROCES of ABSTRACT; de classificatie van de regels wordt gebruikt`);
    if (r.tekst === '') warn(`rij ${r.row}: lege tekst`);
    const c = classifyGoal(r.tekst, manual);
    return { tekst: r.tekst, thema: r.thema, label: c.label, reden: c.reden, woorden: c.woorden };
  });
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function formatTable(rows: ClassifiedRow[]): string {
  const lines: string[] = [];
  rows.forEach((r, i) => {
    lines.push(`${String(i + 1).padStart(4)}  ${r.label.padEnd(8)}  ${shorten(escapeControls(r.thema), 22).padEnd(22)}  ${shorten(escapeControls(r.tekst), 90)}`);
    lines.push(`${''.padStart(16)}${escapeControls(r.reden)}`);
  });
  const counts = GOAL_CLASSES.map((c) => `${c} ${rows.filter((r) => r.label === c).length}`).join(', ');
  lines.push('', `${rows.length} doelen: ${counts}`);
  return lines.join('\n');
}

export interface EvaluationReport {
  part: Part;
  skipped: { row: number; label: string | null }[];
  evaluation: Evaluation;
  byPart?: Record<'ontwikkel' | 'toets', Evaluation>;
}

export function evaluateRows(rows: GoalRow[], part: Part, hasPart: boolean): EvaluationReport {
  const skipped: { row: number; label: string | null }[] = [];
  const scored: { gold: GoalClass; predicted: GoalClass; deel: string | null }[] = [];
  for (const r of rows) {
    if (part !== 'alle' && r.deel !== part) continue;
    const gold = asGoalClass(r.label);
    if (gold === null) {
      skipped.push({ row: r.row, label: r.label });
      continue;
    }
    scored.push({ gold, predicted: classifyGoal(r.tekst).label, deel: r.deel });
  }
  const report: EvaluationReport = { part, skipped, evaluation: evaluate(scored) };
  if (part === 'alle' && hasPart) {
    report.byPart = {
      ontwikkel: evaluate(scored.filter((s) => s.deel === 'ontwikkel')),
      toets: evaluate(scored.filter((s) => s.deel === 'toets')),
    };
  }
  return report;
}

export async function runDoelen(args: string[], flags: { json?: boolean; deel: string }): Promise<number> {
  const evaluateMode = args[0] === 'evalueer';
  const files = evaluateMode ? args.slice(1) : args;
  if (files.length !== 1) {
    throw new UsageError(evaluateMode ? 'gebruik: regioruimte doelen evalueer <gelabeld.csv> [--deel ontwikkel|toets|alle]' : 'gebruik: regioruimte doelen <doelen.csv> [--json]');
  }
  const path = files[0];
  if (!evaluateMode) {
    const { rows } = readGoalCsv(path, false);
    const classified = classifyRows(rows, (m) => printErr(`waarschuwing: ${m}\n`));
    printOut(flags.json ? `${JSON.stringify(classified, null, 2)}\n` : `${formatTable(classified)}\n`);
    return EXIT_OK;
  }
  if (!(PARTS as readonly string[]).includes(flags.deel)) throw new UsageError(`--deel moet ontwikkel, toets of alle zijn, niet '${flags.deel}'`);
  const part = flags.deel as Part;
  const { rows, hasPart } = readGoalCsv(path, true);
  if (part !== 'alle' && !hasPart) throw new UsageError(`--deel ${part} vraagt een kolom 'deel' in '${path}'`);
  const report = evaluateRows(rows, part, hasPart);
  for (const s of report.skipped) printErr(`waarschuwing: rij ${s.row} overgeslagen: label '${escapeControls(s.label ?? '')}' is geen geldige klasse\n`);
  if (flags.json) {
    printOut(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const parts = [formatEvaluation(report.evaluation, `Evaluatie doelenclassificatie — deel: ${part}`)];
    if (report.byPart) {
      parts.push(formatEvaluation(report.byPart.ontwikkel, 'Deel ontwikkel (gebruikt om de regels af te stellen)'));
      parts.push(formatEvaluation(report.byPart.toets, 'Deel toets (niet gebruikt om af te stellen)'));
    }
    if (report.skipped.length > 0) parts.push(`${report.skipped.length} rijen overgeslagen zonder geldig label.`);
    printOut(`${parts.join('\n\n')}\n`);
  }
  return EXIT_OK;
}
