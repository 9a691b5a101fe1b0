/** Small HTTP helpers shared by the portal's middleware and routes. */
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { z } from 'zod';

export const SESSION_COOKIE = 'beheer_sessie';
export const ANON_CSRF_COOKIE = 'beheer_formulier';

/**
 * Whether the user's connection is https, for the cookies' `Secure` attribute. The portal itself
 * speaks plain http; behind a trusted TLS proxy (`proxies` ≥ 1) the proxy says so in
 * X-Forwarded-Proto (its first value, as Express reads it). Without a trusted proxy the header is
 * whatever the client wrote and is ignored.
 */
export function secure(c: Context, proxies: number): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return proxies > 0 && c.req.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
}

/** The most reverse proxies `--trust-proxy <n>` accepts (a longer chain is a configuration error). */
export const MAX_PROXIES = 10;

/**
 * The client's address, the key for login throttling. The TCP peer, unless the portal is told it
 * runs behind `proxies` reverse proxies that each append the address they saw to X-Forwarded-For:
 * then the entry `proxies` from the end (with one proxy the last one; as Express's numeric
 * "trust proxy"). Entries before it are whatever the client sent and are never read. With fewer
 * entries than proxies the first one, which a trusted proxy wrote. Without the header (or with an
 * entry that is no address) the peer is used, which behind a proxy is the proxy: shared by
 * everyone, so the safe side.
 */
export function clientAddress(c: Context, proxies: number): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return throttledAddress(forwardedFor(c.req.header('x-forwarded-for'), proxies)) ?? throttledAddress(incoming?.socket?.remoteAddress) ?? 'lokaal';
}

/** The X-Forwarded-For entry written by the outermost of `proxies` trusted proxies (undefined: none). */
export function forwardedFor(header: string | undefined, proxies: number): string | undefined {
  if (proxies < 1 || header === undefined) return undefined;
  const entries = header.split(',').map((e) => e.trim());
  return entries[Math.max(0, entries.length - proxies)];
}

/**
 * An address as one client: IPv4 as is (also when written as IPv4-mapped IPv6), IPv6 by its /64,
 * because one subscriber or host usually has a whole /64 and could otherwise take a new address
 * for every try. Null when it is not an address.
 */
export function throttledAddress(value: string | undefined): string | null {
  const address = value?.replace(/%.*$/, '').toLowerCase() ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  if (isIP(address) === 4) return address;
  if (isIP(address) !== 6) return null;
  const [head, tail] = address.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const left = groups(head);
  const right = groups(tail);
  const full = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${full.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** Login and activation forms carry the form cookie's token, also when an old session cookie is sent. */
export const anonymousForm = (path: string) => path === '/inloggen' || path.startsWith('/activeren/');

/** A form field that may be sent once or several times (checkboxes). */
export const formValue = z.union([z.string(), z.array(z.string())]).optional();
export const text = (max: number) => z.string().trim().max(max);
/** A free-text field of a repeated form block: trimmed and cut to `max` characters, empty when absent. */
export const clippedText = (max: number) => z.string().default('').transform((v) => v.trim().slice(0, max));

/**
 * One numbered block of a form (a goal, an answer), read through its zod schema: field `f` is posted as
 * `nameOf(f)`; a field sent twice counts once (its first value). Null when the block does not fit.
 */
export function formBlock<S extends z.ZodRawShape>(body: Record<string, unknown>, shape: S, nameOf: (field: string) => string): z.infer<z.ZodObject<S>> | null {
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const raw = Object.fromEntries(Object.keys(shape).map((f) => [f, typeof first(body[nameOf(f)]) === 'string' ? first(body[nameOf(f)]) : undefined]));
  const parsed = z.object(shape).safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A positive whole number from a path parameter, or null. */
export function idParam(value: string | undefined): number | null {
  const id = Number(value ?? '');
  return Number.isInteger(id) && id >= 1 ? id : null;
}

export const staleMessage = (now: number, sent: number) =>
  `Dit samenwerkingsverband is intussen gewijzigd (nu versie ${now}, uw formulier was van versie ${sent}). Bekijk de huidige gegevens en doe uw voorstel opnieuw.`;
