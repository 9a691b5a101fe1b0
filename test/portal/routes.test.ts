/**
 * Every route × every role (and anonymous): the allowed set is asserted exactly, including a
 * redacteur reaching for another region's cooperation by id. Also CSRF, cookie flags, login
 * without user enumeration and the lockout, and a member proposal approved over HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../src/reference/index.ts';
import { createApp, ROUTES, SESSION_COOKIE } from '../../src/portal/app.ts';
import { audit, CLI_ACTOR } from '../../src/portal/audit.ts';
import { activate, addUser, createSession } from '../../src/portal/auth.ts';
import type { Db } from '../../src/portal/db.ts';
import { cell, cooperationRecord, proposalById, proposals } from '../../src/portal/proposals.ts';
import { currentDataset, importDataset, loadSheets, writeSheets } from '../../src/portal/store.ts';
import { currentGoals } from '../../src/portal/goals.ts';
import { classifyDatasetGoal } from '../../src/analysis/goals.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyse } from '../../src/analysis/index.ts';
import { numberedQuestions } from '../../src/guide/answers.ts';
import { buildGuideModel } from '../../src/guide/model.ts';
import { defaultAdjacency } from '../../src/guide/render.ts';
import { publish } from '../../src/portal/publish.ts';
import { buildFromPipeline } from '../../src/publish.ts';
import { testDatabase } from '../../src/portal/testing.ts';
import { parseSheetText } from '../../src/portal/sheet-text.ts';
import ExcelJS from 'exceljs';

const ref = loadReference();
let db: Db;
let app: ReturnType<typeof createApp>;
let dir: string;
type Who = 'anoniem' | 'beheerder' | 'redacteur' | 'lezer';
const sessions: Partial<Record<Who, { id: string; csrf: string }>> = {};

beforeAll(async () => {
  db = await testDatabase();
  dir = mkdtempSync(join(tmpdir(), 'beheer-routes-'));
  expect((await importDataset(db, 'data/voorbeeld', ref, CLI_ACTOR)).ok).toBe(true);
  app = createApp({ db, ref, paths: { root: dir }, statusLabel: 'test', buildSite: buildFromPipeline });
  for (const [role, coops] of [['beheerder', []], ['redacteur', ['achterhoek']], ['lezer', []]] as const) {
    const u = await addUser(db, { email: `${role}@example.nl`, name: role, role, cooperations: [...coops] }, CLI_ACTOR);
    expect(await activate(db, u.activation, 'een lang wachtwoord')).toBe(true);
    sessions[role] = await createSession(db, u.id);
  }
}, 300_000);
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(who: Who, method: 'GET' | 'POST', path: string, form: Record<string, string> = {}, csrf = true) {
  const s = sessions[who];
  const headers: Record<string, string> = {};
  if (s) headers.cookie = `${SESSION_COOKIE}=${s.id}`;
  let body: URLSearchParams | undefined;
  let token = s?.csrf;
  if (!s && method === 'POST') {
    // Anonymous forms carry the double-submit token of the form cookie.
    const get = await app.request('/inloggen');
    headers.cookie = get.headers.get('set-cookie')!.split(';')[0];
    token = /name="_csrf" value="([^"]+)"/.exec(await get.text())![1];
  }
  if (method === 'POST') {
    body = new URLSearchParams({ ...form, ...(csrf && token ? { _csrf: token } : {}) });
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  return app.request(path, { method, headers, body });
}

/** Concrete paths for the parameterised routes: a redacteur's own cooperation and proposal. */
const concrete = (path: string, proposalId: number) => path.replace(':id', path.startsWith('/voorstellen') ? String(proposalId) : 'achterhoek').replace(':token', 'onbekend');

