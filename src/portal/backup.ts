/**
 * `beheer export` / `beheer import`: a full backup of the portal as a folder or a workbook that
 * `regioruimte check` accepts, and back. A folder holds the CSV contract exactly as stored
 * (unchanged records byte for byte), `gesprekken/gesprekken.json` and `beheer/portaal.json` (the
 * accounts, proposals, publications and audit log; check reads only the CSV files in the folder
 * itself); a workbook holds the contract's sheets plus the sheets `gesprekken` (one row per answer)
 * and `beheer` (one row per stored record; check notes both as not part of the contract). Import
 * goes through the same ingest and findings as check, is refused when there are errors, and
 * restores everything in one transaction.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { datasetToSheets } from '../present/export.ts';
import { reproducibleWorkbook, reproducibleXlsxBytes } from '../present/workbook.ts';
import type { Reference } from '../reference/index.ts';
import { audit, type Actor } from './audit.ts';
import { allConversations, CONVERSATION_STATUSES, PARTS, type Conversation } from './conversations.ts';
import type { Db } from './db.ts';
import { readDataset } from '../ingest/index.ts';
import { currentDataset, loadSheets, replaceSheets, sheetsFromInput, writeSheets, type ImportResult } from './store.ts';
import { appendAudit, readState, replaceTables, stateSchema, STATE_TABLES, type PortalState, type StateTable } from './backup-state.ts';

export const CONVERSATIONS_FILE = join('gesprekken', 'gesprekken.json');
export const CONVERSATIONS_SHEET = 'gesprekken';
export const STATE_FILE = join('beheer', 'portaal.json');
export const STATE_SHEET = 'beheer';
/** A spreadsheet cell holds at most this many characters. */
const CELL_LIMIT = 32767;
const SHEET_COLUMNS = ['samenwerking_id', 'status', 'datum', 'deelnemers', 'openbaar', 'versie', 'vraag_id', 'onderdeel', 'vraag', 'positie', 'antwoord', 'afspraak'] as const;

export const isWorkbookPath = (path: string) => extname(path).toLowerCase() === '.xlsx';

export class BackupTargetError extends Error {}

/** Writes the backup; refuses a target that exists (a non-empty folder or any file), so nothing is overwritten. */
export async function exportBackup(db: Db, ref: Reference, target: string): Promise<{ files: string[]; conversations: number; state: Record<StateTable, number> }> {
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) throw new BackupTargetError(`'${target}' bestaat al; kies een nieuwe map of een nieuw .xlsx-bestand.`);
  // One snapshot: a proposal approved halfway through the export cannot end up half in it.
  const { conversations, state, sheets } = await db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    return { conversations: await allConversations(tx), state: await readState(tx), sheets: await loadSheets(tx) };
  });
  const counts = Object.fromEntries(STATE_TABLES.map((t) => [t, state[t].length])) as Record<StateTable, number>;
  if (isWorkbookPath(target)) {
    const dataset = await currentDataset(db, ref);
    if (!dataset) throw new BackupTargetError('De database bevat nog geen dataset.');
    const workbook = reproducibleWorkbook();
    for (const table of datasetToSheets(dataset, ref)) {
      const sheet = workbook.addWorksheet(table.sheet);
      sheet.addRow(table.columns);
      for (const row of table.rows) sheet.addRow(row);
    }
    const sheet = workbook.addWorksheet(CONVERSATIONS_SHEET);
    sheet.addRow([...SHEET_COLUMNS]);
    for (const row of conversationRows(conversations)) sheet.addRow(row);
    addStateSheet(workbook, state);
    await writeFile(target, await reproducibleXlsxBytes(workbook));
    return { files: [target], conversations: conversations.length, state: counts };
  }
  const files = await writeSheets(sheets, target);
  await mkdir(join(target, 'gesprekken'), { recursive: true });
  await writeFile(join(target, CONVERSATIONS_FILE), `${JSON.stringify(conversations, null, 2)}\n`);
  await mkdir(join(target, 'beheer'), { recursive: true });
  await writeFile(join(target, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
  return { files: [...files, CONVERSATIONS_FILE, STATE_FILE], conversations: conversations.length, state: counts };
}

/** The sheet `beheer`: one row per stored record (table, record as JSON). */
function addStateSheet(workbook: ExcelJS.Workbook, state: PortalState): void {
  const sheet = workbook.addWorksheet(STATE_SHEET);
  sheet.addRow(['tabel', 'rij']);
  for (const table of STATE_TABLES) {
    for (const row of state[table]) {
      const json = JSON.stringify(row);
      if (json.length > CELL_LIMIT) throw new BackupTargetError(`Een regel van ${table} is te lang voor een cel van een werkblad (${json.length} tekens); exporteer naar een map.`);
      sheet.addRow([table, json]);
    }
  }
}

/** The portal state of a backup, or null for a backup made before it held one (then accounts etc. stay as they are). */
async function readStateOf(source: string): Promise<PortalState | null> {
  let raw: unknown;
  if (isWorkbookPath(source)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(source);
    const sheet = workbook.getWorksheet(STATE_SHEET);
    if (!sheet) return null;
    const state = Object.fromEntries(STATE_TABLES.map((t) => [t, [] as unknown[]]));
    let problem: string | null = null;
    sheet.eachRow((row, n) => {
      if (n === 1 || problem) return;
      const table = String(row.getCell(1).text ?? '');
      if (!(table in state)) problem = `werkblad ${STATE_SHEET}, rij ${n}: onbekende tabel '${table}'`;
      else {
        try {
          state[table].push(JSON.parse(String(row.getCell(2).text ?? '')));
        } catch {
          problem = `werkblad ${STATE_SHEET}, rij ${n}: kolom rij is geen JSON`;
        }
      }
    });
    if (problem) throw new BackupTargetError(`${source}: ${problem}.`);
    raw = state;
  } else {
    const file = join(source, STATE_FILE);
    if (!existsSync(file)) return null;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      throw new BackupTargetError(`${file}: geen geldige JSON.`);
    }
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) throw new BackupTargetError(`${source}: geen geldige beheergegevens (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message ?? ''}).`);
  return parsed.data as PortalState;
}

