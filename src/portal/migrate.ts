/**
 * Versioned SQL migrations: every `migrations/NNN_name.sql` not yet recorded in schema_migration is
 * applied, in name order, each in its own transaction together with its record. An advisory lock
 * keeps two portal processes on one PostgreSQL server from migrating at the same time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Lock key for pg_advisory_xact_lock (any fixed number; "rr" in ASCII). */
const MIGRATION_LOCK = 29298;

export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** Applies the pending migrations; returns the names applied now. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.query('create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())');
  const applied: string[] = [];
  for (const name of migrationFiles(dir)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('select 1 from schema_migration where name = $1', [name]);
      if (seen.length > 0) return false;
      await db.exec(readFileSync(join(dir, name), 'utf8'), tx);
      await tx.query('insert into schema_migration (name) values ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
