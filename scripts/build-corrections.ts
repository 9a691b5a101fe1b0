/**
 * Our sourced corrections to the verbatim source copies (data/source/correcties/correcties.csv). The copies
 * in data/source/regio and data/source/nationaal stay byte-for-byte as compiled; every change we make to
 * them is one row here with its source, applied by scripts/build-voorbeeld.ts (samenwerkingen, doelen) and
 * scripts/build-nationaal.ts (nationale_gebieden), and listed in the corrections table of
 * data/voorbeeld/README.md. A row whose `oud` no longer matches fails the build, so a re-copied source
 * table cannot silently undo or double a correction.
 */
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

export const CORRECTION_COLUMNS = ['bestand', 'id', 'veld', 'actie', 'oud', 'nieuw', 'bron', 'toelichting'] as const;

export type CorrectionFile = 'samenwerkingen' | 'doelen' | 'nationale_gebieden';
/**
 * vervang: the field equals `oud` and becomes `nieuw`; aanvulling: `nieuw` is appended to the field;
 * lid-weg / lid-erbij: one municipality (`oud` / `nieuw`) leaves or joins the `;`-list; doel-weg: the goal
 * of cooperation `id` with text `oud` is dropped; gebied-weg: the national region `id` is dropped.
 */
export type CorrectionAction = 'vervang' | 'aanvulling' | 'lid-weg' | 'lid-erbij' | 'doel-weg' | 'gebied-weg';

export interface Correction {
  file: CorrectionFile;
  id: string;
  field: string;
  action: CorrectionAction;
  old: string;
  new: string;
  source: string;
  reason: string;
  /** 1-based line in correcties.csv, for error messages. */
  line: number;
}

const FILES: readonly CorrectionFile[] = ['samenwerkingen', 'doelen', 'nationale_gebieden'];
const ACTIONS: readonly CorrectionAction[] = ['vervang', 'aanvulling', 'lid-weg', 'lid-erbij', 'doel-weg', 'gebied-weg'];

export function parseCorrections(text: string): Correction[] {
  const records = parse(text, { bom: true, columns: false, skip_empty_lines: true }) as string[][];
  const header = records[0] ?? [];
  if (header.join(',') !== CORRECTION_COLUMNS.join(',')) throw new Error(`correcties.csv: unexpected header ${JSON.stringify(header)}`);
  return records.slice(1).map((cells, i) => {
    const line = i + 2;
    if (cells.length !== CORRECTION_COLUMNS.length) throw new Error(`correcties.csv line ${line}: ${cells.length} cells`);
    const [file, id, field, action, old, nieuw, source, reason] = cells;
    if (!(FILES as readonly string[]).includes(file)) throw new Error(`correcties.csv line ${line}: unknown bestand ${file}`);
    if (!(ACTIONS as readonly string[]).includes(action)) throw new Error(`correcties.csv line ${line}: unknown actie ${action}`);
    if (source.trim() === '' || reason.trim() === '') throw new Error(`correcties.csv line ${line}: bron and toelichting are required`);
    return { file: file as CorrectionFile, id, field, action: action as CorrectionAction, old, new: nieuw, source, reason, line };
  });
}

function fail(c: Correction, message: string): never {
  throw new Error(`correcties.csv line ${c.line} (${c.id}, ${c.action}): ${message}`);
}

const APPEND_SEPARATOR: Record<string, string> = { bronnen: ';', gemeenten: ';', partners: ';', overige_overheden: ';' };

