/** A migrated database for tests: PGlite in memory, or the PostgreSQL of TEST_DATABASE_URL (emptied first). */
import { openDatabase, type Db } from './db.ts';
import { migrate } from './migrate.ts';

export async function testDatabase(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  const db = await openDatabase(url ? { url } : {});
  if (url) await db.exec('drop schema public cascade; create schema public;');
  await migrate(db);
  return db;
}
