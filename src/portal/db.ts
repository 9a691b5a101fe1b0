/**
 * The portal's one database handle: PostgreSQL, either embedded (PGlite, persisted in a folder, or
 * in memory for tests) or a server reached through `pg` with DATABASE_URL. Both speak the same SQL;
 * callers see only `query` and `transaction`. Every write goes through `transaction`, which runs
 * BEGIN … COMMIT on one connection and rolls back when the callback throws.
 */
import { mkdirSync } from 'node:fs';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations), inside the caller's transaction if given. */
  exec(sql: string, tx?: Queryable): Promise<void>;
  close(): Promise<void>;
  /** The embedded database's data folder as a tarball (to start other databases from); PGlite only. */
  dump?(): Promise<Blob>;
  readonly kind: 'pglite' | 'postgres';
}

export interface DbLocation {
  /** postgres://… — a PostgreSQL server; otherwise the embedded database. */
  url?: string;
  /** Folder of the embedded database; undefined = in memory (tests). */
  dataDir?: string;
  /** A dumped data folder (PGlite's dumpDataDir) to start from instead of creating an empty cluster. */
  template?: Blob;
}

export async function openDatabase(where: DbLocation): Promise<Db> {
  if (where.url) return openPostgres(where.url);
  return openPglite(where.dataDir, where.template);
}

async function openPglite(dataDir: string | undefined, template: Blob | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, loadDataDir: template });
  const wrap = (q: { query: typeof pg.query; exec: typeof pg.exec }): Queryable & { exec(sql: string): Promise<void> } => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  const self = wrap(pg);
  return {
    kind: 'pglite',
    query: self.query,
    // PGlite has one connection; its transaction() holds a mutex, so transactions run one at a time.
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (sql, tx) => {
      if (tx && 'exec' in tx) await (tx as { exec(s: string): Promise<void> }).exec(sql);
      else await self.exec(sql);
    },
    close: () => pg.close(),
    dump: async () => (await pg.dumpDataDir('none')) as Blob,
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query('select 1');
  const wrapClient = (client: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable & { exec(sql: string): Promise<void> } => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
  });
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrapClient(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql, tx) => {
      if (tx && 'exec' in tx) await (tx as { exec(s: string): Promise<void> }).exec(sql);
      else await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
