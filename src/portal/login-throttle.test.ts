/**
 * Login throttling and the cookies' Secure attribute over HTTP, with the TCP peer given as the Node server would (env.incoming) and
 * the X-Forwarded-For a proxy would pass on. Every test uses its own accounts and addresses, so
 * their counters do not meet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../reference/index.ts';
import { createApp, SESSION_COOKIE } from './app.ts';
import { CLI_ACTOR } from './audit.ts';
import { activate, addUser } from './auth.ts';
import type { Db } from './db.ts';
import { testDatabase } from './testing.ts';
import { LOGIN_LIMITS } from './throttle.ts';
import { buildFromPipeline } from '../publish.ts';

const PASSWORD = 'een lang wachtwoord';
const PROXY = '10.0.0.1';
let db: Db;
let behindProxy: ReturnType<typeof createApp>;
let direct: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await testDatabase();
  const ctx = { db, ref: loadReference(), paths: { root: '/nonexistent' }, statusLabel: 'test', buildSite: buildFromPipeline };
  behindProxy = createApp({ ...ctx, trustProxy: 1 });
  direct = createApp(ctx);
  for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
    const u = await addUser(db, { email: `${name}@example.nl`, name, role: 'lezer', cooperations: [] }, CLI_ACTOR);
    expect(await activate(db, u.activation, PASSWORD)).toBe(true);
  }
}, 300_000);
afterAll(async () => db?.close());

/** One login from `peer` with the given X-Forwarded-For; true when it signed in. */
async function signsIn(app: ReturnType<typeof createApp>, peer: string, forwarded: string | null, email: string, password: string): Promise<boolean> {
  const env = { incoming: { socket: { remoteAddress: peer } } };
  const get = await app.request('/inloggen', {}, env);
  const cookie = get.headers.get('set-cookie')!.split(';')[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await get.text())![1];
  const headers: Record<string, string> = { cookie, 'content-type': 'application/x-www-form-urlencoded' };
  if (forwarded !== null) headers['x-forwarded-for'] = forwarded;
  const res = await app.request('/inloggen', { method: 'POST', headers, body: new URLSearchParams({ _csrf: csrf, email, wachtwoord: password }) }, env);
  const session = (res.headers.get('set-cookie') ?? '').includes(`${SESSION_COOKIE}=`);
  expect(res.status).toBe(session ? 303 : 401);
  return session;
}

/** `times` failed logins in a row, each of which must be refused. */
async function fail(times: number, attempt: (i: number) => Promise<boolean>): Promise<void> {
  for (let i = 0; i < times; i++) expect(await attempt(i)).toBe(false);
}

describe('login throttling behind a trusted proxy', () => {
  it('locks the attacker after 5 failures, but not another client behind the same proxy', async () => {
    const attacker = (i: number) => signsIn(behindProxy, PROXY, '198.51.100.7', 'a@example.nl', `fout ${i}`);
    await fail(LOGIN_LIMITS.accountClient.failures, attacker);
    expect(await signsIn(behindProxy, PROXY, '198.51.100.7', 'a@example.nl', PASSWORD)).toBe(false);
    // The owner of the account, behind the same proxy, signs in; so does anyone else.
    expect(await signsIn(behindProxy, PROXY, '203.0.113.9', 'a@example.nl', PASSWORD)).toBe(true);
    expect(await signsIn(behindProxy, PROXY, '203.0.113.10', 'b@example.nl', PASSWORD)).toBe(true);
  });

  it('locks exactly at the limit: one failure fewer still lets the right password in', async () => {
    await fail(LOGIN_LIMITS.accountClient.failures - 1, (i) => signsIn(behindProxy, PROXY, '198.51.100.20', 'c@example.nl', `fout ${i}`));
    expect(await signsIn(behindProxy, PROXY, '198.51.100.20', 'c@example.nl', PASSWORD)).toBe(true);
  });

  it('keys on the entry the proxy added: a forged leftmost entry does not give a fresh counter', async () => {
    await fail(LOGIN_LIMITS.accountClient.failures, (i) => signsIn(behindProxy, PROXY, `192.0.2.${i + 1}, 198.51.100.8`, 'd@example.nl', `fout ${i}`));
    expect(await signsIn(behindProxy, PROXY, '192.0.2.99, 198.51.100.8', 'd@example.nl', PASSWORD)).toBe(false);
    expect(await signsIn(behindProxy, PROXY, '198.51.100.8', 'd@example.nl', PASSWORD)).toBe(false);
  });
});