describe('authorisation: every route × every role', () => {
  it('allows exactly the declared roles, and nothing when anonymous except login and activation', async () => {
    const redacteurId = (await db.query<{ id: number }>("select id from app_user where role = 'redacteur'"))[0].id;
    const [{ version }] = await db.query<{ version: number }>("select version from cooperation where id = 'achterhoek'");
    await db.query("insert into proposal (cooperation_id, kind, payload, base_version, author_id, status) values ('achterhoek', 'gegevens', $1::jsonb, $2, $3, 'open')", [JSON.stringify({ changes: { agenda_jaar: '2019' } }), version, redacteurId]);
    const [{ id: proposalId }] = await db.query<{ id: number }>('select max(id)::int as id from proposal');
    const expected: Record<string, Who[]> = {
      'GET /inloggen': ['anoniem', 'beheerder', 'redacteur', 'lezer'],
      'POST /inloggen': ['anoniem', 'beheerder', 'redacteur', 'lezer'],
      'POST /uitloggen': ['beheerder', 'redacteur', 'lezer'],
      'GET /activeren/:token': ['anoniem', 'beheerder', 'redacteur', 'lezer'],
      'POST /activeren/:token': ['anoniem', 'beheerder', 'redacteur', 'lezer'],
      'GET /': ['beheerder', 'redacteur', 'lezer'],
      'GET /samenwerkingen': ['beheerder', 'redacteur', 'lezer'],
      'GET /samenwerkingen/:id': ['beheerder', 'redacteur', 'lezer'],
      'POST /samenwerkingen/:id/leden': ['beheerder', 'redacteur'],
      'POST /samenwerkingen/:id/gegevens': ['beheerder', 'redacteur'],
      'POST /samenwerkingen/:id/doelen': ['beheerder', 'redacteur'],
      'GET /voorstellen': ['beheerder', 'redacteur'],
      'GET /gesprekken': ['beheerder', 'redacteur'],
      'GET /gesprekken/gebundeld': ['beheerder'],
      'GET /samenwerkingen/:id/gesprek': ['beheerder', 'redacteur'],
      'POST /samenwerkingen/:id/gesprek': ['beheerder', 'redacteur'],
      'GET /voorstellen/:id': ['beheerder', 'redacteur'],
      'POST /voorstellen/:id/besluit': ['beheerder'],
      'POST /voorstellen/:id/bericht': ['beheerder', 'redacteur'],
      'GET /publiceren': ['beheerder'],
      'POST /publiceren': ['beheerder'],
      'GET /gegevens': ['beheerder'],
      'POST /gegevens': ['beheerder'],
      'GET /audit': ['beheerder'],
      'GET /audit.csv': ['beheerder'],
    };
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(expected).sort());
    for (const r of ROUTES) {
      if (r.path === '/publiceren' && r.method === 'POST') continue; // builds a site; its refusal is checked below
      if (r.path === '/uitloggen') continue; // ends the session; checked below
      for (const who of ['anoniem', 'beheerder', 'redacteur', 'lezer'] as Who[]) {
        const res = await call(who, r.method, concrete(r.path, proposalId));
        const text = await res.text();
        const denied = (res.status === 401 && text.includes('Log eerst in')) || (res.status === 403 && text.includes('geen toegang')) || (res.status === 303 && res.headers.get('location') === '/inloggen' && who === 'anoniem');
        expect(!denied, `${who} ${r.method} ${r.path} → ${res.status}`).toBe(expected[`${r.method} ${r.path}`].includes(who));
      }
    }
    for (const who of ['anoniem', 'redacteur', 'lezer'] as Who[]) expect((await call(who, 'POST', '/publiceren')).status, who).toBeOneOf([401, 403]);
  });

  it('the menu of every role links only to pages that role may open', async () => {
    const menus: Record<string, string[]> = {};
    for (const who of ['beheerder', 'redacteur', 'lezer'] as Who[]) {
      const nav = /<nav class="site-nav" aria-label="Beheermenu">(.*?)<\/nav>/s.exec(await (await call(who, 'GET', '/')).text())![1];
      menus[who] = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      for (const href of menus[who]) expect((await call(who, 'GET', href)).status, `${who} ${href}`).toBe(200);
    }
    expect(menus).toEqual({
      beheerder: ['/', '/samenwerkingen', '/voorstellen', '/gesprekken', '/gegevens', '/publiceren', '/audit'],
      redacteur: ['/', '/samenwerkingen', '/voorstellen', '/gesprekken'],
      lezer: ['/', '/samenwerkingen'],
    });
  });

  it("refuses a redacteur another region's cooperation and proposals by id", async () => {
    expect((await call('redacteur', 'GET', '/samenwerkingen/regio-twente')).status).toBe(404);
    expect((await call('redacteur', 'POST', '/samenwerkingen/regio-twente/leden', { versie: '1', blijft: 'Almelo' })).status).toBe(404);
    expect((await call('redacteur', 'POST', '/samenwerkingen/regio-twente/gegevens', { versie: '1', agenda_jaar: '2020' })).status).toBe(404);
    const [{ version }] = await db.query<{ version: number }>("select version from cooperation where id = 'regio-twente'");
    const beheerderId = (await db.query<{ id: number }>("select id from app_user where role = 'beheerder'"))[0].id;
    await db.query("insert into proposal (cooperation_id, kind, payload, base_version, author_id, status) values ('regio-twente', 'gegevens', '{\"changes\":{}}'::jsonb, $1, $2, 'open')", [version, beheerderId]);
    const [{ id }] = await db.query<{ id: number }>('select max(id)::int as id from proposal');
    expect((await call('redacteur', 'GET', `/voorstellen/${id}`)).status).toBe(404);
    expect((await call('redacteur', 'POST', `/voorstellen/${id}/bericht`, { bericht: 'hallo' })).status).toBe(404);
    expect(await (await call('redacteur', 'GET', '/voorstellen')).text()).not.toContain('regio-twente');
  });
});

