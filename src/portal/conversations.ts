/**
 * Conversation records: one per cooperation, following the questions of its conversation guide
 * (taken from the guide model of the current dataset, in the guide's numbering, so the record and
 * the published guide ask the same), with status (concept/vastgesteld), date, participants and per
 * question the answer and the agreement. An answer keeps the question's text as it was when
 * answered, because the guide's questions follow the data. Only a beheerder marks a record public;
 * a public, 'vastgesteld' record is published on the site. A change of a public record's content
 * by someone else makes it non-public again until a beheerder looks at it.
 */
import { analyse } from '../analysis/index.ts';
import { numberedQuestions } from '../guide/answers.ts';
import { buildGuideModel, type GuideInput } from '../guide/model.ts';
import { CLOSING_QUESTION, GROUP_TITLE, QUESTION_GROUPS, type QuestionGroup } from '../guide/questions.ts';
import { defaultAdjacency } from '../guide/render.ts';
import { parsePartialDate } from '../ingest/metadata.ts';
import { MONTHS } from '../present/format.ts';
import { createLookup, type SiteLookup } from '../present/lookup.ts';
import type { Reference } from '../reference/index.ts';
import { audit, type Actor } from './audit.ts';
import type { Role } from './auth.ts';
import type { Db, Queryable } from './db.ts';
import { currentDataset, stateVersion } from './store.ts';

