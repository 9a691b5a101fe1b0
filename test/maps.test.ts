/**
 * Behavioural tests of the build-time map renderers (src/site/map) on the real CBS 2025 geometry
 * and hand-made fixtures in test/fixtures/maps/. Expected values are worked out by hand below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMParser, parseHTML } from 'linkedom';
import { loadReference } from '../src/reference/index.ts';
import { THEMES } from '../src/model/themes.ts';
import {
  baseMap,
  cooperationMap,
  edgeStyle,
  figureHtml,
  kaart1Map,
  kaart2Map,
  MAP_CREDIT,
  municipalityGeometry,
  municipalityMap,
  overlayMap,
  sequentialClasses,
  tableHtml,
  themeGridHtml,
  themeMaps,
  type Kaart1Data,
  type MapCooperation,
  type MapPair,
  type MapResult,
} from '../src/present/map/index.ts';
import { makeFrame } from '../src/present/map/frame.ts';
import { communityColours } from '../src/present/map/kaart1.ts';
import { NETWORK_PALETTE } from '../src/present/map/colors.ts';
import { networkColours } from '../src/present/map/networks.ts';
import { boxesIntersect, placeLabels } from '../src/present/map/labels.ts';
import { pointInRings } from '../src/present/map/interior.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/maps/${name}`, import.meta.url), 'utf8'));
const cooperations = fixture('cooperations.json') as MapCooperation[];
const pairs = fixture('pairs.json') as MapPair[];
const ref = loadReference();
const municipalities = ref.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province }));
const XSS = '<img src=x onerror=alert(1)>';

function dom(markup: string) {
  return parseHTML(`<!doctype html><html lang="nl"><body>${markup}</body></html>`).document;
}

/** Every keyboard-focusable element (links, tabindex ≥ 0) must have a non-empty accessible name. */
function unnamedFocusables(markup: string): string[] {
  const doc = dom(markup);
  const focusables = [...doc.querySelectorAll('a[href], [tabindex]')].filter((e) => e.getAttribute('tabindex') !== '-1');
  return focusables
    .filter((e) => {
      const label = e.getAttribute('aria-label')?.trim();
      const text = e.textContent?.trim();
      return !label && !text;
    })
    .map((e) => e.outerHTML.slice(0, 80));
}

function svgChecks(r: MapResult) {
  const doc = dom(r.svg);
  const svg = doc.querySelector('svg')!;
  expect(svg).toBeTruthy();
  // The markup is also well-formed XML: an XML parse sees the same elements as the HTML parse.
  const xml = new DOMParser().parseFromString(r.svg, 'image/svg+xml');
  expect(xml.documentElement.tagName).toBe('svg');
  expect(xml.querySelectorAll('*').length).toBe(svg.querySelectorAll('*').length + 1);
  const titleId = svg.getAttribute('aria-labelledby')!;
  const descId = svg.getAttribute('aria-describedby')!;
  expect(doc.getElementById(titleId)?.textContent).toBeTruthy();
  expect(doc.getElementById(descId)?.textContent).toBe(r.description);
  expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  expect(unnamedFocusables(r.svg)).toEqual([]);
  // role="img" hides children from assistive technology, so it is only allowed without focusables.
  const focusables = doc.querySelectorAll('a[href], [tabindex="0"]').length;
  expect(svg.getAttribute('role')).toBe(focusables > 0 ? 'group' : 'img');
  return doc;
}

describe('geometry and projection', () => {
  const geo = municipalityGeometry();

  it('municipalityGeometry() holds the 342 municipalities of 2025', () => {
    expect(geo.codes.length).toBe(342);
    expect(new Set(geo.codes)).toEqual(new Set(ref.municipalities.map((m) => m.code)));
  });

  it('projection puts Groningen (GM0014) north-east of Rotterdam (GM0599) in SVG coordinates', () => {
    const frame = makeFrame(geo.collection, 800);
    const [gx, gy] = frame.project(geo.interior.get('GM0014')!);
    const [rx, ry] = frame.project(geo.interior.get('GM0599')!);
    expect(gx).toBeGreaterThan(rx); // east = larger x
    expect(gy).toBeLessThan(ry); // north = smaller y (SVG y runs down)
  });

  it('RD coordinates are metres: Groningen–Rotterdam interior points are 150–220 km apart', () => {
    // City centres are ~190 km apart as the crow flies; interior points of the municipalities differ a little.
    const [gx, gy] = geo.interior.get('GM0014')!;
    const [rx, ry] = geo.interior.get('GM0599')!;
    const km = Math.hypot(gx - rx, gy - ry) / 1000;
    expect(km).toBeGreaterThan(150);
    expect(km).toBeLessThan(220);
  });

  it('the interior point of every municipality lies inside its largest part', () => {
    const outside: string[] = [];
    for (const code of geo.codes) {
      const g = geo.byCode.get(code)!.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const [x, y] = geo.interior.get(code)!;
      if (!polygons.some((rings) => pointInRings(x, y, rings))) outside.push(code);
    }
    expect(outside).toEqual([]);
  });

  it('the viewBox height follows the country aspect (taller than wide)', () => {
    const frame = makeFrame(geo.collection, 800);
    expect(frame.height).toBeGreaterThan(800);
    expect(frame.height).toBeLessThan(1100);
  });
});

