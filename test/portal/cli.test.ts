/**
 * The beheer subcommands through the CLI as a user types them: each reads its own --map, so an
 * account and a backup go to and come from the folder named, not the default ./beheer.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'beheer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('beheer subcommands with --map', () => {
  it('make the account in the folder named, and export it from there', { timeout: 300_000 }, async () => {
    const map = join(dir, 'portaal');
    const added = await runCli(['beheer', 'gebruiker', 'toevoegen', '--map', map, '--email', 'r@regio.nl', '--naam', 'Coördinator', '--rol', 'redacteur', '--samenwerking', 'achterhoek']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/^Account gemaakt voor r@regio\.nl \(redacteur\)\. .*\nhttp:\/\/localhost:4174\/activeren\/[\w-]{43}\n$/);
    expect(existsSync(join(map, 'db'))).toBe(true);
    // The same address again in that folder is refused: the account is there.
    const again = await runCli(['beheer', 'gebruiker', 'toevoegen', '--map', map, '--email', 'r@regio.nl', '--naam', 'X', '--rol', 'lezer']);
    expect([again.status, again.stderr]).toEqual([2, "regioruimte: er is al een account voor 'r@regio.nl'\n"]);
    const backup = join(dir, 'backup');
    const exported = await runCli(['beheer', 'export', backup, '--map', map]);
    expect(exported.status).toBe(0);
    const state = JSON.parse(readFileSync(join(backup, 'beheer', 'portaal.json'), 'utf8')) as { app_user: { email: string; role: string }[] };
    expect(state.app_user.map((u) => [u.email, u.role])).toEqual([['r@regio.nl', 'redacteur']]);
  });
});