describe('sessions, CSRF and login', () => {
  it('refuses every state-changing route without the CSRF token or with a wrong one, and changes nothing', async () => {
    const auditBefore = (await db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0].n;
    const posts = ROUTES.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThan(5);
    for (const r of posts) {
      const path = concrete(r.path, 1);
      for (const who of ['anoniem', 'beheerder', 'redacteur'] as Who[]) {
        const missing = await call(who, 'POST', path, { bericht: 'x', besluit: 'afwijzen', reden: 'x' }, false);
        expect(missing.status, `${who} ${path} without token`).toBe(403);
        expect(await missing.text()).toContain('formulier is verlopen');
        const s = sessions[who];
        const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
        if (s) headers.cookie = `${SESSION_COOKIE}=${s.id}`;
        // Another user's token is as wrong as a made-up one.
        const other = who === 'beheerder' ? sessions.redacteur!.csrf : sessions.beheerder!.csrf;
        const wrong = await app.request(path, { method: 'POST', headers, body: new URLSearchParams({ _csrf: other, bericht: 'x' }) });
        expect(wrong.status, `${who} ${path} with a wrong token`).toBe(403);
      }
    }
    expect((await db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0].n).toBe(auditBefore);
  });

  it('rotates the session id at login, ends it at logout and refuses an expired one', async () => {
    const u = await addUser(db, { email: 'sessie@example.nl', name: 'sessie', role: 'lezer', cooperations: [] }, CLI_ACTOR);
    expect(await activate(db, u.activation, 'nog een lang wachtwoord')).toBe(true);
    const planted = await createSession(db, u.id);
    const get = await app.request('/inloggen');
    const anon = get.headers.get('set-cookie')!.split(';')[0];
    const token = /name="_csrf" value="([^"]+)"/.exec(await get.text())![1];
    const res = await app.request('/inloggen', {
      method: 'POST',
      headers: { cookie: `${anon}; ${SESSION_COOKIE}=${planted.id}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, email: 'sessie@example.nl', wachtwoord: 'nog een lang wachtwoord' }),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    const fresh = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)![1];
    expect(fresh).not.toBe(planted.id);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/); // 8 hours
    const as = (id: string) => app.request('/', { headers: { cookie: `${SESSION_COOKIE}=${id}` } });
    expect((await as(planted.id)).status).toBe(303); // the old id no longer signs in
    expect((await as(fresh)).status).toBe(200);
    const [{ csrf }] = await db.query<{ csrf: string }>('select csrf from session where user_id = $1', [u.id]);
    const out = await app.request('/uitloggen', { method: 'POST', headers: { cookie: `${SESSION_COOKIE}=${fresh}`, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf }) });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`));
    expect((await as(fresh)).status).toBe(303); // ended on the server, not only in the browser
    const later = await createSession(db, u.id);
    await db.query("update session set expires_at = now() - interval '1 second' where user_id = $1", [u.id]);
    expect((await as(later.id)).status).toBe(303);
  });

  it('sets HttpOnly, SameSite=Strict session cookies (Secure over https) and the CSP', async () => {
    const login = (url: string) => app.request(url, { method: 'GET' });
    const first = await login('http://localhost/inloggen');
    const anon = first.headers.get('set-cookie')!;
    expect(anon).toMatch(/HttpOnly/);
    expect(anon).toMatch(/SameSite=Strict/);
    expect(anon).not.toMatch(/Secure/);
    expect((await login('https://beheer.example.nl/inloggen')).headers.get('set-cookie')).toMatch(/Secure/);
    expect(first.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(first.headers.get('content-security-policy')).toContain("form-action 'self'");
  });

  it('answers unknown addresses and wrong passwords identically, and locks after 5 failures', async () => {
    const get = await app.request('/inloggen');
    const cookie = get.headers.get('set-cookie')!.split(';')[0];
    const token = /name="_csrf" value="([^"]+)"/.exec(await get.text())![1];
    const post = (email: string, wachtwoord: string) =>
      app.request('/inloggen', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: token, email, wachtwoord }) });
    const unknown = await post('niemand@example.nl', 'fout wachtwoord');
    const wrong = await post('lezer@example.nl', 'fout wachtwoord');
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.text()).toBe(await wrong.text());
    for (let i = 0; i < 4; i++) await post('lezer@example.nl', 'fout wachtwoord');
    // Now locked: even the right password is refused, with the same answer.
    const locked = await post('lezer@example.nl', 'een lang wachtwoord');
    expect(locked.status).toBe(401);
    expect(locked.headers.get('set-cookie') ?? '').not.toContain(SESSION_COOKIE);
    // The lock is on this account from this client; the client's own limit (20) is not reached.
    const ok = await post('beheerder@example.nl', 'een lang wachtwoord');
    expect(ok.status).toBe(303);
  });
});

