/**
 * beheer export / import: the database's dataset (with an approved change) and its conversation
 * records exported to a folder and to a workbook, both accepted by `regioruimte check` (exit 0),
 * and imported back into a changed database: the same records again. The full backup (accounts
 * with their hashes, proposals and messages, versions, audit log) restored into a new, empty
 * database gives the same tables, and the restored account can log in with its password.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../src/reference/index.ts';
import { CLI_ACTOR } from '../../src/portal/audit.ts';
import { activate, addUser, login } from '../../src/portal/auth.ts';
import { readState } from '../../src/portal/backup-state.ts';
import { readFileSync } from 'node:fs';
import { BackupTargetError, exportBackup, importBackup } from '../../src/portal/backup.ts';
import { allConversations, guideQuestionsOf, saveConversation } from '../../src/portal/conversations.ts';
import type { Db } from '../../src/portal/db.ts';
import { addMessage, approve, createProposal } from '../../src/portal/proposals.ts';
import { currentDataset, importDataset, loadSheets } from '../../src/portal/store.ts';
import { testDatabase } from '../../src/portal/testing.ts';
import { sheetText } from '../../src/portal/sheet-text.ts';
import { runCli } from '../cli-run.ts';

const ref = loadReference();
let db: Db;
let dir: string;

beforeAll(async () => {
  db = await testDatabase();
  dir = mkdtempSync(join(tmpdir(), 'beheer-backup-'));
  expect((await importDataset(db, 'data/voorbeeld', ref, CLI_ACTOR)).ok).toBe(true);
}, 300_000);
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('beheer export and import', () => {
  it('round-trips the dataset and the conversations through a folder and a workbook that check accepts', { timeout: 180_000 }, async () => {
    const u = await addUser(db, { email: 'analist@example.nl', name: 'Analist', role: 'beheerder', cooperations: [] }, CLI_ACTOR);
    const actor = { id: u.id, label: 'analist@example.nl' };
    const [{ version }] = await db.query<{ version: number }>("select version from cooperation where id = 'achterhoek'");
    const p = await createProposal(db, actor, 'achterhoek', 'gegevens', { agenda_jaar: '2021' }, version, '');
    expect(p.ok && (await approve(db, ref, actor, p.id, '')).ok).toBe(true);
    const questions = (await guideQuestionsOf(db, ref, 'achterhoek'))!;
    const saved = await saveConversation(db, actor, 'beheerder', 'achterhoek', 0, {
      status: 'vastgesteld', heldOn: '2026-11-30', participants: 'A; B', public: true,
      answers: [{ questionId: 'vast:vng', answer: 'Kennis delen; "met" puntkomma\nen regel', agreement: '' }],
    }, questions);
    expect(saved.ok).toBe(true);
    const sheets = await loadSheets(db);
    const conversations = await allConversations(db);
    const dataset = (await currentDataset(db, ref))!;
    expect(conversations).toHaveLength(1);

    const folder = join(dir, 'export');
    const workbook = join(dir, 'export.xlsx');
    expect((await exportBackup(db, ref, folder)).files).toContain('samenwerkingen.csv');
    await exportBackup(db, ref, workbook);
    expect((await runCli(['check', folder])).status).toBe(0);
    expect((await runCli(['check', workbook])).status).toBe(0);
    // Nothing is overwritten.
    await expect(exportBackup(db, ref, folder)).rejects.toThrow(BackupTargetError);

    const reset = async () => {
      expect((await importDataset(db, 'data/voorbeeld', ref, CLI_ACTOR)).ok).toBe(true);
      await db.query('delete from conversation');
      expect((await currentDataset(db, ref))!.cooperations.find((c) => c.id === 'achterhoek')!.agendaYear).toBe(2018);
    };
    await reset();
    expect((await importBackup(db, ref, folder, CLI_ACTOR)).ok).toBe(true);
    // Every stored sheet gives the same file text and the same cells (a changed record's raw text is
    // null before the export and its exported text after).
    const files = (x: typeof sheets) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, { text: sheetText(v!), cells: v!.rows.map((r) => r.cells) }]));
    expect(files(await loadSheets(db))).toEqual(files(sheets));
    expect(await allConversations(db)).toEqual(conversations);

    await reset();
    expect((await importBackup(db, ref, workbook, CLI_ACTOR)).ok).toBe(true);
    const back = (await currentDataset(db, ref))!;
    // The workbook holds the canonical form of the records: the same records, not the same bytes.
    expect(back.cooperations).toEqual(dataset.cooperations.map((c) => ({ ...c })));
    expect(back.goals).toEqual(dataset.goals);
    expect(await allConversations(db)).toEqual(conversations);

    // A backup with errors is refused and changes nothing.
    const broken = join(dir, 'kapot');
    mkdirSync(broken);
    writeFileSync(join(broken, 'samenwerkingen.csv'), 'id,naam,rechtsvorm,gemeenten\nx,X,WGR,Nergensdorp\n');
    expect((await importBackup(db, ref, broken, CLI_ACTOR)).ok).toBe(false);
    expect(await allConversations(db)).toEqual(conversations);
  });
});

describe('the full backup', () => {
  it('restores accounts (hashes, no plaintext), proposals, messages, versions and the audit log into an empty database', { timeout: 240_000 }, async () => {
    const password = 'een wachtwoord voor de back-up';
    const u = await addUser(db, { email: 'redacteur@example.nl', name: 'Redacteur', role: 'redacteur', cooperations: ['regio-twente', 'achterhoek'] }, CLI_ACTOR);
    expect(await activate(db, u.activation, password)).toBe(true);
    const actor = { id: u.id, label: 'redacteur@example.nl' };
    const [{ version }] = await db.query<{ version: number }>("select version from cooperation where id = 'regio-twente'");
    const open = await createProposal(db, actor, 'regio-twente', 'gegevens', { agenda_jaar: '2024' }, version, 'Nieuwe agenda');
    expect(open.ok).toBe(true);
    expect((await addMessage(db, actor, open.ok ? open.id : 0, 'Zie de agenda van 2024.', false)).ok).toBe(true);
    const before = await readState(db);
    expect(before.app_user.length).toBeGreaterThanOrEqual(2);
    expect(before.audit_log.length).toBeGreaterThan(3);

    for (const target of [join(dir, 'volledig'), join(dir, 'volledig.xlsx')]) {
      await exportBackup(db, ref, target);
      const text = target.endsWith('.xlsx') ? '' : readFileSync(join(target, 'beheer', 'portaal.json'), 'utf8');
      if (text) {
        expect(text).toContain('scrypt$');
        expect(text).not.toContain(password);
      }
      expect((await runCli(['check', target])).status).toBe(0);
      const fresh = await testDatabase();
      try {
        const restored = await importBackup(fresh, ref, target, CLI_ACTOR);
        expect(restored.ok).toBe(true);
        const after = await readState(fresh);
        // Every table as it was; the audit log has the backup's entries (same ids, times and
        // contents) followed by the restore's own: the import and the restore itself.
        for (const table of ['app_user', 'user_cooperation', 'cooperation', 'proposal', 'proposal_message', 'publication'] as const) expect(after[table], `${target} ${table}`).toEqual(before[table]);
        expect(after.audit_log.slice(0, before.audit_log.length)).toEqual(before.audit_log);
        expect(after.audit_log.slice(before.audit_log.length).map((e) => e.action)).toEqual(['import', 'back-up hersteld']);
        expect(await login(fresh, 'redacteur@example.nl', password, 'test')).toBe(u.id);
        // New rows continue after the restored ids.
        const next = await addUser(fresh, { email: 'nieuw@example.nl', name: 'Nieuw', role: 'lezer', cooperations: [] }, CLI_ACTOR);
        expect(next.id).toBe(Math.max(...before.app_user.map((r) => Number(r.id))) + 1);
        // Restoring the same backup again adds no audit entries twice.
        const again = await importBackup(fresh, ref, target, CLI_ACTOR);
        expect(again.ok && again.auditAdded).toBe(0);
      } finally {
        await fresh.close();
      }
    }
  });
});
