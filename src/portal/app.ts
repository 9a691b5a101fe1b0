/**
 * The portal's HTTP routes (Hono). Every route states the roles that may use it (`allow`); the
 * session middleware resolves the user, and every POST must carry the session's CSRF token (or,
 * before login, the double-submit token of the login form). Inputs are parsed with zod; all
 * output goes through the one escaper (present/html.ts). Routes render; the work is in the modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Reference } from '../reference/index.ts';
import { SECURITY_HEADERS } from '../site/serve.ts';
import { ASSETS_DIR } from './assets.ts';
import { activate, activationValid, createSession, endSession, findSession, login, MIN_PASSWORD_LENGTH, SESSION_HOURS, sameToken, token, type Role, type Session } from './auth.ts';
import { auditCsv } from './audit.ts';
import type { Db } from './db.ts';
import { renderPortal } from './layout.ts';
import * as pages from './pages.ts';
import { addMessage, approve, cell, cooperationRecord, createProposal, EDITABLE_FIELDS, fieldChanges, findingsByField, memberEntries, membersCell, proposalById, reject, validateChanges, type EditableField } from './proposals.ts';
import { publish, type PublishPaths, type SiteBuilder } from './publish.ts';

export interface PortalContext {
  db: Db;
  ref: Reference;
  paths: PublishPaths;
  statusLabel: string;
  /** The publish step's site builder (given by the CLI layer). */
  buildSite: SiteBuilder;
}

type Env = { Variables: { session: Session | null; anonCsrf: string } };

export const SESSION_COOKIE = 'beheer_sessie';
const ANON_CSRF_COOKIE = 'beheer_formulier';

/** Who may use a route: a role list, or 'anoniem' for the login and activation pages. */
export type Access = readonly (Role | 'anoniem')[];
export const ALL_ROLES: Access = ['beheerder', 'redacteur', 'lezer'];

/** Every route with its access, for the route × role test and the docs. */
export const ROUTES: { method: 'GET' | 'POST'; path: string; access: Access }[] = [];

const CSP = `${SECURITY_HEADERS['Content-Security-Policy']}; form-action 'self'`;

function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

function clientAddress(c: Context<Env>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'lokaal';
}

/** Login and activation forms carry the form cookie's token, also when an old session cookie is sent. */
const anonymousForm = (path: string) => path === '/inloggen' || path.startsWith('/activeren/');

const formValue = z.union([z.string(), z.array(z.string())]).optional();
const text = (max: number) => z.string().trim().max(max);

