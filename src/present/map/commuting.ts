/**
 * The four maps of the "Dagelijks stedelijk systeem" page, built at build time from the Analysis
 * `commuting` section with the shared map building blocks (src/present/map): a choropleth of commuting
 * intensity (in + out), the top interprovincial flows as arcs, the functional regions with the
 * outlines of the spatial agendas on top, and the CBS labour-market areas of 2023 with the outlines of
 * the functional regions on top (the two partitions the adjusted Rand index compares). Only layout and
 * classing happen here; every number comes from the analysis. Each description names the data year.
 */
import type { CommutingMunicipality, CommutingResult, InterprovincialFlow, LabourMarketArea } from '../../analysis/commuting.ts';
import { prepare } from './base.ts';
import { AREA_PALETTE, HIGHLIGHT, INK, paletteColor, sequentialScale } from './colors.ts';
import { escapeHtml } from '../html.ts';
import { byDutchName, formatCountOf, formatNumber, formatPercent, formatShort, joinDutch, plural } from '../format.ts';
import { dissolve } from './geometry.ts';
import { networkCentre } from './networks.ts';
import { areaLayer, legendHtml, provinceLayer, shellClose, shellOpen, type LegendItem } from './svg.ts';
import type { MapCommon, MapResult } from './types.ts';

/** The year (or range of years) of the flows, for next to every commuting figure: "2014", "2012–2014", "zonder jaar". */
export function flowYears(c: Pick<CommutingResult, 'dataYear' | 'dataYears'>): string {
  return c.dataYears.length > 1 ? `${c.dataYears[0]}–${c.dataYears[c.dataYears.length - 1]}` : c.dataYear !== null ? String(c.dataYear) : 'zonder jaar';
}

/** "Pendel 2014 (…), omgerekend naar de gemeenten van 2025." — the data-year sentence on every map. */
export function dataYearSentence(c: CommutingResult): string {
  return `Pendelcijfers ${flowYears(c)} (banen van werknemers naar woon- en werkgemeente), omgerekend naar de gemeentelijke indeling van 2025.`;
}

// ------------------------------------------------------------------------------------- (a)

/** Class breaks for in + out (jobs); the first class is "no flows to or from other municipalities". */
// Five classes: the most a sequential scale can keep apart (see SEQUENTIAL in colors.ts).
export const INTENSITY_BREAKS = [1, 5000, 10000, 25000, 50000] as const;

export function intensityClass(value: number): string {
  if (value <= 0) return 'geen';
  let k = 0;
  while (k + 1 < INTENSITY_BREAKS.length && value >= INTENSITY_BREAKS[k + 1]) k++;
  return `k${k}`;
}

function intensityClasses(): { key: string; label: string; fill: string | null }[] {
  const out: { key: string; label: string; fill: string | null }[] = [{ key: 'geen', label: 'geen stromen van of naar andere gemeenten in de gegevens', fill: null }];
  INTENSITY_BREAKS.forEach((lo, k) => {
    const hi = INTENSITY_BREAKS[k + 1];
    const label = hi === undefined ? `${formatShort(lo)} of meer banen` : `${formatShort(lo)} tot ${formatShort(hi)} banen`;
    out.push({ key: `k${k}`, label, fill: sequentialScale(INTENSITY_BREAKS.length)[k] });
  });
  return out;
}

/** "12% (Westervoort: 800 van de 6.500)": a municipality's self-containment with its base. */
function selfContainmentOf(m: CommutingMunicipality | undefined, share: number): string {
  return m ? `${formatPercent(share)} (${m.name}: ${formatShort(m.internal)} van de ${formatShort(m.residentJobs)})` : formatPercent(share);
}

/**
 * The range of self-containment with its base: the share of residents' jobs in their own
 * municipality, over how many of the municipalities, which could not be assessed and why, and the
 * islands at the top of the range (they can only commute by ferry) with the mainland maximum.
 */
