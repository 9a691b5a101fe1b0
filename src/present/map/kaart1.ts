/**
 * Kaart 1 — all cooperations as a network: a straight line between the interior points of two
 * municipalities for every pair sharing ≥ threshold cooperations (pairs as counted by the network
 * analysis), width and darkness growing with the shared count. The SVG holds the lines at the
 * build threshold; all pairs (≥1) are embedded as compact JSON for the threshold slider island.
 */
import type { MapCommon, MapResult, MapTable } from './types.ts';
import { prepare } from './base.ts';
import { areaLayer, legendHtml, provinceLayer, shellClose, shellOpen, type LegendItem } from './svg.ts';
import { escapeHtml, jsonForScript } from '../html.ts';
import { edgeStyle } from './edge-style.ts';
import { AREA_PALETTE, INK, paletteColor } from './colors.ts';
import { byDutchName, formatShort, plural } from '../format.ts';

export interface MapPair {
  a: string;
  b: string;
  shared: number;
}

export interface Kaart1Input extends MapCommon {
  /** Every municipality pair with shared ≥ 1 (or at least every pair the slider may show). */
  pairs: MapPair[];
  /** Build-time threshold (lines in the static SVG). */
  threshold: number;
  /** Louvain community per code (from Analysis.network.communities). */
  communities?: Record<string, number>;
  /** Name per community number (e.g. "Cluster Enschede", from the site lookup); else "gemeenschap N". */
  communityNames?: Record<string, string>;
  /** Colour the communities in the static SVG (the island has a toggle either way). */
  showCommunities?: boolean;
  /** The island switches to canvas above this many lines (default 1500). */
  canvasAbove?: number;
  title?: string;
}


/** The JSON the island reads: municipality index, points in SVG units, pairs as flat triples. */
export interface Kaart1Data {
  threshold: number;
  max: number;
  canvasAbove: number;
  codes: string[];
  names: string[];
  /** x0, y0, x1, y1, … in viewBox units, one point per code. */
  xy: number[];
  /** i, j, shared, … sorted by shared ascending (strong lines are drawn last, on top). */
  pairs: number[];
  /** Fill per community number (communities of ≥ 2 municipalities) when colouring is on. */
  communityFill: Record<string, string>;
  communityNames: Record<string, string>;
  /** Per threshold t (index t − 1): the map description, the table caption and the count column. */
  descriptions: string[];
  captions: string[];
  columns: string[];
}

type PerMunicipality = Map<string, { count: number; best: MapPair | null }>;

