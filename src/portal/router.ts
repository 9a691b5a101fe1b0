/**
 * The portal's route table: every route states the roles that may use it (`access`), and the
 * handler runs only for those; the rest get 401/403 (or, for an anonymous GET, the login page).
 * Route modules (routes/*.ts) register through this, so the check lives in one place.
 */
import type { Context, Hono } from 'hono';
import type { Reference } from '../reference/index.ts';
import type { Renderable } from '../present/html.ts';
import type { Role, Session } from './auth.ts';
import type { Db } from './db.ts';
import { renderPortal } from './layout.ts';
import * as pages from './pages.ts';
import type { PublishPaths, SiteBuilder } from './publish.ts';

export interface PortalContext {
  db: Db;
  ref: Reference;
  paths: PublishPaths;
  statusLabel: string;
  /** The publish step's site builder (given by the CLI layer). */
  buildSite: SiteBuilder;
  /**
   * How many reverse proxies in front append the client's address to X-Forwarded-For and set
   * X-Forwarded-Proto (http.ts clientAddress, secure). 0 (the default): the headers are ignored,
   * because without such a proxy anyone could write them.
   */
  trustProxy?: number;
}

export type Env = { Variables: { session: Session | null; anonCsrf: string } };
export type Ctx = Context<Env>;

/** Who may use a route: a role list, or 'anoniem' for the login and activation pages. */
export type Access = readonly (Role | 'anoniem')[];
export const ALL_ROLES: Access = ['beheerder', 'redacteur', 'lezer'];
export const EDITORS: Access = ['beheerder', 'redacteur'];

/** Every route with its access, for the route × role test and the docs. */
export const ROUTES: { method: 'GET' | 'POST'; path: string; access: Access }[] = [];

export type Handler = (c: Ctx, s: Session) => Response | Promise<Response>;

export interface Router {
  ctx: PortalContext;
  /** A route for signed-in users of the given roles. */
  route(method: 'GET' | 'POST', path: string, access: Access, handler: Handler): void;
  /** A route that also answers anonymous users (session null). */
  open(method: 'GET' | 'POST', path: string, handler: (c: Ctx, s: Session | null) => Response | Promise<Response>): void;
  page(c: Ctx, title: string, body: Renderable): string;
  /** A page with a message and a status (404, 400, 409 …). */
  say(c: Ctx, status: number, title: string, text: string): Response;
}

/** A redacteur may touch only the cooperations assigned to them; other roles by role. */
export const mayEdit = (s: Session, id: string) => s.user.role === 'beheerder' || (s.user.role === 'redacteur' && s.user.cooperations.includes(id));
export const mayRead = (s: Session, id: string) => s.user.role !== 'redacteur' || s.user.cooperations.includes(id);

export const actorOf = (s: Session) => ({ id: s.user.id, label: s.user.email });

export function createRouter(app: Hono<Env>, ctx: PortalContext): Router {
  const page = (c: Ctx, title: string, body: Renderable) => {
    const s = c.get('session');
    return renderPortal({ title, body, user: s?.user ?? null, csrf: s?.csrf ?? c.get('anonCsrf'), path: c.req.path });
  };
  const say = (c: Ctx, status: number, title: string, text: string) => c.html(page(c, title, pages.message(text)), status as 400);
  const register = (method: 'GET' | 'POST', path: string, access: Access, handler: (c: Ctx, s: Session | null) => Response | Promise<Response>) => {
    if (!ROUTES.some((r) => r.method === method && r.path === path)) ROUTES.push({ method, path, access });
    const guarded = async (c: Ctx) => {
      const s = c.get('session');
      if (!s) {
        if (access.includes('anoniem')) return handler(c, null);
        return method === 'GET' ? c.redirect('/inloggen', 303) : say(c, 401, 'Niet ingelogd', 'Log eerst in.');
      }
      if (!access.includes(s.user.role)) return say(c, 403, 'Geen toegang', 'U hebt geen toegang tot deze pagina.');
      return handler(c, s);
    };
    if (method === 'GET') app.get(path, guarded);
    else app.post(path, guarded);
  };
  return {
    ctx,
    page,
    say,
    route: (method, path, access, handler) => register(method, path, access, (c, s) => handler(c, s!)),
    open: (method, path, handler) => register(method, path, ['anoniem', ...ALL_ROLES], handler),
  };
}