export function selfContainmentText(c: CommutingResult, byCode: ReadonlyMap<string, CommutingMunicipality>): string {
  const sc = c.selfContainment;
  if (!sc) return '';
  const names = (codes: readonly string[]) => joinDutch(codes.map((code) => byCode.get(code)?.name ?? code));
  const notAssessed = [
    sc.artefacts.length > 0 ? `${names(sc.artefacts)}, waar geen enkele uitgaande stroom in de bron staat (kleine stromen zijn weggelaten), zodat ‘alles in de eigen gemeente’ daar een artefact is` : '',
    sc.withoutResidentJobs.length > 0 ? `${names(sc.withoutResidentJobs)}, waar geen baan van een inwoner in de gegevens staat` : '',
  ].filter(Boolean);
  const mainland = sc.mainlandMaxCode === null ? undefined : byCode.get(sc.mainlandMaxCode);
  const islands =
    sc.islandOutliers.length > 0 && sc.mainlandMax !== null
      ? `${names(sc.islandOutliers)} ${sc.islandOutliers.length === 1 ? 'is een eiland' : 'zijn eilanden'} zonder landgrens met een andere gemeente: wie er woont en elders werkt, moet met de boot, dus hun hoge aandeel komt door de ligging. Buiten de eilanden is het hoogste aandeel ${selfContainmentOf(mainland, sc.mainlandMax)}. `
      : '';
  return (
    `Het aandeel van de banen van inwoners dat in de eigen gemeente ligt, loopt van ${selfContainmentOf(byCode.get(sc.minCode), sc.min)} tot ${selfContainmentOf(byCode.get(sc.maxCode), sc.max)}; ` +
    `de mediaan is ${formatPercent(sc.median)}, over ${formatShort(sc.assessed)} van de ${formatShort(sc.municipalities)} gemeenten. ` +
    (notAssessed.length > 0 ? `Niet te beoordelen: ${notAssessed.join('; ')}. ` : '') +
    islands
  );
}

export function intensityMap(common: MapCommon, c: CommutingResult): MapResult {
  const { geo, frame, index, id } = prepare(common);
  const byCode = new Map(c.municipalities.map((m) => [m.code, m]));
  const classes = intensityClasses();
  const classByKey = new Map(classes.map((k) => [k.key, k]));
  const classOf = (code: string) => {
    const m = byCode.get(code);
    return m ? classByKey.get(intensityClass(m.intensity)) ?? null : null;
  };
  const top = [...c.municipalities].sort((a, b) => b.intensity - a.intensity || byDutchName(a.name, b.name)).slice(0, 3);
  const description =
    `Hoe donkerder de gemeente, hoe meer woon-werkverkeer er over haar grens gaat (inkomend plus uitgaand). ` +
    `Het meeste hebben ${top.map((m) => `${m.name} (${formatShort(m.intensity)} banen)`).join(', ')}. ` +
    selfContainmentText(c, byCode) +
    dataYearSentence(c);
  const shell = { id, frame, title: 'Pendel per gemeente: inkomend plus uitgaand', desc: description, interactive: true, zoom: true };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, {
    fill: (code) => {
      const k = classOf(code);
      if (!k) return null;
      return k.fill ?? `url(#${id}-hatch)`;
    },
    label: (m) => {
      const x = byCode.get(m.code);
      if (!x) return m.name;
      const self = x.selfContainment === null ? 'onbekend' : `${formatPercent(x.selfContainment)} (${formatShort(x.internal)} van de ${formatShort(x.residentJobs)} banen van inwoners)${x.island ? ', een eiland' : ''}`;
      return `${m.name}: in + uit ${formatShort(x.intensity)} banen: uitgaand ${formatShort(x.outflow)}, inkomend ${formatShort(x.inflow)}: werkt in eigen gemeente ${self}`;
    },
    href: common.municipalityHref,
    data: (code) => ({ class: classOf(code)?.key ?? '' }),
  });
  svg += provinceLayer(geo, frame, index);
  svg += shellClose(shell);
  const items: LegendItem[] = classes.map((k) => {
    const n = c.municipalities.filter((m) => intensityClass(m.intensity) === k.key).length;
    return { swatch: k.fill ? { kind: 'fill', color: k.fill } : { kind: 'hatch', mapId: id }, label: `${k.label} (${plural(n, 'gemeente', 'gemeenten')})` };
  });
  const rows = [...c.municipalities].sort((a, b) => byDutchName(a.name, b.name));
  return {
    svg,
    legend: legendHtml(id, 'Inkomende plus uitgaande pendel (banen)', items),
    description,
    table: {
      caption: 'Pendel per gemeente (alfabetisch)',
      columns: ['Gemeente', 'In + uit', 'Uitgaand', 'Inkomend', 'Binnen de gemeente', 'Banen van inwoners', 'Werkt in eigen gemeente (van de banen van inwoners)'],
      rows: rows.map((m) => [m.name, m.intensity, m.outflow, m.inflow, m.internal, m.residentJobs, m.selfContainment === null ? '–' : formatPercent(m.selfContainment)]),
      links: rows.map((m) => common.municipalityHref?.(m.code) ?? null),
    },
    controls: '',
    kind: 'areas',
  };
}

