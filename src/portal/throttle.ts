/**
 * Login throttling. Failures are counted under two keys: the account name together with the
 * client address, and the client address alone. The first locks after few failures but only that
 * account from that address, so an attacker's failures never lock the account's owner out from
 * elsewhere; the second is looser and stops one address from trying many accounts. There is
 * deliberately no lock on the account name alone: anyone could use it to lock someone else out.
 * Unknown and known account names are counted the same way, so the answer tells nothing.
 */
import type { Queryable } from './db.ts';

export interface Limit {
  /** Failures within the window that lock the key. */
  failures: number;
  windowMinutes: number;
  lockMinutes: number;
}

/** The lock is at least the window, so a counter has always started afresh when its lock ends. */
export const LOGIN_LIMITS = {
  accountClient: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  client: { failures: 20, windowMinutes: 15, lockMinutes: 15 },
} satisfies Record<string, Limit>;

interface Key {
  key: string;
  limit: Limit;
}

/** The client comes first: addresses contain no '|', so the key cannot be read two ways. */
function keys(account: string, client: string): { accountClient: Key; client: Key } {
  return {
    accountClient: { key: `account:${client}|${account}`, limit: LOGIN_LIMITS.accountClient },
    client: { key: `client:${client}`, limit: LOGIN_LIMITS.client },
  };
}

export async function loginLocked(tx: Queryable, account: string, client: string): Promise<boolean> {
  const k = keys(account, client);
  const rows = await tx.query('select 1 from login_failure where key = any($1::text[]) and locked_until > now()', [[k.accountClient.key, k.client.key]]);
  return rows.length > 0;
}

export async function recordLoginFailure(tx: Queryable, account: string, client: string): Promise<void> {
  const k = keys(account, client);
  await forgetExpired(tx);
  for (const { key, limit } of [k.accountClient, k.client]) await count(tx, key, limit);
}

/**
 * A success clears only its own account from its own address. The address's counter stays, or an
 * attacker with one valid account could reset it between guesses at other accounts.
 */
export async function recordLoginSuccess(tx: Queryable, account: string, client: string): Promise<void> {
  await tx.query('delete from login_failure where key = $1', [keys(account, client).accountClient.key]);
}

async function count(tx: Queryable, key: string, limit: Limit): Promise<void> {
  const expired = `login_failure.window_start < now() - interval '${limit.windowMinutes} minutes'`;
  await tx.query(
    `insert into login_failure (key, failures, window_start) values ($1, 1, now())
     on conflict (key) do update set
       failures = case when ${expired} then 1 else login_failure.failures + 1 end,
       window_start = case when ${expired} then now() else login_failure.window_start end`,
    [key],
  );
  await tx.query(`update login_failure set locked_until = now() + interval '${limit.lockMinutes} minutes' where key = $1 and failures >= $2`, [key, limit.failures]);
}

/** Every failed pair of account and address leaves a row; rows whose window and lock are over say nothing any more. */
async function forgetExpired(tx: Queryable): Promise<void> {
  const longest = Math.max(...Object.values(LOGIN_LIMITS).map((l) => l.windowMinutes));
  await tx.query(`delete from login_failure where window_start < now() - interval '${longest} minutes' and (locked_until is null or locked_until <= now())`);
}
