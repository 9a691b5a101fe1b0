/**
 * Proposals: a redacteur's change to one cooperation, stored as the new cell values of its record
 * in `samenwerkingen` (contract column → new text). A proposal is validated by applying it to the
 * stored sheets and reading them with readDataset — the rules of `regioruimte check`, reported per
 * column. Optimistic concurrency: a proposal records the cooperation's version it was made on;
 * approving it when the cooperation has changed since is refused (it is shown as outdated), and two
 * open proposals on one cooperation are flagged, so nothing is overwritten silently.
 */
import { fieldMessage } from './fields.ts';
import { matchMunicipality } from '../reference/match.ts';
import { splitList } from '../ingest/cells.ts';
import { joinOr } from '../ingest/municipalities.ts';
import type { Finding } from '../model/findings.ts';
import type { Reference } from '../reference/index.ts';
import type { Db, Queryable } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { applyGoalEdit, currentGoals, labelOverrides, validateGoalEdit, type GoalEdit, type GoalValues } from './goals.ts';
import { bumpState, columnIndex, loadSheets, readSheets, replaceSheetRows, type Sheets } from './store.ts';

export type ProposalStatus = 'open' | 'vraag' | 'goedgekeurd' | 'afgewezen' | 'ingetrokken';
export type ProposalKind = 'leden' | 'gegevens' | 'doelen';

export interface Changes {
  [column: string]: string;
}

export interface Proposal {
  id: number;
  cooperation_id: string;
  kind: ProposalKind;
  /** Record fields (leden, gegevens), or for 'doelen' the goal list before and the edit. */
  payload: { changes: Changes; note?: string; goals?: GoalEdit; before?: GoalValues[] };
  base_version: number;
  author_id: number;
  author: string;
  status: ProposalStatus;
  created_at: Date;
  decided_at: Date | null;
  decision_reason: string | null;
}

export interface CooperationRecord {
  id: string;
  version: number;
  /** 1-based record number in the samenwerkingen file (header = 1), as findings count rows. */
  row: number;
  cells: string[];
  header: string[];
}

export async function cooperationRecord(db: Queryable, id: string, sheets?: Sheets): Promise<CooperationRecord | null> {
  const s = sheets ?? (await loadSheets(db));
  const sheet = s.samenwerkingen;
  if (!sheet) return null;
  const idIndex = columnIndex('samenwerkingen', sheet.header, 'id');
  const index = sheet.rows.findIndex((r) => (r.cells[idIndex] ?? '').trim() === id);
  if (index < 0) return null;
  const [v] = await db.query<{ version: number }>('select version from cooperation where id = $1', [id]);
  return { id, version: v?.version ?? 1, row: index + 2, cells: sheet.rows[index].cells, header: sheet.header };
}

/** The value of one contract column in a record ('' when the file has no such column). */
export function cell(record: Pick<CooperationRecord, 'cells' | 'header'>, column: string): string {
  const i = columnIndex('samenwerkingen', record.header, column);
  return i >= 0 ? (record.cells[i] ?? '') : '';
}

/** The record with the changes applied; a column the file lacks is added to the header. */
export function applyChanges(sheets: Sheets, id: string, changes: Changes): Sheets {
  const sheet = sheets.samenwerkingen!;
  let header = sheet.header;
  let rows = sheet.rows;
  let headerRaw = sheet.headerRaw;
  for (const column of Object.keys(changes)) {
    if (columnIndex('samenwerkingen', header, column) >= 0) continue;
    header = [...header, column];
    headerRaw = null;
    rows = rows.map((r) => ({ cells: [...r.cells, ''], raw: null }));
  }
  const idIndex = columnIndex('samenwerkingen', header, 'id');
  rows = rows.map((r) => {
    if ((r.cells[idIndex] ?? '').trim() !== id) return r;
    const cells = [...r.cells];
    for (const [column, value] of Object.entries(changes)) cells[columnIndex('samenwerkingen', header, column)] = value;
    return { cells, raw: null };
  });
  return { ...sheets, samenwerkingen: { ...sheet, header, headerRaw, rows } };
}