export const CONVERSATION_STATUSES = ['concept', 'vastgesteld'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Where a question sits: one of the guide's three groups, or the closing question. */
export type QuestionPart = QuestionGroup | 'afsluiting';

export const PART_TITLE: Record<QuestionPart, string> = { ...GROUP_TITLE, afsluiting: 'Afsluiting' };
// The guide's own groups, so a group it adds is never dropped from the form and the pooled view.
export const PARTS: readonly QuestionPart[] = [...QUESTION_GROUPS, 'afsluiting'];

export interface ConversationQuestion {
  id: string;
  part: QuestionPart;
  text: string;
  /** The figure that prompted it (null for fixed questions and for questions no longer in the guide). */
  basis: string | null;
  /** false: answered earlier, but the current guide no longer asks it. */
  inGuide: boolean;
}

export interface Answer {
  questionId: string;
  part: QuestionPart;
  questionText: string;
  position: number;
  answer: string;
  agreement: string;
}

export interface Conversation {
  cooperationId: string;
  status: ConversationStatus;
  heldOn: string | null;
  participants: string;
  public: boolean;
  version: number;
  answers: Answer[];
}

interface GuideCacheEntry {
  state: number;
  ref: Reference;
  input: GuideInput;
  lookup: SiteLookup;
}

/** Per database: one process may serve (or test) several, and their state numbers can coincide. */
const guideCache = new WeakMap<Queryable, GuideCacheEntry>();

/** The guide input of the current dataset (analysis included), cached per state of the dataset. */
async function guideInput(db: Queryable, ref: Reference): Promise<{ input: GuideInput; lookup: SiteLookup } | null> {
  const state = await stateVersion(db);
  const hit = guideCache.get(db);
  if (hit && hit.state === state && hit.ref === ref && state > 0) return hit;
  const dataset = await currentDataset(db, ref);
  if (!dataset) return null;
  const input: GuideInput = { reference: ref, dataset, analysis: analyse(dataset, ref), adjacency: defaultAdjacency() };
  const entry = { state, ref, input, lookup: createLookup(input) };
  guideCache.set(db, entry);
  return entry;
}

/** The questions of the cooperation's guide in the guide's order; null when it has no guide. */
export async function guideQuestionsOf(db: Queryable, ref: Reference, id: string): Promise<ConversationQuestion[] | null> {
  const g = await guideInput(db, ref);
  const model = g ? buildGuideModel(g.input, id, g.lookup) : null;
  if (!model) return null;
  return numberedQuestions(model).map((q) => ({ id: q.id, part: q.id === CLOSING_QUESTION.id ? 'afsluiting' : q.group, text: q.text, basis: q.basis, inGuide: true }));
}

/** The guide's questions followed by questions answered earlier that the guide no longer asks. */
export function formQuestions(guide: readonly ConversationQuestion[], record: Conversation | null): ConversationQuestion[] {
  const asked = new Set(guide.map((q) => q.id));
  const earlier = (record?.answers ?? []).filter((a) => !asked.has(a.questionId)).map((a): ConversationQuestion => ({ id: a.questionId, part: a.part, text: a.questionText, basis: null, inGuide: false }));
  return [...guide, ...earlier];
}

interface ConversationRow {
  cooperation_id: string;
  status: ConversationStatus;
  held_on: string | null;
  participants: string;
  public: boolean;
  version: number;
}

interface AnswerRow {
  cooperation_id: string;
  question_id: string;
  question_group: QuestionPart;
  question_text: string;
  position: number;
  answer: string;
  agreement: string;
}

const toAnswer = (a: AnswerRow): Answer => ({ questionId: a.question_id, part: a.question_group, questionText: a.question_text, position: a.position, answer: a.answer, agreement: a.agreement });

const CONVERSATION_SELECT = "select cooperation_id, status, to_char(held_on, 'YYYY-MM-DD') as held_on, participants, public, version from conversation";

async function withAnswers(db: Queryable, rows: ConversationRow[]): Promise<Conversation[]> {
  if (rows.length === 0) return [];
  const answers = await db.query<AnswerRow>('select * from conversation_answer where cooperation_id = any($1::text[]) order by cooperation_id, position', [rows.map((r) => r.cooperation_id)]);
  return rows.map((r) => ({
    cooperationId: r.cooperation_id,
    status: r.status,
    heldOn: r.held_on,
    participants: r.participants,
    public: r.public,
    version: r.version,
    answers: answers.filter((a) => a.cooperation_id === r.cooperation_id).map(toAnswer),
  }));
}

export async function loadConversation(db: Queryable, id: string): Promise<Conversation | null> {
  return (await withAnswers(db, await db.query<ConversationRow>(`${CONVERSATION_SELECT} where cooperation_id = $1`, [id])))[0] ?? null;
}

/** Every record (for the pooled view and the export), in cooperation id order. */
export async function allConversations(db: Queryable): Promise<Conversation[]> {
  return withAnswers(db, await db.query<ConversationRow>(`${CONVERSATION_SELECT} order by cooperation_id`));
}

/** What the site shows: public records that are 'vastgesteld'. */
export async function publicConversations(db: Queryable): Promise<Conversation[]> {
  return withAnswers(db, await db.query<ConversationRow>(`${CONVERSATION_SELECT} where public and status = 'vastgesteld' order by cooperation_id`));
}

export interface ConversationInput {
  status: ConversationStatus;
  heldOn: string | null;
  participants: string;
  /** Only a beheerder's value counts; undefined keeps the current flag. */
  public?: boolean;
  answers: { questionId: string; answer: string; agreement: string }[];
}

const DATE_SHAPE = /^(?:(\d{1,2})-(\d{1,2})-(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))$/;

/**
 * The form's date of the conversation, typed as dd-mm-jjjj (also with / or .) or jjjj-mm-dd: the
 * ISO date (null when empty), or the message to show at the field. A 'vastgesteld' record needs a
 * date: it says when the conversation was held, and the public page shows it.
 */
export function conversationDate(status: ConversationStatus, value: string): { ok: true; iso: string | null } | { ok: false; message: string } {
  const typed = value.trim();
  if (typed === '') return status === 'vastgesteld' ? { ok: false, message: 'Een vastgesteld gesprek heeft een datum. Vul de datum van het gesprek in, of sla het op als concept.' } : { ok: true, iso: null };
  const v = typed.replace(/[./]/g, '-');
  const iso = parsePartialDate(v);
  if (iso !== null && iso.length === 10) return { ok: true, iso };
  const m = DATE_SHAPE.exec(v);
  if (!m) return { ok: false, message: `'${typed}' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2026.` };
  const [day, month, year] = (m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]]).map(Number);
  if (month >= 1 && month <= 12 && year >= 1800 && year <= 2100) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { ok: false, message: `${typed} bestaat niet: ${MONTHS[month - 1]} ${year} heeft ${days} dagen.` };
  }
  return { ok: false, message: `${typed} bestaat niet. Controleer dag, maand en jaar; schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2026.` };
}

/** A stored ISO date as the form shows it: 2026-03-15 → 15-03-2026. */
export const formDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '');

export type SaveResult = { ok: true; version: number; unpublished: boolean } | { ok: false; current: number };

