/** Conversation records per cooperation, the list of records and the beheerder's pooled view. */
import { z } from 'zod';
import type { Session } from '../auth.ts';
import { conversationForm, conversationList, pooledView, stateOf, type ConversationFormState } from '../conversation-pages.ts';
import { allConversations, conversationDate, CONVERSATION_STATUSES, formQuestions, guideQuestionsOf, loadConversation, poolAnswers, saveConversation, type ConversationQuestion } from '../conversations.ts';
import { visibleIds } from '../pages.ts';
import { actorOf, EDITORS, mayEdit, type Ctx, type Router } from '../router.ts';
import { clippedText, formBlock, text } from '../http.ts';

const HEAD = z.object({
  versie: z.coerce.number().int().min(0),
  status: z.enum(CONVERSATION_STATUSES),
  datum: text(100).default(''),
  deelnemers: text(2000).default(''),
  openbaar: z.string().optional(),
  aantal: z.coerce.number().int().min(0).max(200),
});

const ANSWER = { vraag: clippedText(200), antwoord: clippedText(8000), afspraak: clippedText(4000) };

/** The posted answers, keyed by question id (questions the form does not know are ignored). */
function postedAnswers(body: Record<string, unknown>, count: number, questions: readonly ConversationQuestion[]) {
  const known = new Set(questions.map((q) => q.id));
  const answers = new Map<string, { answer: string; agreement: string }>();
  for (let n = 1; n <= count; n++) {
    const block = formBlock(body, ANSWER, (f) => `${f}-${n}`);
    if (block && known.has(block.vraag)) answers.set(block.vraag, { answer: block.antwoord, agreement: block.afspraak });
  }
  return answers;
}

export function conversationRoutes(r: Router): void {
  const { db, ref } = r.ctx;
  const nameOf = async (s: Session, id: string) => (await visibleIds(db, s)).find((c) => c.id === id)?.name ?? null;
  const show = async (c: Ctx, s: Session, id: string, status: number, state?: ConversationFormState, saved: string | null = null) => {
    const name = mayEdit(s, id) ? await nameOf(s, id) : null;
    if (name === null) return r.say(c, 404, 'Niet gevonden', 'Dit samenwerkingsverband bestaat niet of u hebt er geen toegang toe.');
    const guide = await guideQuestionsOf(db, ref, id);
    if (!guide) return r.say(c, 404, 'Geen gespreksleidraad', 'Voor dit samenwerkingsverband is er geen gespreksleidraad, en dus geen gespreksverslag.');
    const record = await loadConversation(db, id);
    const body = conversationForm(s, id, name, record?.version ?? 0, formQuestions(guide, record), state ?? stateOf(record), saved);
    return c.html(r.page(c, `Gesprek: ${name}`, body), status as 200);
  };

  r.route('GET', '/gesprekken', EDITORS, async (c, s) => {
    const records = new Map((await allConversations(db)).map((x) => [x.cooperationId, x]));
    const items = (await visibleIds(db, s)).map((i) => ({ ...i, record: records.get(i.id) ?? null }));
    return c.html(r.page(c, 'Gesprekken', conversationList(items, s.user.role === 'beheerder')));
  });

  r.route('GET', '/gesprekken/gebundeld', ['beheerder'], async (c, s) => {
    const records = await allConversations(db);
    const names = new Map((await visibleIds(db, s)).map((i) => [i.id, i.name]));
    return c.html(r.page(c, 'Alle antwoorden per vraag', pooledView(poolAnswers(records), names, records.length)));
  });

  r.route('GET', '/samenwerkingen/:id/gesprek', EDITORS, async (c, s) => {
    const saved = c.req.query('opgeslagen') === '1' ? 'Het gesprek is opgeslagen.' : c.req.query('opgeslagen') === 'niet-openbaar' ? 'Het gesprek is opgeslagen. Omdat de inhoud is gewijzigd, is het niet meer openbaar tot de beheerder het opnieuw openbaar maakt.' : null;
    return show(c, s, c.req.param('id') ?? '', 200, undefined, saved);
  });

  r.route('POST', '/samenwerkingen/:id/gesprek', EDITORS, async (c, s) => {
    const id = c.req.param('id') ?? '';
    const guide = mayEdit(s, id) ? await guideQuestionsOf(db, ref, id) : null;
    if (!guide) return show(c, s, id, 404);
    const body = await c.req.parseBody();
    const head = HEAD.safeParse(body);
    if (!head.success) return r.say(c, 400, 'Ongeldig formulier', `Het formulier is niet goed ingevuld: ${head.error.issues.map((i) => i.message).join(' ')}`);
    const record = await loadConversation(db, id);
    const questions = formQuestions(guide, record);
    const answers = postedAnswers(body, head.data.aantal, questions);
    const date = conversationDate(head.data.status, head.data.datum);
    const publicFlag = s.user.role === 'beheerder' ? head.data.openbaar === 'ja' : undefined;
    // A refused save shows the form as sent, with the messages at their field or above it.
    const typed = (problems: string[], errors: Map<string, string[]>): ConversationFormState => ({ status: head.data.status, heldOn: head.data.datum, participants: head.data.deelnemers, public: publicFlag ?? record?.public ?? false, answers, problems, errors });
    if (!date.ok) return show(c, s, id, 400, typed([], new Map([['datum', [date.message]]])));
    const input = { status: head.data.status, heldOn: date.iso, participants: head.data.deelnemers, public: publicFlag, answers: [...answers].map(([questionId, a]) => ({ questionId, ...a })) };
    const result = await saveConversation(db, actorOf(s), s.user.role, id, head.data.versie, input, questions);
    if (!result.ok) {
      return show(c, s, id, 409, typed([`Dit gesprek is intussen door iemand anders opgeslagen (nu versie ${result.current}, uw formulier was van versie ${head.data.versie}). Uw tekst staat hieronder; vergelijk met de huidige versie en sla opnieuw op.`], new Map()));
    }
    return c.redirect(`/samenwerkingen/${encodeURIComponent(id)}/gesprek?opgeslagen=${result.unpublished ? 'niet-openbaar' : '1'}`, 303);
  });
}