/** Findings of the check rules for this cooperation's record after the change (errors block). */
export async function validateChanges(db: Queryable, ref: Reference, id: string, changes: Changes): Promise<Finding[]> {
  const sheets = await loadSheets(db);
  const record = await cooperationRecord(db, id, sheets);
  if (!record) return [];
  const dataset = await readSheets(applyChanges(sheets, id, changes), ref, ['samenwerkingen', 'doelen']);
  const file = sheets.samenwerkingen!.fileName;
  return dataset.findings.filter((f) => f.severity !== 'info' && ((f.file === file && f.row === record.row) || f.message.includes(`'${id}'`)));
}

export interface MemberEdit {
  /** Members as written in the file that stay. */
  keep: string[];
  /** Names or GM codes to add, one per entry. */
  add: string[];
}

export type MemberResult = { ok: true; value: string } | { ok: false; problems: { input: string; message: string }[] };

/** The new `gemeenten` cell: kept entries as written, additions as their CBS 2025 names. */
export function membersCell(edit: MemberEdit, ref: Reference): MemberResult {
  const problems: { input: string; message: string }[] = [];
  const added: string[] = [];
  for (const input of edit.add.map((a) => a.trim()).filter((a) => a !== '')) {
    const m = matchMunicipality(input, ref);
    const name = (code: string) => ref.byCode.get(code)?.name ?? code;
    if (m.kind === 'exact' || m.kind === 'variant') added.push(name(m.code));
    else if (m.kind === 'former') problems.push({ input, message: `'${input}' is een voormalige gemeente (opgegaan in ${m.codes.map(name).join(', ')} in ${m.year}); voeg de huidige gemeente toe.` });
    else if (m.kind === 'ambiguous') problems.push({ input, message: `'${input}' is niet eenduidig: ${m.candidates.map((c) => `${c.name} (${c.code})`).join(' of ')}. Schrijf de code.` });
    else problems.push({ input, message: `'${input}' is geen gemeente van 2025.${m.suggestions.length ? ` Bedoelt u ${joinOr(m.suggestions.map((s) => s.name))}?` : ''}` });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: [...edit.keep, ...added].join(';') };
}

export function memberEntries(value: string): string[] {
  return splitList(value);
}

export type Created = { ok: true; id: number } | { ok: false; reason: 'verouderd' | 'onbekend'; current: number };

export async function createProposal(db: Db, author: Actor & { id: number }, id: string, kind: ProposalKind, changes: Changes, baseVersion: number, note: string, extra: Pick<Proposal['payload'], 'goals' | 'before'> = {}): Promise<Created> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ version: number }>('select version from cooperation where id = $1 for update', [id]);
    if (!row) return { ok: false, reason: 'onbekend', current: 0 };
    if (row.version !== baseVersion) return { ok: false, reason: 'verouderd', current: row.version };
    const [p] = await tx.query<{ id: number }>("insert into proposal (cooperation_id, kind, payload, base_version, author_id, status) values ($1, $2, $3::jsonb, $4, $5, 'open') returning id", [
      id,
      kind,
      JSON.stringify({ changes, note, ...extra }),
      baseVersion,
      author.id,
    ]);
    await audit(tx, author, 'voorstel ingediend', 'voorstel', String(p.id), null, { cooperation: id, kind, changes, ...(extra.goals ? { goals: extra.goals } : {}), baseVersion });
    return { ok: true, id: p.id };
  });
}

const PROPOSAL_SELECT = 'select p.*, u.email as author from proposal p join app_user u on u.id = p.author_id';

export async function proposalById(db: Queryable, id: number): Promise<Proposal | null> {
  return (await db.query<Proposal>(`${PROPOSAL_SELECT} where p.id = $1`, [id]))[0] ?? null;
}

export async function proposals(db: Queryable, filter: { status?: ProposalStatus[]; cooperations?: string[] }): Promise<Proposal[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    params.push(filter.status);
    where.push(`p.status = any($${params.length}::text[])`);
  }
  if (filter.cooperations) {
    params.push(filter.cooperations);
    where.push(`p.cooperation_id = any($${params.length}::text[])`);
  }
  return db.query<Proposal>(`${PROPOSAL_SELECT}${where.length ? ` where ${where.join(' and ')}` : ''} order by p.id`, params);
}

export type DecisionResult = { ok: true } | { ok: false; reason: 'verouderd' | 'afgehandeld' | 'ongeldig'; findings?: Finding[] };

