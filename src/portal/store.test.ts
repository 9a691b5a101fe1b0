import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetChanges } from '../analysis/changes.ts';
import { loadReference } from '../reference/index.ts';
import type { Db } from './db.ts';
import { CLI_ACTOR } from './audit.ts';
import { addUser } from './auth.ts';
import { approve, cell, cooperationRecord, createProposal, membersCell, memberEntries, validateChanges } from './proposals.ts';
import { currentDataset, importDataset, loadSheets, writeSheets } from './store.ts';
import { testDatabase } from './testing.ts';

const ref = loadReference();
const EXAMPLE = 'data/voorbeeld';
let db: Db;
let out: string;

beforeAll(async () => {
  db = await testDatabase();
  out = mkdtempSync(join(tmpdir(), 'beheer-store-'));
}, 300_000);
afterAll(async () => {
  await db?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('import and export of the CSV contract', () => {
  it('refuses a dataset with errors and keeps nothing', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'beheer-bad-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(bad, 'samenwerkingen.csv'), 'id,naam,rechtsvorm,gemeenten\nx,X,WGR,Atlantis\n');
    const result = await importDataset(db, bad, ref, CLI_ACTOR);
    expect(result.ok).toBe(false);
    const error = result.dataset.findings.find((f) => f.severity === 'error')!;
    expect([error.file, error.row, error.column]).toEqual(['samenwerkingen.csv', 2, 'gemeenten']);
    expect(await loadSheets(db)).toEqual({});
    rmSync(bad, { recursive: true, force: true });
  });

  it('exports an unchanged import byte for byte', { timeout: 300_000 }, async () => {
    const result = await importDataset(db, EXAMPLE, ref, CLI_ACTOR);
    expect(result.ok).toBe(true);
    const files = await writeSheets(await loadSheets(db), out);
    const csvs = readdirSync(EXAMPLE).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual(csvs);
    for (const f of csvs) expect(readFileSync(join(out, f)).equals(readFileSync(join(EXAMPLE, f))), f).toBe(true);
  });
});

describe('a member proposal from proposal to approved state', () => {
  it('validates, applies only on the version it was made on, and changes exactly one record', { timeout: 300_000 }, async () => {
    const author = await addUser(db, { email: 'r@example.nl', name: 'R', role: 'redacteur', cooperations: ['achterhoek'] }, CLI_ACTOR);
    const record = (await cooperationRecord(db, 'achterhoek'))!;
    const members = memberEntries(cell(record, 'gemeenten'));
    expect(members).toHaveLength(8);
    // Unknown names are refused with suggestions before anything is stored.
    const wrong = membersCell({ keep: members, add: ['Lochemm'] }, ref);
    expect(wrong.ok).toBe(false);
    const edit = membersCell({ keep: members.filter((m) => m !== 'Montferland'), add: ['Lochem'] }, ref);
    expect(edit).toEqual({ ok: true, value: 'Aalten;Berkelland;Bronckhorst;Doetinchem;Oost Gelre;Oude IJsselstreek;Winterswijk;Lochem' });
    if (!edit.ok) return;
    expect((await validateChanges(db, ref, 'achterhoek', { gemeenten: edit.value })).filter((f) => f.severity === 'error')).toEqual([]);
    // The check rules apply: a name that is no municipality is an error at the column.
    const empty = await validateChanges(db, ref, 'achterhoek', { gemeenten: 'Aalten;Atlantis' });
    expect(empty.some((f) => f.severity === 'error' && f.column === 'gemeenten' && f.row === record.row)).toBe(true);

    const actor = { id: author.id, label: 'r@example.nl' };
    const first = await createProposal(db, actor, 'achterhoek', 'leden', { gemeenten: edit.value }, record.version, '');
    const second = await createProposal(db, actor, 'achterhoek', 'gegevens', { agenda_jaar: '2025' }, record.version, '');
    expect(first.ok && second.ok).toBe(true);
    const before = (await currentDataset(db, ref))!;
    expect(await approve(db, ref, CLI_ACTOR, (first as { id: number }).id, 'klopt')).toEqual({ ok: true });
    // The second was made on the old version: refused, never silently applied over the first.
    expect(await approve(db, ref, CLI_ACTOR, (second as { id: number }).id, '')).toEqual({ ok: false, reason: 'verouderd' });
    const stale = await createProposal(db, actor, 'achterhoek', 'gegevens', { agenda_jaar: '2025' }, record.version, '');
    expect(stale).toEqual({ ok: false, reason: 'verouderd', current: record.version + 1 });

    const after = (await currentDataset(db, ref))!;
    const log = datasetChanges(before, after, (c) => ref.byCode.get(c)!.name);
    expect(log.added).toEqual([]);
    expect(log.ended).toEqual([]);
    expect(log.changed.map((c) => [c.id, c.membersAdded, c.membersRemoved])).toEqual([['achterhoek', ['Lochem'], ['Montferland']]]);

    // Only the changed record differs from the original file; every other line is identical.
    await writeSheets(await loadSheets(db), out);
    const original = readFileSync(join(EXAMPLE, 'samenwerkingen.csv'), 'utf8').split('\r\n');
    const exported = readFileSync(join(out, 'samenwerkingen.csv'), 'utf8').split('\r\n');
    const differing = original.map((line, i) => (line === exported[i] ? -1 : i)).filter((i) => i >= 0);
    expect(differing).toEqual([record.row - 1]);
    expect(readFileSync(join(out, 'doelen.csv')).equals(readFileSync(join(EXAMPLE, 'doelen.csv')))).toBe(true);
  });
});