describe('baseMap(input)', () => {
  const r = baseMap({ id: 'basis', title: 'Gemeenten', municipalities, municipalityHref: (c) => `/gemeenten/${c.toLowerCase()}/` });

  it('draws one path per municipality: 342', () => {
    const doc = svgChecks(r);
    expect(doc.querySelectorAll('.map-areas path').length).toBe(342);
    expect(doc.querySelectorAll('.map-areas a[href]').length).toBe(342);
  });

  it('names each area with the municipality name and links it', () => {
    const doc = dom(r.svg);
    const a = doc.querySelector('a[href="/gemeenten/gm1900/"]')!;
    expect(a.getAttribute('aria-label')).toBe('Súdwest-Fryslân');
  });

  it('without links the areas are focusable paths with role img', () => {
    const plain = baseMap({ id: 'p', title: 'Gemeenten', municipalities });
    const doc = svgChecks(plain);
    expect(doc.querySelectorAll('path[tabindex="0"][role="img"][aria-label]').length).toBe(342);
  });

  it('has the credit line inside the SVG and in the figure', () => {
    expect(r.svg).toContain(MAP_CREDIT);
    expect(figureHtml('basis', r)).toContain(`<p class="map-credit">${MAP_CREDIT}</p>`);
  });

  it('sorts the table alternative with Dutch collation (Súdwest-Fryslân among the S, not after Z)', () => {
    const names = r.table.rows.map((row) => row[0] as string);
    expect(names.slice(0, 3)).toEqual(["'s-Gravenhage", "'s-Hertogenbosch", 'Aa en Hunze']);
    expect(names.indexOf('Súdwest-Fryslân')).toBeLessThan(names.indexOf('Terneuzen'));
    expect(names.indexOf('Súdwest-Fryslân')).toBeGreaterThan(names.indexOf('Stichtse Vecht'));
  });

  it('sequentialClasses makes labelled classes from breaks and puts each value in the right class', () => {
    const { classes, classOf } = sequentialClasses({ GM0014: 0, GM0599: 1, GM0344: 4, GM1900: 9 }, [0, 1, 2, 3, 5], ['agenda', 'agenda’s'], true);
    expect(classes.map((c) => c.label)).toEqual(['0 agenda’s', '1 agenda', '2 agenda’s', '3–4 agenda’s', '5 of meer agenda’s']);
    expect(classes.map((c) => !!c.hatch)).toEqual([true, false, false, false, false]);
    // 0 → k0, 1 → k1, 4 → 3–4 = k3, 9 → 5+ = k4
    expect(classOf).toEqual({ GM0014: 'k0', GM0599: 'k1', GM0344: 'k3', GM1900: 'k4' });
  });

  it('categorical classes can carry a pattern over the colour, also in the legend', () => {
    const m = baseMap({
      id: 'typ',
      title: 'Typologie',
      municipalities,
      classes: [
        { key: 'A', label: 'Bestuurlijk', fill: '#6baed6' },
        { key: 'B', label: 'Economisch', fill: '#e6a23c', pattern: 'dots' },
      ],
      classOf: { GM0014: 'A', GM1979: 'B', GM0599: 'B' },
    });
    const doc = svgChecks(m);
    const overlays = [...doc.querySelectorAll('.map-patterns path')];
    // One dissolved path for class B (Eemsdelta + Rotterdam), none for the unpatterned class A.
    expect(overlays.map((p) => p.getAttribute('fill'))).toEqual(['url(#typ-p-dots)']);
    expect(doc.getElementById('typ-p-dots')).toBeTruthy();
    expect(dom(m.legend).querySelector('pattern')?.getAttribute('id')).toBe('typ-legend-dots-p-dots');
  });

  it('a class map carries the class in the accessible name, hatches white spots and counts them in the legend', () => {
    const values = Object.fromEntries(municipalities.map((m) => [m.code, m.code === 'GM0014' || m.code === 'GM0599' ? 0 : 2]));
    const { classes, classOf } = sequentialClasses(values, [0, 1, 2], ['agenda', 'agenda’s'], true);
    const m = baseMap({ id: 'dekking', title: 'Dekking', municipalities, classes, classOf, values });
    const doc = svgChecks(m);
    const groningen = doc.querySelector('path[data-code="GM0014"]')!;
    expect(groningen.getAttribute('aria-label')).toBe('Groningen: 0 agenda’s');
    expect(groningen.getAttribute('fill')).toBe('url(#dekking-hatch)');
    expect(doc.getElementById('dekking-hatch')).toBeTruthy();
    // 2 white spots, 340 municipalities with 2 ("2 of meer" is the last class)
    expect(m.legend).toContain('0 agenda’s (2 gemeenten)');
    expect(m.legend).toContain('2 of meer agenda’s (340 gemeenten)');
    expect(m.description).toContain('340');
  });
});

