/**
 * The append-only audit log: every change records who, when, what, before and after. The table
 * refuses updates, deletes and truncation (a trigger), so the log can only grow.
 */
import type { Queryable } from './db.ts';
import { csvField } from '../present/export.ts';

export interface Actor {
  id: number | null;
  /** E-mail address, or "cli" for commands run on the server. */
  label: string;
}

export const CLI_ACTOR: Actor = { id: null, label: 'cli' };

export async function audit(tx: Queryable, actor: Actor, action: string, entity: string, entityId: string | null, before: unknown, after: unknown): Promise<void> {
  await tx.query('insert into audit_log (actor_id, actor, action, entity, entity_id, before, after) values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)', [
    actor.id,
    actor.label,
    action,
    entity,
    entityId,
    before === null || before === undefined ? null : JSON.stringify(before),
    after === null || after === undefined ? null : JSON.stringify(after),
  ]);
}

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

/** One page of the log, newest first: `limit` entries older than entry `before` (null: the newest). */
export async function auditEntries(db: Queryable, limit: number, before: number | null): Promise<AuditEntry[]> {
  return db.query<AuditEntry>('select id, at, actor, action, entity, entity_id, before, after from audit_log where $2::bigint is null or id < $2::bigint order by id desc limit $1', [limit, before]);
}

/** The whole log as CSV (oldest first), through the project's CSV field writer. */
export async function auditCsv(db: Queryable): Promise<string> {
  const rows = await db.query<AuditEntry>('select id, at, actor, action, entity, entity_id, before, after from audit_log order by id');
  const header = ['id', 'tijdstip', 'wie', 'actie', 'onderwerp', 'onderwerp_id', 'voor', 'na'];
  const lines = [header.join(';')];
  for (const r of rows) {
    lines.push(
      [String(r.id), new Date(r.at).toISOString(), r.actor, r.action, r.entity, r.entity_id ?? '', r.before === null ? '' : JSON.stringify(r.before), r.after === null ? '' : JSON.stringify(r.after)]
        .map((v) => csvField(v, ';'))
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