describe('login throttling without a trusted proxy', () => {
  it('ignores X-Forwarded-For: a new forged header per try does not dodge the lock', async () => {
    await fail(LOGIN_LIMITS.accountClient.failures, (i) => signsIn(direct, '198.51.100.30', `192.0.2.${i + 1}`, 'e@example.nl', `fout ${i}`));
    expect(await signsIn(direct, '198.51.100.30', '192.0.2.99', 'e@example.nl', PASSWORD)).toBe(false);
    expect(await signsIn(direct, '198.51.100.30', null, 'e@example.nl', PASSWORD)).toBe(false);
    // The account itself is not locked: its owner at another address signs in.
    expect(await signsIn(direct, '203.0.113.30', null, 'e@example.nl', PASSWORD)).toBe(true);
  });

  it('locks an address that tries many accounts after 20 failures, and a success there does not reset it', async () => {
    const peer = '198.51.100.40';
    const limit = LOGIN_LIMITS.client.failures;
    expect(limit).toBe(20);
    // Four failures per account name stay under the per-account lock.
    await fail(limit - 1, (i) => signsIn(direct, peer, null, `onbekend${Math.floor(i / 4)}@example.nl`, 'fout'));
    expect(await signsIn(direct, peer, null, 'f@example.nl', PASSWORD)).toBe(true);
    expect(await signsIn(direct, peer, null, 'onbekend-laatste@example.nl', 'fout')).toBe(false);
    expect(await signsIn(direct, peer, null, 'f@example.nl', PASSWORD)).toBe(false);
    expect(await signsIn(direct, '203.0.113.40', null, 'f@example.nl', PASSWORD)).toBe(true);
  });
});

/** The Set-Cookie lines of the login form and of a successful login, sent over plain http with this X-Forwarded-Proto. */
async function cookiesOver(app: ReturnType<typeof createApp>, proto: string): Promise<{ form: string; session: string }> {
  const env = { incoming: { socket: { remoteAddress: '198.51.100.50' } } };
  const get = await app.request('/inloggen', { headers: { 'x-forwarded-proto': proto } }, env);
  const form = get.headers.get('set-cookie')!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await get.text())![1];
  const headers = { cookie: form.split(';')[0], 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': proto };
  const res = await app.request('/inloggen', { method: 'POST', headers, body: new URLSearchParams({ _csrf: csrf, email: 'g@example.nl', wachtwoord: PASSWORD }) }, env);
  expect(res.status).toBe(303);
  return { form, session: res.headers.get('set-cookie')! };
}

const attributes = (cookie: string) => cookie.split(';').slice(1).map((a) => a.trim());

describe('the Secure cookie attribute and X-Forwarded-Proto', () => {
  it('without a trusted proxy a forged X-Forwarded-Proto: https does not make the cookies Secure', async () => {
    const { form, session } = await cookiesOver(direct, 'https');
    expect(session.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    expect(attributes(form)).toEqual(['Path=/', 'HttpOnly', 'SameSite=Strict']);
    expect(attributes(session)).toEqual(['Max-Age=28800', 'Path=/', 'HttpOnly', 'SameSite=Strict']);
  });

  it('behind a trusted proxy that says https both cookies are Secure, and not when it says http', async () => {
    const https = await cookiesOver(behindProxy, 'https');
    expect(attributes(https.form)).toEqual(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']);
    expect(attributes(https.session)).toEqual(['Max-Age=28800', 'Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']);
    const http = await cookiesOver(behindProxy, 'http');
    expect(attributes(http.session)).toEqual(['Max-Age=28800', 'Path=/', 'HttpOnly', 'SameSite=Strict']);
  });
});
