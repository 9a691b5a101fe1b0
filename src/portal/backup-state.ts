/**
 * The portal's own state in a backup: accounts (with their scrypt hashes; there is no plaintext to
 * export), the cooperations' version counters, proposals with their messages, publications and the
 * audit log. Sessions and login failures are left out on purpose: a restore signs everyone out.
 * Rows are exported with `to_jsonb` (timestamps keep their microseconds) and restored with
 * `jsonb_populate_recordset`, so the backup has exactly the columns of the tables.
 */
import { z } from 'zod';
import type { Queryable } from './db.ts';

/** Tables restored by replacing their rows, in an order that satisfies the foreign keys. */
const REPLACED = ['app_user', 'user_cooperation', 'cooperation', 'proposal', 'proposal_message', 'publication'] as const;
const AUDIT = 'audit_log';
export const STATE_TABLES = [...REPLACED, AUDIT] as const;
export type StateTable = (typeof STATE_TABLES)[number];
const WITH_SERIAL_ID: readonly StateTable[] = ['app_user', 'proposal', 'proposal_message', 'publication', 'audit_log'];

export type PortalState = Record<StateTable, Record<string, unknown>[]>;

const ORDER: Record<StateTable, string> = {
  app_user: 'id', user_cooperation: 'user_id, cooperation_id', cooperation: 'id', proposal: 'id', proposal_message: 'id', publication: 'id', audit_log: 'id',
};

export async function readState(db: Queryable): Promise<PortalState> {
  const state = {} as PortalState;
  for (const table of STATE_TABLES) {
    const [row] = await db.query<{ rows: Record<string, unknown>[] }>(`select coalesce(jsonb_agg(to_jsonb(t) order by ${ORDER[table]}), '[]'::jsonb) as rows from ${table} t`);
    state[table] = row.rows;
  }
  return state;
}

const rowSchema = z.record(z.string(), z.unknown());
export const stateSchema = z.object(Object.fromEntries(STATE_TABLES.map((t) => [t, z.array(rowSchema)])) as Record<StateTable, z.ZodArray<typeof rowSchema>>);

/** Fails (so the caller's transaction rolls back) when the backup's accounts hold a plaintext-looking password. */
function assertHashes(users: readonly Record<string, unknown>[]): void {
  for (const u of users) {
    const hash = u.password_hash;
    if (hash !== null && hash !== undefined && !(typeof hash === 'string' && hash.startsWith('scrypt$'))) throw new Error(`account ${String(u.email)}: password_hash is geen scrypt-hash`);
  }
}

/**
 * Appends the backup's audit entries that the database does not have yet (same time, actor,
 * action and subject), in their order; into an empty log with their own ids. The log only grows,
 * so this runs first in the restore's transaction, before the restore logs anything itself.
 * Returns the number of entries added.
 */
export async function appendAudit(tx: Queryable, entries: readonly Record<string, unknown>[]): Promise<number> {
  const [{ n: existing }] = await tx.query<{ n: number }>('select count(*)::int as n from audit_log');
  const json = JSON.stringify(entries);
  const added = existing === 0
    ? await tx.query('insert into audit_log select * from jsonb_populate_recordset(null::audit_log, $1::jsonb) returning id', [json])
    : await tx.query(
        `insert into audit_log (at, actor_id, actor, action, entity, entity_id, before, after)
         select r.at, r.actor_id, r.actor, r.action, r.entity, r.entity_id, r.before, r.after
         from jsonb_populate_recordset(null::audit_log, $1::jsonb) r
         where not exists (select 1 from audit_log a where a.at = r.at and a.actor = r.actor and a.action = r.action and a.entity = r.entity and a.entity_id is not distinct from r.entity_id)
         order by r.id returning id`,
        [json],
      );
  await resetSequence(tx, AUDIT);
  return added.length;
}

const resetSequence = (tx: Queryable, table: StateTable) =>
  tx.query(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);

/**
 * Replaces accounts, versions, proposals and publications by the backup's, inside the caller's
 * transaction, after the dataset (whose import raises versions) and after the conversation
 * records (which refer to accounts) were replaced. Sessions end.
 */
export async function replaceTables(tx: Queryable, state: PortalState): Promise<void> {
  assertHashes(state.app_user);
  await tx.query('delete from session');
  for (const table of [...REPLACED].reverse()) await tx.query(`delete from ${table}`);
  for (const table of REPLACED) {
    await tx.query(`insert into ${table} select * from jsonb_populate_recordset(null::${table}, $1::jsonb)`, [JSON.stringify(state[table])]);
  }
  // A cooperation of the dataset without a counter in the backup starts at version 1.
  await tx.query("insert into cooperation (id) select distinct cooperation_id from sheet_row where sheet = 'samenwerkingen' and cooperation_id is not null on conflict (id) do nothing");
  for (const table of WITH_SERIAL_ID) if (table !== AUDIT) await resetSequence(tx, table);
}
