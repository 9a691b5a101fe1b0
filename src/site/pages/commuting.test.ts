import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPipeline } from '../../../test/shared-pipeline.ts';
import { render } from '../../present/html.ts';
import { createLookup, type SiteLookup } from '../../present/lookup.ts';
import { arcPath, intensityClass } from '../../present/map/commuting.ts';
import { agreementWord, commutingPage, cooperationFitSection, sizeFitCoefficients, sizeFitSentence, strengthWord } from './commuting.ts';

describe('sizeFitSentence', () => {
  const fit = (spearman: number | null, pearson: number | null, n = 40) => ({ fit: { n, spearman, pearson } });

  it('words the strength from |Spearman|: < 0,1 none, < 0,3 weak, < 0,5 moderate, else strong', () => {
    expect(strengthWord(0.09)).toBe('geen noemenswaardige');
    expect(strengthWord(-0.1)).toBe('een zwakke');
    expect(strengthWord(0.3)).toBe('een matige');
    expect(strengthWord(-0.5)).toBe('een sterke');
  });

  it('says larger agendas fit worse for a negative coefficient, in words only; the coefficients go to the details', () => {
    expect(sizeFitSentence(fit(-0.42, -0.3), 2)).toBe(
      'Over 40 ruimtelijke agenda’s met minstens 2 gemeenten is er een matige negatieve samenhang tussen het aantal gemeenten en de fit: hoe groter de agenda, hoe vaker de leden over meer functionele regio’s verspreid liggen.',
    );
    expect(sizeFitCoefficients(fit(-0.42, -0.3))).toMatch(/^Rangcorrelatie \(Spearman\) −0,42, lineaire correlatie \(Pearson\) −0,30; /);
  });

  it('handles a positive, a negligible and an undefined coefficient', () => {
    expect(sizeFitSentence(fit(0.6, null), 2)).toMatch(/een sterke positieve samenhang tussen het aantal gemeenten en de fit: grotere agenda’s liggen vaker binnen één functionele regio\.$/);
    expect(sizeFitCoefficients(fit(0.6, null))).toMatch(/^Rangcorrelatie \(Spearman\) 0,60; /);
    expect(sizeFitSentence(fit(0.05, 0.01), 2)).toMatch(/geen noemenswaardige samenhang .*niet slechter of beter dan kleine\.$/);
    expect(sizeFitSentence(fit(null, null, 2), 2)).toMatch(/^Over 2 agenda’s .*geen samenhang tussen omvang en fit te berekenen/);
    expect(sizeFitCoefficients(fit(null, null, 2))).toBeNull();
  });
});

describe('agreementWord', () => {
  it('reads an adjusted Rand index in words: ≥ 0,8 / 0,6 / 0,4 / 0,2, else chance', () => {
    expect(agreementWord(1)).toBe('bijna gelijk');
    expect(agreementWord(0.8)).toBe('bijna gelijk');
    expect(agreementWord(0.79)).toBe('grotendeels gelijk');
    expect(agreementWord(0.55)).toBe('deels gelijk');
    expect(agreementWord(0.2)).toBe('weinig gelijk');
    expect(agreementWord(0.05)).toBe('nauwelijks meer gelijk dan bij toeval');
  });
});

describe('map helpers', () => {
  it('intensityClass: 0 = no flows, then the class whose lower break is reached', () => {
    expect(intensityClass(0)).toBe('geen');
    expect(intensityClass(1)).toBe('k0');
    // Breaks 1, 5 000, 10 000, 25 000, 50 000 (five classes: the most the colour scale keeps apart).
    expect(intensityClass(4999)).toBe('k0');
    expect(intensityClass(5000)).toBe('k1');
    expect(intensityClass(49_999)).toBe('k3');
    expect(intensityClass(375_300)).toBe('k4');
  });

  it('arcPath bends to the left of travel, so a flow and its reverse do not overlap', () => {
    // (0,0) → (100,0): control = midpoint (50,0) + (dy, −dx) × 0.22 = (50, −22);
    // curve midpoint = 0.25·p0 + 0.5·c + 0.25·p1 = (50, −11).
    expect(arcPath([0, 0], [100, 0])).toEqual({ d: 'M0,0Q50,-22 100,0', mid: [50, -11] });
    expect(arcPath([100, 0], [0, 0])).toEqual({ d: 'M100,0Q50,22 0,0', mid: [50, 11] });
  });
});

