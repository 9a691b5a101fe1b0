import { describe, expect, it } from 'vitest';
import type { NationalPolicy } from '../../model/dataset.ts';
import type { Theme } from '../../model/themes.ts';
import { analyseNational } from '../../analysis/national.ts';
import type { AnalysisReference } from '../../analysis/util.ts';
import { render } from '../../present/html.ts';
import { createLookup, type SiteLookup } from '../../present/lookup.ts';
import { fixtureAnalysis, fixtureDataset, fixtureReference, fixtureSite, XSS_NAME } from '../../../test/fixtures/site/fixture.ts';
import {
  documentsSection,
  interplaySection,
  nationalMethodSection,
  nationalPolicySections,
  quadrantChart,
  regioDealsSection,
  regionAgendaJaccard,
} from './national-policy.ts';

function policy(id: string, title: string, themes: Theme[], regie: boolean): NationalPolicy {
  return { id, title, year: 2022, themes, steering: regie ? 'REGIE_RUIMTEBESLAG' : 'THEMATISCHE_FOCUS', areaBased: false, explanation: `uitleg ${id}`, source: 'https://www.rijksoverheid.nl/x', extra: {} };
}

/*
 * Fixture goals per theme (test/fixtures/site): Wonen 1 (LOCATIE), Water en bodem 1, Energietransitie 1,
 * Mobiliteit 1 (none LOCATIE) → pooled LOCATIE 1/4 = 25%.
 * Policies: d1 Wonen REGIE (title = the XSS string), d2 Wonen+Energietransitie THEMATISCH, d3 Mobiliteit REGIE.
 * Wonen: regie 1/2 = 50% ≥ 50%, LOCATIE 1/1 ≥ 25% → RIJK_EN_REGIO; Mobiliteit: 1/1, 0 → RIJK;
 * Energietransitie: 0/1, 0 → GEEN.
 */
function lookup(withNational = true): SiteLookup {
  const dataset = {
    ...fixtureDataset,
    nationalPolicies: [policy('d1', XSS_NAME, ['Wonen'], true), policy('d2', 'Stuk twee', ['Wonen', 'Energietransitie'], false), policy('d3', 'Stuk drie', ['Mobiliteit'], true)],
  };
  const national = analyseNational(
    { dataset, ref: fixtureReference as unknown as AnalysisReference, overlap: fixtureAnalysis.overlap, goals: fixtureAnalysis.goals, typology: fixtureAnalysis.typology },
    { foundBack: 0.5 },
  );
  return createLookup({ ...fixtureSite, dataset, analysis: { ...fixtureAnalysis, national: withNational ? national : undefined } });
}

const body = (l: SiteLookup, s: { render: (l: SiteLookup) => { body: unknown } | null }) => {
  const r = s.render(l);
  return r === null ? null : render(r.body as never);
};

describe('interplay section', () => {
  const html = body(lookup(), interplaySection)!;

  it('offers the per-theme table as a CSV download with the counts behind each position', () => {
    const files = interplaySection.render(lookup())!.files ?? [];
    expect(files.map((f) => f.path)).toEqual(['/nationaal-beleid/rijk-en-regio-per-thema.csv']);
    expect(html).toContain('href="/nationaal-beleid/rijk-en-regio-per-thema.csv"');
    const rows = String(files[0].content).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('thema;rijksstukken;regie_ruimtebeslag;thematische_focus;gebiedsgericht;aandeel_regie;regionale_doelen;met_locatiekeuze;aandeel_locatie;kwadrant');
    // Wonen: d1 REGIE + d2 THEMATISCH = 2 documents, share 1/2; one goal, LOCATIE → 1/1 (decimal comma).
    expect(rows.find((r) => r.startsWith('Wonen;'))).toBe('Wonen;2;1;1;0;0,5;1;1;1;RIJK_EN_REGIO');
  });

  it('states the totals and the themes where the Rijk steers on location', () => {
    // 3 documents, 2 REGIE → 67%; majority REGIE on Wonen (1/2 ≥ 50%) and Mobiliteit (1/1).
    expect(html).toContain('Van de 3 nationale beleidsstukken stuurt 2 (67%) op waar ruimte wordt gebruikt');
    expect(html).toContain('wonen en mobiliteit');
    expect(html).toContain('Bij wonen kiezen Rijk en regio allebei plekken.');
  });

  it('places each theme in its quadrant in the table', () => {
    const row = (theme: string) => html.split('<tr').find((r) => r.includes(`>${theme}</th>`)) ?? '';
    expect(row('Wonen')).toContain('Rijk stuurt op waar én regio kiest waar');
    expect(row('Mobiliteit')).toContain('Rijk stuurt op waar, regio kiest niet waar');
    expect(row('Energietransitie')).toContain('Rijk stuurt niet op waar en regio kiest niet waar');
    // Landbouw has neither documents nor goals.
    expect(row('Landbouw')).toContain('niet te plaatsen');
  });

  it('draws the 2×2 as one accessible image without inline styles', () => {
    expect(html).toMatch(/<svg[^>]*role="img"/);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).not.toContain(' style=');
    expect(svg).not.toContain('<style');
  });

  it('says so when there are no policy documents', () => {
    const l = createLookup({ ...fixtureSite, analysis: { ...fixtureAnalysis, national: undefined } });
    expect(body(l, interplaySection)).toContain('geen nationale beleidsstukken');
  });
});

