/**
 * Goal proposals: the new list of one cooperation's goals (add, edit, remove), each with its theme,
 * text, source and label. The classifier's label (rules + learned model, with its confidence and
 * "onzeker") is shown for every goal; a redacteur may override it with a reason, and on approval
 * the override is written as the goal's manual label (the `label` column of `doelen`), which the
 * analysis and every publication then use. Validation is the `check` rules: the edited sheets are
 * read by readDataset and the findings on the edited rows are reported per goal and field.
 */
import { z } from 'zod';
import { clippedText, formBlock } from './http.ts';
import { fieldMessage } from './fields.ts';
import { GOAL_CLASSES, type GoalClass } from '../model/enums.ts';
import type { Reference } from '../reference/index.ts';
import { classifyGoalCombined } from '../text/goal-model.ts';
import { columnIndex, readSheets, type Sheets } from './store.ts';
import type { StoredRow, StoredSheet } from './sheet-text.ts';

export const GOAL_FIELDS = ['thema', 'tekst', 'bron', 'label'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];
export type GoalValues = Record<GoalField, string>;

/** One goal of the new list: `from` is its index among the cooperation's current goals (null = new). */
export interface GoalEntry {
  from: number | null;
  values: GoalValues;
  /** Why the label was set by hand (required when the label changes to a class). */
  reason: string;
}

export interface GoalEdit {
  goals: GoalEntry[];
  /** Indexes of the current goals ticked for removal (so a refused form shows them ticked again). */
  removed?: number[];
}

export interface ClassifierView {
  label: GoalClass;
  confidence: number;
  uncertain: boolean;
  reason: string;
}

/** What the classifier says about a text, ignoring any manual label. */
export function classifierView(text: string): ClassifierView {
  const c = classifyGoalCombined(text, null);
  return { label: c.label, confidence: c.confidence, uncertain: c.uncertain, reason: c.reden };
}

export const isGoalClass = (v: string): v is GoalClass => (GOAL_CLASSES as readonly string[]).includes(v);

function ownerIndex(sheet: StoredSheet): number {
  return columnIndex('doelen', sheet.header, 'samenwerking_id');
}

/** Indexes (in the sheet) of the rows of this cooperation's goals, in file order. */
export function goalRowIndexes(sheet: StoredSheet | undefined, id: string): number[] {
  if (!sheet) return [];
  const owner = ownerIndex(sheet);
  return sheet.rows.flatMap((r, i) => ((r.cells[owner] ?? '').trim() === id ? [i] : []));
}

export function goalValues(sheet: StoredSheet, row: StoredRow): GoalValues {
  const get = (f: GoalField) => {
    const i = columnIndex('doelen', sheet.header, f);
    return i >= 0 ? (row.cells[i] ?? '') : '';
  };
  return { thema: get('thema'), tekst: get('tekst'), bron: get('bron'), label: get('label') };
}

/** The cooperation's current goals as values, in file order. */
export function currentGoals(sheets: Sheets, id: string): GoalValues[] {
  const sheet = sheets.doelen;
  return goalRowIndexes(sheet, id).map((i) => goalValues(sheet!, sheet!.rows[i]));
}

const sameValues = (a: GoalValues, b: GoalValues) => GOAL_FIELDS.every((f) => a[f].trim() === b[f].trim());

/** Whether the edit changes anything: another count, order or value. */
export function goalsChanged(before: readonly GoalValues[], edit: GoalEdit): boolean {
  return edit.goals.length !== before.length || edit.goals.some((g, i) => g.from !== i || !sameValues(g.values, before[i]));
}

/**
 * The sheets with the cooperation's goals replaced by the edit, at the place of its first goal (or
 * at the end). Unchanged goals keep their original text (byte-identical export); a file without a
 * column the edit needs (label, bron) gets it. Also returns the sheet row index of every new goal.
 */
export function applyGoalEdit(sheets: Sheets, id: string, edit: GoalEdit): { sheets: Sheets; rows: number[] } {
  const sheet = sheets.doelen ?? { fileName: 'doelen.csv', prefix: '', header: ['samenwerking_id', 'thema', 'tekst', 'bron', 'label'], headerRaw: null, delimiter: ',', eol: '\n', rows: [] };
  let header = sheet.header;
  let rows = sheet.rows;
  let headerRaw = sheet.headerRaw;
  for (const f of GOAL_FIELDS) {
    if (columnIndex('doelen', header, f) >= 0 || !edit.goals.some((g) => g.values[f].trim() !== '')) continue;
    header = [...header, f];
    headerRaw = null;
    rows = rows.map((r) => ({ cells: [...r.cells, ''], raw: null }));
  }
  const own = goalRowIndexes({ ...sheet, header, rows }, id);
  const newRows = edit.goals.map((g): StoredRow => {
    const old = g.from === null ? undefined : rows[own[g.from]];
    if (old && sameValues(goalValues({ ...sheet, header }, old), g.values)) return old;
    const cells = old ? [...old.cells] : header.map(() => '');
    cells[ownerIndex({ ...sheet, header })] = id;
    for (const f of GOAL_FIELDS) {
      const i = columnIndex('doelen', header, f);
      if (i >= 0) cells[i] = g.values[f].trim();
    }
    return { cells, raw: null };
  });
  const ownSet = new Set(own);
  const at = own.length ? own[0] : rows.length;
  const before = rows.slice(0, at).filter((_, i) => !ownSet.has(i));
  const after = rows.slice(at).filter((_, i) => !ownSet.has(i + at));
  const out = [...before, ...newRows, ...after];
  return { sheets: { ...sheets, doelen: { ...sheet, header, headerRaw, rows: out } }, rows: newRows.map((_, i) => before.length + i) };
}

