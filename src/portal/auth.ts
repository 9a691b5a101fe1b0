/**
 * Accounts and sessions. Passwords: scrypt (node:crypto) with a random salt, compared in constant
 * time. Activation links and session ids are 32 random bytes; only their SHA-256 is stored.
 * Login failures are throttled per account and client address and per client address
 * (throttle.ts) in the same way whether the account exists or not, and an unknown address costs
 * the same scrypt work: the answer never tells whether an account exists.
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Db, Queryable } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { loginLocked, recordLoginFailure, recordLoginSuccess } from './throttle.ts';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

export const ROLES = ['beheerder', 'redacteur', 'lezer'] as const;
export type Role = (typeof ROLES)[number];

/** scrypt cost: N=2^15, r=8, p=1 (OWASP's recommended minimum for scrypt). */
export const PASSWORD_HASH_COST = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;
/** The cost of new hashes; a stored hash carries its own, so verifying never depends on this. */
let hashCost: { N: number; r: number; p: number; keylen: number } = PASSWORD_HASH_COST;

/**
 * For test suites only (testing.ts): new hashes at N=2^10 instead of 2^15. At the real cost one
 * hash takes about 0.2 s of a core on the CI machine and the portal tests sign in a few hundred
 * times; what they check (sessions, throttling, roles) does not depend on the cost. Refused outside
 * vitest, so no server can be started with it.
 */
export function useTestPasswordHashCost(): void {
  if (!process.env.VITEST) throw new Error('useTestPasswordHashCost is for the test suite only');
  hashCost = { ...PASSWORD_HASH_COST, N: 2 ** 10 };
}
export const SESSION_HOURS = 8;
export const ACTIVATION_HOURS = 72;
export const MIN_PASSWORD_LENGTH = 12;

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  cooperations: string[];
}

export function token(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keylen } = hashCost;
  const key = await scrypt(password, salt, keylen, { N, r, p, maxmem: 64 * 1024 * 1024 } as never);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 } as never);
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against for unknown addresses, so they cost the same time. */
let dummyHash: Promise<string> | null = null;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates an account without password; returns the one-time activation token. */
export async function addUser(db: Db, input: { email: string; name: string; role: Role; cooperations: string[] }, actor: Actor): Promise<{ id: number; activation: string }> {
  const activation = token();
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `insert into app_user (email, name, role, activation_hash, activation_expires) values ($1, $2, $3, $4, now() + interval '${ACTIVATION_HOURS} hours') returning id`,
      [normaliseEmail(input.email), input.name, input.role, sha256(activation)],
    );
    for (const id of new Set(input.cooperations)) await tx.query('insert into user_cooperation (user_id, cooperation_id) values ($1, $2)', [row.id, id]);
    await audit(tx, actor, 'gebruiker toegevoegd', 'gebruiker', String(row.id), null, { email: normaliseEmail(input.email), name: input.name, role: input.role, cooperations: input.cooperations });
    return { id: row.id, activation };
  });
}

/** Sets the password for a valid, unused activation token; false when the token is unknown or expired. */
export async function activate(db: Db, activationToken: string, password: string): Promise<boolean> {
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number; email: string }>('select id, email from app_user where activation_hash = $1 and activation_expires > now() for update', [sha256(activationToken)]);
    if (rows.length === 0) return false;
    await tx.query('update app_user set password_hash = $1, activation_hash = null, activation_expires = null where id = $2', [hash, rows[0].id]);
    await audit(tx, { id: rows[0].id, label: rows[0].email }, 'account geactiveerd', 'gebruiker', String(rows[0].id), null, null);
    return true;
  });
}

export async function activationValid(db: Queryable, activationToken: string): Promise<boolean> {
  return (await db.query('select 1 from app_user where activation_hash = $1 and activation_expires > now()', [sha256(activationToken)])).length > 0;
}

/**
 * Checks credentials; returns the user id or null. Same path for unknown and known addresses.
 * `client` is the client's address as the HTTP layer resolved it (http.ts clientAddress).
 */
export async function login(db: Db, email: string, password: string, client: string): Promise<number | null> {
  const account = normaliseEmail(email);
  const rows = await db.query<{ id: number; password_hash: string | null }>('select id, password_hash from app_user where email = $1', [account]);
  dummyHash ??= hashPassword(token());
  const stored = rows[0]?.password_hash ?? (await dummyHash);
  const matches = await verifyPassword(password, stored);
  return db.transaction(async (tx) => {
    if (await loginLocked(tx, account, client)) return null;
    if (!matches || !rows[0]?.password_hash) {
      await recordLoginFailure(tx, account, client);
      return null;
    }
    await recordLoginSuccess(tx, account, client);
    await audit(tx, { id: rows[0].id, label: account }, 'ingelogd', 'gebruiker', String(rows[0].id), null, null);
    return rows[0].id;
  });
}

export interface Session {
  user: User;
  csrf: string;
}

export async function createSession(db: Db, userId: number): Promise<{ id: string; csrf: string }> {
  const id = token();
  const csrf = token();
  await db.transaction((tx) => tx.query(`insert into session (id_hash, user_id, csrf, expires_at) values ($1, $2, $3, now() + interval '${SESSION_HOURS} hours')`, [sha256(id), userId, csrf]));
  return { id, csrf };
}

export async function endSession(db: Db, id: string): Promise<void> {
  await db.transaction((tx) => tx.query('delete from session where id_hash = $1', [sha256(id)]));
}

export async function findSession(db: Queryable, id: string | undefined): Promise<Session | null> {
  if (!id || id.length > 100) return null;
  const rows = await db.query<{ id: number; email: string; name: string; role: Role; csrf: string }>(
    'select u.id, u.email, u.name, u.role, s.csrf from session s join app_user u on u.id = s.user_id where s.id_hash = $1 and s.expires_at > now()',
    [sha256(id)],
  );
  if (rows.length === 0) return null;
  const { csrf, ...user } = rows[0];
  return { user: { ...user, cooperations: await userCooperations(db, user.id) }, csrf };
}

export async function userCooperations(db: Queryable, userId: number): Promise<string[]> {
  return (await db.query<{ cooperation_id: string }>('select cooperation_id from user_cooperation where user_id = $1 order by cooperation_id', [userId])).map((r) => r.cooperation_id);
}

export async function userById(db: Queryable, id: number): Promise<User | null> {
  const rows = await db.query<Omit<User, 'cooperations'>>('select id, email, name, role from app_user where id = $1', [id]);
  return rows[0] ? { ...rows[0], cooperations: await userCooperations(db, id) } : null;
}

/** Constant-time comparison of CSRF tokens. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
