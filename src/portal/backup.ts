/**
 * `beheer export` / `beheer import`: the database's current dataset and conversation records as a
 * folder or a workbook that `regioruimte check` accepts, and back. A folder holds the CSV contract
 * exactly as stored (unchanged records byte for byte) plus `gesprekken/gesprekken.json` (check
 * reads only the CSV files in the folder itself); a workbook holds the contract's sheets plus a
 * sheet `gesprekken` (one row per answer; check notes it as not part of the contract). Import goes
 * through the same ingest and findings as check and is refused when there are errors.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { datasetToSheets } from '../present/export.ts';
import { reproducibleWorkbook, reproducibleXlsxBytes } from '../present/export.ts';
import type { Reference } from '../reference/index.ts';
import { audit, type Actor } from './audit.ts';
import { allConversations, CONVERSATION_STATUSES, PARTS, type Conversation } from './conversations.ts';
import type { Db } from './db.ts';
import { currentDataset, importDataset, loadSheets, writeSheets, type ImportResult } from './store.ts';

export const CONVERSATIONS_FILE = join('gesprekken', 'gesprekken.json');
export const CONVERSATIONS_SHEET = 'gesprekken';
const SHEET_COLUMNS = ['samenwerking_id', 'status', 'datum', 'deelnemers', 'openbaar', 'versie', 'vraag_id', 'onderdeel', 'vraag', 'positie', 'antwoord', 'afspraak'] as const;

export const isWorkbookPath = (path: string) => extname(path).toLowerCase() === '.xlsx';

export class BackupTargetError extends Error {}

/** Writes the backup; refuses a target that exists (a non-empty folder or any file), so nothing is overwritten. */
export async function exportBackup(db: Db, ref: Reference, target: string): Promise<{ files: string[]; conversations: number }> {
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) throw new BackupTargetError(`'${target}' bestaat al; kies een nieuwe map of een nieuw .xlsx-bestand.`);
  const conversations = await allConversations(db);
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
    await writeFile(target, await reproducibleXlsxBytes(workbook));
    return { files: [target], conversations: conversations.length };
  }
  const files = await writeSheets(await loadSheets(db), target);
  await mkdir(join(target, 'gesprekken'), { recursive: true });
  await writeFile(join(target, CONVERSATIONS_FILE), `${JSON.stringify(conversations, null, 2)}\n`);
  return { files: [...files, CONVERSATIONS_FILE], conversations: conversations.length };
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

export type RestoreResult = ImportResult & { conversations?: number };

/** Reads the backup with the check rules; without errors it replaces the dataset and the conversation records. */
export async function importBackup(db: Db, ref: Reference, source: string, actor: Actor): Promise<RestoreResult> {
  const conversations = await readConversations(source);
  const result = await importDataset(db, source, ref, actor);
  if (!result.ok) return result;
  await db.transaction(async (tx) => {
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
    await audit(tx, actor, 'gesprekken hersteld', 'gesprek', null, null, { bron: source, gesprekken: conversations.length });
  });
  return { ...result, conversations: conversations.length };
}
