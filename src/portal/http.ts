/** Small HTTP helpers shared by the portal's middleware and routes. */
import type { Context } from 'hono';
import { z } from 'zod';

export const SESSION_COOKIE = 'beheer_sessie';
export const ANON_CSRF_COOKIE = 'beheer_formulier';

export function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'lokaal';
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
