/** The portal's pages: small functions from data to markup (forms work without JavaScript). */
import { cooperationHref, table } from '../present/components.ts';
import { html, type Html } from '../present/html.ts';
import type { Reference } from '../reference/index.ts';
import { auditEntries } from './audit.ts';
import type { Session } from './auth.ts';
import type { Queryable } from './db.ts';
import { labelledControl } from './fields.ts';
import { csrfField } from './layout.ts';
import { cell, cooperationRecord, EDITABLE_FIELDS, memberEntries, messages, proposals, type CooperationRecord, type EditableField, type Proposal } from './proposals.ts';
import { LEGAL_FORMS, LIFE_PHASES, TYPOLOGIES } from '../model/enums.ts';
import { THEMES } from '../model/themes.ts';
import type { PublishResult } from './publish.ts';
import { loadSheets, columnIndex } from './store.ts';
import { currentGoals } from './goals.ts';
import type { Finding } from '../model/findings.ts';
import { UPLOAD_LIMITS } from './upload.ts';
import { goalDiff, goalsForm, goalsTable, type GoalFormState } from './goal-pages.ts';

export function message(text: string): Html {
  return html`<h1>${text.split('.')[0]}</h1><p>${text}</p>`;
}

const error = (text: string | null) => (text ? html`<div class="notice notice--warning" role="alert"><p>${text}</p></div>` : '');

export function loginForm(csrf: string, problem: string | null): Html {
  return html`<h1>Inloggen</h1>${error(problem)}
<form method="post" action="/inloggen">${csrfField(csrf)}
<p><label for="email">E-mailadres</label><br><input id="email" name="email" type="email" autocomplete="username" required></p>
<p><label for="wachtwoord">Wachtwoord</label><br><input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Inloggen</button></p></form>`;
}

export function activationForm(csrf: string, problem: string | null): Html {
  return html`<h1>Account activeren</h1>${error(problem)}
<form method="post">${csrfField(csrf)}
<p><label for="wachtwoord">Nieuw wachtwoord (ten minste 12 tekens)</label><br><input id="wachtwoord" name="wachtwoord" type="password" autocomplete="new-password" minlength="12" required></p>
<p><label for="herhaal">Herhaal het wachtwoord</label><br><input id="herhaal" name="herhaal" type="password" autocomplete="new-password" minlength="12" required></p>
<p><button type="submit">Activeren</button></p></form>`;
}

export async function visibleIds(db: Queryable, s: Session): Promise<{ id: string; name: string }[]> {
  const sheet = (await loadSheets(db)).samenwerkingen;
  if (!sheet) return [];
  const idI = columnIndex('samenwerkingen', sheet.header, 'id');
  const nameI = columnIndex('samenwerkingen', sheet.header, 'naam');
  const all = sheet.rows.map((r) => ({ id: (r.cells[idI] ?? '').trim(), name: r.cells[nameI] ?? '' })).filter((c) => c.id !== '');
  return s.user.role === 'redacteur' ? all.filter((c) => s.user.cooperations.includes(c.id)) : all;
}

export async function home(db: Queryable, s: Session): Promise<Html> {
  const open = await proposals(db, { status: ['open', 'vraag'], cooperations: s.user.role === 'redacteur' ? s.user.cooperations : undefined });
  return html`<h1>Beheer van de gegevens</h1>
<p class="lead">${s.user.role === 'redacteur' ? 'Hier stelt u wijzigingen voor in de gegevens van uw samenwerkingsverbanden; de beheerder beoordeelt ze.' : s.user.role === 'beheerder' ? 'Beoordeel voorstellen en publiceer de goedgekeurde gegevens.' : 'U kunt de gegevens lezen.'}</p>
${s.user.role !== 'lezer' ? html`<p>${open.length} voorstel(len) wachten op een besluit. <a href="/voorstellen">Naar de voorstellen</a></p>` : ''}
<p><a href="/samenwerkingen">Naar de samenwerkingsverbanden</a></p>`;
}