/** Known pairs, each once with a < b, weakest first (strong lines are drawn last, on top). */
function orderedPairs(input: MapPair[], position: Map<string, number>): MapPair[] {
  return input
    .filter((p) => p.shared >= 1 && position.has(p.a) && position.has(p.b) && p.a !== p.b)
    .map((p) => (p.a < p.b ? p : { a: p.b, b: p.a, shared: p.shared }))
    .sort((x, y) => x.shared - y.shared || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** Per municipality its number of lines and strongest pair among `visible`. */
function perMunicipalityOf(visible: MapPair[]): PerMunicipality {
  const per: PerMunicipality = new Map();
  for (const p of visible) {
    for (const c of [p.a, p.b]) {
      const e = per.get(c) ?? { count: 0, best: null };
      e.count += 1;
      if (!e.best || p.shared > e.best.shared) e.best = p;
      per.set(c, e);
    }
  }
  return per;
}

/** The lines at the build threshold: one path per shared count keeps the file small. */
function edgeLayer(visible: MapPair[], points: [number, number][], position: Map<string, number>, max: number): string {
  let out = `<g class="map-edges" data-map-edges-layer="" fill="none" stroke="${INK}" stroke-linecap="round" aria-hidden="true">`;
  const byShared = new Map<number, string>();
  for (const p of visible) {
    const [x1, y1] = points[position.get(p.a)!];
    const [x2, y2] = points[position.get(p.b)!];
    byShared.set(p.shared, `${byShared.get(p.shared) ?? ''}M${x1} ${y1}L${x2} ${y2}`);
  }
  for (const [shared, d] of byShared) {
    const s = edgeStyle(shared, max);
    out += `<path data-shared="${shared}" d="${d}" stroke-width="${s.width}" stroke-opacity="${s.opacity}" vector-effect="non-scaling-stroke"/>`;
  }
  return `${out}</g>`;
}

/** "Gemeenschap 3" for each community of ≥ 2 municipalities, when the caller gives no names. */
function numberedCommunities(communities: Record<string, number>): Record<string, string> {
  const size = new Map<number, number>();
  for (const c of Object.values(communities)) size.set(c, (size.get(c) ?? 0) + 1);
  return Object.fromEntries([...size].filter(([, n]) => n > 1).sort((a, b) => a[0] - b[0]).map(([c]) => [String(c), `Gemeenschap ${c}`]));
}

const lineCount = (n: number) => `${formatShort(n)} ${n === 1 ? 'lijn' : 'lijnen'}`;
const tableCaption = (t: number) => `Verbindingen per gemeente bij drempel ${t}`;
const countColumn = (t: number) => `Lijnen bij drempel ${t}`;

export function kaart1Map(input: Kaart1Input): MapResult {
  const { geo, frame, index, id } = prepare(input);
  const threshold = Math.max(1, Math.floor(input.threshold));
  const codes = [...index.keys()].filter((c) => geo.interior.has(c));
  const position = new Map(codes.map((c, i) => [c, i]));
  const pairs = orderedPairs(input.pairs, position);
  const max = pairs.reduce((m, p) => Math.max(m, p.shared), 1);
  const points = codes.map((c) => frame.project(geo.interior.get(c)!));
  const communities = input.communities ?? {};
  const names = input.communityNames ?? numberedCommunities(communities);
  const communityFill = communityColours(communities, geo.neighbours);
  const name = (c: string) => index.get(c)?.name ?? c;
  const describe = (t: number) => {
    const visible = pairs.filter((p) => p.shared >= t);
    return describeKaart1(visible, t, codes.length, perMunicipalityOf(visible), communities, names, name);
  };
  const visible = pairs.filter((p) => p.shared >= threshold);
  const perMunicipality = perMunicipalityOf(visible);
  const description = describe(threshold);
  const title = input.title ?? 'Kaart 1: gemeenten die samen in samenwerkingsverbanden zitten';
  const shell = { id, frame, title, desc: description, interactive: true, zoom: true, attributes: `data-threshold="${threshold}"` };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, {
    href: input.municipalityHref,
    label: (m) => `${m.name}: ${plural(perMunicipality.get(m.code)?.count ?? 0, 'verbinding', 'verbindingen')} bij drempel ${threshold}`,
    fill: (c) => (input.showCommunities && communityFill[communities[c]] ? communityFill[communities[c]] : null),
    data: (c) => (communities[c] ? { community: String(communities[c]) } : null),
  });
  svg += provinceLayer(geo, frame, index);
  svg += edgeLayer(visible, points, position, max);
  svg += shellClose(shell);

  const thresholds = Array.from({ length: max }, (_, i) => i + 1);
  const data: Kaart1Data = {
    threshold,
    max,
    canvasAbove: input.canvasAbove ?? 1500,
    codes,
    names: codes.map(name),
    xy: points.flat(),
    pairs: pairs.flatMap((p) => [position.get(p.a)!, position.get(p.b)!, p.shared]),
    communityFill,
    communityNames: names,
    descriptions: thresholds.map(describe),
    captions: thresholds.map(tableCaption),
    columns: thresholds.map(countColumn),
  };
  const controls = kaart1Controls(id, threshold, max, `${lineCount(visible.length)} bij drempel ${threshold}`, Object.keys(communityFill).length > 0, input.showCommunities === true) +
    `<script type="application/json" data-map-data="">${jsonForScript(data)}</script>`;
  const legend = kaart1Legend(id, max, communityFill, names);
  return { svg, legend, description, table: kaart1Table(codes, index, perMunicipality, communities, names, threshold, input), controls, kind: 'kaart1' };
}

/**
 * Slider and community toggle as a GET form (`drempel`, `gemeenschappen`): the island keeps the
 * same names in the address, so a copied link or a submitted form opens the same view.
 */
function kaart1Controls(id: string, threshold: number, max: number, status: string, hasCommunities: boolean, showCommunities: boolean): string {
  return (
    `<form class="map-controls" method="get" data-map-controls="" hidden="" aria-label="Kaart instellen">` +
    `<div class="map-control"><label for="${id}-threshold">Drempel: minimaal aantal gedeelde samenwerkingsverbanden</label>` +
    `<input type="range" id="${id}-threshold" name="drempel" min="1" max="${max}" step="1" value="${Math.min(threshold, max)}" data-map-threshold="" data-default="${Math.min(threshold, max)}" aria-describedby="${id}-status">` +
    `<output for="${id}-threshold" data-map-threshold-value="">${threshold}</output></div>` +
    (hasCommunities
      ? `<div class="map-control"><input type="checkbox" id="${id}-communities" name="gemeenschappen" value="ja" data-map-communities=""${showCommunities ? ' checked=""' : ''}>` +
        `<label for="${id}-communities">Kleur gemeenschappen (groepen gemeenten die vaak samenwerken)</label></div>`
      : '') +
    `<div class="map-control"><button type="reset" class="map-reset" data-map-reset="">Wis filters</button></div>` +
    `</form>` +
    `<p class="map-status" id="${id}-status" aria-live="polite" data-map-status="">${escapeHtml(status)}</p>`
  );
}

/** Line samples, then every community fill with the communities that use it. */
function kaart1Legend(id: string, max: number, fills: Record<string, string>, names: Record<string, string>): string {
  const samples = [...new Set([1, Math.max(1, Math.round(max / 2)), max])].filter((s) => s >= 1);
  const items: LegendItem[] = samples.map((s) => {
    const st = edgeStyle(s, max);
    return { swatch: { kind: 'line' as const, color: opacityOnLand(st.opacity), width: st.width }, label: plural(s, 'gedeeld samenwerkingsverband', 'gedeelde samenwerkingsverbanden') };
  });
  const byFill = new Map<string, string[]>();
  for (const n of Object.keys(fills).sort((a, b) => Number(a) - Number(b))) {
    byFill.set(fills[n], [...(byFill.get(fills[n]) ?? []), names[n] ?? `Gemeenschap ${n}`]);
  }
  if (byFill.size > 0) {
    items.push(
      ...[...byFill].map(([color, list]) => ({
        swatch: { kind: 'fill' as const, color },
        label: `Met ‘Kleur gemeenschappen’: ${list.sort(byDutchName).join(', ')}`,
      })),
    );
  }
  return legendHtml(id, 'Lijndikte en -kleur: aantal gedeelde samenwerkingsverbanden; vlakkleur: gemeenschap', items);
}

/**
 * Colours for communities such that communities sharing a border get different colours where the
 * palette allows: greedy colouring in community-number order (smallest unused palette index among
 * already coloured neighbouring communities; when all are used, the least used among neighbours).
 */
export function communityColours(communities: Record<string, number>, neighbours: Map<string, string[]>): Record<string, string> {
  const adjacent = new Map<number, Set<number>>();
  const size = new Map<number, number>();
  for (const c of Object.values(communities)) size.set(c, (size.get(c) ?? 0) + 1);
  for (const code of Object.keys(communities).sort()) {
    const c = communities[code];
    // A municipality on its own is no group: it keeps the land colour.
    if ((size.get(c) ?? 0) < 2) continue;
    if (!adjacent.has(c)) adjacent.set(c, new Set());
    for (const n of neighbours.get(code) ?? []) {
      const d = communities[n];
      if (d !== undefined && d !== c) adjacent.get(c)!.add(d);
    }
  }
  const index = new Map<number, number>();
  for (const c of [...adjacent.keys()].sort((a, b) => a - b)) {
    const used = [...adjacent.get(c)!].map((d) => index.get(d)).filter((i): i is number => i !== undefined);
    let pick = AREA_PALETTE.findIndex((_, i) => !used.includes(i));
    if (pick < 0) pick = AREA_PALETTE.map((_, i) => i).sort((a, b) => used.filter((u) => u === a).length - used.filter((u) => u === b).length || a - b)[0];
    index.set(c, pick);
  }
  const out: Record<string, string> = {};
  for (const [c, i] of [...index].sort((a, b) => a[0] - b[0])) out[c] = paletteColor(AREA_PALETTE, i);
  return out;
}

/** INK at `opacity` over the land colour as one opaque colour (legend swatches have no opacity). */
function opacityOnLand(opacity: number): string {
  const ink = [0x1f, 0x29, 0x33];
  const land = [0xe4, 0xe7, 0xeb];
  return `#${ink.map((c, i) => Math.round(land[i] + (c - land[i]) * opacity).toString(16).padStart(2, '0')).join('')}`;
}

function describeKaart1(
  visible: MapPair[],
  threshold: number,
  municipalityCount: number,
  per: PerMunicipality,
  communities: Record<string, number>,
  names: Record<string, string>,
  name: (c: string) => string,
): string {
  const parts: string[] = [];
  parts.push(
    `Bij een drempel van ${threshold} ${visible.length === 1 ? 'deelt' : 'delen'} ${plural(visible.length, 'gemeentepaar', 'gemeenteparen')} minstens ${plural(threshold, 'samenwerkingsverband', 'samenwerkingsverbanden')}.`,
  );
  if (visible.length > 0) {
    const top = Math.max(...visible.map((p) => p.shared));
    const strongest = visible
      .filter((p) => p.shared === top)
      .map((p) => [name(p.a), name(p.b)].sort(byDutchName).join(' – '))
      .sort(byDutchName);
    parts.push(
      strongest.length === 1
        ? `De sterkste verbinding is ${strongest[0]} met ${plural(top, 'gedeeld verband', 'gedeelde verbanden')}.`
        : `De sterkste verbindingen (${plural(top, 'gedeeld verband', 'gedeelde verbanden')}) zijn er ${strongest.length}, waaronder ${strongest[0]}.`,
    );
    const isolated = municipalityCount - per.size;
    if (isolated > 0) parts.push(`${plural(isolated, 'gemeente heeft', 'gemeenten hebben')} bij deze drempel geen enkele lijn.`);
  }
  const sizes = new Map<number, number>();
  for (const c of Object.keys(communities)) sizes.set(communities[c], (sizes.get(communities[c]) ?? 0) + 1);
  const groups = [...sizes].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (groups.length > 0) {
    const [largest, n] = groups[0];
    const called = names[String(largest)] ? `, ${names[String(largest)]},` : '';
    parts.push(
      `De netwerkanalyse (over alle paren bij de drempel van de analyse) deelt de gemeenten in ${plural(groups.length, 'gemeenschap', 'gemeenschappen')} van meer dan één gemeente in; de grootste${called} telt ${plural(n, 'gemeente', 'gemeenten')}.`,
    );
  }
  return parts.join(' ');
}

function kaart1Table(
  codes: string[],
  index: Map<string, { name: string; province: string }>,
  per: PerMunicipality,
  communities: Record<string, number>,
  names: Record<string, string>,
  threshold: number,
  input: Kaart1Input,
): MapTable {
  const list = codes.map((c) => ({ code: c, ...index.get(c)! })).sort((a, b) => byDutchName(a.name, b.name) || (a.code < b.code ? -1 : 1));
  const hasCommunities = Object.keys(communities).length > 0;
  const columns = ['Gemeente', 'Provincie', countColumn(threshold), 'Sterkste verbinding'];
  if (hasCommunities) columns.push('Gemeenschap');
  const rows = list.map((m) => {
    const e = per.get(m.code);
    const best = e?.best;
    const other = best ? (best.a === m.code ? best.b : best.a) : null;
    const row: (string | number)[] = [
      m.name,
      m.province,
      e?.count ?? 0,
      best && other ? `${index.get(other)?.name ?? other} (${best.shared})` : '–',
    ];
    if (hasCommunities) row.push(names[String(communities[m.code])] ?? '–');
    return row;
  });
  return {
    caption: tableCaption(threshold),
    columns,
    rows,
    // The island rewrites the count and strongest-line cells of each row when the slider moves.
    rowData: list.map((m) => ({ code: m.code })),
    links: input.municipalityHref ? list.map((m) => input.municipalityHref!(m.code)) : undefined,
  };
}
