/**
 * The stewardship flow in a real browser against a real portal server (PGlite, the example
 * dataset): a redacteur activates their account, signs in, opens their cooperation and proposes a
 * new member through the member form; the beheerder signs in, finds the proposal in the queue with
 * its before/after, approves it and publishes; the published site's cooperation page shows the new
 * member and its "Wat is er veranderd" lists the change. On the way it also opens the conversation
 * pages, all cooperations, the import form and the audit log. Every portal page on the way has zero
 * axe-core violations and no horizontal scrolling at 1400, 390 and 320 px. A second walk submits
 * the login, field, goal and conversation forms (pages without any script) and the upload wrongly
 * first: each refused page has its message at the field (aria-describedby, aria-invalid) or per
 * file, row and column, keeps what was typed and passes the same checks; corrected, the goal and
 * conversation forms are accepted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/portal/audit.ts';
import { activate, addUser } from '../../src/portal/auth.ts';
import type { Db } from '../../src/portal/db.ts';
import { listen } from '../../src/portal/server.ts';
import { importDataset, loadSheets, writeSheets } from '../../src/portal/store.ts';
import { testDatabase } from '../../src/portal/testing.ts';
import { buildFromPipeline } from '../../src/publish.ts';
import { loadReference } from '../../src/reference/index.ts';
import { startServer } from '../../src/site/serve.ts';
import { axe } from '../browser/browser.ts';
import { sharedBrowser } from '../browser/shared-browser.ts';

const WIDTHS = [1400, 390, 320] as const;
const PASSWORD = 'een heel lang wachtwoord';
/** Gelderland, beside the Achterhoek but not one of its eight members in data/voorbeeld. */
const NEW_MEMBER = 'Zutphen';

const ref = loadReference();
let db: Db;
let dir: string;
let portal: Server;
let site: Server | undefined;
let base: string;
let browser: Browser;
let page: Page;
let redacteurLink: string;
/** A second coordinator of the Achterhoek, active from the start, for the walk through refused forms. */
const SECOND = 'tweede@achterhoek.example';
const consoleErrors: string[] = [];

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const close = (server: Server | undefined) => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));

beforeAll(async () => {
  db = await testDatabase();
  dir = mkdtempSync(join(tmpdir(), 'beheer-walk-'));
  expect((await importDataset(db, 'data/voorbeeld', ref, CLI_ACTOR)).ok).toBe(true);
  // A previous publication of the imported state (its dataset, as publish keeps it), so the walk's
  // publication has something to compare with; its site is never served, so it is not built.
  const previous = '20260101T000000-1';
  await writeSheets(await loadSheets(db), join(dir, 'releases', previous, 'dataset'));
  await db.query("insert into publication (release, changelog) values ($1, '{}'::jsonb)", [previous]);
  const beheerder = await addUser(db, { email: 'analist@example.nl', name: 'Analist', role: 'beheerder', cooperations: [] }, CLI_ACTOR);
  expect(await activate(db, beheerder.activation, PASSWORD)).toBe(true);
  const redacteur = await addUser(db, { email: 'coordinator@achterhoek.example', name: 'Coördinator', role: 'redacteur', cooperations: ['achterhoek'] }, CLI_ACTOR);
  const second = await addUser(db, { email: SECOND, name: 'Tweede coördinator', role: 'redacteur', cooperations: ['achterhoek'] }, CLI_ACTOR);
  expect(await activate(db, second.activation, PASSWORD)).toBe(true);
  portal = await listen({ db, ref, paths: { root: dir } }, 0, '127.0.0.1', 'test', buildFromPipeline);
  base = urlOf(portal);
  // The link as `beheer gebruiker toevoegen` prints it.
  redacteurLink = `${base}/activeren/${redacteur.activation}`;
  browser = await sharedBrowser();
  page = await (await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } })).newPage();
  page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(`${page.url()}: ${m.text()}`) : undefined));
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e}`));
}, 300_000);

afterAll(async () => {
  await page?.context().close();
  await close(portal);
  await close(site);
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** axe-core and reflow at every width, by resizing the one page (axe is compiled once per renderer). */
async function checkPage(label: string, page = pageOfFlow()): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    expect.soft(await axe(page), `${label}: axe at ${width} px`).toEqual([]);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect.soft(scroll, `${label}: scrollWidth at ${width} px (client ${client})`).toBeLessThanOrEqual(client);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
}

const pageOfFlow = () => page;

/** The messages a control is described by, and whether it is marked invalid: what a screen reader announces with it. */
async function describedAs(control: Locator): Promise<{ invalid: string | null; description: string }> {
  return control.evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    description: (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? `(geen element ${id})`).join(' | '),
  }));
}

/** Takes the one expected "failed load" Chromium logs for a form refused with status 400. */
function takeRefusedLoad(errors: string[], path: string): void {
  const at = errors.findIndex((e) => e.endsWith(`${path}: Failed to load resource: the server responded with a status of 400 (Bad Request)`));
  expect(at, `a 400 for ${path} in ${errors.join('; ')}`).toBeGreaterThanOrEqual(0);
  errors.splice(at, 1);
}

async function logIn(email: string, page = pageOfFlow()): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${base}/`);
}