export function createApp(ctx: PortalContext): Hono<Env> {
  const app = new Hono<Env>();
  const { db, ref } = ctx;

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
  });

  app.get('/assets/:file', (c) => {
    const file = (c.req.param('file') ?? '');
    const types: Record<string, string> = { 'site.css': 'text/css; charset=utf-8', 'favicon.svg': 'image/svg+xml' };
    if (!types[file]) return c.notFound();
    return c.body(readFileSync(join(ASSETS_DIR, file)), 200, { 'Content-Type': types[file] });
  });

  app.use('*', async (c, next) => {
    c.set('session', await findSession(db, getCookie(c, SESSION_COOKIE)));
    let anon = getCookie(c, ANON_CSRF_COOKIE);
    if (!anon || anon.length > 100) {
      anon = token();
      setCookie(c, ANON_CSRF_COOKIE, anon, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/' });
    }
    c.set('anonCsrf', anon);
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      const sent = typeof body._csrf === 'string' ? body._csrf : undefined;
      const session = c.get('session');
      if (!sameToken(sent, session && !anonymousForm(c.req.path) ? session.csrf : anon)) return c.html(page(c, 'Verlopen formulier', pages.message('Dit formulier is verlopen of niet door deze site gemaakt. Laad de pagina opnieuw en probeer het nog eens.')), 403);
    }
    await next();
  });

  const page = (c: Context<Env>, title: string, body: Parameters<typeof renderPortal>[0]['body']) => {
    const s = c.get('session');
    return renderPortal({ title, body, user: s?.user ?? null, csrf: s?.csrf ?? c.get('anonCsrf') });
  };

  /** Registers a route; the handler runs only for the allowed roles. */
  function route(method: 'GET' | 'POST', path: string, access: Access, handler: (c: Context<Env>, s: Session | null) => Response | Promise<Response>): void {
    ROUTES.push({ method, path, access });
    const guarded = async (c: Context<Env>) => {
      const s = c.get('session');
      if (!s) {
        if (access.includes('anoniem')) return handler(c, null);
        return method === 'GET' ? c.redirect('/inloggen', 303) : c.html(page(c, 'Niet ingelogd', pages.message('Log eerst in.')), 401);
      }
      if (!access.includes(s.user.role)) return c.html(page(c, 'Geen toegang', pages.message('U hebt geen toegang tot deze pagina.')), 403);
      return handler(c, s);
    };
    if (method === 'GET') app.get(path, guarded);
    else app.post(path, guarded);
  }

  /** A redacteur may touch only the cooperations assigned to them; other roles by role. */
  const mayEdit = (s: Session, id: string) => s.user.role === 'beheerder' || (s.user.role === 'redacteur' && s.user.cooperations.includes(id));
  const mayRead = (s: Session, id: string) => s.user.role !== 'redacteur' || s.user.cooperations.includes(id);

  route('GET', '/inloggen', ['anoniem', ...ALL_ROLES], (c, s) => (s ? c.redirect('/', 303) : c.html(page(c, 'Inloggen', pages.loginForm(c.get('anonCsrf'), null)))));

  route('POST', '/inloggen', ['anoniem', ...ALL_ROLES], async (c) => {
    const form = z.object({ email: text(200), wachtwoord: z.string().max(500) }).safeParse(await c.req.parseBody());
    const userId = form.success ? await login(db, form.data.email, form.data.wachtwoord, clientAddress(c)) : null;
    if (userId === null) return c.html(page(c, 'Inloggen', pages.loginForm(c.get('anonCsrf'), 'Inloggen is niet gelukt. Controleer uw e-mailadres en wachtwoord. Na 5 mislukte pogingen kunt u 15 minuten niet inloggen.')), 401);
    // A new session id on every login (and the old one ended), so an id planted before login is useless.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await endSession(db, previous);
    const session = await createSession(db, userId);
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/', maxAge: SESSION_HOURS * 3600 });
    return c.redirect('/', 303);
  });

  route('POST', '/uitloggen', ALL_ROLES, async (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await endSession(db, id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/inloggen', 303);
  });

  route('GET', '/activeren/:token', ['anoniem', ...ALL_ROLES], async (c) => {
    const valid = await activationValid(db, (c.req.param('token') ?? ''));
    return c.html(page(c, 'Account activeren', valid ? pages.activationForm(c.get('anonCsrf'), null) : pages.message('Deze activeringslink is ongeldig, al gebruikt of verlopen. Vraag de beheerder om een nieuwe.')), valid ? 200 : 404);
  });

  route('POST', '/activeren/:token', ['anoniem', ...ALL_ROLES], async (c) => {
    const form = z.object({ wachtwoord: z.string().min(MIN_PASSWORD_LENGTH).max(500), herhaal: z.string().max(500) }).safeParse(await c.req.parseBody());
    if (!form.success || form.data.wachtwoord !== form.data.herhaal) {
      return c.html(page(c, 'Account activeren', pages.activationForm(c.get('anonCsrf'), `Kies een wachtwoord van ten minste ${MIN_PASSWORD_LENGTH} tekens en herhaal het precies.`)), 400);
    }
    const ok = await activate(db, (c.req.param('token') ?? ''), form.data.wachtwoord);
    return ok ? c.redirect('/inloggen', 303) : c.html(page(c, 'Account activeren', pages.message('Deze activeringslink is ongeldig, al gebruikt of verlopen.')), 404);
  });

  route('GET', '/', ALL_ROLES, async (c, s) => c.html(page(c, 'Start', await pages.home(db, s!))));

  route('GET', '/samenwerkingen', ALL_ROLES, async (c, s) => c.html(page(c, 'Samenwerkingen', await pages.cooperationList(db, s!))));

  route('GET', '/samenwerkingen/:id', ALL_ROLES, async (c, s) => {
    const id = (c.req.param('id') ?? '');
    const record = mayRead(s!, id) ? await cooperationRecord(db, id) : null;
    if (!record) return c.html(page(c, 'Niet gevonden', pages.message('Dit samenwerkingsverband bestaat niet of u hebt er geen toegang toe.')), 404);
    return c.html(page(c, cell(record, 'naam'), await pages.cooperationDetail(db, ref, s!, record, mayEdit(s!, id))));
  });

  route('POST', '/samenwerkingen/:id/leden', ['beheerder', 'redacteur'], async (c, s) => {
    const id = (c.req.param('id') ?? '');
    const record = mayEdit(s!, id) ? await cooperationRecord(db, id) : null;
    if (!record) return c.html(page(c, 'Niet gevonden', pages.message('Dit samenwerkingsverband bestaat niet of u hebt er geen toegang toe.')), 404);
    const form = z
      .object({ versie: z.coerce.number().int().min(1), blijft: formValue, toevoegen: text(5000).default(''), toelichting: text(2000).default('') })
      .safeParse(await c.req.parseBody({ all: true }));
    if (!form.success) return c.html(page(c, 'Ongeldig formulier', pages.message('Het formulier is niet volledig ingevuld.')), 400);
    const rerenderEarly = (problem: string) => pages.cooperationDetail(db, ref, s!, record, true, { problems: [problem], add: form.data.toevoegen });
    if (form.data.versie !== record.version) {
      return c.html(page(c, cell(record, 'naam'), await rerenderEarly(`Dit samenwerkingsverband is intussen gewijzigd (nu versie ${record.version}, uw formulier was van versie ${form.data.versie}). Bekijk de huidige gegevens en doe uw voorstel opnieuw.`)), 409);
    }
    const keepSet = new Set([form.data.blijft ?? []].flat());
    const keep = memberEntries(cell(record, 'gemeenten')).filter((m) => keepSet.has(m));
    const members = membersCell({ keep, add: form.data.toevoegen.split(/[\n;]+/) }, ref);
    const rerender = async (status: number, problems: string[]) =>
      c.html(page(c, cell(record, 'naam'), await pages.cooperationDetail(db, ref, s!, record, true, { problems, add: form.data.toevoegen })), status as 400);
    if (!members.ok) return rerender(400, members.problems.map((p) => p.message));
    if (members.value === cell(record, 'gemeenten')) return rerender(400, ['Er is niets gewijzigd.']);
    const findings = await validateChanges(db, ref, id, { gemeenten: members.value });
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length) return rerender(400, errors.map((f) => f.message));
    const created = await createProposal(db, { id: s!.user.id, label: s!.user.email }, id, 'leden', { gemeenten: members.value }, form.data.versie, form.data.toelichting);
    if (!created.ok) return rerender(409, [`Dit samenwerkingsverband is intussen gewijzigd (nu versie ${created.current}, uw formulier was van versie ${form.data.versie}). Bekijk de huidige gegevens en doe uw voorstel opnieuw.`]);
    return c.redirect(`/voorstellen/${created.id}`, 303);
  });

  route('POST', '/samenwerkingen/:id/gegevens', ['beheerder', 'redacteur'], async (c, s) => {
    const id = c.req.param('id') ?? '';
    const record = mayEdit(s!, id) ? await cooperationRecord(db, id) : null;
    if (!record) return c.html(page(c, 'Niet gevonden', pages.message('Dit samenwerkingsverband bestaat niet of u hebt er geen toegang toe.')), 404);
    const shape = Object.fromEntries(EDITABLE_FIELDS.map(({ field }) => [field, text(2000).optional()]));
    const form = z.object({ versie: z.coerce.number().int().min(1), toelichting: text(2000).default(''), ...shape }).safeParse(await c.req.parseBody());
    if (!form.success) return c.html(page(c, 'Ongeldig formulier', pages.message('Het formulier is niet volledig ingevuld.')), 400);
    const values = form.data as Partial<Record<EditableField, string>>;
    const rerender = async (status: number, errors: Map<string, string[]>) =>
      c.html(page(c, cell(record, 'naam'), await pages.cooperationDetail(db, ref, s!, record, true, undefined, { values, errors })), status as 400);
    const stale = (now: number) => new Map([['', [`Dit samenwerkingsverband is intussen gewijzigd (nu versie ${now}, uw formulier was van versie ${form.data.versie}). Bekijk de huidige gegevens en doe uw voorstel opnieuw.`]]]);
    if (form.data.versie !== record.version) return rerender(409, stale(record.version));
    const changes = fieldChanges(record, values);
    if (Object.keys(changes).length === 0) return rerender(400, new Map([['', ['Er is niets gewijzigd.']]]));
    const errors = (await validateChanges(db, ref, id, changes)).filter((f) => f.severity === 'error');
    if (errors.length) return rerender(400, findingsByField(errors));
    const created = await createProposal(db, { id: s!.user.id, label: s!.user.email }, id, 'gegevens', changes, form.data.versie, form.data.toelichting);
    if (!created.ok) return rerender(409, stale(created.current));
    return c.redirect(`/voorstellen/${created.id}`, 303);
  });

  route('GET', '/voorstellen', ['beheerder', 'redacteur'], async (c, s) => c.html(page(c, 'Voorstellen', await pages.proposalQueue(db, s!))));

  const ownProposal = async (s: Session, idText: string) => {
    const id = Number(idText);
    if (!Number.isInteger(id) || id < 1) return null;
    const p = await proposalById(db, id);
    return p && mayEdit(s, p.cooperation_id) ? p : null;
  };

  route('GET', '/voorstellen/:id', ['beheerder', 'redacteur'], async (c, s) => {
    const p = await ownProposal(s!, (c.req.param('id') ?? ''));
    if (!p) return c.html(page(c, 'Niet gevonden', pages.message('Dit voorstel bestaat niet of u hebt er geen toegang toe.')), 404);
    return c.html(page(c, `Voorstel ${p.id}`, await pages.proposalDetail(db, ref, s!, p, null)));
  });

  route('POST', '/voorstellen/:id/besluit', ['beheerder'], async (c, s) => {
    const p = await ownProposal(s!, (c.req.param('id') ?? ''));
    if (!p) return c.html(page(c, 'Niet gevonden', pages.message('Dit voorstel bestaat niet.')), 404);
    const form = z.object({ besluit: z.enum(['goedkeuren', 'afwijzen']), reden: text(2000).default('') }).safeParse(await c.req.parseBody());
    if (!form.success || (form.data.besluit === 'afwijzen' && form.data.reden === '')) {
      return c.html(page(c, `Voorstel ${p.id}`, await pages.proposalDetail(db, ref, s!, p, 'Geef bij afwijzen een reden op.')), 400);
    }
    const actor = { id: s!.user.id, label: s!.user.email };
    const result = form.data.besluit === 'goedkeuren' ? await approve(db, ref, actor, p.id, form.data.reden) : await reject(db, actor, p.id, form.data.reden);
    if (!result.ok) {
      const why = result.reason === 'verouderd' ? 'Het samenwerkingsverband is gewijzigd sinds dit voorstel is gedaan; het kan niet meer worden goedgekeurd. Wijs het af of vraag de redacteur om een nieuw voorstel.' : result.reason === 'ongeldig' ? `Het voorstel voldoet niet (meer) aan de regels: ${result.findings?.map((f) => f.message).join(' ')}` : 'Dit voorstel is al afgehandeld.';
      return c.html(page(c, `Voorstel ${p.id}`, await pages.proposalDetail(db, ref, s!, (await proposalById(db, p.id))!, why)), 409);
    }
    return c.redirect(`/voorstellen/${p.id}`, 303);
  });

  route('POST', '/voorstellen/:id/bericht', ['beheerder', 'redacteur'], async (c, s) => {
    const p = await ownProposal(s!, (c.req.param('id') ?? ''));
    if (!p) return c.html(page(c, 'Niet gevonden', pages.message('Dit voorstel bestaat niet of u hebt er geen toegang toe.')), 404);
    const form = z.object({ bericht: text(4000).min(1) }).safeParse(await c.req.parseBody());
    if (!form.success) return c.html(page(c, `Voorstel ${p.id}`, await pages.proposalDetail(db, ref, s!, p, 'Schrijf een bericht.')), 400);
    const result = await addMessage(db, { id: s!.user.id, label: s!.user.email }, p.id, form.data.bericht, s!.user.role === 'beheerder');
    if (!result.ok) return c.html(page(c, `Voorstel ${p.id}`, await pages.proposalDetail(db, ref, s!, p, 'Dit voorstel is al afgehandeld.')), 409);
    return c.redirect(`/voorstellen/${p.id}`, 303);
  });

  route('GET', '/publiceren', ['beheerder'], async (c, s) => c.html(page(c, "Publiceren", await pages.publishPage(db, s!.csrf, null))));

  route('POST', '/publiceren', ['beheerder'], async (c, s) => {
    const result = await publish(db, ref, ctx.paths, { id: s!.user.id, label: s!.user.email }, ctx.statusLabel, ctx.buildSite);
    return c.html(page(c, 'Publiceren', await pages.publishPage(db, s!.csrf, result)), result.ok ? 200 : 409);
  });

  route('GET', '/audit', ['beheerder'], async (c) => c.html(page(c, 'Auditlog', await pages.auditPage(db))));

  route('GET', '/audit.csv', ['beheerder'], async (c) => c.body(await auditCsv(db), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="auditlog.csv"' }));

  app.notFound((c) => c.html(page(c, 'Niet gevonden', pages.message('Deze pagina bestaat niet.')), 404));
  return app;
}
