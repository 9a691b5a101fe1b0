/** Small markup building blocks shared by the page renderers. All text goes through `html`. */
import { html, safeHref, type Html, type Renderable } from './html.ts';
import { THEMES, themeSlug, type Theme } from '../model/themes.ts';
import type { GoalClass, LegalForm, LifePhase, SteeringType, Typology } from '../model/enums.ts';
import { RESERVED_DIVISION_SLUGS } from '../model/names.ts';
import { breakableCompounds } from './format.ts';
import { safeName, uniqueNames } from '../output/names.ts';

export interface TableSpec {
  caption: string;
  head: string[];
  rows: Renderable[][];
  /** Columns whose cells are numbers (right-aligned). */
  numeric?: number[];
  /** Visually hide the caption (when a heading right above says the same). */
  captionHidden?: boolean;
  className?: string;
  id?: string;
  /** data-* attributes on the table itself (e.g. the map list link), keys without "data-". */
  tableData?: Record<string, string>;
  /** data-* attributes per row (for client-side filtering), keys without the "data-" prefix. */
  rowData?: Record<string, string>[];
}

/** A table in a focusable, labelled scroll container (so keyboard users can scroll wide tables). */
export function table(spec: TableSpec): Html {
  const num = new Set(spec.numeric ?? []);
  // Tables with 3+ columns become stacked "cards" on narrow screens (CSS); the explicit roles keep
  // table semantics for assistive technology when the cells are displayed as blocks.
  const stack = spec.head.length >= 3;
  const classes = [spec.className, stack ? 'stack' : null].filter(Boolean).join(' ');
  const cls = (i: number) => (num.has(i) ? html` class="num"` : '');
  const r = (role: string) => (stack ? html` role="${role}"` : '');
  const label = (i: number) => (stack && i > 0 ? html` data-label="${spec.head[i]}"` : '');
  return html`<div class="table-wrap" role="region" aria-label="${spec.caption}" tabindex="0"><table${classes ? html` class="${classes}"` : ''}${spec.id ? html` id="${spec.id}"` : ''}${dataAttrs(spec.tableData)}${r('table')}>
<caption${spec.captionHidden ? html` class="visually-hidden"` : ''}>${spec.caption}</caption>
<thead${r('rowgroup')}><tr${r('row')}>${spec.head.map((h, i) => html`<th scope="col"${cls(i)}${r('columnheader')}>${breakableCompounds(h)}</th>`)}</tr></thead>
<tbody${r('rowgroup')}>${spec.rows.map((row, ri) => html`<tr${r('row')}${dataAttrs(spec.rowData?.[ri])}>${row.map((cell, i) => (i === 0 ? html`<th scope="row"${cls(i)}${r('rowheader')}>${cell}</th>` : html`<td${cls(i)}${label(i)}${r('cell')}>${cell}</td>`))}</tr>\n`)}</tbody>
</table></div>`;
}

function dataAttrs(data: Record<string, string> | undefined): Html {
  if (!data) return html``;
  return html`${Object.keys(data)
    .sort()
    .map((k) => html` data-${k.replace(/[^a-z0-9-]/g, '')}="${data[k]}"`)}`;
}

export function section(id: string, title: string, ...content: Renderable[]): Html {
  return html`<section class="section" aria-labelledby="${id}"><h2 id="${id}">${breakableCompounds(title)}</h2>${content}</section>`;
}

export function link(href: string, label: Renderable): Html {
  return html`<a href="${href}">${label}</a>`;
}

// Page URLs use the same name mapping as the files the build writes (src/output/names), so every
// link points at a page that exists, whatever characters an id contains.
export function cooperationHref(id: string): string {
  return `/samenwerkingen/${safeName(id)}/`;
}

export function guideHref(id: string): string {
  return `/gespreksleidraad/${safeName(id)}/`;
}

export function municipalityHref(code: string): string {
  return `/gemeenten/${safeName(code)}/`;
}

const divisionNames = new WeakMap<object, Map<string, string>>();

/** The page of one division; names are unique within the set of divisions (`divisions` is keyed by name). */
export function divisionHref(divisions: Readonly<Record<string, unknown>>, division: string): string {
  let names = divisionNames.get(divisions);
  if (!names) divisionNames.set(divisions, (names = uniqueNames(Object.keys(divisions), RESERVED_DIVISION_SLUGS)));
  return `/nationaal-beleid/${names.get(division) ?? safeName(division)}/`;
}

export function themeHref(theme: Theme): string {
  return `/themas/${themeSlug(theme)}/`;
}

export function themeTags(themes: readonly Theme[]): Html {
  const sorted = THEMES.filter((t) => themes.includes(t));
  if (sorted.length === 0) return html`<span class="muted">geen thema opgegeven</span>`;
  return html`<ul class="tags">${sorted.map((t) => html`<li><a class="tag" href="${themeHref(t)}">${t}</a></li>`)}</ul>`;
}

