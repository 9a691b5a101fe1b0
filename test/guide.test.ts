/**
 * The conversation guide on the example dataset (data/voorbeeld): one page per spatial cooperation,
 * the page content for Metropoolregio Amsterdam, the data-driven questions worked out by hand from
 * the CSV files, escaping of hostile strings, and the Chromium-missing error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { distance } from 'fastest-levenshtein';
import type { PipelineResult } from '../src/pipeline.ts';
import { sharedPipeline } from './shared-pipeline.ts';
import { createLookup } from '../src/present/lookup.ts';
import { renderLayout } from '../src/present/layout.ts';
import { buildGuideModel, closeIds, guideIds, type GuideInput } from '../src/guide/model.ts';
import { guideQuestions } from '../src/guide/questions.ts';
import { startingPoints } from '../src/guide/picker.ts';
import { defaultAdjacency, renderGuidePage, renderGuidePages } from '../src/guide/render.ts';
import { ChromiumMissingError, countPdfPages, fixPdfDates, renderPdfs } from '../src/guide/pdf.ts';

const STATUS = { label: 'voorbeelddata', date: 'agenda’s tot en met 2025' };
const MRA = 'metropoolregio-amsterdam';
// samenwerkingen.csv, row metropoolregio-amsterdam, column gemeenten (30 names, 2025 spelling as CBS writes them).
const MRA_MEMBERS = [
  'Aalsmeer', 'Almere', 'Amstelveen', 'Amsterdam', 'Beverwijk', 'Blaricum', 'Bloemendaal', 'Diemen', 'Edam-Volendam', 'Gooise Meren',
  'Haarlem', 'Haarlemmermeer', 'Heemskerk', 'Heemstede', 'Hilversum', 'Huizen', 'Landsmeer', 'Laren', 'Lelystad', 'Oostzaan',
  'Ouder-Amstel', 'Purmerend', 'Uitgeest', 'Uithoorn', 'Velsen', 'Waterland', 'Wijdemeren', 'Wormerland', 'Zaanstad', 'Zandvoort',
];
// Main themes only: the two with a quoted goal (Wonen, Water en bodem); see data/voorbeeld/README.md.
const MRA_THEMES = ['Wonen', 'Water en bodem'];

let p: PipelineResult;
let input: GuideInput;
beforeAll(async () => {
  p = await sharedPipeline('data/voorbeeld');
  input = { ...p, adjacency: defaultAdjacency() };
});

function mainText(doc: string): string {
  const { document } = parseHTML(doc);
  return (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('guide pages', () => {
  it('renders one page per spatial cooperation plus the index, each path once', () => {
    const pages = renderGuidePages(createLookup(input), STATUS, input.adjacency);
    // samenwerkingen.csv: 103 rows with ruimtelijk = ja (323 rows in all).
    expect(pages.length).toBe(103 + 1);
    expect(new Set(pages.map((x) => x.path)).size).toBe(104);
    expect(pages[0].path).toBe('/gespreksleidraad/');
    expect(guideIds(input)).toContain(MRA);
  });

  it('shows the name, every member, the themes and data-driven questions of Metropoolregio Amsterdam', () => {
    const page = renderGuidePage(input, MRA, STATUS)!;
    const text = mainText(renderLayout(page, STATUS));
    expect(text).toContain('Metropoolregio Amsterdam (MRA)');
    for (const name of MRA_MEMBERS) expect(text).toContain(name);
    for (const theme of MRA_THEMES) expect(text).toContain(theme);
    expect(text).toContain('Het gesprek');
    // Member count sentence: 30 members; mean over the 103 spatial rows = 726 members / 103 = 7,0.
    expect(text).toContain('telt 30 gemeenten: ruim boven het gemiddelde');
    expect(text).toContain('Met 30 gemeenten is Metropoolregio Amsterdam (MRA) veel groter dan gebruikelijk.');
  });

  it('opens with the national findings on one page: the four research questions with national counts', () => {
    const text = mainText(renderLayout(renderGuidePage(input, MRA, STATUS)!, STATUS));
    expect(text).toContain('Het landelijke beeld op één pagina');
    for (const q of ['Waar wordt samengewerkt aan ruimtelijke vraagstukken', 'Waaraan werken de samenwerkingen', 'Hoe vergelijkbaar zijn de regionale agenda’s', 'Hoe sluiten regionale ambities aan op nationaal beleid']) expect(text).toContain(q);
    // gemeenten.csv: 342 municipalities, every one in at least one of the 103 spatial agendas.
    expect(text).toContain('342 van de 342 gemeenten doen mee');
    // samenwerkingen.csv, ruimtelijk = ja: 28 + 5 + 70 = 103 rows by rechtsvorm (WGR, privaat, overig).
    expect(text).toContain('Van de 103 ruimtelijke samenwerkingen is 27% (28) een gemeenschappelijke regeling');
    // Before the region's own figures: the summary is the context of the conversation.
    expect(text.indexOf('Het landelijke beeld op één pagina')).toBeLessThan(text.indexOf('De regio in één oogopslag'));
  });

  it('asks the questions the rules must generate for Metropoolregio Amsterdam, worked out by hand', () => {
    const m = buildGuideModel(input, MRA)!;
    const qs = guideQuestions(m);
    const byId = new Map(qs.map((q) => [q.id, q]));
    expect(byId.size).toBe(qs.length);
    // 30 members ≥ 2 × 7,08 (= 729 / 103 spatial agendas after the sourced corrections: 726 − Heusden − Tynaarlo − Veendam − Sliedrecht + 7 Hollandse Duinen) = 14,2 → "far above the mean".
    expect(byId.get('omvang:groot')?.basis).toBe('30 gemeenten; een ruimtelijke agenda telt gemiddeld 7,1 gemeenten (mediaan 6).');
    // doelen.csv has three MRA goals on Wonen (woningbehoefte; woningbouwproductie op peil; 250.000 woningen
    // voor 2040): none names a concrete place, so the guide asks about location choice on Wonen directly.
    const wonen = byId.get('geen-locatie');
    expect(wonen?.group).toBe('keuzes');
    expect(wonen?.basis).toMatch(/^Op Wonen \(3 doelen\) en Water en bodem \(1 doel\) noemt geen enkel doel van de agenda een concrete plek/);
    // MRA's only other goal is on Water en bodem. The example keeps as main themes only those with a
    // quoted sentence (its first goal per theme), so MRA has no theme without goals: Mobiliteit,
    // Energietransitie, Natuurbehoud, Ruimte voor economische sectoren and Overig are in themas_ook_genoemd.
    expect(m.cooperation.themes).toEqual(['Wonen', 'Water en bodem']);
    expect(byId.has('thema-zonder-doelen')).toBe(false);
    // rechtsvorm OVERIG; overige_overheden names Provincie Noord-Holland and Provincie Flevoland.
    expect(byId.has('werkwijze:OVERIG')).toBe(true);
    expect(byId.get('kaders:provincie-partner')?.basis).toBe('Provincie Noord-Holland en Provincie Flevoland zijn partner in de samenwerking.');
    // Twelve with the closing question; the realisation group asks since the agenda year (2020).
    expect(qs.length + 1).toBe(12);
    expect(byId.get('vast:gerealiseerd')?.text).toContain('sinds de agenda van 2020');
    expect(byId.get('vast:vng')?.basis).toBeNull();
  });

  it('asks one question over the national areas Regio Twente coincides with (RES Twente and two Regio Deals, the same 14 municipalities)', () => {
    const m = buildGuideModel(input, 'regio-twente')!;
    const q = guideQuestions(m).find((x) => x.id === 'nationaal:samenvallend');
    // nationale_gebieden.csv lists the 14 Twente municipalities for RES-25-twente, RD-T2-twente and RD-T4-twente-ii: 14 ∩ 14 = 14.
    expect(q?.text).toContain('RES-regio Twente, Regio Deal Twente en Regio Deal Twente (II)');
    expect(q?.basis).toBe('RES-regio Twente: precies dezelfde 14 gemeenten; Regio Deal Twente: precies dezelfde 14 gemeenten; Regio Deal Twente (II): precies dezelfde 14 gemeenten.');
  });

  it('every example guide has 12 questions in plain words: no index names, rule numbers or codes', () => {
    for (const id of guideIds(input)) {
      const qs = guideQuestions(buildGuideModel(input, id)!);
      expect(qs.length + 1, id).toBe(12);
      for (const q of qs) expect(`${q.text} ${q.basis ?? ''}`, `${id} ${q.id}`).not.toMatch(/Jaccard|Regel \d|\bGM\d{4}\b|\b(LOCATIE|LOBBY|PROCES|ABSTRACT|BESTUURLIJK|ECONOMISCH|LANDSCHAPPELIJK|REGIO_DEAL|NATIONAAL_PARK)\b|\d,\d\d\b/);
    }
  });

  it('escapes every data string (name, goal text) in the guide', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const dataset = {
      ...p.dataset,
      cooperations: p.dataset.cooperations.map((c) => (c.id === MRA ? { ...c, name: hostile, partners: ['"><script>x()</script>'] } : c)),
    };
    const analysis = { ...p.analysis, goals: { ...p.analysis.goals, goals: p.analysis.goals.goals.map((g) => (g.cooperationId === MRA ? { ...g, tekst: `${g.text} <b>vet</b>` } : g)) } };
    const page = renderGuidePage({ ...input, dataset, analysis }, MRA, STATUS)!;
    const doc = renderLayout(page, STATUS);
    expect(doc).not.toContain('<img src=x');
    expect(doc).not.toContain('<script>x()');
    expect(doc).not.toContain('<b>vet</b>');
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const { document } = parseHTML(doc);
    expect(document.querySelector('h1')?.textContent).toContain(hostile);
  });

  it('renders deterministically', () => {
    const a = renderLayout(renderGuidePage(input, 'achterhoek', STATUS)!, STATUS);
    const b = renderLayout(renderGuidePage(input, 'achterhoek', STATUS)!, STATUS);
    expect(a).toBe(b);
  });

  it('gives no page for a cooperation without a spatial agenda or an unknown id', () => {
    const nonSpatial = p.dataset.cooperations.find((c) => !c.spatial)!;
    expect(renderGuidePage(input, nonSpatial.id, STATUS)).toBeNull();
    expect(renderGuidePage(input, 'bestaat-niet', STATUS)).toBeNull();
  });
});

describe('where to start', () => {
  it('startingPoints lists per division the regions coinciding most with one of its areas, best first', () => {
    const divisions = startingPoints(input);
    const res = divisions.find((d) => d.division === 'RES')!;
    expect(res.candidates.length).toBe(5);
    for (let i = 1; i < res.candidates.length; i++) expect(res.candidates[i - 1].overlap).toBeGreaterThanOrEqual(res.candidates[i].overlap);
    // nationale_gebieden.csv: RES-25-twente lists the same 14 municipalities as samenwerkingen.csv regio-twente → 14 / 14 = 100%.
    const twente = startingPoints(input, 200).find((d) => d.division === 'RES')!.candidates.find((c) => c.id === 'regio-twente')!;
    expect(twente).toMatchObject({ area: 'Twente', shared: 14, members: 14, areaMunicipalities: 14, overlap: 1 });
    // Every agenda appears once per division, with its best area.
    expect(new Set(res.candidates.map((c) => c.id)).size).toBe(res.candidates.length);
  });
});

describe('unknown ids', () => {
  it('suggests close ids, nearest first', () => {
    const ids = guideIds(input);
    // 'metropoolregio-amsterdm' is one deletion away from metropoolregio-amsterdam.
    expect(closeIds('metropoolregio-amsterdm', ids, distance)[0]).toBe(MRA);
    expect(closeIds('twente', ids, distance)).toContain('regio-twente');
    expect(closeIds('zzzzzzzzzzzzzzzzzzzzzzzzzzzz', ids, distance)).toEqual([]);
  });
});

describe('pdf', () => {
  it('reports a missing Chromium in Dutch with the install command', async () => {
    const before = process.env.REGIORUIMTE_CHROMIUM;
    process.env.REGIORUIMTE_CHROMIUM = '/nonexistent/chromium';
    try {
      const error = await renderPdfs([]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChromiumMissingError);
      expect((error as Error).message).toContain('apt-get install -y chromium');
      expect((error as Error).message).toContain('niet gevonden');
    } finally {
      if (before === undefined) delete process.env.REGIORUIMTE_CHROMIUM;
      else process.env.REGIORUIMTE_CHROMIUM = before;
    }
  });

  it('fixPdfDates(pdf, date) sets both Info dates to the given date and keeps the length (xref offsets stay valid)', () => {
    const raw = Buffer.from("<< /CreationDate (D:20261202144921+00'00')\n/ModDate (D:20261202144922+00'00') >> (D:20261202144921 in text)", 'latin1');
    const fixed = Buffer.from(fixPdfDates(raw, '20250101000000')).toString('latin1');
    expect(fixed).toBe("<< /CreationDate (D:20250101000000+00'00')\n/ModDate (D:20250101000000+00'00') >> (D:20261202144921 in text)");
    expect(fixed.length).toBe(raw.length);
    expect(() => fixPdfDates(raw, '2025')).toThrow(/14 digits/);
  });

  it('counts page objects, not the page tree', () => {
    const fake = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page /Parent 1 0 R >> << /Type /Page >> << /Type /PageLabel >>', 'latin1');
    expect(countPdfPages(fake)).toBe(2);
  });
});