describe('kaart1Map(input)', () => {
  const r = kaart1Map({ id: 'kaart1', municipalities, pairs, threshold: 5, communities: { GM0014: 1, GM1979: 1, GM0599: 2 } });
  const data = () => JSON.parse(dom(r.controls).querySelector('script[data-map-data]')!.textContent!) as Kaart1Data;
  const lineCount = (svg: string) => (dom(svg).querySelector('[data-map-edges-layer]')!.innerHTML.match(/M/g) ?? []).length;

  it('draws one line per pair with shared ≥ threshold', () => {
    // Known pairs with shared ≥ 5: 7 (GM0014–GM1979), 5 (GM0599–GM0344), 5 (GM1979–GM0344) = 3;
    // the pair with GM9999 (not a 2025 municipality) is dropped.
    expect(lineCount(r.svg)).toBe(3);
    const low = kaart1Map({ id: 'k', municipalities, pairs, threshold: 1 });
    expect(lineCount(low.svg)).toBe(5);
    const high = kaart1Map({ id: 'k', municipalities, pairs, threshold: 6 });
    expect(lineCount(high.svg)).toBe(1);
  });

  it('embeds every known pair (≥1) for the slider, sorted by shared count', () => {
    const d = data();
    expect(d.pairs.length).toBe(5 * 3);
    const shared = d.pairs.filter((_, i) => i % 3 === 2);
    expect(shared).toEqual([1, 2, 5, 5, 7]);
    expect(d.max).toBe(7);
    expect(d.codes.length).toBe(342);
    expect(d.xy.length).toBe(342 * 2);
  });

  it('renders the slider with its label and the status text for the build threshold', () => {
    const doc = dom(r.controls);
    const slider = doc.querySelector('input[type="range"]')!;
    expect(doc.querySelector(`label[for="${slider.getAttribute('id')}"]`)?.textContent).toContain('Drempel');
    expect(slider.getAttribute('min')).toBe('1');
    expect(slider.getAttribute('max')).toBe('7');
    expect(doc.querySelector('[data-map-status]')?.textContent).toBe('3 lijnen bij drempel 5');
    expect(doc.querySelector('[data-map-status]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('names municipalities with their line count and describes the strongest pair', () => {
    const doc = svgChecks(r);
    // GM0344 (Utrecht) has two lines ≥ 5: with Rotterdam and with Eemsdelta.
    expect(doc.querySelector('path[data-code="GM0344"]')!.getAttribute('aria-label')).toBe('Utrecht: 2 verbindingen bij drempel 5');
    expect(r.description).toContain('3 gemeenteparen');
    expect(r.description).toContain('Eemsdelta – Groningen met 7 gedeelde verbanden');
  });

  it('colours communities so that neighbouring communities differ (provinces as communities)', () => {
    const geo = municipalityGeometry();
    // Order chosen so that a plain "number mod 10" colouring would give bordering Zuid-Holland (1)
    // and Zeeland (11) the same colour.
    const provinces = ['Zuid-Holland', 'Utrecht', 'Noord-Holland', 'Gelderland', 'Noord-Brabant', 'Limburg', 'Overijssel', 'Drenthe', 'Groningen', 'Fryslân', 'Zeeland', 'Flevoland'];
    const communities = Object.fromEntries(municipalities.map((m) => [m.code, provinces.indexOf(m.province) + 1]));
    const fill = communityColours(communities, geo.neighbours);
    expect(Object.keys(fill).length).toBe(12);
    const clashes: string[] = [];
    for (const [code, list] of geo.neighbours)
      for (const n of list)
        if (communities[code] !== communities[n] && fill[communities[code]] === fill[communities[n]]) clashes.push(`${code}/${n}`);
    expect(clashes).toEqual([]);
  });

  it('line style: thinnest and faintest at 1 shared, full at the maximum, square-root in between', () => {
    // t = √((s−1)/(max−1)); width 0.5 + 2t, opacity 0.3 + 0.55t.
    expect(edgeStyle(1, 5)).toEqual({ width: 0.5, opacity: 0.3 }); // t = 0
    expect(edgeStyle(5, 5)).toEqual({ width: 2.5, opacity: 0.85 }); // t = 1
    expect(edgeStyle(2, 17)).toEqual({ width: 1, opacity: 0.44 }); // t = √(1/16) = 0.25 → 0.4375 → 0.44
    expect(edgeStyle(1, 1)).toEqual({ width: 2.5, opacity: 0.85 }); // a single count is the maximum
  });

  it('embeds the description, table caption and count column for every threshold, so the island can follow the slider', () => {
    const d = data();
    expect(d.descriptions.length).toBe(7);
    // Threshold 5 is the build threshold: the same sentence as in the SVG and caption.
    expect(d.descriptions[4]).toBe(r.description);
    // At 1 all five known pairs are lines: 5 paren; at 6 only Eemsdelta–Groningen (7) is left.
    expect(d.descriptions[0]).toContain('Bij een drempel van 1 delen 5 gemeenteparen minstens 1 samenwerkingsverband.');
    expect(d.descriptions[5]).toContain('Bij een drempel van 6 deelt 1 gemeentepaar minstens 6 samenwerkingsverbanden.');
    expect(d.captions[6]).toBe('Verbindingen per gemeente bij drempel 7');
    expect(d.columns[0]).toBe('Lijnen bij drempel 1');
    expect(r.table.rowData?.find((x) => x.code === 'GM0344')).toEqual({ code: 'GM0344' });
  });

  it('names communities (legend, table, description) and leaves a municipality on its own uncoloured', () => {
    const k = kaart1Map({ id: 'k', municipalities, pairs, threshold: 5, communities: { GM0014: 1, GM1979: 1, GM0599: 2 }, communityNames: { '1': 'Cluster Groningen' } });
    const d = JSON.parse(dom(k.controls).querySelector('script[data-map-data]')!.textContent!) as Kaart1Data;
    // Community 2 is Rotterdam alone: no group, no fill.
    expect(Object.keys(d.communityFill)).toEqual(['1']);
    expect(k.legend).toContain('Met ‘Kleur gemeenschappen’: Cluster Groningen');
    const col = k.table.columns.indexOf('Gemeenschap');
    const row = (name: string) => k.table.rows.find((x) => x[0] === name)!;
    expect(row('Groningen')[col]).toBe('Cluster Groningen');
    expect(row('Rotterdam')[col]).toBe('–');
    expect(k.description).toContain('in 1 gemeenschap van meer dan één gemeente in; de grootste, Cluster Groningen, telt 2 gemeenten.');
  });

  it('the legend has one swatch per community fill in use (provinces as communities: every fill listed)', () => {
    const provinces = [...new Set(municipalities.map((m) => m.province))].sort();
    const communities = Object.fromEntries(municipalities.map((m) => [m.code, provinces.indexOf(m.province) + 1]));
    const k = kaart1Map({ id: 'k', municipalities, pairs, threshold: 5, communities });
    const d = JSON.parse(dom(k.controls).querySelector('script[data-map-data]')!.textContent!) as Kaart1Data;
    const used = new Set(Object.values(d.communityFill));
    const swatches = [...dom(k.legend).querySelectorAll('li')].filter((li) => li.textContent!.includes('Kleur gemeenschappen')).map((li) => li.querySelector('rect')!.getAttribute('fill'));
    expect(new Set(swatches)).toEqual(used);
    expect(swatches.length).toBe(used.size);
    // Each of the 12 provinces is named in exactly one legend item.
    for (let n = 1; n <= 12; n++) expect(k.legend.split(`Gemeenschap ${n}`).length - (k.legend.match(new RegExp(`Gemeenschap ${n}\\d`, 'g'))?.length ?? 0)).toBe(2);
  });

  it('keeps municipality names from data out of the markup and the script block', () => {
    const evil = municipalities.map((m) => (m.code === 'GM0014' ? { ...m, name: '</script><script>alert(1)</script>' } : m));
    const k = kaart1Map({ id: 'k', municipalities: evil, pairs, threshold: 5 });
    expect(k.controls).not.toContain('</script><script>');
    expect(k.svg).not.toContain('<script>');
    const d = JSON.parse(dom(k.controls).querySelector('script[data-map-data]')!.textContent!) as Kaart1Data;
    expect(d.names[d.codes.indexOf('GM0014')]).toBe('</script><script>alert(1)</script>');
  });
});

describe('kaart2Map(input)', () => {
  const r = kaart2Map({
    id: 'kaart2',
    municipalities,
    cooperations,
    whiteSpots: ['GM0363'],
    whiteSpotsByTheme: { Wonen: ['GM0363', 'GM0599'] } as Record<string, string[]>,
    themes: THEMES,
  });

  it('draws one marker per cooperation with ≥1 known member', () => {
    // 4 fixture cooperations; "leeg" only has GM9999, which is not a municipality → 3 markers.
    const doc = svgChecks(r);
    expect(doc.querySelectorAll('.map-marker').length).toBe(3);
    expect(doc.querySelectorAll('.map-networks path').length).toBe(3);
    expect(r.description).toContain('1 agenda staat niet op de kaart');
  });

  it('legend: shows every colour in use and does not claim one colour per agenda', () => {
    const doc = dom(r.legend);
    const palette = [...doc.querySelectorAll('li')].find((li) => li.textContent!.startsWith('Kleur'))!;
    expect([...palette.querySelectorAll('circle')].map((c) => c.getAttribute('fill'))).toEqual([...NETWORK_PALETTE]);
    expect(r.legend).not.toContain('eigen kleur');
    expect(palette.textContent).toContain('Een kleur hoort dus niet bij één agenda');
    // Each marker has a transparent touch target under its dot.
    const marker = dom(r.svg).querySelector('.map-marker[data-id="noord"]')!;
    expect(marker.querySelector('.map-marker-hit')!.getAttribute('fill-opacity')).toBe('0');
    expect(marker.querySelector('.map-marker-dot')).toBeTruthy();
  });

  it('filter selects carry the address parameter names and the form has "Wis filters"', () => {
    const doc = dom(r.controls);
    expect([...doc.querySelectorAll('select')].map((s) => s.getAttribute('name'))).toEqual(['thema', 'provincie', 'rechtsvorm', 'typologie']);
    expect(doc.querySelector('form')!.getAttribute('method')).toBe('get');
    expect(doc.querySelector('button[type="reset"]')!.textContent).toBe('Wis filters');
  });

  it('renders a cooperation named <img src=x onerror=alert(1)> as text', () => {
    const doc = dom(r.svg + r.legend + tableHtml(r.table));
    expect(doc.querySelectorAll('img').length).toBe(0);
    expect(doc.querySelectorAll('script').length).toBe(0);
    const marker = doc.querySelector('.map-marker[data-id="xss"]')!;
    expect(marker.getAttribute('data-name')).toBe(XSS);
    expect(marker.getAttribute('aria-label')).toContain(XSS);
    expect([...doc.querySelectorAll('tbody th')].map((th) => th.textContent)).toContain(XSS);
  });

  it('markers link to the profile page and carry the filter attributes', () => {
    const doc = dom(r.svg);
    const m = doc.querySelector('.map-marker[data-id="noord"]')!;
    expect(m.tagName.toLowerCase()).toBe('a');
    expect(m.getAttribute('href')).toBe('/samenwerkingen/noord/');
    expect(m.getAttribute('aria-label')).toBe('Noordelijke agenda, agenda ‘Samen naar 2040’: 2 gemeenten');
    expect(m.getAttribute('data-themes')).toBe('Wonen|Mobiliteit');
    expect(m.getAttribute('data-provinces')).toBe('Groningen');
    expect(m.getAttribute('data-legal-form')).toBe('WGR');
    expect(m.getAttribute('data-typology')).toBe('BESTUURLIJK');
    expect(m.getAttribute('data-member-names')).toBe('Eemsdelta; Groningen');
    // Without href the marker is still focusable and named.
    const f = doc.querySelector('.map-marker[data-id="fryslan"]')!;
    expect(f.getAttribute('tabindex')).toBe('0');
    expect(f.getAttribute('aria-label')).toBe('Súdwesthoeke: 1 gemeente');
  });

  it('places the marker at the mean of the members’ interior points', () => {
    const geo = municipalityGeometry();
    const frame = makeFrame(geo.collection, 800);
    const [ax, ay] = frame.project(geo.interior.get('GM0599')!);
    const [bx, by] = frame.project(geo.interior.get('GM0344')!);
    const circle = dom(r.svg).querySelector('.map-marker[data-id="xss"] circle')!;
    // Projection is affine, so the mean of projected points is the projected mean (±0.1 rounding).
    expect(Number(circle.getAttribute('cx'))).toBeCloseTo((ax + bx) / 2, 0);
    expect(Number(circle.getAttribute('cy'))).toBeCloseTo((ay + by) / 2, 0);
  });

  it('table rows carry the same filter attributes as the markers, sorted by name', () => {
    const doc = dom(tableHtml(r.table));
    const rows = [...doc.querySelectorAll('tbody tr')];
    // Dutch collation: "<img…" (punctuation first), "Noordelijke agenda", "Súdwesthoeke"
    expect(rows.map((tr) => tr.getAttribute('data-id'))).toEqual(['xss', 'noord', 'fryslan']);
    expect(rows[1].getAttribute('data-themes')).toBe('Wonen|Mobiliteit');
    expect(rows[0].getAttribute('data-provinces')).toBe('Utrecht|Zuid-Holland');
  });

  it('hatches white spots and lists per-theme white spots for the theme filter', () => {
    const doc = dom(r.svg);
    const amsterdam = doc.querySelector('path[data-code="GM0363"]')!;
    expect(amsterdam.getAttribute('fill')).toBe('url(#kaart2-hatch)');
    expect(amsterdam.hasAttribute('data-white')).toBe(true);
    expect(doc.querySelector('path[data-code="GM0599"]')!.getAttribute('data-white-themes')).toBe('Wonen');
    expect(r.legend).toContain('Witte vlek');
  });

  it('offers only filter values that occur, with labels', () => {
    const doc = dom(r.controls);
    const options = (key: string) => [...doc.querySelectorAll(`select[data-map-filter="${key}"] option`)].map((o) => o.getAttribute('value'));
    expect(options('themes')).toEqual(['', 'Wonen', 'Mobiliteit', 'Water en bodem']);
    expect(options('provinces')).toEqual(['', 'Fryslân', 'Groningen', 'Utrecht', 'Zuid-Holland']);
    expect(options('legal-form')).toEqual(['', 'OVERIG', 'PRIVAAT', 'WGR']);
    expect(doc.querySelector('form')!.hasAttribute('hidden')).toBe(true);
  });
});

describe('networkColours(networks)', () => {
  const at = (x: number, y: number): [number, number][] => [[x, y], [x + 10, y + 10]];
  it('up to six networks: each its own colour', () => {
    expect(networkColours([at(0, 0), at(0, 0), at(500, 500)])).toEqual([NETWORK_PALETTE[0], NETWORK_PALETTE[1], NETWORK_PALETTE[2]]);
  });
  it('more: networks that overlap differ; a far-away one may share a colour', () => {
    // Six on one spot and two far away (apart from each other): the six need all six colours.
    const nets = [at(0, 0), at(2, 2), at(4, 4), at(6, 6), at(8, 8), at(1, 5), at(400, 400), at(800, 0)];
    const c = networkColours(nets);
    expect(new Set(c.slice(0, 6)).size).toBe(6);
    expect(c.every((x) => (NETWORK_PALETTE as readonly string[]).includes(x))).toBe(true);
    // The loners clash with nothing: each takes the colour used least so far (all once → the first; then the second).
    expect(c[6]).toBe(NETWORK_PALETTE[0]);
    expect(c[7]).toBe(NETWORK_PALETTE[1]);
  });
});

describe('kaart2Map for one theme (theme page)', () => {
  it('speaks of the theme in description, legend and names, and drops the theme filter', () => {
    const r = kaart2Map({
      id: 'wonen',
      municipalities,
      cooperations: cooperations.filter((c) => c.themes.includes('Wonen')),
      whiteSpots: ['GM0599'],
      themes: ['Wonen'],
      theme: 'Wonen',
    });
    expect(r.description).toContain('2 ruimtelijke agenda’s met het thema Wonen; samen beslaan ze 3 van de 342 gemeenten.');
    // Per theme this is not a white spot (no agenda at all) but a municipality without an agenda on the theme.
    expect(r.description).toContain('1 gemeente valt onder geen agenda met het thema Wonen (gemeenten zonder agenda op dit thema;');
    expect(r.legend).toContain('Gemeente zonder agenda met het thema Wonen (1)');
    expect(dom(r.controls).querySelector('select[data-map-filter="themes"]')).toBeNull();
    expect(dom(r.controls).querySelector('select[data-map-filter="provinces"]')).toBeTruthy();
  });
});

describe('theme maps, overlay and single maps', () => {
  it('themeMaps() makes one static map per theme counting only agendas on it', () => {
    const maps = themeMaps({ id: 't', municipalities, cooperations, themes: THEMES });
    expect(maps.map((m) => m.theme)).toEqual([...THEMES]);
    const byTheme = Object.fromEntries(maps.map((m) => [m.theme, m]));
    // Wonen: noord (2 members) + fryslan (1) = 2 agendas, 3 municipalities. Overig: only "leeg", which has no
    // known member: counted (as in Figuur 1), named as not on the map, nothing drawn.
    expect([byTheme.Wonen.agendas, byTheme.Wonen.covered]).toEqual([2, 3]);
    expect(byTheme['Water en bodem'].agendas).toBe(1);
    expect([byTheme.Overig.agendas, byTheme.Overig.covered]).toEqual([1, 0]);
    expect(byTheme.Overig.description).toContain('(0 op de kaart; 1 agenda heeft geen bekende gemeenten)');
    expect(dom(byTheme.Overig.svg).querySelectorAll('circle').length).toBe(0);
    expect(dom(byTheme.Wonen.svg).querySelectorAll('circle').length).toBe(2);
    for (const m of maps) expect(dom(m.svg).querySelector('svg')!.getAttribute('role')).toBe('img');
    const grid = themeGridHtml('themas', maps, { href: (t) => `/themas/${t}/` });
    expect(grid).toContain(MAP_CREDIT);
    expect(unnamedFocusables(grid)).toEqual([]);
  });

  it('overlayMap({ focus }) zooms to the focus: only municipalities near it are drawn, the outlines stay', () => {
    const regions = [{ id: 'n', name: 'Noord', municipalities: ['GM0014', 'GM1979'] }];
    const country = dom(overlayMap({ id: 'c', municipalities, division: 'RES', regions, cooperations }).svg);
    const zoomed = dom(overlayMap({ id: 'z', municipalities, division: 'RES', regions, cooperations, focus: ['GM0014', 'GM1979'] }).svg);
    const areas = (d: Document) => d.querySelectorAll('.map-areas path').length;
    expect(areas(country)).toBe(342);
    // Groningen and Het Hogeland with a margin: the view holds their neighbours, not the country.
    expect(areas(zoomed)).toBeGreaterThan(2);
    expect(areas(zoomed)).toBeLessThan(40);
    expect(zoomed.querySelector('.map-areas path[data-code="GM0014"]')).toBeTruthy();
    expect(zoomed.querySelector('.map-areas path[data-code="GM0599"]')).toBeNull();
    expect(zoomed.querySelectorAll('.map-regions path').length).toBe(1);
  });

  it('overlayMap() draws one focusable, named outline per region with known members', () => {
    const r = overlayMap({
      id: 'ov',
      municipalities,
      division: 'RES',
      regions: [
        { id: 'n', name: 'Noord', municipalities: ['GM0014', 'GM1979'] },
        { id: 'x', name: XSS, municipalities: ['GM0599'] },
        { id: 'e', name: 'Leeg', municipalities: ['GM9999'] },
      ],
      cooperations,
    });
    const doc = svgChecks(r);
    expect(doc.querySelectorAll('.map-regions path').length).toBe(2);
    expect(doc.querySelector('.map-regions path[data-id="n"]')!.getAttribute('aria-label')).toBe('Noord: 2 gemeenten');
    expect(doc.querySelectorAll('img').length).toBe(0);
    expect(r.table.rows).toEqual([
      [XSS, 1],
      ['Noord', 2],
    ]);
  });

  it('cooperationMap() fills and names the members, zoomed in, static', () => {
    const r = cooperationMap({ id: 'c', municipalities, cooperation: cooperations[0] });
    const doc = svgChecks(r);
    expect(doc.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent).filter((t) => t !== MAP_CREDIT)).toEqual(['Groningen', 'Eemsdelta']);
    // Zoomed: far fewer than 342 municipalities are drawn, and the frame is not a thin strip.
    const drawn = doc.querySelectorAll('.map-areas path').length;
    expect(drawn).toBeGreaterThan(2);
    expect(drawn).toBeLessThan(60);
    const [, , w, h] = doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w / h).toBeGreaterThanOrEqual(0.79);
    expect(w / h).toBeLessThanOrEqual(1.61);
    expect(r.table.rows).toEqual([
      ['Eemsdelta', 'Groningen'],
      ['Groningen', 'Groningen'],
    ]);
  });

  it('municipalityMap() highlights one municipality on a static country map', () => {
    const r = municipalityMap({ id: 'g', municipalities, code: 'GM1900' });
    const doc = svgChecks(r);
    expect(doc.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(doc.querySelectorAll('.map-highlight path').length).toBe(1);
    expect(r.description).toContain('Súdwest-Fryslân ligt in de provincie Fryslân');
  });

  it('municipalityMap() rings a municipality only when it is too small to find (Renswoude yes, Groningen no)', () => {
    // At 400 units for ~280 km, Renswoude (~5 km across) is ~7 units, Groningen (~25 km) ~36 units.
    const ring = (code: string) => dom(municipalityMap({ id: 'g', municipalities, code }).svg).querySelectorAll('.map-highlight circle').length;
    expect(ring('GM0339')).toBe(1);
    expect(ring('GM0014')).toBe(0);
  });
});

describe('determinism', () => {
  it('renders every map type byte-identically twice', () => {
    const render = () =>
      [
        baseMap({ id: 'a', title: 'A', municipalities, highlight: ['GM0014'] }),
        kaart1Map({ id: 'b', municipalities, pairs, threshold: 2 }),
        kaart2Map({ id: 'c', municipalities, cooperations, whiteSpots: [], themes: THEMES }),
        overlayMap({ id: 'd', municipalities, division: 'X', regions: [{ id: 'r', name: 'R', municipalities: ['GM0014'] }], cooperations }),
        cooperationMap({ id: 'e', municipalities, cooperation: cooperations[1] }),
      ]
        .map((r) => r.svg + r.legend + r.controls + r.description + JSON.stringify(r.table))
        .join('\n') + themeMaps({ id: 'f', municipalities, cooperations, themes: THEMES }).map((m) => m.svg).join('');
    expect(render()).toBe(render());
  });

  it('does not depend on the order of the input lists', () => {
    const a = kaart2Map({ id: 'c', municipalities, cooperations, whiteSpots: [], themes: THEMES });
    const b = kaart2Map({ id: 'c', municipalities: [...municipalities].reverse(), cooperations: [...cooperations].reverse(), whiteSpots: [], themes: THEMES });
    expect(b.svg).toBe(a.svg);
    const k1 = kaart1Map({ id: 'k', municipalities, pairs, threshold: 2 });
    const k2 = kaart1Map({ id: 'k', municipalities, pairs: [...pairs].reverse().map((p) => ({ a: p.b, b: p.a, shared: p.shared })), threshold: 2 });
    expect(k2.svg + k2.controls).toBe(k1.svg + k1.controls);
  });
});

describe('placeLabels (overlay region names)', () => {
  it('never lets two label boxes intersect: 30 names on one spot become names around it and numbered badges', () => {
    const requests = Array.from({ length: 30 }, (_, i) => ({ text: `Regio Deal nummer ${i + 1}`, at: [400, 300] as [number, number] }));
    const placed = placeLabels(requests, 800, 900);
    expect(placed.length).toBe(30);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(boxesIntersect(placed[i].box, placed[j].box), `${i}/${j}`).toBe(false);
    // The first name sits on its anchor: centred, baseline 0.35 em below.
    expect(placed[0]).toMatchObject({ x: 400, y: 303.5, number: null });
    // Names that did not fit are numbered 1, 2, … in order.
    const numbers = placed.filter((p) => p.number !== null).map((p) => p.number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const p of placed) expect(p.box[0] >= 0 && p.box[1] >= 0 && p.box[2] <= 800 && p.box[3] <= 900).toBe(true);
  });

  it('far-apart names all keep their name, on their anchor', () => {
    const placed = placeLabels([{ text: 'Noord', at: [100, 100] }, { text: 'Zuid', at: [100, 700] }], 800, 900);
    expect(placed.map((p) => [p.x, p.y, p.number])).toEqual([[100, 103.5, null], [100, 703.5, null]]);
  });

  it('overlayMap numbers crowded regions and lists the numbers in the legend', () => {
    // Ten regions that all centre on Utrecht: a few names fit, the others become numbers.
    const regions = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, name: `Regio Deal Utrecht ${i + 1}`, municipalities: ['GM0344'] }));
    const o = overlayMap({ id: 'o', municipalities, division: 'Regio Deals', regions, cooperations: [] });
    const doc = dom(o.svg + o.legend);
    const badges = doc.querySelectorAll('.map-label-badge').length;
    expect(badges).toBeGreaterThan(0);
    expect(doc.querySelectorAll('.map-region-labels > text').length + badges).toBe(10);
    expect(doc.querySelectorAll('.map-label-numbers li').length).toBe(badges);
  });
});