/** Approves: applies the changes when the cooperation is still at the proposal's version. */
export async function approve(db: Db, ref: Reference, actor: Actor, proposalId: number, reason: string): Promise<DecisionResult> {
  const proposal = await proposalById(db, proposalId);
  if (!proposal || !['open', 'vraag'].includes(proposal.status)) return { ok: false, reason: 'afgehandeld' };
  if (proposal.kind === 'doelen') return approveGoals(db, ref, actor, proposal, reason);
  const errors = (await validateChanges(db, ref, proposal.cooperation_id, proposal.payload.changes)).filter((f) => f.severity === 'error');
  if (errors.length) return { ok: false, reason: 'ongeldig', findings: errors };
  return db.transaction(async (tx) => {
    const locked = await lockForDecision(tx, proposal);
    if (!locked.ok) return locked;
    const sheets = await loadSheets(tx);
    const before = await cooperationRecord(tx, proposal.cooperation_id, sheets);
    const after = applyChanges(sheets, proposal.cooperation_id, proposal.payload.changes).samenwerkingen!;
    if (after.header.length !== sheets.samenwerkingen!.header.length) {
      await tx.query("update dataset_sheet set header = $1::jsonb, header_raw = null where sheet = 'samenwerkingen'", [JSON.stringify(after.header)]);
      await tx.query("update sheet_row set cells = cells || $1::jsonb, raw = null where sheet = 'samenwerkingen'", [JSON.stringify(after.header.slice(sheets.samenwerkingen!.header.length).map(() => ''))]);
    }
    const newCells = after.rows[before!.row - 2].cells;
    await tx.query("update sheet_row set cells = $1::jsonb, raw = null where sheet = 'samenwerkingen' and cooperation_id = $2", [JSON.stringify(newCells), proposal.cooperation_id]);
    await markApproved(tx, actor, proposal, reason);
    const changedBefore = Object.fromEntries(Object.keys(proposal.payload.changes).map((c) => [c, cell(before!, c)]));
    await audit(tx, actor, 'voorstel goedgekeurd', 'samenwerking', proposal.cooperation_id, changedBefore, { ...proposal.payload.changes, voorstel: proposalId, reden: reason });
    return { ok: true } as const;
  });
}

/** Locks the cooperation and the proposal; refuses when decided already or made on another version. */
async function lockForDecision(tx: Queryable, proposal: Proposal): Promise<DecisionResult> {
  const [coop] = await tx.query<{ version: number }>('select version from cooperation where id = $1 for update', [proposal.cooperation_id]);
  const [current] = await tx.query<{ status: ProposalStatus }>('select status from proposal where id = $1 for update', [proposal.id]);
  if (!['open', 'vraag'].includes(current.status)) return { ok: false, reason: 'afgehandeld' };
  if (!coop || coop.version !== proposal.base_version) return { ok: false, reason: 'verouderd' };
  return { ok: true };
}

async function markApproved(tx: Queryable, actor: Actor, proposal: Proposal, reason: string): Promise<void> {
  await tx.query('update cooperation set version = version + 1 where id = $1', [proposal.cooperation_id]);
  await tx.query("update proposal set status = 'goedgekeurd', decided_by = $1, decided_at = now(), decision_reason = $2 where id = $3", [actor.id, reason, proposal.id]);
  await bumpState(tx);
}

/** Approves a goal proposal: the cooperation's goals become the edit; overrides become manual labels. */
async function approveGoals(db: Db, ref: Reference, actor: Actor, proposal: Proposal, reason: string): Promise<DecisionResult> {
  const edit = proposal.payload.goals!;
  const problems = await validateGoalEdit(await loadSheets(db), ref, proposal.cooperation_id, edit);
  if (problems.errors > 0) {
    const messages = [...problems.general, ...[...problems.byGoal.values()].flatMap((m) => [...m.values()].flat().filter((t) => t.startsWith('Fout')))];
    return { ok: false, reason: 'ongeldig', findings: messages.map((message) => ({ severity: 'error', file: '', row: null, column: null, value: null, message, hint: null })) };
  }
  return db.transaction(async (tx) => {
    const locked = await lockForDecision(tx, proposal);
    if (!locked.ok) return locked;
    const sheets = await loadSheets(tx);
    const before = currentGoals(sheets, proposal.cooperation_id);
    await replaceSheetRows(tx, 'doelen', applyGoalEdit(sheets, proposal.cooperation_id, edit).sheets.doelen!);
    await markApproved(tx, actor, proposal, reason);
    const after = edit.goals.map((g) => g.values);
    await audit(tx, actor, 'voorstel goedgekeurd', 'doelen', proposal.cooperation_id, { doelen: before }, { doelen: after, handmatige_labels: labelOverrides(before, edit), voorstel: proposal.id, reden: reason });
    return { ok: true } as const;
  });
}

