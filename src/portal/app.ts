/**
 * The portal's HTTP application (Hono): security headers on every response, the session
 * middleware (resolves the user; every POST must carry the session's CSRF token, or before login
 * the double-submit token of the login form), the site's assets, and the route modules. Every
 * route states the roles that may use it (router.ts); inputs are parsed with zod; all output goes
 * through the one escaper (present/html.ts). Routes render; the work is in the modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { SECURITY_HEADERS } from '../present/security.ts';
import { ASSETS_DIR } from './assets.ts';
import { findSession, sameToken, token } from './auth.ts';
import { ANON_CSRF_COOKIE, anonymousForm, secure, SESSION_COOKIE } from './http.ts';
import * as pages from './pages.ts';
import { createRouter, type Env, type PortalContext } from './router.ts';
import { UPLOAD_LIMITS } from './upload.ts';
import { accountRoutes } from './routes/account.ts';
import { adminRoutes } from './routes/admin.ts';
import { conversationRoutes } from './routes/conversations.ts';
import { cooperationRoutes } from './routes/cooperations.ts';
import { goalRoutes } from './routes/goals.ts';
import { reviewRoutes } from './routes/review.ts';

export { ALL_ROLES, ROUTES, type Access, type PortalContext } from './router.ts';
export { SESSION_COOKIE } from './http.ts';

const CSP = `${SECURITY_HEADERS['Content-Security-Policy']}; form-action 'self'`;
const ASSET_TYPES: Record<string, string> = { 'site.css': 'text/css; charset=utf-8', 'favicon.svg': 'image/svg+xml' };

export function createApp(ctx: PortalContext): Hono<Env> {
  const app = new Hono<Env>();
  const router = createRouter(app, ctx);

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
  });

  app.get('/assets/:file', (c) => {
    const file = c.req.param('file') ?? '';
    if (!ASSET_TYPES[file]) return c.notFound();
    return c.body(readFileSync(join(ASSETS_DIR, file)), 200, { 'Content-Type': ASSET_TYPES[file] });
  });

  // Limits before anything reads a body: the upload may be large, every other form is small.
  const tooLarge = (max: number) => bodyLimit({ maxSize: max, onError: (c) => c.html(router.page(c as never, 'Te groot', pages.message(`Het verzoek is te groot (ten hoogste ${Math.round(max / 1024 / 1024)} MB). Stuur minder of kleinere bestanden.`)), 413) });
  app.use('*', async (c, next) => (c.req.method === 'POST' ? tooLarge(c.req.path === '/gegevens' ? UPLOAD_LIMITS.totalBytes + 1024 * 1024 : 2 * 1024 * 1024)(c, next) : next()));

  app.use('*', async (c, next) => {
    c.set('session', await findSession(ctx.db, getCookie(c, SESSION_COOKIE)));
    let anon = getCookie(c, ANON_CSRF_COOKIE);
    if (!anon || anon.length > 100) {
      anon = token();
      setCookie(c, ANON_CSRF_COOKIE, anon, { httpOnly: true, sameSite: 'Strict', secure: secure(c, ctx.trustProxy ?? 0), path: '/' });
    }
    c.set('anonCsrf', anon);
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      const sent = typeof body._csrf === 'string' ? body._csrf : undefined;
      const session = c.get('session');
      if (!sameToken(sent, session && !anonymousForm(c.req.path) ? session.csrf : anon)) {
        return router.say(c, 403, 'Verlopen formulier', 'Dit formulier is verlopen of niet door deze site gemaakt. Laad de pagina opnieuw en probeer het nog eens.');
      }
    }
    await next();
  });

  accountRoutes(router);
  cooperationRoutes(router);
  goalRoutes(router);
  conversationRoutes(router);
  reviewRoutes(router);
  adminRoutes(router);

  app.notFound((c) => c.html(router.page(c, 'Niet gevonden', pages.message('Deze pagina bestaat niet.')), 404));
  return app;
}
