/**
 * Browser tests of the conversation guide: the guide pages of the built example and fixture sites
 * (served with the site's CSP) load cleanly with zero axe-core violations and render hostile names as
 * text; the PDF of an example region has ≥ 2 A4 pages whose text (pdftotext) holds its name and members.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSession, checkPage, openPage } from './browser.ts';
import { XSS_NAME } from '../fixtures/site/fixture.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { renderLayout } from '../../src/present/layout.ts';
import { defaultAdjacency, renderGuidePage } from '../../src/guide/render.ts';
import { countPdfPages, renderPdfs } from '../../src/guide/pdf.ts';

const fixtureUrl = inject('siteFixtureUrl');
const exampleUrl = inject('siteExampleUrl');
const exampleError = inject('siteExampleError');

const session = browserSession();

async function check(base: string, path: string) {
  const result = await checkPage(session.visitor, base, path);
  const { page } = result;
  return {
    ...result,
    h1: await page.locator('h1').textContent(),
    questions: await page.locator('.guide-question').count(),
    imgX: await page.locator('img[src="x"]').count(),
    text: (await page.locator('main').textContent()) ?? '',
  };
}

describe('guide pages in the site', () => {
  it('example: the Metropoolregio Amsterdam guide has no axe violations, no console errors, only same-origin requests', async () => {
    expect(exampleError).toBe('');
    const r = await check(exampleUrl, '/gespreksleidraad/metropoolregio-amsterdam/');
    expect(r.errors).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.h1).toContain('Metropoolregio Amsterdam (MRA)');
    expect(r.questions).toBeGreaterThan(10);
  });

  it('example: the index and the profile link lead to the guide', async () => {
    const index = await check(exampleUrl, '/gespreksleidraad/');
    expect(index.violations).toEqual([]);
    expect(index.text).toContain('Metropoolregio Amsterdam (MRA)');
    const rec = await openPage(session.browser, exampleUrl + '/samenwerkingen/metropoolregio-amsterdam/');
    expect(await rec.page.locator('a[href="/gespreksleidraad/metropoolregio-amsterdam/"]').count()).toBe(1);
    await rec.page.context().close();
  });

  it('fixture: a hostile cooperation name and goal text stay text on the guide page', async () => {
    const r = await check(fixtureUrl, '/gespreksleidraad/xss-test/');
    expect(r.errors).toEqual([]);
    expect(r.violations).toEqual([]);
    expect(r.h1).toContain(XSS_NAME);
    expect(r.imgX).toBe(0);
    // The fixture's only goal is a LOBBY goal on Mobiliteit, so the "only lobby" question quotes it.
    expect(r.text).toContain('Rijk vragen om geld voor de <N31>');
  });
});

describe('guide pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regioruimte-guide-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints Achterhoek to an A4 PDF of ≥ 2 pages whose text holds the name and every member', async () => {
    const p = await runPipeline('data/voorbeeld');
    const status = { label: 'voorbeelddata', date: 'agenda’s tot en met 2025' };
    const page = renderGuidePage({ ...p, adjacency: defaultAdjacency() }, 'achterhoek', status)!;
    const out = join(dir, 'achterhoek.pdf');
    const [result] = await renderPdfs([{ path: page.path, document: renderLayout(page, status), footerTitle: 'Achterhoek', out }]);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.pages).toBe(countPdfPages(pdf));
    expect(result.pages).toBeGreaterThanOrEqual(2);
    const text = execFileSync('/usr/bin/pdftotext', [out, '-'], { encoding: 'utf8' });
    // pdftotext separates pages with form feeds: one per page.
    expect(text.split('\f').filter((s) => s.trim()).length).toBe(result.pages);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Achterhoek (8RHK ambassadeurs / Regio Achterhoek)');
    expect(flat).toContain('Gespreksleidraad');
    // samenwerkingen.csv row achterhoek: the eight member municipalities.
    for (const name of ['Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek', 'Winterswijk']) expect(flat).toContain(name);
    // Footer page numbers from the Chromium footer template.
    expect(flat).toContain(`pagina 1 van ${result.pages}`);
  });
});
