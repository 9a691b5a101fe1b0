/**
 * The changelog between two datasets ("wat is er veranderd"): cooperations that are new (id only
 * in the new dataset), ended (id only in the old one) and changed (same id, a different value in a
 * compared field), with members and themes as added/removed sets. Cooperations are matched by id;
 * lists are compared as sets, so reordering is no change. Goals are counted per cooperation.
 */
import type { Cooperation, Dataset, Goal } from '../model/dataset.ts';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface CooperationChange {
  id: string;
  name: string;
  membersAdded: string[];
  membersRemoved: string[];
  themesAdded: string[];
  themesRemoved: string[];
  goalsBefore: number;
  goalsAfter: number;
  fields: FieldChange[];
}

export interface Changelog {
  added: { id: string; name: string }[];
  ended: { id: string; name: string }[];
  changed: CooperationChange[];
}

/** Compared single-value fields, with their Dutch label. */
const FIELDS: [string, (c: Cooperation) => string][] = [
  ['naam', (c) => c.name],
  ['agendatitel', (c) => c.agendaTitle ?? ''],
  ['agendajaar', (c) => (c.agendaYear === null ? '' : String(c.agendaYear))],
  ['rechtsvorm', (c) => c.legalForm],
  ['overige overheden', (c) => c.otherGovernments.join('; ')],
  ['partners', (c) => c.partners.join('; ')],
  ['typologie', (c) => c.typology ?? ''],
  ['levensfase', (c) => c.lifePhase ?? ''],
  ['ruimtelijk', (c) => (c.spatial ? 'ja' : 'nee')],
  ['bronnen', (c) => c.sources.join('; ')],
];

const minus = (a: readonly string[], b: readonly string[]): string[] => {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => !set.has(x)).sort();
};

function goalCounts(goals: readonly Goal[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of goals) counts.set(g.cooperationId, (counts.get(g.cooperationId) ?? 0) + 1);
  return counts;
}

function compare(a: Cooperation, b: Cooperation, goalsA: number, goalsB: number, name: (code: string) => string): CooperationChange | null {
  const change: CooperationChange = {
    id: b.id,
    name: b.name,
    membersAdded: minus(b.municipalities, a.municipalities).map(name),
    membersRemoved: minus(a.municipalities, b.municipalities).map(name),
    themesAdded: minus(b.themes, a.themes),
    themesRemoved: minus(a.themes, b.themes),
    goalsBefore: goalsA,
    goalsAfter: goalsB,
    fields: FIELDS.map(([field, get]) => ({ field, before: get(a), after: get(b) })).filter((f) => f.before !== f.after),
  };
  const same = !change.membersAdded.length && !change.membersRemoved.length && !change.themesAdded.length && !change.themesRemoved.length && goalsA === goalsB && !change.fields.length;
  return same ? null : change;
}

/** `name` turns a municipality code into its name for display (codes are compared). */
export function datasetChanges(before: Dataset, after: Dataset, name: (code: string) => string = (c) => c): Changelog {
  const old = new Map(before.cooperations.map((c) => [c.id, c]));
  const now = new Map(after.cooperations.map((c) => [c.id, c]));
  const goalsA = goalCounts(before.goals);
  const goalsB = goalCounts(after.goals);
  const byName = (x: { name: string; id: string }, y: { name: string; id: string }) => x.name.localeCompare(y.name, 'nl') || x.id.localeCompare(y.id);
  const changed: CooperationChange[] = [];
  for (const [id, b] of now) {
    const a = old.get(id);
    if (!a) continue;
    const change = compare(a, b, goalsA.get(id) ?? 0, goalsB.get(id) ?? 0, name);
    if (change) changed.push(change);
  }
  return {
    added: after.cooperations.filter((c) => !old.has(c.id)).map((c) => ({ id: c.id, name: c.name })).sort(byName),
    ended: before.cooperations.filter((c) => !now.has(c.id)).map((c) => ({ id: c.id, name: c.name })).sort(byName),
    changed: changed.sort(byName),
  };
}

export function isEmptyChangelog(log: Changelog): boolean {
  return log.added.length === 0 && log.ended.length === 0 && log.changed.length === 0;
}

/** The changelog as Dutch text lines (the `verschil` command and the publication summary). */
export function formatChangelog(log: Changelog): string {
  const lines: string[] = [];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  lines.push(`${n(log.added.length, 'nieuw samenwerkingsverband', 'nieuwe samenwerkingsverbanden')}, ${n(log.ended.length, 'beëindigd', 'beëindigd')}, ${n(log.changed.length, 'gewijzigd', 'gewijzigd')}.`);
  for (const c of log.added) lines.push(`+ nieuw: ${c.name} (${c.id})`);
  for (const c of log.ended) lines.push(`- beëindigd: ${c.name} (${c.id})`);
  for (const c of log.changed) {
    lines.push(`~ gewijzigd: ${c.name} (${c.id})`);
    if (c.membersAdded.length) lines.push(`    gemeenten erbij: ${c.membersAdded.join(', ')}`);
    if (c.membersRemoved.length) lines.push(`    gemeenten eraf: ${c.membersRemoved.join(', ')}`);
    if (c.themesAdded.length) lines.push(`    thema's erbij: ${c.themesAdded.join(', ')}`);
    if (c.themesRemoved.length) lines.push(`    thema's eraf: ${c.themesRemoved.join(', ')}`);
    if (c.goalsBefore !== c.goalsAfter) lines.push(`    doelen: ${c.goalsBefore} → ${c.goalsAfter}`);
    for (const f of c.fields) lines.push(`    ${f.field}: '${f.before}' → '${f.after}'`);
  }
  return `${lines.join('\n')}\n`;
}