const content = (c: Pick<Conversation, 'status' | 'heldOn' | 'participants'> & { answers: { questionId: string; answer: string; agreement: string }[] }) =>
  JSON.stringify([c.status, c.heldOn, c.participants, c.answers.filter((a) => a.answer !== '' || a.agreement !== '').map((a) => [a.questionId, a.answer, a.agreement])]);

/**
 * Saves the record when it is still at `baseVersion` (0 = there is none yet). Answers are stored
 * for the given questions with their text; empty answers are not kept.
 */
export async function saveConversation(db: Db, actor: Actor & { id: number }, role: Role, id: string, baseVersion: number, input: ConversationInput, questions: readonly ConversationQuestion[]): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    await tx.query('select version from conversation where cooperation_id = $1 for update', [id]);
    const before = await loadConversation(tx, id);
    const current = before?.version ?? 0;
    if (current !== baseVersion) return { ok: false, current };
    const changed = before === null || content(before) !== content(input);
    const wasPublic = before?.public ?? false;
    const isPublic = role === 'beheerder' ? (input.public ?? wasPublic) : wasPublic && !changed;
    // A conditional write, so two first saves or two saves of one version cannot both win.
    const [row] = before
      ? await tx.query<{ version: number }>(
          'update conversation set status = $2, held_on = $3, participants = $4, public = $5, updated_by = $6, updated_at = now(), version = version + 1 where cooperation_id = $1 and version = $7 returning version',
          [id, input.status, input.heldOn, input.participants, isPublic, actor.id, baseVersion],
        )
      : await tx.query<{ version: number }>(
          'insert into conversation (cooperation_id, status, held_on, participants, public, updated_by) values ($1, $2, $3, $4, $5, $6) on conflict (cooperation_id) do nothing returning version',
          [id, input.status, input.heldOn, input.participants, isPublic, actor.id],
        );
    if (!row) return { ok: false, current: current + 1 };
    await tx.query('delete from conversation_answer where cooperation_id = $1', [id]);
    const byId = new Map(questions.map((q, i) => [q.id, { q, i }]));
    const kept = input.answers.filter((a) => byId.has(a.questionId) && (a.answer !== '' || a.agreement !== ''));
    await tx.query(
      `insert into conversation_answer (cooperation_id, question_id, question_group, question_text, position, answer, agreement)
       select $1, r->>'id', r->>'part', r->>'text', (r->>'position')::integer, r->>'answer', r->>'agreement' from jsonb_array_elements($2::jsonb) as r`,
      [id, JSON.stringify(kept.map((a) => ({ id: a.questionId, part: byId.get(a.questionId)!.q.part, text: byId.get(a.questionId)!.q.text, position: byId.get(a.questionId)!.i, answer: a.answer, agreement: a.agreement })))],
    );
    const summary = (c: { status: string; heldOn: string | null; participants: string; public?: boolean; answers: { questionId: string; answer: string; agreement: string }[] } | null) =>
      c && { status: c.status, datum: c.heldOn, deelnemers: c.participants, openbaar: c.public, antwoorden: c.answers.map((a) => ({ vraag: a.questionId, antwoord: a.answer, afspraak: a.agreement })) };
    await audit(tx, actor, before ? 'gesprek gewijzigd' : 'gesprek vastgelegd', 'gesprek', id, summary(before), summary({ ...input, public: isPublic, answers: kept }));
    return { ok: true, version: row.version, unpublished: wasPublic && !isPublic };
  });
}

export interface PooledEntry {
  cooperationId: string;
  status: ConversationStatus;
  questionText: string;
  answer: string;
  agreement: string;
}

export interface PooledQuestion {
  id: string;
  part: QuestionPart;
  entries: PooledEntry[];
}

/** Every answer across cooperations, per part of the guide and per question (in first-asked order). */
export function poolAnswers(records: readonly Conversation[]): PooledQuestion[] {
  const byQuestion = new Map<string, PooledQuestion>();
  for (const r of records) {
    for (const a of r.answers) {
      const q = byQuestion.get(a.questionId) ?? { id: a.questionId, part: a.part, entries: [] };
      q.entries.push({ cooperationId: r.cooperationId, status: r.status, questionText: a.questionText, answer: a.answer, agreement: a.agreement });
      byQuestion.set(a.questionId, q);
    }
  }
  return PARTS.flatMap((part) => [...byQuestion.values()].filter((q) => q.part === part));
}
