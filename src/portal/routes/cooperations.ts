/** The start page, the cooperation list and detail, and the member and field proposals. */
import { z } from 'zod';
import type { Session } from '../auth.ts';
import * as pages from '../pages.ts';
import { cell, cooperationRecord, createProposal, EDITABLE_FIELDS, fieldChanges, findingsByField, memberEntries, membersCell, validateChanges, type CooperationRecord, type EditableField } from '../proposals.ts';
import { actorOf, ALL_ROLES, EDITORS, mayEdit, mayRead, type Ctx, type Router } from '../router.ts';
import { formValue, staleMessage, text } from '../http.ts';

const NOT_FOUND = 'Dit samenwerkingsverband bestaat niet of u hebt er geen toegang toe.';

/** The record when the user may edit it; else null (answered as 404, so ids are not confirmed). */
export async function editableRecord(r: Router, s: Session, id: string): Promise<CooperationRecord | null> {
  return mayEdit(s, id) ? cooperationRecord(r.ctx.db, id) : null;
}

export function cooperationRoutes(r: Router): void {
  const { db, ref } = r.ctx;
  const detail = (c: Ctx, s: Session, record: CooperationRecord, status: number, members?: pages.MemberFormState, fields?: pages.FieldFormState) =>
    pages.cooperationDetail(db, ref, s, record, true, members, fields).then((body) => c.html(r.page(c, cell(record, 'naam'), body), status as 400));

  r.route('GET', '/', ALL_ROLES, async (c, s) => c.html(r.page(c, 'Start', await pages.home(db, s))));
  r.route('GET', '/samenwerkingen', ALL_ROLES, async (c, s) => c.html(r.page(c, 'Samenwerkingen', await pages.cooperationList(db, s))));

  r.route('GET', '/samenwerkingen/:id', ALL_ROLES, async (c, s) => {
    const id = c.req.param('id') ?? '';
    const record = mayRead(s, id) ? await cooperationRecord(db, id) : null;
    if (!record) return r.say(c, 404, 'Niet gevonden', NOT_FOUND);
    return c.html(r.page(c, cell(record, 'naam'), await pages.cooperationDetail(db, ref, s, record, mayEdit(s, id))));
  });

  r.route('POST', '/samenwerkingen/:id/leden', EDITORS, async (c, s) => {
    const id = c.req.param('id') ?? '';
    const record = await editableRecord(r, s, id);
    if (!record) return r.say(c, 404, 'Niet gevonden', NOT_FOUND);
    const form = z
      .object({ versie: z.coerce.number().int().min(1), blijft: formValue, toevoegen: text(5000).default(''), toelichting: text(2000).default('') })
      .safeParse(await c.req.parseBody({ all: true }));
    if (!form.success) return r.say(c, 400, 'Ongeldig formulier', 'Het formulier is niet volledig ingevuld.');
    const again = (status: number, problems: string[], atField: string[] = []) => detail(c, s, record, status, { problems, atField, add: form.data.toevoegen, keep: [form.data.blijft ?? []].flat(), note: form.data.toelichting });
    if (form.data.versie !== record.version) return again(409, [staleMessage(record.version, form.data.versie)]);
    const keepSet = new Set([form.data.blijft ?? []].flat());
    const keep = memberEntries(cell(record, 'gemeenten')).filter((m) => keepSet.has(m));
    const members = membersCell({ keep, add: form.data.toevoegen.split(/[\n;]+/) }, ref);
    if (!members.ok) return again(400, [], members.problems.map((p) => p.message));
    if (members.value === cell(record, 'gemeenten')) return again(400, ['Er is niets gewijzigd.']);
    const errors = (await validateChanges(db, ref, id, { gemeenten: members.value })).filter((f) => f.severity === 'error');
    if (errors.length) return again(400, [], errors.map((f) => f.message));
    const created = await createProposal(db, actorOf(s), id, 'leden', { gemeenten: members.value }, form.data.versie, form.data.toelichting);
    if (!created.ok) return again(409, [staleMessage(created.current, form.data.versie)]);
    return c.redirect(`/voorstellen/${created.id}`, 303);
  });

  r.route('POST', '/samenwerkingen/:id/gegevens', EDITORS, async (c, s) => {
    const id = c.req.param('id') ?? '';
    const record = await editableRecord(r, s, id);
    if (!record) return r.say(c, 404, 'Niet gevonden', NOT_FOUND);
    const shape = Object.fromEntries(EDITABLE_FIELDS.map(({ field }) => [field, text(2000).optional()]));
    const form = z.object({ versie: z.coerce.number().int().min(1), toelichting: text(2000).default(''), ...shape }).safeParse(await c.req.parseBody());
    if (!form.success) return r.say(c, 400, 'Ongeldig formulier', 'Het formulier is niet volledig ingevuld.');
    const values = form.data as Partial<Record<EditableField, string>>;
    const again = (status: number, errors: Map<string, string[]>) => detail(c, s, record, status, undefined, { values, errors, note: form.data.toelichting });
    if (form.data.versie !== record.version) return again(409, new Map([['', [staleMessage(record.version, form.data.versie)]]]));
    const changes = fieldChanges(record, values);
    if (Object.keys(changes).length === 0) return again(400, new Map([['', ['Er is niets gewijzigd.']]]));
    const errors = (await validateChanges(db, ref, id, changes)).filter((f) => f.severity === 'error');
    if (errors.length) return again(400, findingsByField(errors));
    const created = await createProposal(db, actorOf(s), id, 'gegevens', changes, form.data.versie, form.data.toelichting);
    if (!created.ok) return again(409, new Map([['', [staleMessage(created.current, form.data.versie)]]]));
    return c.redirect(`/voorstellen/${created.id}`, 303);
  });
}