export interface GoalProblems {
  /** Messages per goal index and field ('' = the goal as a whole), errors and warnings. */
  byGoal: Map<number, Map<string, string[]>>;
  errors: number;
  /** Findings not about one goal (for example on the cooperation). */
  general: string[];
}

/** The form's own rules: a label set by hand needs a reason; a new goal needs a text. */
export function formProblems(before: readonly GoalValues[], edit: GoalEdit): GoalProblems {
  const byGoal = new Map<number, Map<string, string[]>>();
  let errors = 0;
  const add = (i: number, field: string, message: string) => {
    const m = byGoal.get(i) ?? new Map<string, string[]>();
    m.set(field, [...(m.get(field) ?? []), message]);
    byGoal.set(i, m);
    errors++;
  };
  edit.goals.forEach((g, i) => {
    const label = g.values.label.trim();
    const previous = g.from === null ? '' : before[g.from].label.trim();
    if (label !== '' && !isGoalClass(label)) add(i, 'label', `Kies een van de labels ${GOAL_CLASSES.join(', ')} of 'automatisch'.`);
    else if (label !== '' && label !== previous && g.reason.trim() === '') add(i, 'reden', 'Geef een reden waarom u het label van de classifier overschrijft.');
  });
  return { byGoal, errors, general: [] };
}

/** The check rules on the edited sheets; findings on the edited goals are placed at their field. */
export async function validateGoalEdit(sheets: Sheets, ref: Reference, id: string, edit: GoalEdit): Promise<GoalProblems> {
  const applied = applyGoalEdit(sheets, id, edit);
  const dataset = await readSheets(applied.sheets, ref, ['samenwerkingen', 'doelen']);
  const doelen = applied.sheets.doelen!;
  const problems = formProblems(currentGoals(sheets, id), edit);
  const rowToGoal = new Map(applied.rows.map((sheetRow, goal) => [sheetRow + 2, goal]));
  for (const f of dataset.findings) {
    if (f.severity === 'info') continue;
    const goal = f.file === doelen.fileName && f.row !== null ? rowToGoal.get(f.row) : undefined;
    if (goal === undefined) {
      if (f.severity === 'error' && f.message.includes(`'${id}'`)) problems.general.push(f.message);
      continue;
    }
    const field = GOAL_FIELDS.find((g) => f.column !== null && columnIndex('doelen', [f.column], g) === 0) ?? '';
    const m = problems.byGoal.get(goal) ?? new Map<string, string[]>();
    m.set(field, [...(m.get(field) ?? []), `${f.severity === 'error' ? 'Fout' : 'Let op'}: ${fieldMessage(f)}`]);
    problems.byGoal.set(goal, m);
    if (f.severity === 'error') problems.errors++;
  }
  problems.errors += problems.general.length;
  return problems;
}

/** One goal block of the form: `van` is the current goal's index (empty for a new goal). */
const GOAL_BLOCK = {
  van: z.string().regex(/^\d{0,4}$/).default(''),
  ...(Object.fromEntries(GOAL_FIELDS.map((f) => [f, clippedText(4000)])) as Record<GoalField, ReturnType<typeof clippedText>>),
  reden: clippedText(4000),
  weg: clippedText(10),
};

/** A form field per goal: `doel-<i>-<name>`. */
export const goalField = (i: number, name: string) => `doel-${i}-${name}`;

/**
 * The edit from the posted form: `aantal` goal blocks, each with `van` (the current goal's index,
 * empty for a new one), the values, `reden` and `weg` (remove). Empty new blocks are ignored.
 * Returns null when the form does not fit the current goals (made for another state).
 */
export function parseGoalForm(body: Record<string, string | string[] | File | (string | File)[]>, before: readonly GoalValues[]): GoalEdit | null {
  const head = formBlock(body, { aantal: z.coerce.number().int().min(0).max(500) }, (f) => f);
  if (head === null) return null;
  const goals: GoalEntry[] = [];
  const removed: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < head.aantal; i++) {
    const block = formBlock(body, GOAL_BLOCK, (f) => goalField(i, f));
    if (block === null) return null;
    const from = block.van === '' ? null : Number(block.van);
    if (from !== null && (from >= before.length || seen.has(from))) return null;
    if (from !== null) seen.add(from);
    const values = Object.fromEntries(GOAL_FIELDS.map((f) => [f, block[f]])) as GoalValues;
    if (block.weg !== '') {
      if (from !== null) removed.push(from);
      continue;
    }
    if (from === null && values.tekst === '' && values.thema === '') continue;
    goals.push({ from, values, reason: block.reden });
  }
  return { goals, removed };
}

/** Labels set or changed by hand in the edit: what the classifier says and what was chosen, with the reason. */
export function labelOverrides(before: readonly GoalValues[], edit: GoalEdit): { tekst: string; classifier: GoalClass; label: GoalClass; reden: string }[] {
  return edit.goals.flatMap((g) => {
    const label = g.values.label.trim();
    const previous = g.from === null ? '' : before[g.from].label.trim();
    if (!isGoalClass(label) || label === previous) return [];
    return [{ tekst: g.values.tekst, classifier: classifierView(g.values.tekst).label, label, reden: g.reason }];
  });
}