// ------------------------------------------------------------------------------------- (b)

export function flowLabel(f: InterprovincialFlow, rank: number): string {
  return `${rank}. ${f.fromName} → ${f.toName}: ${formatShort(f.persons)} banen: ${f.fromProvince} → ${f.toProvince}`;
}

/**
 * Arcs as quadratic curves bent to the left of the direction of travel, so a flow and its reverse
 * (e.g. Amsterdam → Utrecht and Utrecht → Amsterdam) are drawn side by side.
 */
export function arcPath(p0: [number, number], p1: [number, number], bend = 0.22): { d: string; mid: [number, number] } {
  const [x0, y0] = p0;
  const [x1, y1] = p1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const cx = (x0 + x1) / 2 + dy * bend;
  const cy = (y0 + y1) / 2 - dx * bend;
  const r = (v: number) => Math.round(v * 10) / 10;
  const mid: [number, number] = [r(0.25 * x0 + 0.5 * cx + 0.25 * x1), r(0.25 * y0 + 0.5 * cy + 0.25 * y1)];
  return { d: `M${r(x0)},${r(y0)}Q${r(cx)},${r(cy)} ${r(x1)},${r(y1)}`, mid };
}

export function flowsMap(common: MapCommon, c: CommutingResult): MapResult {
  const { geo, frame, index, id } = prepare(common);
  const flows = c.topInterprovincialFlows;
  const max = Math.max(1, ...flows.map((f) => f.persons));
  const point = (code: string) => {
    const p = geo.interior.get(code);
    return p ? frame.project(p) : null;
  };
  const defs =
    `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto">` +
    `<path d="M0,0L10,5L0,10z" fill="${HIGHLIGHT}"/></marker>`;
  const description =
    (flows.length === 0
      ? 'Er zijn geen stromen tussen gemeenten in verschillende provincies in de gegevens. '
      : `De ${plural(flows.length, 'grootste stroom', 'grootste stromen')} tussen gemeenten in verschillende provincies: ` +
        flows.map((f, i) => `${i + 1}. ${f.fromName} → ${f.toName} (${formatShort(f.persons)})`).join('; ') +
        '. De lijndikte volgt het aantal banen; de pijl wijst van woon- naar werkgemeente. ') +
    dataYearSentence(c);
  const shell = { id, frame, title: 'Grootste woon-werkstromen over een provinciegrens', desc: description, interactive: flows.length > 0 };
  let svg = shellOpen(shell, defs);
  svg += areaLayer(geo, frame, index, { focusable: false });
  svg += provinceLayer(geo, frame, index);
  const ends = new Set<string>();
  svg += `<g class="map-flows" fill="none" stroke="${HIGHLIGHT}" stroke-linecap="round">`;
  flows.forEach((f, i) => {
    const p0 = point(f.from);
    const p1 = point(f.to);
    if (!p0 || !p1) return;
    ends.add(f.from);
    ends.add(f.to);
    const { d } = arcPath(p0, p1);
    const width = Math.round((1.5 + (6 * f.persons) / max) * 10) / 10;
    svg += `<path class="map-area" tabindex="0" role="img" aria-label="${escapeHtml(flowLabel(f, i + 1))}" d="${d}" stroke-width="${width}" marker-end="url(#${id}-arrow)" data-from="${escapeHtml(f.from)}" data-to="${escapeHtml(f.to)}" data-persons="${f.persons}"/>`;
  });
  svg += '</g>';
  svg += `<g class="map-flow-labels" aria-hidden="true" font-family="system-ui, sans-serif" font-size="11" text-anchor="middle" fill="${INK}">`;
  flows.forEach((f, i) => {
    const p0 = point(f.from);
    const p1 = point(f.to);
    if (!p0 || !p1) return;
    const { mid } = arcPath(p0, p1);
    svg += `<circle cx="${mid[0]}" cy="${mid[1]}" r="8" fill="#fff" stroke="${HIGHLIGHT}" stroke-width="1.5"/><text x="${mid[0]}" y="${mid[1] + 4}" font-weight="700">${i + 1}</text>`;
  });
  for (const code of [...ends].sort()) {
    const p = point(code);
    const m = index.get(code);
    if (!p || !m) continue;
    svg += `<circle cx="${p[0]}" cy="${p[1]}" r="3" fill="${INK}"/><text x="${p[0] + 6}" y="${p[1] - 5}" text-anchor="start" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeHtml(m.name)}</text>`;
  }
  svg += '</g>';
  svg += shellClose(shell);
  return {
    svg,
    legend: legendHtml(id, 'Legenda', [
      { swatch: { kind: 'line', color: HIGHLIGHT, width: 4 }, label: 'Woon-werkstroom, dikte naar aantal banen, pijl naar de werkgemeente; het cijfer is de rangorde' },
    ]),
    description,
    table: {
      caption: 'Grootste stromen over een provinciegrens (in volgorde van grootte)',
      columns: ['Stroom', 'Provincies', 'Banen'],
      rows: flows.map((f, i) => [`${i + 1}. ${f.fromName} → ${f.toName}`, `${f.fromProvince} → ${f.toProvince}`, f.persons]),
      links: flows.map(() => null),
    },
    controls: '',
    kind: flows.length > 0 ? 'areas' : '',
  };
}

