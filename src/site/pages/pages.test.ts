/**
 * Page renderers on the hand-made fixture (test/fixtures/site/fixture.ts): generated sentences
 * carry the Analysis numbers, and profile pages list what the data says.
 */
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../../test/fixtures/site/fixture.ts';
import { createLookup } from '../../present/lookup.ts';
import { guideSection } from './overview.ts';
import { renderLayout, siteStatus } from '../../present/layout.ts';
import { accessibilityPage } from './accessibility.ts';
import { cooperationPage, municipalityPage } from './profiles.ts';
import { searchIndex } from './search.ts';

const l = createLookup(fixtureSite);
const text = (h: { value: string }) => h.value.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('menu and overview', () => {
  it('the main menu leads to the cooperations, the municipalities and the conversation guides', () => {
    const page = renderLayout({ path: '/samenwerkingen/a/', title: 'A', description: '', breadcrumbs: [], scripts: [], body: { value: '' } } as never, { label: 'test', date: '2025' } as never);
    const nav = page.slice(page.indexOf('aria-label="Hoofdmenu"'), page.indexOf('</nav>', page.indexOf('aria-label="Hoofdmenu"')));
    expect(nav).toContain('<a href="/samenwerkingen/" aria-current="page">Samenwerkingen</a>');
    expect(nav).toContain('<a href="/gemeenten/">Gemeenten</a>');
    expect(nav).toContain('<a href="/gespreksleidraad/">Gespreksleidraden</a>');
  });

  it('the overview points to the guides: one per spatial cooperation, 3 in the fixture', () => {
    const t = text(guideSection(l));
    expect(t).toContain('Voor elk van de 3 ruimtelijke samenwerkingen is er een gespreksleidraad');
    expect(guideSection(l).value).toContain('href="/gespreksleidraad/"');
  });
});

describe('profile pages', () => {
  it('cooperationPage lists members, sharing cooperations and the national region overlap', () => {
    const t = text(cooperationPage(l, l.coopById.get('fryslan-west')!).body);
    for (const name of ['Harlingen', 'Súdwest-Fryslân', 'Waadhoeke', 'Veiligheidsberaad Fryslân', 'RES Fryslân', 'Landschappelijk']) expect(t).toContain(name);
    // Shares all 3 members with the safety region, none with the other agendas.
    expect(t).not.toContain('Regio Zuidoost Friesland');
  });

  it('municipalityPage shows spatial and non-spatial memberships, white-spot themes and Kaart-1 neighbours', () => {
    const t = text(municipalityPage(l, 'GM1900').body);
    expect(t).toContain('Samenwerking Fryslân-West');
    expect(t).toContain('Veiligheidsberaad Fryslân');
    // Mobiliteit white spots include GM1900 in the fixture; Wonen does not.
    expect(t).toMatch(/Witte vlek voor:.*Mobiliteit/);
    expect(t).not.toMatch(/Witte vlek voor:.*Wonen/);
    // Edges GM0072–GM1900 and GM1900–GM1949 share 2.
    expect(t).toContain('Harlingen');
    expect(t).toContain('Waadhoeke');
  });

  it('searchIndex has every municipality and cooperation once, sorted by name', () => {
    const idx = searchIndex(l, [{ formerCode: 'GM0140', formerName: 'Littenseradiel', year: 2018, successors: ['GM1900'], source: '' }]);
    expect(idx).toHaveLength(12 + 4);
    expect(idx.find((e) => e.u === '/gemeenten/GM1900/')?.a).toEqual(['Littenseradiel']);
    const names = idx.map((e) => e.n);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});

describe('footer and accessibility statement from the dataset metadata', () => {
  const page = { path: '/kaart-1/', title: 'Kaart 1', description: '', breadcrumbs: [], scripts: [], body: { value: '' } } as never;
  const withMeta = {
    ...fixtureSite,
    dataset: {
      ...fixtureSite.dataset,
      metadata: {
        sources: [{ source: 'Gemeentegrenzen CBS', date: '2025-01-01', licence: null, note: null }, { source: 'Pendel', date: '2014-12', licence: null, note: null }],
        publication: { publisher: 'Provincie X', contactEmail: 'toegankelijkheid@provincie-x.nl', contactUrl: null, statementDate: '2026-11-30', researchDate: '2026-11-28', status: 'C' as const },
      },
    },
  };

  it('every page footer lists each source with its reference date; print shows the full address when a base URL is given', () => {
    const out = renderLayout(page, siteStatus(withMeta, 'test', 'https://www.voorbeeld.nl/regio/'));
    expect(out).toContain('<strong>Peildata:</strong> Gemeentegrenzen CBS: 1 januari 2025; Pendel: december 2014.');
    expect(out).toContain('<p class="print-only">Afgedrukt van https://www.voorbeeld.nl/regio/kaart-1/ ·');
    expect(out).toContain('<a href="/toegankelijkheid/">Toegankelijkheidsverklaring</a>');
  });

  it('without metadata or base URL: no peildata line, and print names the path and why the address is missing', () => {
    const out = renderLayout(page, siteStatus(fixtureSite, 'test'));
    expect(out).not.toContain('Peildata');
    expect(out).toContain('pagina /kaart-1/ (het volledige webadres is bij het bouwen van de site niet opgegeven)');
  });

  it('the statement shows status, dates and contact from publicatie.csv, and the complaints route', () => {
    const t = text(accessibilityPage(createLookup(withMeta)).body);
    expect(t).toContain('Nalevingsstatus: C – eerste maatregelen genomen');
    expect(t).toMatch(/Verklaring opgesteld op\s*30 november 2026/);
    expect(t).toMatch(/Laatste onderzoek\s*28 november 2026/);
    expect(t).toMatch(/Meld het bij Provincie X:\s*per e-mail: toegankelijkheid@provincie-x.nl/);
    expect(t).toContain('Nationale ombudsman');
    const none = text(accessibilityPage(l).body);
    expect(none).toContain('nog geen nalevingsstatus vastgesteld');
    expect(none).toContain('nog geen meldadres opgegeven');
  });
});
