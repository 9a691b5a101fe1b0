/**
 * Conversation pages: the record form of one cooperation (the guide's questions, each with its
 * reason from the data, an answer and an agreement), the list of records, and the beheerder's
 * pooled view of all answers per part of the guide and per question.
 */
import { table } from '../present/components.ts';
import { formatPartialDate } from '../present/format.ts';
import { html, type Html } from '../present/html.ts';
import type { Session } from './auth.ts';
import { CONVERSATION_STATUSES, formDate, PART_TITLE, PARTS, type Conversation, type ConversationQuestion, type ConversationStatus, type PooledQuestion } from './conversations.ts';
import { labelledControl } from './fields.ts';
import { csrfField } from './layout.ts';

export interface ConversationFormState {
  status: ConversationStatus;
  heldOn: string;
  participants: string;
  public: boolean;
  answers: Map<string, { answer: string; agreement: string }>;
  /** Messages not about one field (a concurrent save). */
  problems: string[];
  /** Messages per field of a refused save (status, datum, deelnemers). */
  errors: Map<string, string[]>;
}

export function stateOf(record: Conversation | null): ConversationFormState {
  return {
    status: record?.status ?? 'concept',
    heldOn: formDate(record?.heldOn ?? null),
    participants: record?.participants ?? '',
    public: record?.public ?? false,
    answers: new Map((record?.answers ?? []).map((a) => [a.questionId, { answer: a.answer, agreement: a.agreement }])),
    problems: [],
    errors: new Map(),
  };
}

function questionBlock(q: ConversationQuestion, n: number, state: ConversationFormState): Html {
  const a = state.answers.get(q.id) ?? { answer: '', agreement: '' };
  return html`<fieldset class="question"><legend>Vraag ${n}</legend><input type="hidden" name="vraag-${n}" value="${q.id}">
<p>${q.text}</p>${q.basis ? html`<p class="hint">Aanleiding uit de data: ${q.basis}</p>` : ''}${q.inGuide ? '' : html`<p class="hint">Deze vraag staat niet meer in de huidige leidraad; het antwoord blijft bewaard.</p>`}
<p><label for="antwoord-${n}">Antwoord van de regio</label><br><textarea id="antwoord-${n}" name="antwoord-${n}" rows="3">${a.answer}</textarea></p>
<p><label for="afspraak-${n}">Afspraak of vervolg</label><br><textarea id="afspraak-${n}" name="afspraak-${n}" rows="2">${a.agreement}</textarea></p>
</fieldset>`;
}

const FIELD_LABEL: Record<string, string> = { status: 'Status', datum: 'Datum van het gesprek', deelnemers: 'Deelnemers (namen en organisaties)' };

/** Above the form: a concurrent save, or a summary of the field messages linking to each field. */
function formAlert(state: ConversationFormState): Html {
  const fields = [...state.errors].filter(([, m]) => m.length);
  if (!state.problems.length && !fields.length) return html``;
  return html`<div class="notice notice--warning" role="alert">${fields.length ? html`<p>Het gesprek is niet opgeslagen. Verbeter wat bij het veld staat:</p>` : ''}<ul>${state.problems.map((p) => html`<li>${p}</li>`)}${fields.map(([field, m]) => html`<li><a href="#${field}">${FIELD_LABEL[field] ?? field}</a>: ${m.join(' ')}</li>`)}</ul></div>`;
}

function headFields(state: ConversationFormState): Html {
  const spec = (id: string, hint?: string) => ({ id, label: FIELD_LABEL[id], messages: state.errors.get(id) ?? [], hint });
  // A text field, not type="date": the typed text comes back as it was after a refused save, and
  // the same form works in every browser (a date picker is little help for a date in the past).
  return html`${labelledControl(spec('status'), (a) => html`<select ${a}>${CONVERSATION_STATUSES.map((v) => html`<option value="${v}"${v === state.status ? ' selected' : ''}>${v}</option>`)}</select>`)}
${labelledControl(spec('datum', 'dd-mm-jjjj, bijvoorbeeld 15-03-2026; verplicht als het gesprek is vastgesteld'), (a) => html`<input ${a} type="text" value="${state.heldOn}" autocomplete="off" size="12">`)}
${labelledControl(spec('deelnemers'), (a) => html`<textarea ${a} rows="2">${state.participants}</textarea>`)}`;
}

