/**
 * The goals of a cooperation on its portal page: every goal with the classifier's label (and its
 * confidence, or "onzeker"), and for editors one form to edit, remove and add goals and to override
 * a label with a reason. Messages of the check rules are shown at the goal and field they concern.
 */
import { table } from '../present/components.ts';
import { formatPercent } from '../present/format.ts';
import { html, type Html } from '../present/html.ts';
import { GOAL_CLASSES } from '../model/enums.ts';
import { THEMES } from '../model/themes.ts';
import { classifierView, goalField, isGoalClass, type GoalEdit, type GoalProblems, type GoalValues } from './goals.ts';
import { labelledControl } from './fields.ts';
import { csrfField } from './layout.ts';

/** Extra empty blocks in the form for adding goals without JavaScript. */
export const NEW_GOAL_BLOCKS = 2;

export function classifierText(text: string): string {
  if (text.trim() === '') return 'nog geen tekst';
  const c = classifierView(text);
  return c.uncertain
    ? `onzeker (beste gok ${c.label}, zekerheid ${formatPercent(c.confidence)}, onder de drempel)`
    : `${c.label} (zekerheid ${formatPercent(c.confidence)})`;
}

export function labelText(g: GoalValues): string {
  return isGoalClass(g.label) ? `${g.label} (handmatig; classifier: ${classifierText(g.tekst)})` : `classifier: ${classifierText(g.tekst)}`;
}

export function goalsTable(goals: readonly GoalValues[], caption: string): Html {
  return table({ caption, head: ['nr', 'thema', 'doel', 'label'], rows: goals.map((g, i) => [i + 1, g.thema, g.tekst, labelText(g)]) });
}

export interface GoalFormState {
  edit: GoalEdit;
  problems: GoalProblems;
  note: string;
}

interface Block {
  from: number | null;
  values: GoalValues;
  reason: string;
  /** Its index in the refused edit, where its messages are (null: not in the edit). */
  goal: number | null;
  removed?: boolean;
}

const EMPTY: GoalValues = { thema: '', tekst: '', bron: '', label: '' };

function messagesAt(problems: GoalProblems | undefined, goal: number, field: string): string[] {
  return problems?.byGoal.get(goal)?.get(field) ?? [];
}

function control(i: number, field: string, label: string, messages: string[], input: (attrs: Html) => Html): Html {
  return labelledControl({ id: goalField(i, field), label, messages }, input);
}

function select(attrs: Html, options: readonly [string, string][], value: string): Html {
  const known = options.some(([v]) => v === value);
  return html`<select ${attrs}>${[...options, ...(known ? [] : [[value, value] as [string, string]])].map(([v, text]) => html`<option value="${v}"${v === value ? ' selected' : ''}>${text}</option>`)}</select>`;
}

function goalBlock(block: Block, i: number, problems: GoalProblems | undefined): Html {
  const v = block.values;
  const at = (field: string) => (block.goal === null ? [] : messagesAt(problems, block.goal, field));
  const legend = block.from === null ? `Nieuw doel` : `Doel ${block.from + 1}`;
  return html`<fieldset class="goal"><legend>${legend}</legend>
<input type="hidden" name="${goalField(i, 'van')}" value="${block.from === null ? '' : String(block.from)}">
${at('').length ? html`<p class="field-error">${at('').join(' ')}</p>` : ''}
${control(i, 'thema', 'Thema', at('thema'), (a) => select(a, [['', '(kies een thema)'], ...THEMES.map((t) => [t, t] as [string, string])], v.thema))}
${control(i, 'tekst', 'Tekst van het doel (letterlijk uit de agenda)', at('tekst'), (a) => html`<textarea ${a} rows="3">${v.tekst}</textarea>`)}
${control(i, 'bron', 'Bron (link)', at('bron'), (a) => html`<input ${a} type="text" value="${v.bron}">`)}
<p>Indeling door de classifier: <strong>${classifierText(v.tekst)}</strong></p>
${control(i, 'label', 'Label', at('label'), (a) => select(a, [['', 'automatisch (classifier)'], ...GOAL_CLASSES.map((c) => [c, `${c} (handmatig)`] as [string, string])], v.label))}
${control(i, 'reden', 'Reden voor een handmatig label', at('reden'), (a) => html`<input ${a} type="text" value="${block.reason}">`)}
${block.from === null ? '' : html`<p><input type="checkbox" id="${goalField(i, 'weg')}" name="${goalField(i, 'weg')}" value="ja"${block.removed ? ' checked' : ''}> <label for="${goalField(i, 'weg')}">Dit doel verwijderen</label></p>`}
</fieldset>`;
}

