/** A proposal for a cooperation's goals: edit, remove and add goals, override the classifier's label with a reason. */
import { z } from 'zod';
import type { Session } from '../auth.ts';
import { currentGoals, goalsChanged, parseGoalForm, validateGoalEdit, type GoalEdit, type GoalProblems } from '../goals.ts';
import * as pages from '../pages.ts';
import { cell, createProposal, type CooperationRecord } from '../proposals.ts';
import { actorOf, EDITORS, type Ctx, type Router } from '../router.ts';
import { loadSheets } from '../store.ts';
import { staleMessage, text } from '../http.ts';
import { editableRecord } from './cooperations.ts';

const general = (message: string): GoalProblems => ({ byGoal: new Map(), errors: 1, general: [message] });

export function goalRoutes(r: Router): void {
  const { db, ref } = r.ctx;
  const again = async (c: Ctx, s: Session, record: CooperationRecord, status: number, edit: GoalEdit, problems: GoalProblems, note = '') =>
    c.html(r.page(c, cell(record, 'naam'), await pages.cooperationDetail(db, ref, s, record, true, undefined, undefined, { edit, problems, note })), status as 400);

  r.route('POST', '/samenwerkingen/:id/doelen', EDITORS, async (c, s) => {
    const id = c.req.param('id') ?? '';
    const record = await editableRecord(r, s, id);
    if (!record) return r.say(c, 404, 'Niet gevonden', 'Dit samenwerkingsverband bestaat niet of u hebt er geen toegang toe.');
    const body = await c.req.parseBody();
    const head = z.object({ versie: z.coerce.number().int().min(1), toelichting: text(2000).default('') }).safeParse(body);
    const sheets = await loadSheets(db);
    const before = currentGoals(sheets, id);
    const edit = head.success && head.data.versie === record.version ? parseGoalForm(body, before) : null;
    if (!head.success) return r.say(c, 400, 'Ongeldig formulier', 'Het formulier is niet volledig ingevuld.');
    if (!edit) return again(c, s, record, 409, { goals: before.map((values, from) => ({ from, values, reason: '' })) }, general(staleMessage(record.version, head.data.versie)), head.data.toelichting);
    if (!goalsChanged(before, edit)) return again(c, s, record, 400, edit, general('Er is niets gewijzigd.'), head.data.toelichting);
    const problems = await validateGoalEdit(sheets, ref, id, edit);
    if (problems.errors > 0) return again(c, s, record, 400, edit, problems, head.data.toelichting);
    const created = await createProposal(db, actorOf(s), id, 'doelen', {}, head.data.versie, head.data.toelichting, { goals: edit, before });
    if (!created.ok) return again(c, s, record, 409, edit, general(staleMessage(created.current, head.data.versie)), head.data.toelichting);
    return c.redirect(`/voorstellen/${created.id}`, 303);
  });
}
