/**
 * Killing the portal during a publish: a child process is killed (SIGKILL) while it builds the new
 * release. Afterwards the public site is still the previous publication, the database records only
 * that publication, and opening the portal again removes the half-built release.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/portal/audit.ts';
import { openPortal } from '../../src/portal/server.ts';
import { importDataset } from '../../src/portal/store.ts';
import { testDatabaseIn } from '../../src/portal/testing.ts';
import { loadReference } from '../../src/reference/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'beheer-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a publish killed half-way', () => {
  it('leaves the previous published site and a consistent database', { timeout: 300_000 }, async () => {
    // The previous publication: a recorded release whose site says 'oud'. The portal's database is
    // started from the migrated template in the folder openPortal uses, instead of having openPortal
    // create a cluster there (PGlite's slowest step; this test is about what follows).
    const first = { db: await testDatabaseIn(join(dir, 'db')), ref: loadReference() };
    expect((await importDataset(first.db, 'data/voorbeeld', first.ref, CLI_ACTOR)).ok).toBe(true);
    mkdirSync(join(dir, 'releases', '20260101T000000-1', 'site'), { recursive: true });
    writeFileSync(join(dir, 'releases', '20260101T000000-1', 'site', 'index.html'), 'oud');
    symlinkSync(join('releases', '20260101T000000-1', 'site'), join(dir, 'site'));
    await first.db.query("insert into publication (release, changelog) values ('20260101T000000-1', '{}'::jsonb)");
    await first.db.close();

    const child = fork(join(import.meta.dirname, 'publish-kill-child.ts'), [dir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | null>((ok) => child.on('exit', (_code, signal) => ok(signal)));
    await new Promise<void>((ok, fail) => {
      child.on('message', (m) => (m === 'bouwt' ? ok() : undefined));
      child.on('exit', () => fail(new Error(`child ended before building: ${stderr}`)));
      child.on('error', fail);
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // Killed mid-build: the half-built release exists, the public site is untouched.
    expect(readdirSync(join(dir, 'releases')).length).toBe(2);
    expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toBe('oud');
    const again = await openPortal({ dir });
    try {
      expect(readlinkSync(join(dir, 'site'))).toBe(join('releases', '20260101T000000-1', 'site'));
      expect(readdirSync(join(dir, 'releases'))).toEqual(['20260101T000000-1']);
      expect((await again.db.query<{ release: string }>('select release from publication')).map((r) => r.release)).toEqual(['20260101T000000-1']);
      expect(existsSync(join(dir, 'site.nieuw'))).toBe(false);
    } finally {
      await again.db.close();
    }
  });
});