export function conversationForm(s: Session, id: string, name: string, version: number, questions: readonly ConversationQuestion[], state: ConversationFormState, saved: string | null): Html {
  let n = 0;
  const parts = PARTS.map((part) => {
    const list = questions.filter((q) => q.part === part);
    return list.length ? html`<h2>${PART_TITLE[part]}</h2>${list.map((q) => questionBlock(q, ++n, state))}` : '';
  });
  return html`<h1>Gesprek: ${name}</h1>
${saved ? html`<p class="notice" role="status">${saved}</p>` : ''}${formAlert(state)}
<p>De vragen komen uit de <a href="/gespreksleidraad/${encodeURIComponent(id)}/">gespreksleidraad</a> van dit samenwerkingsverband (${questions.length} vragen). Alleen een beheerder kan een vastgesteld gesprek openbaar maken; de deelnemers worden niet gepubliceerd.</p>
<form method="post" action="/samenwerkingen/${encodeURIComponent(id)}/gesprek">${csrfField(s.csrf)}<input type="hidden" name="versie" value="${version}"><input type="hidden" name="aantal" value="${questions.length}">
${headFields(state)}
${s.user.role === 'beheerder' ? html`<p><input type="checkbox" id="openbaar" name="openbaar" value="ja"${state.public ? ' checked' : ''}> <label for="openbaar">Openbaar: publiceer de antwoorden op de site (alleen als het gesprek is vastgesteld)</label></p>` : html`<p>Openbaar: ${state.public ? 'ja (een wijziging maakt het gesprek weer niet-openbaar tot de beheerder het bekijkt)' : 'nee'}.</p>`}
${parts}
<p><button type="submit">Gesprek opslaan</button></p></form>`;
}

export function conversationList(items: { id: string; name: string; record: Conversation | null }[], beheerder: boolean): Html {
  const answered = (r: Conversation | null) => (r ? r.answers.filter((a) => a.answer !== '').length : 0);
  return html`<h1>Gesprekken</h1>
<p>Per samenwerkingsverband één verslag van het gesprek aan de hand van de gespreksleidraad.${beheerder ? html` <a href="/gesprekken/gebundeld">Alle antwoorden per vraag</a>.` : ''}</p>
${table({
  caption: `Gesprekken (${items.filter((i) => i.record).length} van ${items.length} samenwerkingsverbanden vastgelegd)`,
  head: ['samenwerkingsverband', 'status', 'datum', 'beantwoorde vragen', 'openbaar'],
  rows: items.map((i) => [html`<a href="/samenwerkingen/${encodeURIComponent(i.id)}/gesprek">${i.name}</a>`, i.record?.status ?? 'nog niet vastgelegd', i.record?.heldOn ? formatPartialDate(i.record.heldOn) : '–', answered(i.record), i.record ? (i.record.public ? 'ja' : 'nee') : '–']),
})}`;
}

/** All answers per part and question, for sharing what regions need and what helps or hinders. */
export function pooledView(pooled: readonly PooledQuestion[], names: ReadonlyMap<string, string>, records: number): Html {
  const sameText = (q: PooledQuestion) => q.entries.every((e) => e.questionText === q.entries[0].questionText);
  const question = (q: PooledQuestion) => html`<h3>${sameText(q) ? q.entries[0].questionText : html`Vraag ‘${q.id}’ (per regio anders geformuleerd)`}</h3>
${table({
  caption: `Antwoorden op deze vraag (${q.entries.length} van ${records} gesprekken)`,
  head: ['samenwerkingsverband', ...(sameText(q) ? [] : ['vraag']), 'antwoord', 'afspraak of vervolg', 'status'],
  rows: q.entries.map((e) => [names.get(e.cooperationId) ?? e.cooperationId, ...(sameText(q) ? [] : [e.questionText]), e.answer || '–', e.agreement || '–', e.status]),
})}`;
  return html`<h1>Gesprekken: alle antwoorden per vraag</h1>
<p class="lead">Wat regio’s nodig hebben van Rijk, provincie en VNG, en wat helpt of remt bij keuzes over plekken: de antwoorden uit ${records} vastgelegde gesprekken, per onderdeel van de leidraad.</p>
${PARTS.map((part) => {
  const list = pooled.filter((q) => q.part === part);
  return html`<h2>${PART_TITLE[part]}</h2>${list.length ? list.map(question) : html`<p>Nog geen antwoorden.</p>`}`;
})}`;
}