export async function reject(db: Db, actor: Actor, proposalId: number, reason: string): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ status: ProposalStatus }>('select status from proposal where id = $1 for update', [proposalId]);
    if (!rows[0] || !['open', 'vraag'].includes(rows[0].status)) return { ok: false, reason: 'afgehandeld' } as const;
    await tx.query("update proposal set status = 'afgewezen', decided_by = $1, decided_at = now(), decision_reason = $2 where id = $3", [actor.id, reason, proposalId]);
    await audit(tx, actor, 'voorstel afgewezen', 'voorstel', String(proposalId), null, { reden: reason });
    return { ok: true } as const;
  });
}

/** A message on a proposal: a beheerder's question sets it to 'vraag', the author's answer back to 'open'. */
export async function addMessage(db: Db, actor: Actor & { id: number }, proposalId: number, body: string, asQuestion: boolean): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ status: ProposalStatus }>('select status from proposal where id = $1 for update', [proposalId]);
    if (!rows[0] || !['open', 'vraag'].includes(rows[0].status)) return { ok: false, reason: 'afgehandeld' } as const;
    await tx.query('insert into proposal_message (proposal_id, author_id, body) values ($1, $2, $3)', [proposalId, actor.id, body]);
    await tx.query('update proposal set status = $1 where id = $2', [asQuestion ? 'vraag' : 'open', proposalId]);
    await audit(tx, actor, asQuestion ? 'vraag gesteld' : 'vraag beantwoord', 'voorstel', String(proposalId), null, { bericht: body });
    return { ok: true } as const;
  });
}

export async function messages(db: Queryable, proposalId: number): Promise<{ author: string; body: string; created_at: Date }[]> {
  return db.query('select u.email as author, m.body, m.created_at from proposal_message m join app_user u on u.id = m.author_id where m.proposal_id = $1 order by m.id', [proposalId]);
}

/** The record fields a redacteur may change besides the members, with their Dutch labels. */
export const EDITABLE_FIELDS = [
  { field: 'agenda_titel', label: 'Titel van de ruimtelijke agenda' },
  { field: 'agenda_jaar', label: 'Jaar van de agenda' },
  { field: 'bronnen', label: 'Links naar de agenda en bronnen (gescheiden door ;)' },
  { field: 'rechtsvorm', label: 'Rechtsvorm' },
  { field: 'themas', label: 'Thema’s (gescheiden door ;)' },
  { field: 'thema_onderbouwing', label: 'Onderbouwing per thema: een zin uit de agenda, als Thema: “citaat” (gescheiden door |)' },
  { field: 'partners', label: 'Partners: alleen genoemde organisaties (gescheiden door ;)' },
  { field: 'typologie', label: 'Typologie' },
  { field: 'levensfase', label: 'Levensfase' },
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number]['field'];

/** The changed fields only (values trimmed); an unchanged field is not part of the proposal. */
export function fieldChanges(record: Pick<CooperationRecord, 'cells' | 'header'>, form: Partial<Record<EditableField, string>>): Changes {
  const changes: Changes = {};
  for (const { field } of EDITABLE_FIELDS) {
    const value = form[field];
    if (value === undefined) continue;
    if (value.trim() !== cell(record, field).trim()) changes[field] = value.trim();
  }
  return changes;
}

/** Findings grouped by the editable field they are about ('' for the rest), for showing at the field. */
export function findingsByField(findings: readonly Finding[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    const field = EDITABLE_FIELDS.find((e) => f.column !== null && columnIndex('samenwerkingen', [f.column], e.field) === 0)?.field ?? '';
    out.set(field, [...(out.get(field) ?? []), fieldMessage(f)]);
  }
  return out;
}