export async function cooperationList(db: Queryable, s: Session): Promise<Html> {
  const items = await visibleIds(db, s);
  return html`<h1>Samenwerkingsverbanden</h1><p>${items.length} samenwerkingsverband(en)${s.user.role === 'redacteur' ? ' waarvoor u redacteur bent' : ''}.</p>
<ul>${items.map((c) => html`<li><a href="/samenwerkingen/${encodeURIComponent(c.id)}">${c.name}</a></li>`)}</ul>`;
}

export interface MemberFormState {
  /** Messages about the form as a whole (made on an older version, nothing changed). */
  problems: string[];
  /** Messages about the members to add (matching, the check rules), shown at that field. */
  atField: string[];
  add: string;
  /** The members left ticked in the refused form. */
  keep: readonly string[];
  note: string;
}

export interface FieldFormState {
  values: Partial<Record<EditableField, string>>;
  /** Messages per field ('' = not about one field). */
  errors: Map<string, string[]>;
  note: string;
}

const CHOICES: Partial<Record<EditableField, readonly string[]>> = { rechtsvorm: LEGAL_FORMS, typologie: TYPOLOGIES, levensfase: LIFE_PHASES };

function fieldInput(field: EditableField, label: string, value: string, errors: string[]): Html {
  const choices = CHOICES[field];
  return labelledControl({ id: `veld-${field}`, name: field, label, messages: errors }, (attrs) =>
    choices
      ? html`<select ${attrs}>${['', ...choices, ...(value && !choices.includes(value) ? [value] : [])].map((o) => html`<option value="${o}"${o === value ? ' selected' : ''}>${o || '(leeg)'}</option>`)}</select>`
      : html`<input ${attrs} type="text" value="${value}">`,
  );
}