/** One row per answer (a record without answers: one row with empty question cells); every cell text. */
function conversationRows(list: readonly Conversation[]): string[][] {
  return list.flatMap((c) => {
    const head = [c.cooperationId, c.status, c.heldOn ?? '', c.participants, c.public ? 'ja' : 'nee', String(c.version)];
    if (c.answers.length === 0) return [[...head, '', '', '', '', '', '']];
    return c.answers.map((a) => [...head, a.questionId, a.part, a.questionText, String(a.position), a.answer, a.agreement]);
  });
}

const answerSchema = z.object({ questionId: z.string(), part: z.enum(PARTS as [string, ...string[]]), questionText: z.string(), position: z.number().int(), answer: z.string(), agreement: z.string() });
const conversationSchema = z.object({
  cooperationId: z.string().min(1),
  status: z.enum(CONVERSATION_STATUSES),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  participants: z.string(),
  public: z.boolean(),
  version: z.number().int().min(1),
  answers: z.array(answerSchema),
});

/** The conversation records of a backup (none when it has none); a malformed record is an error naming the file. */
async function readConversations(source: string): Promise<Conversation[]> {
  if (isWorkbookPath(source)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(source);
    const sheet = workbook.getWorksheet(CONVERSATIONS_SHEET);
    if (!sheet) return [];
    const byId = new Map<string, Conversation>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const v = SHEET_COLUMNS.map((_, i) => String(row.getCell(i + 1).text ?? ''));
      const c = byId.get(v[0]) ?? { cooperationId: v[0], status: v[1], heldOn: v[2] || null, participants: v[3], public: v[4] === 'ja', version: Number(v[5]), answers: [] as Conversation['answers'] };
      if (v[6] !== '') c.answers.push({ questionId: v[6], part: v[7], questionText: v[8], position: Number(v[9]), answer: v[10], agreement: v[11] } as Conversation['answers'][number]);
      byId.set(v[0], c as Conversation);
    });
    return z.array(conversationSchema).parse([...byId.values()]) as Conversation[];
  }
  const file = join(source, CONVERSATIONS_FILE);
  if (!existsSync(file)) return [];
  const parsed = z.array(conversationSchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new BackupTargetError(`${file}: geen geldige gespreksverslagen (${parsed.error.issues[0]?.message ?? ''}).`);
  return parsed.data as Conversation[];
}

export type RestoreResult = ImportResult & { conversations?: number; users?: number; auditAdded?: number };

/**
 * Reads the backup with the check rules; without errors it replaces, in one transaction, the
 * dataset, the conversation records and (when the backup has them) the accounts, versions,
 * proposals and publications, and appends the audit entries the database lacks.
 */
export async function importBackup(db: Db, ref: Reference, source: string, actor: Actor): Promise<RestoreResult> {
  const conversations = await readConversations(source);
  const state = await readStateOf(source);
  const dataset = await readDataset(source, ref);
  if (dataset.findings.some((f) => f.severity === 'error')) return { ok: false, dataset };
  const sheets = sheetsFromInput(source, dataset, ref);
  return db.transaction(async (tx) => {
    const auditAdded = state ? await appendAudit(tx, state.audit_log) : 0;
    const changed = await replaceSheets(tx, sheets, actor, dataset.source);
    await tx.query('delete from conversation_answer');
    await tx.query('delete from conversation');
    for (const c of conversations) {
      await tx.query('insert into conversation (cooperation_id, status, held_on, participants, public, version) values ($1, $2, $3, $4, $5, $6)', [c.cooperationId, c.status, c.heldOn, c.participants, c.public, c.version]);
      await tx.query(
        `insert into conversation_answer (cooperation_id, question_id, question_group, question_text, position, answer, agreement)
         select $1, r->>'questionId', r->>'part', r->>'questionText', (r->>'position')::integer, r->>'answer', r->>'agreement' from jsonb_array_elements($2::jsonb) as r`,
        [c.cooperationId, JSON.stringify(c.answers)],
      );
    }
    if (state) await replaceTables(tx, state);
    await audit(tx, actor, 'back-up hersteld', 'portaal', null, null, { bron: source, gesprekken: conversations.length, gebruikers: state?.app_user.length ?? null, voorstellen: state?.proposal.length ?? null, auditregels_toegevoegd: auditAdded });
    return { ok: true as const, dataset, cooperations: dataset.cooperations.length, changed, conversations: conversations.length, users: state?.app_user.length, auditAdded };
  });
}