/**
 * The form blocks: after a refused post what was sent (goals ticked for removal in their place,
 * still ticked), else the current goals; then empty ones.
 */
function blocks(current: readonly GoalValues[], state: GoalFormState | undefined): Block[] {
  const empty = Array.from({ length: NEW_GOAL_BLOCKS }, (): Block => ({ from: null, values: EMPTY, reason: '', goal: null }));
  if (!state) return [...current.map((values, from): Block => ({ from, values, reason: '', goal: null })), ...empty];
  const sent = state.edit.goals.map((g, goal): Block => ({ ...g, goal }));
  const removed = (state.edit.removed ?? []).filter((from) => from < current.length).map((from): Block => ({ from, values: current[from], reason: '', goal: null, removed: true }));
  const existing = [...sent.filter((b) => b.from !== null), ...removed].sort((a, b) => a.from! - b.from!);
  return [...existing, ...sent.filter((b) => b.from === null), ...empty];
}

export function goalsForm(id: string, version: number, csrf: string, current: readonly GoalValues[], state?: GoalFormState): Html {
  const list = blocks(current, state);
  const general = state?.problems.general ?? [];
  return html`<h2 id="doelen-wijzigen">Doelen wijzigen</h2>
${state && state.problems.errors > 0 ? html`<div class="notice notice--warning" role="alert"><p>Het voorstel voldoet niet aan de regels van de controle; zie de meldingen bij de doelen.</p>${general.length ? html`<ul>${general.map((g) => html`<li>${g}</li>`)}</ul>` : ''}</div>` : ''}
<p>Pas doelen aan, vink een doel aan om het te verwijderen, of vul een nieuw doel in. De classifier deelt elk doel in als LOCATIE, LOBBY, PROCES of ABSTRACT; klopt dat niet, kies dan zelf het label en geef de reden. Een handmatig label geldt na goedkeuring in de analyse.</p>
<form method="post" action="/samenwerkingen/${encodeURIComponent(id)}/doelen">${csrfField(csrf)}<input type="hidden" name="versie" value="${version}"><input type="hidden" name="aantal" value="${list.length}">
${list.map((b, i) => goalBlock(b, i, state?.problems))}
<p><label for="toelichting-doelen">Toelichting voor de beheerder</label><br><textarea id="toelichting-doelen" name="toelichting" rows="3">${state?.note ?? ''}</textarea></p>
<p><button type="submit">Voorstel voor de doelen indienen</button></p></form>`;
}

/** The before/after of a goal proposal for the review page. */
export function goalDiff(before: readonly GoalValues[], edit: GoalEdit): Html {
  const kept = new Set(edit.goals.flatMap((g) => (g.from === null ? [] : [g.from])));
  const rows: (string | number)[][] = [];
  for (const g of edit.goals) {
    const old = g.from === null ? null : before[g.from];
    const what = old === null ? 'nieuw' : (['thema', 'tekst', 'bron', 'label'] as const).every((f) => old[f] === g.values[f]) ? 'ongewijzigd' : 'gewijzigd';
    const label = isGoalClass(g.values.label) ? `${g.values.label} (handmatig${g.reason ? `, reden: ${g.reason}` : ''})` : 'automatisch';
    rows.push([what, g.values.thema, old && old.tekst !== g.values.tekst ? `${old.tekst} → ${g.values.tekst}` : g.values.tekst, `${label}; classifier: ${classifierText(g.values.tekst)}`]);
  }
  before.forEach((g, i) => {
    if (!kept.has(i)) rows.push(['verwijderd', g.thema, g.tekst, labelText(g)]);
  });
  return html`<h2>Doelen</h2>${table({ caption: `Doelen voor en na (${before.length} → ${edit.goals.length})`, head: ['wijziging', 'thema', 'doel', 'label'], rows })}`;
}