/** The form for the record's other fields; the check rules' findings are shown at their field. */
export function fieldsForm(record: CooperationRecord, csrf: string, state?: FieldFormState): Html {
  const general = state?.errors.get('') ?? [];
  return html`<h2>Gegevens wijzigen</h2>${general.length ? html`<div class="notice notice--warning" role="alert"><ul>${general.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
${state && state.errors.size ? html`<p class="notice notice--warning" role="alert">Het voorstel voldoet niet aan de regels van de controle; zie de meldingen bij de velden.</p>` : ''}
<form method="post" action="/samenwerkingen/${encodeURIComponent(record.id)}/gegevens">${csrfField(csrf)}<input type="hidden" name="versie" value="${record.version}">
${EDITABLE_FIELDS.map(({ field, label }) => fieldInput(field, label, state?.values[field] ?? cell(record, field), state?.errors.get(field) ?? []))}
<p class="hint">Thema’s: ${THEMES.join('; ')}.</p>
<p><label for="toelichting-gegevens">Toelichting voor de beheerder</label><br><textarea id="toelichting-gegevens" name="toelichting" rows="3">${state?.note ?? ''}</textarea></p>
<p><button type="submit">Voorstel indienen</button></p></form>`;
}

export async function cooperationDetail(db: Queryable, ref: Reference, s: Session, record: CooperationRecord, editable: boolean, state?: MemberFormState, fieldState?: FieldFormState, goalState?: GoalFormState): Promise<Html> {
  const members = memberEntries(cell(record, 'gemeenten'));
  const goals = currentGoals(await loadSheets(db), record.id);
  const open = await proposals(db, { status: ['open', 'vraag'], cooperations: [record.id] });
  const form = editable
    ? html`<h2>Leden wijzigen</h2>${state?.problems.length || state?.atField.length ? html`<div class="notice notice--warning" role="alert"><ul>${state.problems.map((p) => html`<li>${p}</li>`)}${state.atField.length ? html`<li>Het voorstel is niet ingediend; zie de melding bij <a href="#toevoegen">Gemeenten toevoegen</a>.</li>` : ''}</ul></div>` : ''}
${open.length ? html`<p class="notice">Let op: er staat al een voorstel open voor dit samenwerkingsverband (${open.map((p) => html`<a href="/voorstellen/${p.id}">voorstel ${p.id}</a> `)}).</p>` : ''}
<form method="post" action="/samenwerkingen/${encodeURIComponent(record.id)}/leden">${csrfField(s.csrf)}<input type="hidden" name="versie" value="${record.version}">
<fieldset><legend>Huidige gemeenten (vink uit om te verwijderen)</legend>
${members.map((m, i) => html`<p><input type="checkbox" id="lid-${i}" name="blijft" value="${m}"${!state || state.keep.includes(m) ? ' checked' : ''}> <label for="lid-${i}">${m}</label></p>`)}</fieldset>
${labelledControl({ id: 'toevoegen', label: 'Gemeenten toevoegen (één per regel; naam of GM-code)', messages: state?.atField ?? [] }, (a) => html`<textarea ${a} rows="3">${state?.add ?? ''}</textarea>`)}
<p><label for="toelichting">Toelichting voor de beheerder</label><br><textarea id="toelichting" name="toelichting" rows="3">${state?.note ?? ''}</textarea></p>
<p><button type="submit">Voorstel indienen</button></p></form>
<details><summary>Namen van alle ${ref.municipalities.length} gemeenten (2025)</summary><p>${ref.municipalities.map((m) => m.name).sort((a, b) => a.localeCompare(b, 'nl')).join(', ')}</p></details>`
    : '';
  return html`<h1>${cell(record, 'naam')}</h1>
<p>Versie ${record.version} · <a href="${cooperationHref(record.id)}">publieke pagina</a> (na publicatie)</p>
${table({ caption: 'Huidige gegevens', head: ['veld', 'waarde'], rows: ['agenda_titel', 'agenda_jaar', 'rechtsvorm', 'themas', 'partners', 'typologie', 'levensfase'].map((c) => [c, cell(record, c) || '–']) })}
<h2>Gemeenten (${members.length})</h2><ul>${members.map((m) => html`<li>${m}</li>`)}</ul>
${goalsTable(goals, `Doelen (${goals.length})`)}
${editable ? html`<p><a href="/samenwerkingen/${encodeURIComponent(record.id)}/gesprek">Gesprek aan de hand van de gespreksleidraad vastleggen</a></p>` : ''}
${form}
${editable ? fieldsForm(record, s.csrf, fieldState) : ''}
${editable ? goalsForm(record.id, record.version, s.csrf, goals, goalState) : ''}`;
}

export async function proposalQueue(db: Queryable, s: Session): Promise<Html> {
  const list = await proposals(db, { cooperations: s.user.role === 'redacteur' ? s.user.cooperations : undefined });
  const openPer = new Map<string, number>();
  for (const p of list) if (p.status === 'open' || p.status === 'vraag') openPer.set(p.cooperation_id, (openPer.get(p.cooperation_id) ?? 0) + 1);
  const versions = new Map((await db.query<{ id: string; version: number }>('select id, version from cooperation')).map((r) => [r.id, r.version]));
  const flags = (p: Proposal): string =>
    [
      (p.status === 'open' || p.status === 'vraag') && versions.get(p.cooperation_id) !== p.base_version ? `verouderd (gemaakt op versie ${p.base_version}, nu ${versions.get(p.cooperation_id)})` : '',
      (openPer.get(p.cooperation_id) ?? 0) > 1 && (p.status === 'open' || p.status === 'vraag') ? 'meer voorstellen open voor dit samenwerkingsverband' : '',
    ]
      .filter(Boolean)
      .join('; ');
  return html`<h1>Voorstellen</h1>
${table({ caption: 'Alle voorstellen, nieuwste onderaan', head: ['voorstel', 'samenwerking', 'soort', 'door', 'status', 'signalen'], rows: list.map((p) => [html`<a href="/voorstellen/${p.id}">${p.id}</a>`, p.cooperation_id, p.kind, p.author, p.status, flags(p) || '–']) })}`;
}

export async function proposalDetail(db: Queryable, ref: Reference, s: Session, p: Proposal, problem: string | null): Promise<Html> {
  void ref;
  const record = await cooperationRecord(db, p.cooperation_id);
  const rows = Object.entries(p.payload.changes).map(([column, after]) => [column, record ? cell(record, column) : '', after]);
  const membersBefore = record ? new Set(memberEntries(cell(record, 'gemeenten'))) : new Set<string>();
  const membersAfter = p.payload.changes.gemeenten === undefined ? null : memberEntries(p.payload.changes.gemeenten);
  const decided = p.status !== 'open' && p.status !== 'vraag';
  const stale = !decided && record !== null && record.version !== p.base_version;
  const talk = await messages(db, p.id);
  return html`<h1>Voorstel ${p.id}: ${p.cooperation_id}</h1>${error(problem)}
<p>Door ${p.author}, status <strong>${p.status}</strong>${p.decision_reason ? html`, reden: ${p.decision_reason}` : ''}. Gemaakt op versie ${p.base_version}${record ? html`, huidige versie ${record.version}` : ''}.</p>
${stale ? html`<p class="notice notice--warning">Verouderd: het samenwerkingsverband is na dit voorstel gewijzigd.</p>` : ''}
${p.payload.note ? html`<p>Toelichting: ${p.payload.note}</p>` : ''}
${membersAfter ? html`<h2>Gemeenten</h2><p>Erbij: ${membersAfter.filter((m) => !membersBefore.has(m)).join(', ') || 'geen'}. Eraf: ${[...membersBefore].filter((m) => !membersAfter.includes(m)).join(', ') || 'geen'}.</p>` : ''}
${p.kind === 'doelen' ? goalDiff(p.payload.before ?? [], p.payload.goals ?? { goals: [] }) : table({ caption: 'Voor en na', head: ['veld', 'voor', 'na'], rows })}
<h2>Berichten</h2>${talk.length ? html`<ul>${talk.map((m) => html`<li>${m.author}: ${m.body}</li>`)}</ul>` : html`<p>Geen berichten.</p>`}
${!decided ? html`<form method="post" action="/voorstellen/${p.id}/bericht">${csrfField(s.csrf)}<p><label for="bericht">${s.user.role === 'beheerder' ? 'Vraag aan de redacteur' : 'Antwoord aan de beheerder'}</label><br><textarea id="bericht" name="bericht" rows="3" required></textarea></p><p><button type="submit">Versturen</button></p></form>` : ''}
${!decided && s.user.role === 'beheerder' ? html`<h2>Besluit</h2><form method="post" action="/voorstellen/${p.id}/besluit">${csrfField(s.csrf)}<p><label for="reden">Reden (verplicht bij afwijzen)</label><br><textarea id="reden" name="reden" rows="2"></textarea></p><p><button type="submit" name="besluit" value="goedkeuren">Goedkeuren</button> <button type="submit" name="besluit" value="afwijzen">Afwijzen</button></p></form>` : ''}`;
}

export async function publishPage(db: Queryable, csrf: string, result: PublishResult | null): Promise<Html> {
  const list = await db.query<{ id: number; published_at: Date; release: string }>('select id, published_at, release from publication order by id desc');
  return html`<h1>Publiceren</h1>
${result ? (result.ok ? html`<p class="notice" role="status">Gepubliceerd als ${result.release}: ${result.changelog.added.length} nieuw, ${result.changelog.ended.length} beëindigd, ${result.changelog.changed.length} gewijzigd.</p>` : error(result.message)) : ''}
<p>Publiceren exporteert de goedgekeurde gegevens naar het CSV-contract, bouwt de site opnieuw en wisselt die in één keer om.</p>
<form method="post" action="/publiceren">${csrfField(csrf)}<p><button type="submit">Nu publiceren</button></p></form>
${table({ caption: 'Publicaties', head: ['nummer', 'tijdstip', 'versie'], rows: list.map((p) => [p.id, new Date(p.published_at).toISOString(), p.release]) })}`;
}

/** Entries per page of the audit log. */
export const AUDIT_PAGE = 200;

/** A page of the log (newest first), with a link to the older entries, keyed on the entry number so new entries do not shift the pages. */
export async function auditPage(db: Queryable, before: number | null): Promise<Html> {
  const fetched = await auditEntries(db, AUDIT_PAGE + 1, before);
  const entries = fetched.slice(0, AUDIT_PAGE);
  const range = entries.length ? `nr. ${entries[0].id} tot en met ${entries.at(-1)!.id}` : 'geen';
  const older = fetched.length > AUDIT_PAGE ? html` <a href="/audit?voor=${entries.at(-1)!.id}">Oudere gebeurtenissen</a>` : '';
  return html`<h1>Auditlog</h1><p><a href="/audit.csv">Download het hele log als CSV</a></p>
<p>Gebeurtenissen ${range}, de nieuwste bovenaan.${before !== null ? html` <a href="/audit">Nieuwste gebeurtenissen</a>` : ''}${older}</p>
${table({ caption: before === null ? `Laatste ${entries.length} gebeurtenissen` : `${entries.length} gebeurtenissen voor nr. ${before}`, head: ['nr', 'tijdstip', 'wie', 'actie', 'onderwerp', 'voor', 'na'], rows: entries.map((e) => [e.id, new Date(e.at).toISOString(), e.actor, e.action, `${e.entity} ${e.entity_id ?? ''}`, e.before === null ? '' : JSON.stringify(e.before), e.after === null ? '' : JSON.stringify(e.after)]) })}`;
}

/** The upload form, and after an attempt its outcome: refused with every finding per file, row and column, or accepted. */
export function uploadPage(csrf: string, outcome: { problems?: string[]; findings?: Finding[]; accepted?: { cooperations: number; changed: number; warnings: number } } = {}): Html {
  const findings = outcome.findings ?? [];
  return html`<h1>Dataset inlezen</h1>
${outcome.accepted ? html`<p class="notice" role="status">De dataset is ingelezen en is nu de huidige stand: ${outcome.accepted.cooperations} samenwerkingsverbanden, waarvan ${outcome.accepted.changed} nieuw of gewijzigd; ${outcome.accepted.warnings} waarschuwing(en). Open voorstellen op gewijzigde samenwerkingsverbanden zijn nu verouderd.</p>` : ''}
${outcome.problems?.length ? html`<div class="notice notice--warning" role="alert"><ul>${outcome.problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
${findings.length ? html`<div class="notice notice--warning" role="alert"><p>De dataset is niet ingelezen: ${findings.length} fout(en). Er is niets gewijzigd.</p></div>
${table({ caption: 'Fouten per bestand, rij en kolom', head: ['bestand', 'rij', 'kolom', 'waarde', 'melding', 'wat te doen'], rows: findings.map((f) => [f.file, f.row ?? '–', f.column ?? '–', f.value ?? '', f.message, f.hint ?? '']) })}` : ''}
<p>Stuur de CSV-bestanden van één map (samenwerkingen.csv, doelen.csv …; kies ze samen) of één .xlsx-bestand. Ze worden gecontroleerd met dezelfde regels als <code>regioruimte check</code>; zonder fouten worden ze de huidige stand van de gegevens.</p>
<form method="post" action="/gegevens" enctype="multipart/form-data">${csrfField(csrf)}
<p><label for="bestanden">Bestanden (.csv of .xlsx, ten hoogste ${UPLOAD_LIMITS.files} en samen ${UPLOAD_LIMITS.totalBytes / 1024 / 1024} MB)</label><br><input id="bestanden" name="bestanden" type="file" multiple accept=".csv,.xlsx" required></p>
<p><button type="submit">Controleren en inlezen</button></p></form>`;
}