describe('the stewardship flow in a browser', () => {
  it('propose a member → review → approve → publish → the public site shows it', { timeout: 300_000 }, async () => {
    // The redacteur: activation link, own password, login.
    await page.goto(redacteurLink);
    await checkPage('activeren');
    await page.getByLabel('Nieuw wachtwoord (ten minste 12 tekens)').fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Activeren' }).click();
    await page.waitForURL(`${base}/inloggen`);
    await checkPage('inloggen');
    await logIn('coordinator@achterhoek.example');
    await checkPage('start (redacteur)');

    // Their one cooperation, and the member form.
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Samenwerkingen' }).click();
    await expect.poll(() => page.locator('main li a').allTextContents()).toEqual(['Achterhoek (8RHK ambassadeurs / Regio Achterhoek)']);
    await checkPage('samenwerkingen (redacteur)');
    await page.getByRole('link', { name: 'Achterhoek (8RHK ambassadeurs / Regio Achterhoek)' }).click();
    await page.waitForURL(`${base}/samenwerkingen/achterhoek`);
    await checkPage('samenwerking');
    const addField = page.getByLabel('Gemeenten toevoegen (één per regel; naam of GM-code)');
    // A misspelt name is refused at the field with a suggestion, and the page with the message still
    // passes axe and reflows (a refused form is where long messages widen a page).
    await addField.fill('Zutfen');
    await page.locator('form', { has: addField }).getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain("'Zutfen' is geen gemeente van 2025. Bedoelt u Putten of Zutphen?");
    expect(await describedAs(addField)).toEqual({ invalid: 'true', description: "'Zutfen' is geen gemeente van 2025. Bedoelt u Putten of Zutphen?" });
    expect(await addField.inputValue()).toBe('Zutfen');
    await checkPage('samenwerking, voorstel geweigerd');
    // The refused form comes back with status 400, which Chromium logs as a failed load: expected here.
    takeRefusedLoad(consoleErrors, '/samenwerkingen/achterhoek/leden');
    await addField.fill(NEW_MEMBER);
    await page.getByLabel('Toelichting voor de beheerder').first().fill('Zutphen doet sinds dit jaar mee.');
    await page.locator('form', { has: addField }).getByRole('button', { name: 'Voorstel indienen' }).click();
    await page.waitForURL(/\/voorstellen\/\d+$/);
    const proposalUrl = page.url();
    await expect.poll(() => page.locator('main').innerText()).toContain(`Erbij: ${NEW_MEMBER}. Eraf: geen.`);
    await checkPage('voorstel (redacteur)');
    // The conversation record of the cooperation (its long question form).
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Gesprekken' }).click();
    await page.waitForURL(`${base}/gesprekken`);
    await checkPage('gesprekken (redacteur)');
    await page.locator('main').getByRole('link', { name: 'Achterhoek (8RHK ambassadeurs / Regio Achterhoek)' }).click();
    await page.waitForURL(`${base}/samenwerkingen/achterhoek/gesprek`);
    await checkPage('gesprek');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(`${base}/inloggen`);

    // The beheerder: the queue, the proposal's before/after, approval.
    await logIn('analist@example.nl');
    await checkPage('start (beheerder)');
    // All cooperations (long names such as 'Overlegorgaan/Gebiedscommissie' must wrap) and the import form.
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Samenwerkingen' }).click();
    await page.waitForURL(`${base}/samenwerkingen`);
    await checkPage('samenwerkingen (beheerder)');
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Inlezen' }).click();
    await page.waitForURL(`${base}/gegevens`);
    await checkPage('inlezen');
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Gesprekken' }).click();
    await page.getByRole('link', { name: 'Alle antwoorden per vraag' }).click();
    await page.waitForURL(`${base}/gesprekken/gebundeld`);
    await checkPage('gesprekken gebundeld');
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Voorstellen' }).click();
    await page.waitForURL(`${base}/voorstellen`);
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'achterhoek', exact: true }) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['achterhoek', 'leden', 'coordinator@achterhoek.example', 'open', '–']);
    await checkPage('voorstellen');
    await row.getByRole('link').click();
    await page.waitForURL(proposalUrl);
    const main = page.locator('main');
    expect(await main.innerText()).toContain(`Erbij: ${NEW_MEMBER}. Eraf: geen.`);
    const diff = page.getByRole('table', { name: 'Voor en na' }).getByRole('row').filter({ hasText: 'gemeenten' });
    expect(await diff.getByRole('cell').allInnerTexts()).toEqual([
      'Aalten;Berkelland;Bronckhorst;Doetinchem;Montferland;Oost Gelre;Oude IJsselstreek;Winterswijk',
      'Aalten;Berkelland;Bronckhorst;Doetinchem;Montferland;Oost Gelre;Oude IJsselstreek;Winterswijk;Zutphen',
    ]);
    await checkPage('voorstel (beheerder)');
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect.poll(() => main.locator('p strong').first().innerText()).toBe('goedgekeurd');
    await checkPage('voorstel goedgekeurd');

    // Publishing builds the whole site; the page answers when the new release is live.
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Publiceren' }).click();
    await page.waitForURL(`${base}/publiceren`);
    await checkPage('publiceren');
    await page.getByRole('button', { name: 'Nu publiceren' }).click({ timeout: 200_000 });
    await page.getByRole('status').waitFor({ timeout: 200_000 });
    expect(await page.getByRole('status').innerText()).toMatch(/^Gepubliceerd als \d{8}T\d{6}-\d+: 0 nieuw, 0 beëindigd, 1 gewijzigd\.$/);
    await checkPage('gepubliceerd');
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Auditlog' }).click();
    await page.waitForURL(`${base}/audit`);
    await checkPage('auditlog');

    // The public site as published.
    site = await startServer(join(dir, 'site'), 0);
    await page.goto(`${urlOf(site)}/samenwerkingen/achterhoek/`);
    expect(await page.locator('main').innerText()).toContain(NEW_MEMBER);
    await page.goto(`${urlOf(site)}/wat-is-er-veranderd/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Wat is er veranderd');
    const changed = page.locator('main > ul > li').filter({ has: page.getByRole('link', { name: 'Achterhoek (8RHK ambassadeurs / Regio Achterhoek)' }) });
    expect(await changed.locator('li').allInnerTexts()).toEqual([`Gemeenten erbij: ${NEW_MEMBER}`]);
    await checkPage('wat is er veranderd');
    expect(consoleErrors).toEqual([]);
  });

  it('refused forms (login, fields, goals, conversation, upload) keep what was typed and say at the field what to change', { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
    const p = await context.newPage();
    // No script helps: what the refused pages say is the server's (the forms work without JavaScript).
    const scripts = () => p.evaluate(() => document.scripts.length);
    const errors: string[] = [];
    p.on('console', (m) => (m.type() === 'error' ? errors.push(`${p.url()}: ${m.text()}`) : undefined));
    await p.goto(`${base}/inloggen`);
    p.setDefaultTimeout(60_000);
    // A wrong password first: refused with the same answer for every cause, the address kept.
    await p.goto(`${base}/inloggen`);
    await p.getByLabel('E-mailadres').fill(SECOND);
    await p.getByLabel('Wachtwoord').fill('niet het wachtwoord');
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await p.waitForURL(`${base}/inloggen`);
    expect(await p.getByRole('alert').innerText()).toMatch(/^Inloggen is niet gelukt\. Controleer uw e-mailadres en wachtwoord\./);
    const refusedLogin = errors.findIndex((e) => e.endsWith('/inloggen: Failed to load resource: the server responded with a status of 401 (Unauthorized)'));
    expect(refusedLogin).toBeGreaterThanOrEqual(0);
    errors.splice(refusedLogin, 1);
    await checkPage('inloggen geweigerd', p);
    await logIn(SECOND, p);
    await p.goto(`${base}/samenwerkingen/achterhoek`);

    // The other fields: an unknown theme is refused at its field, the typed value kept.
    const themes = p.getByLabel('Thema’s (gescheiden door ;)');
    await themes.fill('Wonen;Vliegen');
    await p.getByLabel('Toelichting voor de beheerder').nth(1).fill('Vliegen staat in de nieuwe agenda.');
    await p.locator('form', { has: themes }).getByRole('button', { name: 'Voorstel indienen' }).click();
    await p.waitForURL(`${base}/samenwerkingen/achterhoek/gegevens`);
    takeRefusedLoad(errors, '/samenwerkingen/achterhoek/gegevens');
    expect(await describedAs(themes)).toMatchObject({ invalid: 'true', description: expect.stringContaining("Onbekend thema 'Vliegen'") });
    expect([await themes.inputValue(), await p.getByLabel('Toelichting voor de beheerder').nth(1).inputValue()]).toEqual(['Wonen;Vliegen', 'Vliegen staat in de nieuwe agenda.']);
    await checkPage('samenwerking, gegevens geweigerd', p);
    await p.goto(`${base}/samenwerkingen/achterhoek`);

    // Goals: the first goal's label set by hand without a reason, and a new goal with a theme but no text.
    const first = p.getByRole('group', { name: 'Doel 1', exact: true });
    const added = p.getByRole('group', { name: 'Nieuw doel' }).first();
    await first.getByLabel('Label', { exact: true }).selectOption('LOCATIE');
    await added.getByLabel('Thema').selectOption('Mobiliteit');
    await added.getByLabel('Bron (link)').fill('https://www.8rhk.nl/agenda');
    await p.getByLabel('Toelichting voor de beheerder').nth(2).fill('Uit de nieuwe agenda.');
    await p.getByRole('button', { name: 'Voorstel voor de doelen indienen' }).click();
    await p.waitForURL(`${base}/samenwerkingen/achterhoek/doelen`);
    takeRefusedLoad(errors, '/samenwerkingen/achterhoek/doelen');
    expect(await p.getByRole('alert').filter({ hasText: 'doelen' }).innerText()).toBe('Het voorstel voldoet niet aan de regels van de controle; zie de meldingen bij de doelen.');
    const reason = first.getByLabel('Reden voor een handmatig label');
    expect(await describedAs(reason)).toEqual({ invalid: 'true', description: 'Geef een reden waarom u het label van de classifier overschrijft.' });
    expect(await describedAs(added.getByLabel('Tekst van het doel (letterlijk uit de agenda)'))).toEqual({ invalid: 'true', description: 'Fout: Doel zonder tekst. Vul de doeltekst in.' });
    // What was chosen and typed is still there; the untouched controls carry no message.
    expect(await first.getByLabel('Label', { exact: true }).inputValue()).toBe('LOCATIE');
    expect(await describedAs(first.getByLabel('Label', { exact: true }))).toEqual({ invalid: null, description: '' });
    expect(await added.getByLabel('Thema').inputValue()).toBe('Mobiliteit');
    expect(await added.getByLabel('Bron (link)').inputValue()).toBe('https://www.8rhk.nl/agenda');
    expect(await p.getByLabel('Toelichting voor de beheerder').nth(2).inputValue()).toBe('Uit de nieuwe agenda.');
    expect(await scripts()).toBe(0);
    await checkPage('samenwerking, doelen geweigerd', p);
    // Corrected: the proposal is made, with the override and the new goal.
    await reason.fill('De agenda noemt de kernen waar gebouwd wordt.');
    await added.getByLabel('Tekst van het doel (letterlijk uit de agenda)').fill('Een snelfietsroute tussen Doetinchem en Winterswijk aanleggen');
    await p.getByRole('button', { name: 'Voorstel voor de doelen indienen' }).click();
    await p.waitForURL(/\/voorstellen\/\d+$/);
    const proposal = await p.locator('main').innerText();
    expect(proposal).toContain('Doelen voor en na (5 → 6)');
    expect(proposal).toContain('LOCATIE (handmatig, reden: De agenda noemt de kernen waar gebouwd wordt.)');
    expect(proposal).toContain('Toelichting: Uit de nieuwe agenda.');

    // The conversation record: vastgesteld with a date that does not exist.
    await p.goto(`${base}/samenwerkingen/achterhoek/gesprek`);
    const date = p.getByLabel('Datum van het gesprek');
    const firstAnswer = p.getByLabel('Antwoord van de regio').first();
    await p.getByLabel('Status').selectOption('vastgesteld');
    await date.fill('30-02-2026');
    await p.getByLabel('Deelnemers (namen en organisaties)').fill('A. de Vries (Doetinchem)');
    await firstAnswer.fill('Een vaste contactpersoon bij de provincie.');
    await p.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await p.waitForURL(`${base}/samenwerkingen/achterhoek/gesprek`);
    takeRefusedLoad(errors, '/samenwerkingen/achterhoek/gesprek');
    expect(await describedAs(date)).toEqual({ invalid: 'true', description: 'dd-mm-jjjj, bijvoorbeeld 15-03-2026; verplicht als het gesprek is vastgesteld | 30-02-2026 bestaat niet: februari 2026 heeft 28 dagen.' });
    expect((await p.getByRole('alert').innerText()).replace(/\s+/g, ' ')).toBe('Het gesprek is niet opgeslagen. Verbeter wat bij het veld staat: Datum van het gesprek: 30-02-2026 bestaat niet: februari 2026 heeft 28 dagen.');
    expect(await p.getByRole('alert').getByRole('link', { name: 'Datum van het gesprek' }).getAttribute('href')).toBe('#datum');
    expect([await date.inputValue(), await p.getByLabel('Status').inputValue(), await p.getByLabel('Deelnemers (namen en organisaties)').inputValue(), await firstAnswer.inputValue()])
      .toEqual(['30-02-2026', 'vastgesteld', 'A. de Vries (Doetinchem)', 'Een vaste contactpersoon bij de provincie.']);
    expect(await scripts()).toBe(0);
    await checkPage('gesprek, datum geweigerd', p);
    // No date at all for a vastgesteld record is refused the same way.
    await date.fill('');
    await p.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await p.waitForURL(`${base}/samenwerkingen/achterhoek/gesprek`);
    takeRefusedLoad(errors, '/samenwerkingen/achterhoek/gesprek');
    expect((await describedAs(date)).description).toContain('Een vastgesteld gesprek heeft een datum. Vul de datum van het gesprek in, of sla het op als concept.');
    expect(await firstAnswer.inputValue()).toBe('Een vaste contactpersoon bij de provincie.');
    // Corrected: saved, and the form shows the stored record.
    await date.fill('27-11-2026');
    await p.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await p.waitForURL(`${base}/samenwerkingen/achterhoek/gesprek?opgeslagen=1`);
    expect(await p.getByRole('status').innerText()).toBe('Het gesprek is opgeslagen.');
    expect([await date.inputValue(), await p.getByLabel('Status').inputValue(), await firstAnswer.inputValue()]).toEqual(['27-11-2026', 'vastgesteld', 'Een vaste contactpersoon bij de provincie.']);
    expect(await describedAs(date)).toEqual({ invalid: null, description: 'dd-mm-jjjj, bijvoorbeeld 15-03-2026; verplicht als het gesprek is vastgesteld' });
    await p.goto(`${base}/gesprekken`);
    expect(await p.getByRole('row').filter({ hasText: 'Achterhoek' }).getByRole('cell').allInnerTexts()).toEqual(['vastgesteld', '27 november 2026', '1', 'nee']);
    // The beheerder's upload, refused with its findings per file, row and column.
    await p.getByRole('button', { name: 'Uitloggen' }).click();
    await p.waitForURL(`${base}/inloggen`);
    await logIn('analist@example.nl', p);
    await p.goto(`${base}/gegevens`);
    const header = readFileSync('data/voorbeeld/samenwerkingen.csv', 'utf8').split('\n')[0];
    await p.getByLabel(/^Bestanden/).setInputFiles({ name: 'samenwerkingen.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nx,X,WGR,Nergensdorp\n`) });
    await p.getByRole('button', { name: 'Controleren en inlezen' }).click();
    await p.waitForURL(`${base}/gegevens`);
    takeRefusedLoad(errors, '/gegevens');
    expect(await p.getByRole('table', { name: 'Fouten per bestand, rij en kolom' }).getByRole('row').nth(1).getByRole('cell').first().innerText()).toBe('2');
    await checkPage('inlezen geweigerd', p);
    expect(errors).toEqual([]);
    await context.close();
  });
});
