/** A migrated database for tests: PGlite in memory, or a new database on the PostgreSQL server of TEST_DATABASE_URL. */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { useTestPasswordHashCost } from './auth.ts';
import { openDatabase, type Db } from './db.ts';
import { migrate, migrationFiles, MIGRATIONS_DIR } from './migrate.ts';

// Every test that opens a portal database signs in; auth.test.ts checks the real cost. The portal
// benchmark (bench/portal.bench.ts) also opens its databases here and keeps the real cost.
if (process.env.VITEST) useTestPasswordHashCost();

export async function testDatabase(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return serverDatabase(url);
  const template = migratedTemplate();
  if (existsSync(template)) return openDatabase({ template: new Blob([readFileSync(template)]) });
  return createTemplate(template);
}

/**
 * An embedded database kept in `dataDir` (a portal's `db/` folder, for tests that open the portal
 * from disk as the server does), started from the migrated template rather than a cluster created
 * anew.
 */
export async function testDatabaseIn(dataDir: string): Promise<Db> {
  const template = migratedTemplate();
  if (!existsSync(template)) await (await createTemplate(template)).close();
  return openDatabase({ dataDir, template: new Blob([readFileSync(template)]) });
}

/** Creating an empty cluster costs PGlite several seconds; later test files start from this dump. */
async function createTemplate(template: string): Promise<Db> {
  const db = await openDatabase({});
  await migrate(db);
  const temporary = `${template}.${process.pid}`;
  writeFileSync(temporary, Buffer.from(await (await db.dump!()).arrayBuffer()));
  renameSync(temporary, template);
  return db;
}

/** Where the migrated empty database of these migrations and this PGlite version is kept. */
function migratedTemplate(): string {
  const hash = createHash('sha256');
  // The package does not export its package.json; its entry point is in dist/, one folder down.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(readFileSync(join(dirname(entry), '..', 'package.json')));
  for (const name of migrationFiles()) hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name)));
  return join(tmpdir(), `regioruimte-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

/**
 * A fresh database on the server per test file (test files run in parallel, so they must not share
 * one), dropped again when the handle is closed.
 */
async function serverDatabase(url: string): Promise<Db> {
  const name = `regioruimte_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url });
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ url: target.toString() });
  await migrate(db);
  return {
    ...db,
    close: async () => {
      await db.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.close();
    },
  };
}
