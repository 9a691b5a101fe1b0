/** Signing in and out, and activating an account with the one-time link. */
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { activate, activationValid, createSession, endSession, login, MIN_PASSWORD_LENGTH, SESSION_HOURS } from '../auth.ts';
import * as pages from '../pages.ts';
import { ALL_ROLES, type Ctx, type Router } from '../router.ts';
import { clientAddress, secure, SESSION_COOKIE, text } from '../http.ts';

export function accountRoutes(r: Router): void {
  const { db } = r.ctx;
  const loginPage = (c: Ctx, problem: string | null) => r.page(c, 'Inloggen', pages.loginForm(c.get('anonCsrf'), problem));

  r.open('GET', '/inloggen', (c, s) => (s ? c.redirect('/', 303) : c.html(loginPage(c, null))));

  r.open('POST', '/inloggen', async (c) => {
    const form = z.object({ email: text(200), wachtwoord: z.string().max(500) }).safeParse(await c.req.parseBody());
    const userId = form.success ? await login(db, form.data.email, form.data.wachtwoord, clientAddress(c, r.ctx.trustProxy ?? 0)) : null;
    if (userId === null) return c.html(loginPage(c, 'Inloggen is niet gelukt. Controleer uw e-mailadres en wachtwoord. Na 5 mislukte pogingen met hetzelfde e-mailadres kunt u daarmee vanaf uw internetadres 15 minuten niet inloggen.'), 401);
    // A new session id on every login (and the old one ended), so an id planted before login is useless.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await endSession(db, previous);
    const session = await createSession(db, userId);
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', secure: secure(c, r.ctx.trustProxy ?? 0), path: '/', maxAge: SESSION_HOURS * 3600 });
    return c.redirect('/', 303);
  });

  r.route('POST', '/uitloggen', ALL_ROLES, async (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await endSession(db, id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/inloggen', 303);
  });

  r.open('GET', '/activeren/:token', async (c) => {
    const valid = await activationValid(db, c.req.param('token') ?? '');
    return c.html(r.page(c, 'Account activeren', valid ? pages.activationForm(c.get('anonCsrf'), null) : pages.message('Deze activeringslink is ongeldig, al gebruikt of verlopen. Vraag de beheerder om een nieuwe.')), valid ? 200 : 404);
  });

  r.open('POST', '/activeren/:token', async (c) => {
    const form = z.object({ wachtwoord: z.string().min(MIN_PASSWORD_LENGTH).max(500), herhaal: z.string().max(500) }).safeParse(await c.req.parseBody());
    if (!form.success || form.data.wachtwoord !== form.data.herhaal) {
      return c.html(r.page(c, 'Account activeren', pages.activationForm(c.get('anonCsrf'), `Kies een wachtwoord van ten minste ${MIN_PASSWORD_LENGTH} tekens en herhaal het precies.`)), 400);
    }
    const ok = await activate(db, c.req.param('token') ?? '', form.data.wachtwoord);
    return ok ? c.redirect('/inloggen', 303) : r.say(c, 404, 'Account activeren', 'Deze activeringslink is ongeldig, al gebruikt of verlopen.');
  });
}