describe('the page on the example dataset', () => {
  let l: SiteLookup;
  let body: string;
  beforeAll(async () => {
    const { reference, dataset, analysis } = await sharedPipeline('data/voorbeeld');
    l = createLookup({ reference, dataset, analysis });
    body = render(commutingPage(l).body);
  }, 60_000);

  it('has the four maps, each stating the data year and the conversion to 2025 boundaries', () => {
    const figures = body.match(/<figure class="map"[^>]*>/g) ?? [];
    expect(figures).toHaveLength(4);
    const descriptions = body.match(/<p class="map-description">[^<]*/g) ?? [];
    expect(descriptions).toHaveLength(4);
    for (const d of descriptions) expect(d).toContain('Pendelcijfers 2014 (banen van werknemers naar woon- en werkgemeente), omgerekend naar de gemeentelijke indeling van 2025.');
  });

  it('shows no method names or coefficients outside the technical details of the page', () => {
    const visible = body.replace(/<details class="technical">[\s\S]*?<\/details>/g, '');
    expect(visible).not.toMatch(/Spearman|Pearson|Louvain|startwaarde|modulariteit|\bseed\b/i);
    expect(body).toMatch(/<details class="technical"><summary>Technische toelichting<\/summary><p>De regio’s zijn gevonden met het Louvain-algoritme/);
  });

  it('compares with the 2023 labour-market areas: the ARI in words, the sensitivity table and a map of both partitions', () => {
    const c = l.input.analysis.commuting!;
    const fr = c.functionalRegions;
    const ari = fr.labourMarketAreas!.agreement.adjustedRandIndex!;
    // The example: 26 areas over 340 of the 342 municipalities (Schiermonnikoog and Vlieland have none).
    expect(fr.labourMarketAreas!.areas).toBe(26);
    expect(fr.labourMarketAreas!.agreement.items).toBe(340);
    const shown = ari.toFixed(2).replace('.', ',');
    expect(body).toContain(`Hier is de index ${shown}: de indelingen zijn ${agreementWord(ari)}.`);
    expect(body).toContain('Gemeten over 340 gemeenten die in beide indelingen voorkomen (2 gemeenten hebben geen arbeidsmarktgebied in 2023).');
    expect(body).toContain('de 26 arbeidsmarktgebieden van CBS uit december 2023');
    // One row per resolution tried, the chosen one marked.
    const start = body.indexOf('Gevoeligheid: functionele regio’s bij elke geprobeerde resolutie');
    const rows = body.slice(start, body.indexOf('</table>', start)).match(/<tr/g) ?? [];
    expect(rows).toHaveLength(fr.sensitivity.length + 1);
    // Chosen by agreement: the resolution with the highest index of the runs.
    expect(fr.resolutionRule).toBe('agreement');
    expect(ari).toBe(Math.max(...fr.sensitivity.map((r) => r.adjustedRandIndex!)));
    // The example's best agreement is at resolution 3 (docs/pendel.md).
    expect(fr.resolution).toBe(3);
    expect(body).toContain('<strong>3 (gekozen)</strong>');
    expect(body).toContain('dit de hoogste index van de geprobeerde resoluties');
    expect(body).toContain('Arbeidsmarktgebieden 2023 met de grenzen van de functionele regio’s');
    expect(body).toContain('aria-label="Enschede: arbeidsmarktgebied Enschede (2023); functionele regio Enschede (2014)"');
  });

  it('names the data year next to the commuting figures', () => {
    for (const heading of ['Pendel per gemeente (2014)', 'Grootste stromen over een provinciegrens (2014)', 'Functionele regio’s en ruimtelijke agenda’s (pendel 2014)']) expect(body).toContain(heading);
    expect(body).toContain('In de gegevens (pendel 2014):');
    expect(body).toContain('Gemiddelde fit en binnenblijvende pendel per indeling (pendel 2014)');
  });

  it('draws the five interprovincial flows as focusable arcs, largest first', () => {
    const arcs = [...body.matchAll(/<path class="map-area" tabindex="0" role="img" aria-label="([^"]*)" d="M[^"]*" stroke-width/g)].map((m) => m[1]);
    expect(arcs).toHaveLength(5);
    expect(arcs[0]).toBe('1. Almere → Amsterdam: 21.300 banen: Flevoland → Noord-Holland');
  });

  it('ranks the agendas by fit (descending) and prints the generated sentence', () => {
    expect(body).toContain('<p class="generated">Over 99 ruimtelijke agenda’s met minstens 2 gemeenten');
    const start = body.indexOf('Ruimtelijke agenda’s gerangschikt naar fit');
    const fits = [...body.slice(start, body.indexOf('</table>', start)).matchAll(/data-label="Fit \(gemeenten in de regio met de meeste leden\)"[^>]*>\d+ van de \d+ \((\d+)%\)</g)].map((m) => Number(m[1]));
    expect(fits.length).toBe(99);
    expect([...fits].sort((a, b) => b - a)).toEqual(fits);
  });

  it('offers the per-municipality figures as CSV (342 rows)', () => {
    const csv = commutingPage(l).files?.[0];
    expect(csv?.path).toBe('/dagelijks-stedelijk-systeem/pendel-per-gemeente.csv');
    expect(String(csv?.content).trimEnd().split('\r\n')).toHaveLength(343);
  });

  it('shows the fit on a cooperation page', () => {
    const zwolle = render(cooperationFitSection(l, l.coopById.get('regio-zwolle')!));
    expect(zwolle).toMatch(/\d+ van de 22 gemeenten \(\d+%\) liggen in de functionele regio /);
    expect(zwolle).toContain('Pendelcijfers 2014');
  });

  it('explains its absence when the input has no pendel sheet', () => {
    const without = createLookup({ ...l.input, analysis: { ...l.input.analysis, commuting: undefined } });
    const page = commutingPage(without);
    expect(render(page.body)).toContain('geen blad <code>pendel</code>');
    expect(render(cooperationFitSection(without, l.coopById.get('regio-zwolle')!))).toBe('');
  });
});