// ------------------------------------------------------------------------------------- (c)

export interface AgendaOutline {
  id: string;
  name: string;
  municipalities: string[];
}

/** Name of a functional region as shown to readers: after its core municipality. */
export function regionName(r: { coreName: string; members: string[] }): string {
  return r.members.length === 1 ? `${r.coreName} (alleen)` : `regio ${r.coreName}`;
}

export function regionsMap(common: MapCommon, c: CommutingResult, agendas: AgendaOutline[]): MapResult {
  const { geo, frame, index, id } = prepare(common);
  const fr = c.functionalRegions;
  const regionOf = new Map(c.municipalities.map((m) => [m.code, m.functionalRegion]));
  const regionById = new Map(fr.regions.map((r) => [r.id, r]));
  const multi = fr.regions.filter((r) => r.members.length > 1);
  const colour = (regionId: number) => {
    const r = regionById.get(regionId);
    if (!r || r.members.length === 1) return null;
    return paletteColor(AREA_PALETTE, multi.indexOf(r));
  };
  const outlines = agendas
    .map((a) => ({ ...a, members: [...new Set(a.municipalities)].filter((code) => geo.byCode.has(code) && index.has(code)).sort() }))
    .filter((a) => a.members.length >= 2)
    .sort((a, b) => byDutchName(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const fits = new Map(c.cooperations.map((x) => [x.id, x]));
  const whole = outlines.filter((a) => fits.get(a.id)?.fit === 1).length;
  const singles = fr.regions.filter((r) => r.members.length === 1);
  const description =
    `De pendel deelt de gemeenten in ${plural(fr.count, 'functionele regio', 'functionele regio’s')} in` +
    (singles.length > 0 ? ` (waarvan ${plural(singles.length, 'gemeente', 'gemeenten')} zonder stromen naar andere gemeenten een eigen regio ${singles.length === 1 ? 'vormt' : 'vormen'})` : '') +
    `. De dunne lijnen zijn de grenzen van ${plural(outlines.length, 'ruimtelijke agenda', 'ruimtelijke agenda’s')} met minstens twee gemeenten; ` +
    `${formatShort(whole)} daarvan liggen helemaal binnen één functionele regio. ` +
    dataYearSentence(c);
  const shell = { id, frame, title: 'Functionele regio’s uit de pendel, met de grenzen van de ruimtelijke agenda’s', desc: description, interactive: true, zoom: true };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, {
    fill: (code) => {
      const r = regionOf.get(code);
      if (r === undefined) return null;
      return colour(r) ?? `url(#${id}-hatch)`;
    },
    label: (m) => {
      const r = regionById.get(regionOf.get(m.code) ?? -1);
      return r ? `${m.name}: functionele ${regionName(r)}` : m.name;
    },
    href: common.municipalityHref,
    data: (code) => ({ region: String(regionOf.get(code) ?? '') }),
  });
  svg += provinceLayer(geo, frame, index, 0.6);
  svg += `<g class="map-agenda-outlines" aria-hidden="true" fill="none" stroke="${INK}" stroke-width="0.8" stroke-opacity="0.7" stroke-linejoin="round">`;
  for (const a of outlines) svg += `<path vector-effect="non-scaling-stroke" data-id="${escapeHtml(a.id)}" d="${frame.path(dissolve(geo, a.members))}"/>`;
  svg += '</g>';
  svg += `<g class="map-region-labels" aria-hidden="true" font-family="system-ui, sans-serif" font-size="12" font-weight="700" text-anchor="middle" fill="${INK}" stroke="#fff" stroke-width="3" paint-order="stroke">`;
  for (const r of multi) {
    const p = networkCentre(geo, r.members.filter((code) => index.has(code)));
    if (!p) continue;
    const [x, y] = frame.project(p);
    svg += `<text x="${x}" y="${y}">${escapeHtml(r.coreName)}</text>`;
  }
  svg += '</g>';
  svg += shellClose(shell);
  const items: LegendItem[] = multi.map((r) => ({ swatch: { kind: 'fill', color: colour(r.id)! }, label: `Functionele ${regionName(r)} (${plural(r.members.length, 'gemeente', 'gemeenten')})` }));
  if (singles.length > 0) items.push({ swatch: { kind: 'hatch', mapId: id }, label: `Eigen regio zonder stromen naar andere gemeenten (${plural(singles.length, 'gemeente', 'gemeenten')})` });
  items.push({ swatch: { kind: 'line', color: INK, width: 1 }, label: 'Grens van een ruimtelijke agenda' });
  const name = (code: string) => index.get(code)?.name ?? code;
  const rows = [...fr.regions].sort((a, b) => byDutchName(regionName(a), regionName(b)));
  return {
    svg,
    legend: legendHtml(id, 'Functionele regio’s', items),
    description,
    table: {
      caption: 'Functionele regio’s en hun gemeenten',
      columns: ['Functionele regio', 'Gemeenten', 'Werkt binnen de regio (banen van inwoners)', 'Leden'],
      rows: rows.map((r) => [
        regionName(r),
        r.members.length,
        r.selfContainment === null ? '–' : r.selfContainmentArtefact ? `niet te beoordelen: van de ${formatNumber(r.residentJobs)} banen van inwoners noemt de bron er geen buiten de regio` : formatCountOf(r.jobsWithin, r.residentJobs),
        r.members.map(name).sort(byDutchName).join(', '),
      ]),
    },
    controls: '',
    kind: 'areas',
  };
}

// ------------------------------------------------------------------------------------- (d)

/** Name of a labour-market area as shown to readers: after its core municipality, like the functional regions. */
export function areaName(a: Pick<LabourMarketArea, 'coreName' | 'members'>): string {
  return a.members === 1 ? `${a.coreName} (alleen)` : `gebied ${a.coreName}`;
}

/**
 * The CBS labour-market areas of 2023 as coloured areas, with the borders of the functional regions
 * (from the flows) drawn over them: where a thick line crosses an area, the two partitions disagree.
 * Null when the analysis has no comparison with the 2023 areas.
 */
export function labourMarketAreasMap(common: MapCommon, c: CommutingResult): MapResult | null {
  const lma = c.functionalRegions.labourMarketAreas;
  if (!lma) return null;
  const { geo, frame, index, id } = prepare(common);
  const fr = c.functionalRegions;
  const areaOf = new Map(c.municipalities.map((m) => [m.code, m.labourMarketArea]));
  const areaById = new Map(lma.regions.map((a) => [a.id, a]));
  const colour = (areaId: string) => paletteColor(AREA_PALETTE, lma.regions.findIndex((a) => a.id === areaId));
  const regionById = new Map(fr.regions.map((r) => [r.id, r]));
  const regionOf = new Map(c.municipalities.map((m) => [m.code, m.functionalRegion]));
  const outside = c.municipalities.filter((m) => m.labourMarketArea === null);
  const ari = lma.agreement.adjustedRandIndex;
  const description =
    `De ${plural(lma.areas, 'arbeidsmarktgebied', 'arbeidsmarktgebieden')} van 2023 (CBS 85481NED, december 2023) in kleur, met daaroverheen de grenzen van de ${plural(fr.count, 'functionele regio', 'functionele regio’s')} uit de pendel van ${flowYears(c)}. ` +
    (ari === null ? '' : `De twee indelingen komen overeen met een aangepaste Rand-index van ${formatNumber(ari, 2)} (over ${plural(lma.agreement.items, 'gemeente', 'gemeenten')} die in beide voorkomen). `) +
    (outside.length > 0 ? `Zonder gebied in 2023: ${outside.map((m) => m.name).join(', ')}. ` : '') +
    dataYearSentence(c);
  const shell = { id, frame, title: 'Arbeidsmarktgebieden 2023 met de grenzen van de functionele regio’s', desc: description, interactive: true, zoom: true };
  let svg = shellOpen(shell);
  svg += areaLayer(geo, frame, index, {
    fill: (code) => {
      const a = areaOf.get(code);
      return a ? colour(a) : `url(#${id}-hatch)`;
    },
    label: (m) => {
      const a = areaById.get(areaOf.get(m.code) ?? '');
      const r = regionById.get(regionOf.get(m.code) ?? -1);
      return `${m.name}: ${a ? `arbeidsmarkt${areaName(a)} (2023)` : 'geen arbeidsmarktgebied in 2023'}${r ? `; functionele ${regionName(r)} (${flowYears(c)})` : ''}`;
    },
    href: common.municipalityHref,
    data: (code) => ({ area: areaOf.get(code) ?? '' }),
  });
  svg += `<g class="map-region-outlines" aria-hidden="true" fill="none" stroke="${INK}" stroke-width="2" stroke-linejoin="round">`;
  for (const r of fr.regions.filter((x) => x.members.length > 1)) svg += `<path vector-effect="non-scaling-stroke" d="${frame.path(dissolve(geo, r.members.filter((code) => index.has(code))))}"/>`;
  svg += '</g>';
  svg += `<g class="map-region-labels" aria-hidden="true" font-family="system-ui, sans-serif" font-size="12" font-weight="700" text-anchor="middle" fill="${INK}" stroke="#fff" stroke-width="3" paint-order="stroke">`;
  for (const a of lma.regions) {
    const p = networkCentre(geo, a.memberCodes.filter((code) => index.has(code)));
    if (!p) continue;
    const [x, y] = frame.project(p);
    svg += `<text x="${x}" y="${y}">${escapeHtml(a.coreName)}</text>`;
  }
  svg += '</g>';
  svg += shellClose(shell);
  const items: LegendItem[] = lma.regions.map((a) => ({ swatch: { kind: 'fill', color: colour(a.id) }, label: `Arbeidsmarkt${areaName(a)} (${plural(a.members, 'gemeente', 'gemeenten')})` }));
  if (outside.length > 0) items.push({ swatch: { kind: 'hatch', mapId: id }, label: `Geen arbeidsmarktgebied in 2023 (${plural(outside.length, 'gemeente', 'gemeenten')})` });
  items.push({ swatch: { kind: 'line', color: INK, width: 2 }, label: `Grens van een functionele regio (pendel ${flowYears(c)})` });
  const name = (code: string) => index.get(code)?.name ?? code;
  const rows = [...lma.regions].sort((a, b) => byDutchName(areaName(a), areaName(b)));
  const dominant = (a: LabourMarketArea) => {
    const r = a.dominantRegion === null ? undefined : regionById.get(a.dominantRegion);
    return r ? `${regionName(r)} (${formatShort(a.membersInDominant)} van de ${formatShort(a.members)})` : '–';
  };
  return {
    svg,
    legend: legendHtml(id, 'Arbeidsmarktgebieden 2023', items),
    description,
    table: {
      caption: 'Arbeidsmarktgebieden 2023 en de functionele regio waarin de meeste gemeenten liggen',
      columns: ['Arbeidsmarktgebied 2023', 'Gemeenten', 'Meeste gemeenten in functionele regio', 'Leden'],
      rows: rows.map((a) => [areaName(a), a.members, dominant(a), a.memberCodes.map(name).sort(byDutchName).join(', ')]),
    },
    controls: '',
    kind: 'areas',
  };
}