/** Applies one field correction to a row in place (vervang, aanvulling, lid-weg, lid-erbij). */
export function applyFieldCorrection(row: Row, c: Correction, membersField = 'gemeenten'): void {
  if (!(c.field in row)) fail(c, `unknown veld ${c.field}`);
  const value = row[c.field];
  const list = () => (value === '' ? [] : value.split(';'));
  switch (c.action) {
    case 'vervang':
      if (value !== c.old) fail(c, `${c.field} is ${JSON.stringify(value)}, not ${JSON.stringify(c.old)}`);
      row[c.field] = c.new;
      return;
    case 'aanvulling': {
      const sep = APPEND_SEPARATOR[c.field] ?? ' ';
      if (value.includes(c.new)) fail(c, `${c.field} already holds the addition`);
      row[c.field] = value === '' ? c.new : `${value}${sep}${c.new}`;
      return;
    }
    case 'lid-weg':
      if (c.field !== membersField) fail(c, `lid-weg works on ${membersField}`);
      if (!list().includes(c.old)) fail(c, `${c.old} is not a member`);
      row[c.field] = list().filter((m) => m !== c.old).join(';');
      return;
    case 'lid-erbij':
      if (c.field !== membersField) fail(c, `lid-erbij works on ${membersField}`);
      if (list().includes(c.new)) fail(c, `${c.new} is already a member`);
      row[c.field] = [...list(), c.new].join(';');
      return;
    default:
      fail(c, 'not a field correction');
  }
}

/**
 * Applies the samenwerkingen corrections to the converted rows (by id); every correction must hit a row.
 * A member list that gained a member is put back in the given order (the source lists are sorted).
 */
export function applyRowCorrections(
  rows: Row[],
  corrections: readonly Correction[],
  file: CorrectionFile,
  sortMembers: (names: string[]) => string[] = (names) => names,
): Row[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const c of corrections.filter((x) => x.file === file)) {
    const row = byId.get(c.id);
    if (!row) fail(c, 'unknown id');
    applyFieldCorrection(row, c);
    if (c.action === 'lid-erbij') row[c.field] = sortMembers(row[c.field].split(';')).join(';');
  }
  return rows;
}

/** Drops the goals named by doel-weg corrections; each must match exactly one goal. */
export function applyGoalCorrections(goals: Row[], corrections: readonly Correction[]): Row[] {
  let out = goals;
  for (const c of corrections.filter((x) => x.file === 'doelen')) {
    if (c.action !== 'doel-weg') fail(c, 'doelen only knows doel-weg');
    const hits = out.filter((g) => g.samenwerking_id === c.id && g.tekst === c.old);
    if (hits.length !== 1) fail(c, `${hits.length} goals match`);
    out = out.filter((g) => g !== hits[0]);
  }
  return out;
}

const ACTION_TEXT: Record<CorrectionAction, (c: Correction) => string> = {
  vervang: (c) => (c.old === '' ? `ingevuld: ${c.new}` : c.new === '' ? `leeggemaakt (was: ${c.old})` : `${c.old} → ${c.new}`),
  aanvulling: (c) => `aangevuld: ${c.new}`,
  'lid-weg': (c) => `${c.old} eruit`,
  'lid-erbij': (c) => `${c.new} erbij`,
  'doel-weg': (c) => `doel verwijderd: “${c.old}”`,
  'gebied-weg': () => 'gebied verwijderd',
};

/** Text as one Markdown table cell: pipes escaped, line breaks as spaces. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Markdown table of all corrections, in file order (written into data/voorbeeld/README.md). */
export function correctionsTable(corrections: readonly Correction[]): string {
  const lines = ['| bestand | id | veld | wijziging | toelichting | bron |', '| --- | --- | --- | --- | --- | --- |'];
  for (const c of corrections) {
    const sources = c.source.split(' ; ').map((u) => `<${u}>`).join(' ');
    lines.push(`| ${c.file} | \`${c.id}\` | ${c.field || '—'} | ${cell(ACTION_TEXT[c.action](c))} | ${cell(c.reason)} | ${sources} |`);
  }
  return lines.join('\n');
}

export const TABLE_BEGIN = '<!-- correcties:begin (gegenereerd door scripts/build-voorbeeld.ts uit data/source/correcties/correcties.csv) -->';
export const TABLE_END = '<!-- correcties:end -->';

/** The text with `content` between the markers `begin` and `end` (which must both be present once). */
export function withGeneratedBlock(readme: string, begin: string, end: string, content: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`data/voorbeeld/README.md: markers ${begin} … ${end} missing`);
  return `${readme.slice(0, from + begin.length)}\n\n${content}\n\n${readme.slice(to)}`;
}

/** The README text with the generated corrections table between its markers. */
export function withCorrectionsTable(readme: string, corrections: readonly Correction[]): string {
  return withGeneratedBlock(readme, TABLE_BEGIN, TABLE_END, correctionsTable(corrections));
}