export function inlineList(items: Renderable[], empty = 'geen'): Html {
  if (items.length === 0) return html`<span class="muted">${empty}</span>`;
  return html`<ul class="inline-list">${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}

/** A source reference: a link when it is a safe http(s) URL, plain text otherwise. */
export function sourceLink(source: string): Html {
  const href = safeHref(source);
  return href ? html`<a href="${href}" rel="external noopener">${shortUrl(source)}</a>` : html`<span>${source}</span>`;
}

function shortUrl(url: string): string {
  const s = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  return s.length > 70 ? s.slice(0, 67) + '…' : s;
}

export function downloadLink(href: string, label: string, format: string): Html {
  return html`<a class="download" href="${href}" download>${label} <span class="download__format">(${format})</span></a>`;
}

export function keyValues(rows: [string, Renderable][]): Html {
  return html`<dl class="key-values">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

/**
 * Technical detail a reader may skip (method names, coefficients, parameters): behind a closed
 * details element, so the page itself reads in plain Dutch and the detail stays one click away.
 */
export function technicalDetails(...content: Renderable[]): Html {
  return html`<details class="technical"><summary>Technische toelichting</summary>${content}</details>`;
}

export function notice(text: Renderable, kind: 'info' | 'warning' = 'info'): Html {
  return html`<div class="notice notice--${kind}" role="note">${text}</div>`;
}

export const LEGAL_FORM_LABEL: Record<LegalForm, string> = {
  WGR: 'Gemeenschappelijke regeling (Wgr)',
  PRIVAAT: 'Privaatrechtelijk (stichting, vereniging, bv)',
  OVERIG: 'Overig (netwerk, convenant, informeel)',
};

export const LEGAL_FORM_SHORT: Record<LegalForm, string> = { WGR: 'Wgr', PRIVAAT: 'Privaatrechtelijk', OVERIG: 'Overig / netwerk' };

export const TYPOLOGY_LABEL: Record<Typology, string> = {
  BESTUURLIJK: 'Bestuurlijk',
  ECONOMISCH: 'Economisch',
  LANDSCHAPPELIJK: 'Landschappelijk',
};

/** Label of a coded value as the data may carry it (unknown codes shown as given, none as "Onbekend"). */
export const legalFormLabel = (v: string): string => LEGAL_FORM_LABEL[v as LegalForm] ?? v;
export const typologyLabel = (v: string | null): string => (v ? (TYPOLOGY_LABEL[v as Typology] ?? v) : 'Onbekend');

export const TYPOLOGY_EXPLANATION: Record<Typology, string> = {
  BESTUURLIJK: 'volgt een bestaande bestuurlijke indeling',
  ECONOMISCH: 'volgt een economisch cluster of dagelijks stedelijk systeem',
  LANDSCHAPPELIJK: 'volgt een landschap (rivier, veengebied, kust, heuvelland)',
};

export const LIFE_PHASE_LABEL: Record<LifePhase, string> = {
  STARTUP: 'Startfase',
  ONTMOETINGSPLEK: 'Ontmoetingsplek',
  DRAAIEND_SYSTEEM: 'Draaiend systeem',
};

export const STEERING_LABEL: Record<SteeringType, string> = {
  REGIE_RUIMTEBESLAG: 'Regie op ruimtebeslag',
  THEMATISCHE_FOCUS: 'Thematische focus',
};

export const GOAL_CLASS_LABEL: Record<GoalClass, string> = {
  LOCATIE: 'Locatiekeuze',
  LOBBY: 'Lobby',
  PROCES: 'Proces',
  ABSTRACT: 'Algemene ambitie',
};

/**
 * The kind of one listed goal: an uncertain goal (model confidence below its threshold) is shown as
 * "Onzeker" with the class the model leaned to, so a list never presents it as a firm classification.
 */
export function goalKindLabel(g: { label: GoalClass; uncertain: boolean; confidence: number }): string {
  return g.uncertain ? `Onzeker (eerder ${GOAL_CLASS_LABEL[g.label].toLowerCase()}, zekerheid ${Math.round(g.confidence * 100)}%)` : GOAL_CLASS_LABEL[g.label];
}

export const GOAL_CLASS_EXPLANATION: Record<GoalClass, string> = {
  LOCATIE: 'noemt een concrete plek, gebied of infrastructuur waar iets fysiek gebeurt',
  LOBBY: 'vraagt anderen om geld of besluiten',
  PROCES: 'eerst meer beleid, plannen of strategie: de keuze wordt uitgesteld',
  ABSTRACT: 'een algemene ambitie zonder plek',
};