describe('a member change over HTTP', () => {
  it('redacteur proposes, a stale form is refused, the beheerder approves', async () => {
    const [{ version }] = await db.query<{ version: number }>("select version from cooperation where id = 'achterhoek'");
    const page = await (await call('redacteur', 'GET', '/samenwerkingen/achterhoek')).text();
    const kept = [...page.matchAll(/name="blijft" value="([^"]+)"/g)].map((m) => m[1].replace(/&#39;/g, "'")).filter((m) => m !== 'Montferland');
    const form = new URLSearchParams({ _csrf: sessions.redacteur!.csrf, versie: String(version), toevoegen: 'Lochemm', toelichting: 'Lochem doet mee.' });
    for (const k of kept) form.append('blijft', k);
    const send = () => app.request('/samenwerkingen/achterhoek/leden', { method: 'POST', headers: { cookie: `${SESSION_COOKIE}=${sessions.redacteur!.id}`, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const typo = await send();
    expect(typo.status).toBe(400);
    const typoText = await typo.text();
    expect(typoText).toMatch(/<span class="field-error" id="fout-toevoegen">&#39;Lochemm&#39; is geen gemeente van 2025\. Bedoelt u Lochem\?<\/span><br><textarea id="toevoegen" name="toevoegen" aria-describedby="fout-toevoegen" aria-invalid="true" rows="3">Lochemm<\/textarea>/);
    // What was typed, the explanation and the unticked member come back as sent.
    expect(typoText).toMatch(/<textarea id="toelichting" name="toelichting" rows="3">Lochem doet mee\.<\/textarea>/);
    expect(typoText).toMatch(/name="blijft" value="Montferland">/);
    expect(typoText).toMatch(/name="blijft" value="Aalten" checked>/);
    form.set('toevoegen', 'Lochem');
    const created = await send();
    expect(created.status).toBe(303);
    const id = Number(created.headers.get('location')!.split('/').pop());
    expect((await call('beheerder', 'POST', `/voorstellen/${id}/besluit`, { besluit: 'goedkeuren', reden: '' })).status).toBe(303);
    expect((await proposals(db, { cooperations: ['achterhoek'] })).find((p) => p.id === id)!.status).toBe('goedgekeurd');
    // The same form again is now one version behind: refused and explained.
    const stale = await send();
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('intussen gewijzigd');
    const audit = await (await call('beheerder', 'GET', '/audit.csv')).text();
    expect(audit).toContain('voorstel goedgekeurd');
  });
});

describe('a change of the other fields over HTTP', () => {
  it('shows the check rules at the field, and an approved change lands in the record', async () => {
    const record = async () => (await cooperationRecord(db, 'achterhoek'))!;
    const before = await record();
    const page = await (await call('redacteur', 'GET', '/samenwerkingen/achterhoek')).text();
    expect(page).toContain('action="/samenwerkingen/achterhoek/gegevens"');
    expect(page).toMatch(/<select id="veld-rechtsvorm" name="rechtsvorm">.*<option value="WGR" selected>/s);
    // 'Wonen;Vliegen' has an unknown theme: refused, the message next to the field.
    const bad = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gegevens', { versie: String(before.version), themas: 'Wonen;Vliegen' });
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(badText).toMatch(/<span class="field-error" id="fout-veld-themas">[^<]*Onbekend thema &#39;Vliegen&#39;/);
    expect(badText).toContain('aria-describedby="fout-veld-themas"');
    expect(badText).toContain('value="Wonen;Vliegen"'); // what was typed is kept
    const unchanged = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gegevens', { versie: String(before.version), agenda_jaar: cell(before, 'agenda_jaar') });
    expect(unchanged.status).toBe(400);
    const ok = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gegevens', { versie: String(before.version), agenda_jaar: '2021', typologie: 'ECONOMISCH', rechtsvorm: cell(before, 'rechtsvorm') });
    expect(ok.status).toBe(303);
    const id = Number(ok.headers.get('location')!.split('/').pop());
    const [p] = await db.query<{ payload: { changes: Record<string, string> } }>('select payload from proposal where id = $1', [id]);
    expect(p.payload.changes).toEqual({ agenda_jaar: '2021', typologie: 'ECONOMISCH' }); // only the changed fields
    const review = await (await call('beheerder', 'GET', `/voorstellen/${id}`)).text();
    const diffRow = /<tr[^>]*><th scope="row"[^>]*>agenda_jaar<\/th>(.*?)<\/tr>/s.exec(review)![1].replace(/<[^>]+>/g, '|');
    expect(diffRow.split('|').filter(Boolean)).toEqual(['2018', '2021']);
    // A question back sets the proposal to 'vraag'; the redacteur's answer back to 'open'.
    expect((await call('beheerder', 'POST', `/voorstellen/${id}/bericht`, { bericht: 'Welke bron?' })).status).toBe(303);
    expect((await proposalById(db, id))!.status).toBe('vraag');
    expect((await call('redacteur', 'POST', `/voorstellen/${id}/bericht`, { bericht: 'De agenda van 2021.' })).status).toBe(303);
    expect((await proposalById(db, id))!.status).toBe('open');
    expect((await call('beheerder', 'POST', `/voorstellen/${id}/besluit`, { besluit: 'goedkeuren', reden: '' })).status).toBe(303);
    const after = await record();
    expect([cell(after, 'agenda_jaar'), cell(after, 'typologie'), after.version]).toEqual(['2021', 'ECONOMISCH', before.version + 1]);
    expect(cell(after, 'gemeenten')).toBe(cell(before, 'gemeenten'));
  });
});

describe('a goal proposal over HTTP', () => {
  it('shows the classifier, needs a reason for an override, and approved overrides become manual labels', async () => {
    const version = async () => (await db.query<{ version: number }>("select version from cooperation where id = 'achterhoek'"))[0].version;
    const page = await (await call('redacteur', 'GET', '/samenwerkingen/achterhoek')).text();
    // Achterhoek has 5 goals in the example; the first, 'bouwen van passende woningen in en rond
    // bestaande dorpen en steden', names no place and asks nothing of others: ABSTRACT, shown with the
    // model's confidence in the form for a certain goal (an onzeker goal reads "onzeker (beste gok ...").
    expect(page).toContain('action="/samenwerkingen/achterhoek/doelen"');
    expect(page).toMatch(/Indeling door de classifier: <strong>ABSTRACT \(zekerheid [5-9]\d\s?%/);
    expect(page).toContain('name="doel-6-tekst"'); // 5 goals + 2 empty blocks
    const goal = (i: number, from: string, thema: string, tekst: string, label = '', reden = '', weg = '') => ({
      [`doel-${i}-van`]: from, [`doel-${i}-thema`]: thema, [`doel-${i}-tekst`]: tekst, [`doel-${i}-bron`]: '', [`doel-${i}-label`]: label, [`doel-${i}-reden`]: reden, ...(weg ? { [`doel-${i}-weg`]: weg } : {}),
    });
    const before = currentGoals(await loadSheets(db), 'achterhoek');
    expect(before.map((g) => g.thema)).toEqual(['Wonen', 'Landbouw', 'Energietransitie', 'Water en bodem', 'Ruimte voor economische sectoren']);
    const keep = (i: number) => ({ ...goal(i, String(i), before[i].thema, before[i].tekst), [`doel-${i}-bron`]: before[i].bron });
    const form = (reason: string, newTheme: string) => ({
      versie: String(0), aantal: '6',
      ...{ ...keep(0), 'doel-0-label': 'LOCATIE', 'doel-0-reden': reason },
      ...goal(1, '1', before[1].thema, before[1].tekst, '', '', 'ja'),
      ...keep(2), ...keep(3), ...keep(4),
      ...goal(5, '', newTheme, 'Een snelfietsroute tussen Doetinchem en Winterswijk aanleggen langs het spoor'),
    });
    const v = String(await version());
    // Without a reason, and the new goal without a theme: both refused at their field. The goal
    // ticked for removal comes back in its place, still ticked, so the blocks keep their numbers.
    const bad = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/doelen', { ...form('', ''), versie: v });
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(badText).toMatch(/id="fout-doel-0-reden">Geef een reden/);
    expect(badText).toMatch(/id="fout-doel-5-thema">Fout: Doel zonder thema\. Vul één van de negen thema/);
    expect(badText).toContain('aria-describedby="fout-doel-5-thema"');
    expect(badText).toContain('<input type="checkbox" id="doel-1-weg" name="doel-1-weg" value="ja" checked>');
    expect(badText).toContain('name="doel-1-van" value="1"');
    expect(badText.match(/type="checkbox" id="doel-\d-weg"[^>]*checked/g)).toHaveLength(1);
    const ok = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/doelen', { ...form('De agenda wijst de bestaande kernen aan als plek.', 'Mobiliteit'), versie: v });
    expect(ok.status).toBe(303);
    const id = Number(ok.headers.get('location')!.split('/').pop());
    const review = await (await call('beheerder', 'GET', `/voorstellen/${id}`)).text();
    expect(review).toContain('Doelen voor en na (5 → 5)');
    expect(review).toMatch(/>verwijderd<.*ruimte voor landbouw én natuur/s);
    expect(review).toContain('LOCATIE (handmatig, reden: De agenda wijst de bestaande kernen aan als plek.); classifier: ABSTRACT');
    expect(review).toMatch(/>nieuw<.*Een snelfietsroute.*classifier: LOCATIE/s);
    expect((await call('beheerder', 'POST', `/voorstellen/${id}/besluit`, { besluit: 'goedkeuren', reden: '' })).status).toBe(303);
    const after = currentGoals(await loadSheets(db), 'achterhoek');
    expect(after.map((g) => [g.thema, g.label])).toEqual([['Wonen', 'LOCATIE'], ['Energietransitie', ''], ['Water en bodem', ''], ['Ruimte voor economische sectoren', ''], ['Mobiliteit', '']]);
    // The analysis (and so every publication) now takes the manual label.
    const dataset = (await currentDataset(db, ref))!;
    const first = dataset.goals.find((g) => g.cooperationId === 'achterhoek' && g.theme === 'Wonen')!;
    expect([classifyDatasetGoal(first).label, classifyDatasetGoal(first).manual]).toEqual(['LOCATIE', true]);
    // Unchanged goals are written back byte for byte.
    await writeSheets(await loadSheets(db), join(dir, 'export-doelen'), ['doelen']);
    const exported = readFileSync(join(dir, 'export-doelen', 'doelen.csv'), 'utf8');
    const original = readFileSync('data/voorbeeld/doelen.csv', 'utf8').split('\n');
    expect(exported).toContain(original.find((l) => l.startsWith('achterhoek,Energietransitie'))!);
    expect(exported).toContain(original.find((l) => l.startsWith('regio-twente,'))!);
    expect(exported).toContain('achterhoek,Wonen,bouwen van passende woningen in en rond bestaande dorpen en steden,https://www.streekgids.nl/achterhoek-schetst-toekomstbeeld-voor-ruimtelijke-inrichting-richting-2100/,LOCATIE');
    const log = await (await call('beheerder', 'GET', '/audit.csv')).text();
    expect(log).toContain('handmatige_labels');
  });
});

describe('conversation records', () => {
  it('follow the guide, keep concurrent saves apart, pool per question, and publish only what the beheerder made public', async () => {
    const form = async (who: Who, id: string) => {
      const text = await (await call(who, 'GET', `/samenwerkingen/${id}/gesprek`)).text();
      return { text, ids: [...text.matchAll(/name="vraag-(\d+)" value="([^"]+)"/g)].map((m) => m[2]), version: /name="versie" value="(\d+)"/.exec(text)![1] };
    };
    const page = await form('redacteur', 'achterhoek');
    // The questions are the guide's, in the guide's numbering, from the current dataset.
    const dataset = (await currentDataset(db, ref))!;
    const model = buildGuideModel({ reference: ref, dataset, analysis: analyse(dataset, ref), adjacency: defaultAdjacency() }, 'achterhoek')!;
    expect(page.ids).toEqual(numberedQuestions(model).map((q) => q.id));
    expect(page.ids.at(-1)).toBe('afsluiting');
    expect(page.version).toBe('0');
    const n = (id: string) => String(page.ids.indexOf(id) + 1);
    const answers = (extra: Record<string, string>) => ({
      status: 'vastgesteld', datum: '2026-11-30', deelnemers: 'A. de Vries (Doetinchem)', aantal: String(page.ids.length),
      ...Object.fromEntries(page.ids.map((id, i) => [`vraag-${i + 1}`, id])),
      [`antwoord-${n('vast:vng')}`]: 'Kennis delen over afwegingskaders tussen regio’s.',
      [`afspraak-${n('vast:vng')}`]: 'VNG organiseert een bijeenkomst.',
      [`antwoord-${n('vast:besluit')}`]: 'Het zonneveld bij Winterswijk.',
      ...extra,
    });
    // A redacteur cannot make it public: the flag is ignored.
    const saved = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '0', openbaar: 'ja' }));
    expect(saved.status).toBe(303);
    // A second save from the same (now old) form is refused, the typed text kept.
    const stale = await call('beheerder', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '0', [`antwoord-${n('vast:besluit')}`]: 'Iets anders.' }));
    expect(stale.status).toBe(409);
    expect(await stale.text()).toMatch(/intussen door iemand anders opgeslagen.*Iets anders\./s);
    // A date that does not exist, or none for a vastgesteld record: refused at the field, the typed text kept.
    const impossible = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '1', datum: '30-02-2026', [`antwoord-${n('vast:besluit')}`]: 'Nog niet opgeslagen.' }));
    expect(impossible.status).toBe(400);
    const refusedText = await impossible.text();
    expect(refusedText).toContain('<span class="field-error" id="fout-datum">30-02-2026 bestaat niet: februari 2026 heeft 28 dagen.</span>');
    expect(refusedText).toContain('id="datum" name="datum" aria-describedby="hint-datum fout-datum" aria-invalid="true" type="text" value="30-02-2026"');
    expect(refusedText).toContain('Nog niet opgeslagen.');
    const missing = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '1', datum: '' }));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('id="fout-datum">Een vastgesteld gesprek heeft een datum.');
    expect((await db.query<{ public: boolean; version: number }>("select public, version from conversation where cooperation_id = 'achterhoek'"))[0]).toEqual({ public: false, version: 1 });
    // The beheerder makes it public; a later change by the redacteur withdraws that until the beheerder looks again.
    expect((await call('beheerder', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '1', openbaar: 'ja' }))).status).toBe(303);
    const edited = await call('redacteur', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '2', [`antwoord-${n('vast:besluit')}`]: 'Het zonneveld bij Winterswijk, na overleg met de provincie.' }));
    expect(edited.headers.get('location')).toContain('niet-openbaar');
    expect((await db.query<{ public: boolean }>("select public from conversation where cooperation_id = 'achterhoek'"))[0].public).toBe(false);
    expect((await call('beheerder', 'POST', '/samenwerkingen/achterhoek/gesprek', answers({ versie: '3', openbaar: 'ja', [`antwoord-${n('vast:besluit')}`]: 'Het zonneveld bij Winterswijk, na overleg met de provincie.' }))).status).toBe(303);
    // Another region's record, vastgesteld but not public.
    const twente = await form('beheerder', 'regio-twente');
    const vng = String(twente.ids.indexOf('vast:vng') + 1);
    expect((await call('beheerder', 'POST', '/samenwerkingen/regio-twente/gesprek', { versie: '0', status: 'vastgesteld', datum: '2-12-2026', deelnemers: '', aantal: String(twente.ids.length), [`vraag-${vng}`]: 'vast:vng', [`antwoord-${vng}`]: 'Geheim antwoord uit Twente.' })).status).toBe(303);
    // Pooled: both answers to the VNG question under its part.
    const pooled = await (await call('beheerder', 'GET', '/gesprekken/gebundeld')).text();
    expect(pooled).toMatch(/<h2>Wat de regio nodig heeft van Rijk, provincie en VNG<\/h2>.*Antwoorden op deze vraag \(2 van 2 gesprekken\).*Kennis delen over afwegingskaders.*Geheim antwoord uit Twente/s);
    expect((await call('redacteur', 'GET', '/samenwerkingen/regio-twente/gesprek')).status).toBe(404);
    expect(await (await call('redacteur', 'GET', '/gesprekken')).text()).not.toContain('regio-twente');
    // The public part: publish (with a stand-in for the site build) writes only the public record.
    const root = join(dir, 'publiceren');
    const result = await publish(db, ref, { root }, CLI_ACTOR, 'test', async (_r, { outDir }) => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'index.html'), 'site');
    });
    expect(result.ok).toBe(true);
    const site = readFileSync(join(root, 'site', 'gesprekken', 'index.html'), 'utf8');
    expect(site).toContain('Kennis delen over afwegingskaders tussen regio’s.');
    expect(site).toContain('na overleg met de provincie');
    expect(site).toContain('1 vastgestelde gespreksverslagen');
    expect(site).not.toContain('Geheim antwoord');
    expect(site).not.toContain('A. de Vries');
  });
});

