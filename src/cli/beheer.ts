/**
 * `regioruimte beheer [--data <map|xlsx>] [--port 4174] [--map beheer] [--trust-proxy [n]]`: starts
 * the stewardship portal; `--data` imports a dataset first (refused with the check report when it
 * has errors); `--trust-proxy` reads the client's address and https from the X-Forwarded headers of
 * n reverse proxies (default 1).
 * `regioruimte beheer gebruiker toevoegen --email … --naam … --rol … [--samenwerking id…]` makes an
 * account and prints its one-time activation link. `regioruimte beheer export <map|xlsx>` writes a
 * full backup (dataset, conversations, accounts, proposals, publications, audit log);
 * `beheer import <map|xlsx>` restores it.
 */
import { ROLES, addUser, type Role } from '../portal/auth.ts';
import { CLI_ACTOR } from '../portal/audit.ts';
import { MAX_PROXIES } from '../portal/http.ts';
import { openPortal, listen } from '../portal/server.ts';
import { importDataset } from '../portal/store.ts';
import { BackupTargetError, exportBackup, importBackup } from '../portal/backup.ts';
import { buildFromPipeline } from '../publish.ts';
import { checkReport, formatCheckReport, assertUsableInput } from './check.ts';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError } from './errors.ts';
import { parseWholeNumber } from './options.ts';
import { printErr, printOut } from './terminal.ts';

export interface BeheerFlags {
  data?: string;
  port?: string;
  host: string;
  map: string;
  /** Behind n reverse proxies (true: 1): read X-Forwarded-For and X-Forwarded-Proto (http.ts). */
  trustProxy?: boolean | string;
}

export async function runBeheer(flags: BeheerFlags): Promise<number> {
  const port = parseWholeNumber(flags.port ?? '4174', '--port', 0)!;
  if (port > 65535) throw new UsageError(`--port moet ≤ 65535 zijn, niet '${port}'`);
  const proxies = proxyCount(flags.trustProxy);
  if (flags.data) await assertUsableInput(flags.data);
  const portal = await openPortal({ dir: flags.map, databaseUrl: process.env.DATABASE_URL });
  if (flags.data) {
    const result = await importDataset(portal.db, flags.data, portal.ref, CLI_ACTOR);
    if (!result.ok) {
      printErr(`${formatCheckReport(checkReport(result.dataset, portal.ref.municipalities.length), flags.data).trimEnd()}\n\nDe dataset is niet ingelezen.\n`);
      await portal.db.close();
      return EXIT_DATA_ERRORS;
    }
    printOut(`Ingelezen: ${result.cooperations} samenwerkingsverbanden (${result.changed} nieuw of gewijzigd).\n`);
  }
  const server = await listen(portal, port, flags.host, 'gegevens uit regioruimte beheer', buildFromPipeline, { trustProxy: proxies });
  const address = server.address();
  printOut(`Beheer beschikbaar op http://localhost:${typeof address === 'object' && address ? address.port : port}/ (stoppen met Ctrl+C)\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await portal.db.close();
  return EXIT_OK;
}

/** `--trust-proxy [n]`: absent 0, without a number 1, else 1 to MAX_PROXIES. */
export function proxyCount(flag: boolean | string | undefined): number {
  if (flag === undefined || flag === false) return 0;
  if (flag === true) return 1;
  const n = parseWholeNumber(flag, '--trust-proxy', 1)!;
  if (n > MAX_PROXIES) throw new UsageError(`--trust-proxy moet ≤ ${MAX_PROXIES} zijn (het aantal reverse proxy’s voor het portaal), niet '${flag}'`);
  return n;
}

export interface UserFlags {
  email: string;
  naam: string;
  rol: string;
  samenwerking?: string[];
  map: string;
  url: string;
}

export async function runAddUser(flags: UserFlags): Promise<number> {
  if (!(ROLES as readonly string[]).includes(flags.rol)) throw new UsageError(`--rol moet ${ROLES.join(', ')} zijn, niet '${flags.rol}'`);
  if (!/^[^@\s]+@[^@\s]+$/.test(flags.email)) throw new UsageError(`'${flags.email}' is geen e-mailadres`);
  if (flags.rol === 'redacteur' && !flags.samenwerking?.length) throw new UsageError('een redacteur heeft ten minste één --samenwerking <id> nodig');
  const portal = await openPortal({ dir: flags.map, databaseUrl: process.env.DATABASE_URL });
  try {
    const { activation } = await addUser(portal.db, { email: flags.email, name: flags.naam, role: flags.rol as Role, cooperations: flags.samenwerking ?? [] }, CLI_ACTOR);
    printOut(`Account gemaakt voor ${flags.email} (${flags.rol}). Eenmalige activeringslink (72 uur geldig):\n${flags.url.replace(/\/$/, '')}/activeren/${activation}\n`);
  } catch (error) {
    if (String((error as Error).message).includes('unique')) throw new UsageError(`er is al een account voor '${flags.email}'`);
    throw error;
  } finally {
    await portal.db.close();
  }
  return EXIT_OK;
}

export interface BackupFlags {
  map: string;
}

/** Opens the portal's database for one backup command; a refused target becomes a usage error. */
async function withBackupPortal(flags: BackupFlags, run: (portal: Awaited<ReturnType<typeof openPortal>>) => Promise<number>): Promise<number> {
  const portal = await openPortal({ dir: flags.map, databaseUrl: process.env.DATABASE_URL });
  try {
    return await run(portal);
  } catch (error) {
    if (error instanceof BackupTargetError) throw new UsageError(error.message);
    throw error;
  } finally {
    await portal.db.close();
  }
}

export async function runExport(target: string, flags: BackupFlags): Promise<number> {
  return withBackupPortal(flags, async (portal) => {
    const done = await exportBackup(portal.db, portal.ref, target);
    const n = done.state;
    printOut(`Geëxporteerd naar ${target}: ${done.files.join(', ')} (${done.conversations} gespreksverslagen, ${n.app_user} accounts met hun wachtwoord-hash, ${n.proposal} voorstellen, ${n.publication} publicaties, ${n.audit_log} regels auditlog). Controleer met: regioruimte check ${target}\n`);
    return EXIT_OK;
  });
}

export async function runImport(source: string, flags: BackupFlags): Promise<number> {
  await assertUsableInput(source);
  return withBackupPortal(flags, async (portal) => {
    const result = await importBackup(portal.db, portal.ref, source, CLI_ACTOR);
    if (!result.ok) {
      printErr(`${formatCheckReport(checkReport(result.dataset, portal.ref.municipalities.length), source).trimEnd()}\n\nDe dataset is niet ingelezen; de database is niet gewijzigd.\n`);
      return EXIT_DATA_ERRORS;
    }
    const state = result.users === undefined ? 'de back-up bevat geen accounts, voorstellen of auditlog; die zijn niet gewijzigd' : `${result.users} accounts, ${result.auditAdded ?? 0} regels auditlog toegevoegd; iedereen is uitgelogd`;
    printOut(`Hersteld uit ${source}: ${result.cooperations} samenwerkingsverbanden (${result.changed} nieuw of gewijzigd), ${result.conversations ?? 0} gespreksverslagen; ${state}.\n`);
    return EXIT_OK;
  });
}