describe('quadrantChart', () => {
  it('returns nothing without a regional bar or without plottable themes', () => {
    const row = { theme: 'Wonen' as Theme, documents: 1, landUseSteering: 1, thematicFocus: 0, areaBased: 0, shareLandUseSteering: 1, goals: null, locationChoices: null, shareLocationChoices: null, nationalSteersWhere: true, regionChoosesWhere: null, quadrant: null };
    expect(quadrantChart([row], { landUseSteering: 0.5, locationChoices: null })).toBeNull();
    expect(quadrantChart([row], { landUseSteering: 0.5, locationChoices: 0.1 })).toBeNull();
  });
});

describe('documents section', () => {
  const html = body(lookup(), documentsSection)!;

  it('lists documents per theme with an index, a document with two themes under both', () => {
    expect(html).toContain('href="#beleid-wonen"');
    expect(html).toContain('id="beleid-energietransitie"');
    expect(html.match(/Stuk twee/g)).toHaveLength(2);
  });

  it('escapes titles', () => {
    expect(html).not.toContain(XSS_NAME);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('other sections and helpers', () => {
  it('hides the Regio Deals section when there are no deals', () => {
    expect(regioDealsSection.render(lookup())).toBeNull();
  });

  it('shows Regio Deals per province out of all deals, with those without a known province counted apart', () => {
    // Three deals: rd1 {Harlingen, Groningen} in Fryslân and Groningen; rd2 {Leeuwarden} in Fryslân; rd3 without members.
    // Per province: Fryslân 2 van de 3, Groningen 1 van de 3; 1 van de 3 zonder bekende provincie.
    const deal = (id: string, municipalities: string[]) => ({ division: 'REGIO_DEAL', id, name: `Deal ${id}`, municipalities, attribute: null, category: null, source: null, extra: {} });
    const dataset = { ...fixtureDataset, nationalRegions: [...fixtureDataset.nationalRegions, deal('rd1', ['GM0072', 'GM0014']), deal('rd2', ['GM0080']), deal('rd3', [])] };
    const national = analyseNational({ dataset, ref: fixtureReference as unknown as AnalysisReference }, { foundBack: 0.5 });
    const html = body(createLookup({ ...fixtureSite, dataset, analysis: { ...fixtureAnalysis, national } }), regioDealsSection)!;
    expect(html).toContain('van 1 van de 3 zijn de gemeenten niet bekend');
    expect(html).toContain('De meeste deals liggen (deels) in Fryslân: 2 van de 3.');
    expect(html).toContain('Regio Deals per provincie, van alle 3 deals (een deal over twee provincies telt bij beide); 1 zonder bekende provincie');
    expect(html).toMatch(/Fryslân<\/th><td[^>]*>2 van de 3</);
    expect(html).toMatch(/Groningen<\/th><td[^>]*>1 van de 3</);
    expect(html).toMatch(/zonder bekende provincie<\/span><\/th><td[^>]*>1 van de 3</);
    expect(html).not.toContain('onbekend');
  });

  it('reports completeness on the Methode page', () => {
    // Fixture: two RES regions, both with members.
    const html = render(nationalMethodSection(lookup()));
    expect(html).toContain('2/2');
    expect(render(nationalMethodSection(lookup(false)))).toBe('');
  });

  it('gives the Jaccard of a region and an agenda that share municipalities, else null', () => {
    const l = lookup();
    const region = l.input.analysis.national!.regions.find((r) => r.agendas.length > 0)!;
    const first = region.agendas[0];
    expect(regionAgendaJaccard(l, region.division, region.id, first.cooperationId)).toBe(first.jaccard);
    expect(regionAgendaJaccard(l, region.division, region.id, 'bestaat-niet')).toBeNull();
  });

  it('orders the page: interplay and completeness first, then the given sections, then the rest', () => {
    const extra = { id: 'x', title: 'X', render: () => null };
    expect(nationalPolicySections([extra]).map((s) => s.id)).toEqual([
      'beleid-per-thema', 'volledigheid', 'x', 'complementariteit', 'regio-deals', 'beleidsstukken',
    ]);
  });
});