describe('uploading a dataset', () => {
  const upload = (files: { name: string; text: string | Buffer }[], who: Who = 'beheerder', csrf = true) => {
    const form = new FormData();
    if (csrf) form.append('_csrf', sessions[who]!.csrf);
    for (const f of files) form.append('bestanden', new File([typeof f.text === 'string' ? f.text : new Uint8Array(f.text)], f.name));
    return app.request('/gegevens', { method: 'POST', headers: { cookie: `${SESSION_COOKIE}=${sessions[who]!.id}` }, body: form });
  };
  const example = (name: string) => ({ name, text: readFileSync(join('data/voorbeeld', name)) });
  const auditCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from audit_log')).map((r) => r.n)[0];

  it('refuses errors per file, row and column and changes nothing; accepts the CSV files of a folder as the current state', { timeout: 120_000 }, async () => {
    const page = await (await call('beheerder', 'GET', '/gegevens')).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('name="bestanden" type="file" multiple');
    const before = await auditCount();
    const versionBefore = (await cooperationRecord(db, 'achterhoek'))!.version;
    // Row 2 of the file (the first record) is incomplete.
    const header = readFileSync('data/voorbeeld/samenwerkingen.csv', 'utf8').split('\n')[0];
    const broken = await upload([{ name: 'samenwerkingen.csv', text: `${header}\n` + 'x,X,WGR,Nergensdorp\n' }]);
    expect(broken.status).toBe(400);
    const text = await broken.text();
    expect(text).toContain('De dataset is niet ingelezen');
    // The columns of the record do not follow this header's order, so the rechtsvorm column is empty.
    expect(text).toMatch(/<th scope="row"[^>]*>samenwerkingen\.csv<\/th><td data-label="rij"[^>]*>2<\/td><td data-label="kolom"[^>]*>rechtsvorm<\/td>.*heeft geen rechtsvorm; de rij is afgewezen\./);
    expect(await auditCount()).toBe(before);
    // Refused before reading: a wrong file type, a workbook together with CSV files, none at all, no CSRF token, not a beheerder.
    expect(await (await upload([{ name: 'samenwerkingen.txt', text: 'x' }])).text()).toContain('samenwerkingen.txt heeft geen naam die eindigt op .csv of .xlsx');
    expect(await (await upload([{ name: 'a.xlsx', text: 'x' }, { name: 'b.csv', text: 'x' }])).text()).toContain('niet beide');
    expect((await upload([])).status).toBe(400);
    expect((await upload([example('samenwerkingen.csv')], 'beheerder', false)).status).toBe(403);
    expect((await upload([example('samenwerkingen.csv')], 'redacteur')).status).toBe(403);
    // Over the size limit: 413 before the body is read.
    expect((await upload([{ name: 'samenwerkingen.csv', text: Buffer.alloc(27 * 1024 * 1024, 97) }])).status).toBe(413);
    expect(await auditCount()).toBe(before);
    // The example's files, several at once: accepted, the current state again, with an audit entry.
    const files = ['samenwerkingen.csv', 'doelen.csv', 'nationaal_beleid.csv', 'nationale_gebieden.csv', 'pendel.csv'].map(example);
    const ok = await upload(files);
    const okText = await ok.text();
    expect(ok.status, okText.slice(0, 500)).toBe(200);
    const cooperations = readFileSync('data/voorbeeld/samenwerkingen.csv', 'utf8').trim().split('\n').length - 1;
    expect(okText).toContain(`De dataset is ingelezen en is nu de huidige stand: ${cooperations} samenwerkingsverbanden`);
    expect(await auditCount()).toBe(before + 1);
    const [last] = await db.query<{ action: string; actor: string }>('select action, actor from audit_log order by id desc limit 1');
    expect(last).toEqual({ action: 'import', actor: 'beheerder@example.nl' });
    // Earlier tests approved changes on Achterhoek; the upload restores the example's record, so its version rises.
    expect(cell((await cooperationRecord(db, 'achterhoek'))!, 'agenda_jaar')).toBe('2018');
    expect((await cooperationRecord(db, 'achterhoek'))!.version).toBe(versionBefore + 1);
  });

  /** The example's CSV files as one workbook, a sheet per file; `edit` changes samenwerkingen's cells. */
  async function exampleWorkbook(edit: (header: string[], rows: string[][]) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    for (const name of ['samenwerkingen', 'doelen', 'nationaal_beleid', 'nationale_gebieden', 'pendel']) {
      const sheet = parseSheetText(`${name}.csv`, readFileSync(join('data/voorbeeld', `${name}.csv`), 'utf8'));
      const rows = sheet.rows.map((r) => [...r.cells]).filter((cells) => cells.some((c) => c !== ''));
      if (name === 'samenwerkingen') edit(sheet.header, rows);
      const ws = wb.addWorksheet(name);
      ws.addRow(sheet.header);
      for (const cells of rows) ws.addRow(cells);
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('accepts one .xlsx workbook as the current state; refuses a broken one with its findings per sheet, row and column', { timeout: 120_000 }, async () => {
    const cooperations = readFileSync('data/voorbeeld/samenwerkingen.csv', 'utf8').trim().split('\n').length - 1;
    const before = await auditCount();
    const versionBefore = (await cooperationRecord(db, 'achterhoek'))!.version;
    // Excel row of a record: the header is row 1.
    let achterhoekRow = 0;
    const broken = await exampleWorkbook((header, rows) => {
      const index = rows.findIndex((r) => r[header.indexOf('id')] === 'achterhoek');
      achterhoekRow = index + 2;
      rows[index][header.indexOf('rechtsvorm')] = 'Stichtingachtig';
    });
    const refused = await upload([{ name: 'voorbeeld.xlsx', text: broken }]);
    expect(refused.status).toBe(400);
    const refusedText = await refused.text();
    expect(refusedText).toContain('De dataset is niet ingelezen');
    expect(achterhoekRow).toBeGreaterThan(1);
    expect(refusedText).toMatch(new RegExp(`<th scope="row"[^>]*>voorbeeld\\.xlsx\\[samenwerkingen\\]</th><td data-label="rij"[^>]*>${achterhoekRow}</td><td data-label="kolom"[^>]*>rechtsvorm</td><td data-label="waarde"[^>]*>Stichtingachtig</td><td data-label="melding"[^>]*>Ongeldige rechtsvorm`));
    // Not a workbook at all: one finding for the file.
    const corrupt = await upload([{ name: 'werkboek.xlsx', text: readFileSync('test/fixtures/ingest/corrupt-xlsx/werkboek.xlsx') }]);
    expect(corrupt.status).toBe(400);
    expect(await corrupt.text()).toMatch(/<th scope="row"[^>]*>werkboek\.xlsx<\/th><td data-label="rij"[^>]*>–<\/td><td data-label="kolom"[^>]*>–<\/td>.*geen leesbaar Excel-werkboek/);
    expect(await auditCount()).toBe(before);
    expect((await cooperationRecord(db, 'achterhoek'))!.version).toBe(versionBefore);

    // The same workbook with a valid change: accepted, and Achterhoek's record is the workbook's.
    const good = await exampleWorkbook((header, rows) => {
      rows.find((r) => r[header.indexOf('id')] === 'achterhoek')![header.indexOf('agenda_jaar')] = '2022';
    });
    const ok = await upload([{ name: 'voorbeeld.xlsx', text: good }]);
    const okText = await ok.text();
    expect(ok.status, okText.slice(0, 500)).toBe(200);
    expect(okText).toContain(`De dataset is ingelezen en is nu de huidige stand: ${cooperations} samenwerkingsverbanden`);
    expect(await auditCount()).toBe(before + 1);
    const achterhoek = (await cooperationRecord(db, 'achterhoek'))!;
    expect(cell(achterhoek, 'agenda_jaar')).toBe('2022');
    expect(achterhoek.version).toBe(versionBefore + 1);
  });
});

describe('the audit log page', () => {
  it('pages back through the whole log by entry number, 200 at a time', async () => {
    const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from audit_log');
    for (let i = 0; i < 250; i++) await audit(db, CLI_ACTOR, 'test', 'test', String(i), null, null);
    const ids = (await db.query<{ id: number }>('select id from audit_log order by id desc')).map((r) => Number(r.id));
    expect(ids.length).toBe(n + 250);
    const rowsOf = (text: string) => [...text.matchAll(/<th scope="row"[^>]*>(\d+)<\/th>/g)].map((m) => Number(m[1]));
    const first = await (await call('beheerder', 'GET', '/audit')).text();
    expect(rowsOf(first)).toEqual(ids.slice(0, 200));
    expect(first).toContain(`<a href="/audit?voor=${ids[199]}">Oudere gebeurtenissen</a>`);
    const second = await (await call('beheerder', 'GET', `/audit?voor=${ids[199]}`)).text();
    // Entries written meanwhile do not shift the older page: it starts just below the link's number.
    await audit(db, CLI_ACTOR, 'test', 'test', 'nieuw', null, null);
    expect(await (await call('beheerder', 'GET', `/audit?voor=${ids[199]}`)).text()).toBe(second);
    expect(rowsOf(second)).toEqual(ids.slice(200, 400));
    expect(second).toContain('<a href="/audit">Nieuwste gebeurtenissen</a>');
    expect(second.includes('Oudere gebeurtenissen')).toBe(ids.length > 400);
    expect((await call('beheerder', 'GET', '/audit?voor=abc')).status).toBe(404);
  });
});
