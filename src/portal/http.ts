/** Small HTTP helpers shared by the portal's middleware and routes. */
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { z } from 'zod';

export const SESSION_COOKIE = 'beheer_sessie';
export const ANON_CSRF_COOKIE = 'beheer_formulier';

export function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/**
 * The client's address, the key for login throttling. The TCP peer, unless the portal is told it
 * runs behind a reverse proxy (`trustProxy`): then the last X-Forwarded-For entry, the one that
 * proxy added for the address it saw. Entries before it are whatever the client sent and are never
 * read. Without the header (or with an entry that is no address) the peer is used, which behind a
 * proxy is the proxy: shared by everyone, so the safe side.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  return throttledAddress(forwarded) ?? throttledAddress(incoming?.socket?.remoteAddress) ?? 'lokaal';
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

/** A positive whole number from a path parameter, or null. */
export function idParam(value: string | undefined): number | null {
  const id = Number(value ?? '');
  return Number.isInteger(id) && id >= 1 ? id : null;
}

export const staleMessage = (now: number, sent: number) =>
  `Dit samenwerkingsverband is intussen gewijzigd (nu versie ${now}, uw formulier was van versie ${sent}). Bekijk de huidige gegevens en doe uw voorstel opnieuw.`;
