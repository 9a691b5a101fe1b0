/**
 * The Gebiedscategorieën page on the zoning site fixture (test/fixtures/site/zoning.ts, where the
 * expected numbers are worked out), and its absence on data without categories.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { render } from '../../present/html.ts';
import { NAV, renderLayout, siteNav, siteStatus } from '../../present/layout.ts';
import { createLookup } from '../../present/lookup.ts';
import { fixtureSite } from '../../../test/fixtures/site/fixture.ts';
import { HOSTILE_CATEGORY, zoningSite } from '../../../test/fixtures/site/zoning.ts';
import { renderPages } from '../build.ts';
import { zoningPage, ZONING_PATH } from './zoning.ts';

const page = zoningPage(createLookup(zoningSite))!;
const { document } = parseHTML(`<!doctype html><html><body>${render(page.body)}</body></html>`);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rows of the table with this caption, each as its cells' text. */
function rows(caption: string): string[][] {
  const t = [...document.querySelectorAll('table')].find((x) => text(x.querySelector('caption')!) === caption);
  if (!t) throw new Error(`no table '${caption}'`);
  return [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(text));
}

describe('zoningPage(lookup)', () => {
  it('per category: areas, municipalities, agendas of all spatial ones, areas found back, goals choosing a place', () => {
    expect(rows('Nota Ruimte (ontwerp): ruimtelijke agenda’s per categorie')).toEqual([
      ['Verstedelijkingsregio', '2', '3', '2 van de 3 (67%)', '2 van de 2 (100%)', '1 van de 3 (33%)'],
      [HOSTILE_CATEGORY, '2', '3', '1 van de 3 (33%)', '1 van de 1 met bekende gemeenten', '0 van de 1 (0%)'],
    ]);
  });

  it('names the areas without a category and says they are left out', () => {
    const lead = text(document.querySelector('section[aria-labelledby="indeling-nota-ruimte"] p')!);
    expect(lead).toBe('4 van de 5 gebieden van deze indeling hebben een categorie. Zonder categorie, en dus niet in de tabellen hieronder: Stad Groningen.');
  });

  it('themes: per category how many of its agendas name each theme, out of its agendas', () => {
    const byTheme = new Map(rows('Nota Ruimte (ontwerp): hoeveel agenda’s per categorie elk thema noemen').map(([theme, ...cells]) => [theme, cells]));
    expect(byTheme.size).toBe(9);
    // Verstedelijkingsregio: fryslan-west (Wonen, Water en bodem), xss-test (Mobiliteit); Landelijk: zuidoost (Wonen, Energietransitie, Landbouw).
    expect(byTheme.get('Wonen')).toEqual(['1 van de 2', '1 van de 1']);
    expect(byTheme.get('Mobiliteit')).toEqual(['1 van de 2', '0 van de 1']);
    expect(byTheme.get('Landbouw')).toEqual(['0 van de 2', '1 van de 1']);
    expect(byTheme.get('Gezondheid')).toEqual(['0 van de 2', '0 van de 1']);
  });

  it('per category the best-matching agenda of each area; an area without members cannot be judged', () => {
    expect(rows(`${HOSTILE_CATEGORY}: best passende agenda per gebied`)).toEqual([
      ['Zonder gemeenten', 'onbekend', 'niet te beoordelen', '–', '–'],
      ['Zuidoost', '3', 'Regio Zuidoost Friesland', '0,60', 'ja'],
    ]);
    expect(rows('Verstedelijkingsregio: best passende agenda per gebied').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['Leeuwarden', '0,50', 'ja'],
      ['Westergo', '0,67', 'ja'],
    ]);
  });

  it('escapes category names', () => {
    const markup = render(page.body);
    expect(markup).toContain('Landelijk gebied &lt;met&gt; kansen');
    expect(markup).not.toContain('<met>');
  });

  it('writes the numbers with their denominators as CSV', () => {
    const csv = String(page.files![0].content).replace(/^\ufeff/, '').split('\r\n');
    expect(csv[0].split(';').slice(0, 11)).toEqual(['indeling', 'categorie', 'gebieden', 'gebieden_met_gemeenten', 'gebieden_terug', 'gemeenten', 'agendas', 'ruimtelijke_agendas', 'doelen', 'doelen_locatiekeuze', 'aandeel_locatiekeuze']);
    expect(csv[1].split(';').slice(0, 11)).toEqual(['NOTA_RUIMTE', 'Verstedelijkingsregio', '2', '2', '2', '3', '2', '3', '3', '1', '0,333333']);
  });
});

describe('the page and its menu item exist only with categories', () => {
  it('data without categories: no page, no menu item, nothing on Nationaal beleid', () => {
    expect(zoningPage(createLookup(fixtureSite))).toBeNull();
    expect(siteNav(fixtureSite)).toBe(NAV);
    const pages = renderPages(createLookup(fixtureSite), siteStatus(fixtureSite), []);
    expect(pages.some((p) => p.path === ZONING_PATH)).toBe(false);
    expect(render(pages.find((p) => p.path === '/nationaal-beleid/')!.body)).not.toContain(ZONING_PATH);
  });

  it('data with categories: the page, a menu item after Nationaal beleid on every page, a link from Nationaal beleid', () => {
    const status = siteStatus(zoningSite);
    const labels = siteNav(zoningSite).map((n) => n.label);
    expect(labels.slice(labels.indexOf('Nationaal beleid'), labels.indexOf('Nationaal beleid') + 2)).toEqual(['Nationaal beleid', 'Gebiedscategorieën']);
    expect(labels).toHaveLength(NAV.length + 1);
    const pages = renderPages(createLookup(zoningSite), status, []);
    expect(pages.filter((p) => p.path === ZONING_PATH)).toHaveLength(1);
    expect(renderLayout(pages[0], status)).toContain(`<a href="${ZONING_PATH}">Gebiedscategorieën</a>`);
    expect(renderLayout(page, status)).toContain(`<a href="${ZONING_PATH}" aria-current="page">Gebiedscategorieën</a>`);
    expect(render(pages.find((p) => p.path === '/nationaal-beleid/')!.body)).toContain(`Nota Ruimte (ontwerp) geeft de gebieden een categorie. Op de pagina <a href="${ZONING_PATH}">Gebiedscategorieën</a>`);
  });
});
