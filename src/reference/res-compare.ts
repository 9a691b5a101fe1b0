/**
 * Compares RES membership derived from the CBS polygons with a listed RES membership (names).
 * Each listed region is paired with the polygon region holding most of its members (member
 * overlap); a difference is a municipality whose listed region pairs with another polygon region.
 */
import type { Municipality } from '../model/reference.ts';

export interface ListedMembership {
  regionId: string;
  regionName: string;
  /** 2025 CBS municipality name; empty for information-only rows. */
  municipalityName: string;
  note: string;
}

export interface RegionPairing {
  listId: string;
  listName: string;
  /** Polygon RES code with the largest member overlap; null if no member could be matched. */
  code: string | null;
  polygonName: string | null;
  overlap: number;
  listSize: number;
}

export interface ResDifference {
  code: string;
  name: string;
  listRegion: string;
  /** Polygon region paired with the listed region (null if unpaired). */
  listRegionPolygon: string | null;
  polygonRegion: string;
}

export interface ResComparison {
  pairings: RegionPairing[];
  differences: ResDifference[];
  /** Listed names that are no 2025 municipality name. */
  unknownNames: string[];
  /** 2025 municipalities absent from the list. */
  missing: { code: string; name: string }[];
  /** Municipalities listed in more than one row. */
  duplicates: { code: string; name: string; regions: string[] }[];
  /** Polygon regions no listed region was paired with, and polygon regions paired more than once. */
  unpairedPolygonRegions: string[];
  doublyPairedPolygonRegions: string[];
  /** Information rows (empty municipality) with their note. */
  infoRows: { regionName: string; note: string }[];
  /** Listed names that differ from the CBS name but were read as a 2025 municipality. */
  readAs: { listed: string; as: string }[];
}

/**
 * `resolve` maps a listed name to a 2025 code (or null); names resolved to a municipality with a
 * different CBS name are reported in `readAs` so the reading stays visible.
 */
export function compareRes(
  listed: ListedMembership[],
  municipalities: Municipality[],
  resNames: Record<string, string>,
  resolve: (name: string) => string | null,
): ResComparison {
  const byCodeAll = new Map(municipalities.map((m) => [m.code, m]));
  const readAs = new Map<string, string>();
  const members = new Map<string, { name: string; codes: string[] }>();
  const seen = new Map<string, string[]>();
  const unknownNames: string[] = [];
  const infoRows: { regionName: string; note: string }[] = [];
  for (const row of listed) {
    if (!row.municipalityName) {
      infoRows.push({ regionName: row.regionName, note: row.note });
      continue;
    }
    const resolved = resolve(row.municipalityName);
    const m = resolved ? byCodeAll.get(resolved) : undefined;
    if (!m) {
      unknownNames.push(row.municipalityName);
      continue;
    }
    if (m.name !== row.municipalityName) readAs.set(row.municipalityName, `${m.name} (${m.code})`);
    const entry = members.get(row.regionId) ?? { name: row.regionName, codes: [] };
    entry.codes.push(m.code);
    members.set(row.regionId, entry);
    seen.set(m.code, [...(seen.get(m.code) ?? []), row.regionName]);
  }
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const pairings: RegionPairing[] = [];
  for (const [listId, { name, codes }] of [...members].sort((a, b) => a[0].localeCompare(b[0]))) {
    const counts = new Map<string, number>();
    for (const c of codes) {
      const res = byCode.get(c)!.regions.res;
      counts.set(res, (counts.get(res) ?? 0) + 1);
    }
    // Highest overlap wins; ties go to the lower code so the outcome is deterministic.
    const [code, overlap] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
    pairings.push({ listId, listName: name, code, polygonName: code ? resNames[code] : null, overlap, listSize: codes.length });
  }
  const pairedBy = new Map(pairings.map((p) => [p.listId, p]));
  const differences: ResDifference[] = [];
  for (const [listId, { name, codes }] of members) {
    const pairing = pairedBy.get(listId)!;
    for (const c of codes) {
      const m = byCode.get(c)!;
      if (m.regions.res !== pairing.code) {
        differences.push({
          code: c,
          name: m.name,
          listRegion: name,
          listRegionPolygon: pairing.code,
          polygonRegion: m.regions.res,
        });
      }
    }
  }
  differences.sort((a, b) => a.code.localeCompare(b.code));
  const pairCount = new Map<string, number>();
  for (const p of pairings) if (p.code) pairCount.set(p.code, (pairCount.get(p.code) ?? 0) + 1);
  return {
    pairings,
    differences,
    unknownNames: [...new Set(unknownNames)].sort(),
    missing: municipalities.filter((m) => !seen.has(m.code)).map((m) => ({ code: m.code, name: m.name })),
    duplicates: [...seen]
      .filter(([, regions]) => regions.length > 1)
      .map(([code, regions]) => ({ code, name: byCode.get(code)!.name, regions }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    unpairedPolygonRegions: Object.keys(resNames).filter((c) => !pairCount.has(c)).sort(),
    doublyPairedPolygonRegions: [...pairCount].filter(([, n]) => n > 1).map(([c]) => c).sort(),
    infoRows,
    readAs: [...readAs].sort((a, b) => a[0].localeCompare(b[0], 'nl')).map(([listed, as]) => ({ listed, as })),
  };
}

/** Markdown report (Dutch) of a comparison; `listSource` names the listed file. */
export function renderResComparison(r: ResComparison, resNames: Record<string, string>, listSource: string): string {
  const label = (code: string | null) => (code ? `${resNames[code]} (${code})` : '—');
  const lines: string[] = [];
  lines.push('# RES-indeling: polygonen versus lijst');
  lines.push('');
  lines.push('Gegenereerd door `npx tsx scripts/derive-reference.ts`; niet met de hand bewerken.');
  lines.push('');
  lines.push(
    'Vergelijkt de RES-regio van elke gemeente volgens de CBS/PDOK-polygonen 2025 ' +
      '(`cbs/regionale_energiestrategie_2025.topojson`, binnenpunt van de gemeente getoetst ' +
      `aan elk RES-vlak) met de lijst \`${listSource}\` (gemeentenamen per RES-regio). ` +
      'Elke regio uit de lijst is gekoppeld aan het RES-vlak met de meeste gemeenschappelijke gemeenten.',
  );
  lines.push('');
  lines.push('## Uitkomst');
  lines.push('');
  const problems =
    r.differences.length + r.unknownNames.length + r.missing.length + r.duplicates.length +
    r.unpairedPolygonRegions.length + r.doublyPairedPolygonRegions.length;
  if (problems === 0) {
    lines.push(
      `Geen verschillen: alle ${r.pairings.length} regio's uit de lijst koppelen één-op-één aan een RES-vlak, ` +
        'en elke gemeente staat in de lijst bij de regio waarin de polygonen haar plaatsen.',
    );
  } else {
    lines.push(`- Gemeenten met een andere regio in de lijst dan in de polygonen: ${r.differences.length}`);
    lines.push(`- Namen in de lijst die geen gemeente van 2025 zijn: ${r.unknownNames.length}`);
    lines.push(`- Gemeenten die in de lijst ontbreken: ${r.missing.length}`);
    lines.push(`- Gemeenten die meer dan eens in de lijst staan: ${r.duplicates.length}`);
    lines.push(`- RES-vlakken zonder gekoppelde lijstregio: ${r.unpairedPolygonRegions.length}`);
    lines.push(`- RES-vlakken met meer dan één gekoppelde lijstregio: ${r.doublyPairedPolygonRegions.length}`);
  }
  lines.push('');
  if (r.differences.length) {
    lines.push('## Verschillen per gemeente');
    lines.push('');
    lines.push('| Gemeente | Code | Regio in lijst | (= RES-vlak) | RES-vlak volgens polygonen |');
    lines.push('|---|---|---|---|---|');
    for (const d of r.differences) {
      lines.push(`| ${d.name} | ${d.code} | ${d.listRegion} | ${label(d.listRegionPolygon)} | ${label(d.polygonRegion)} |`);
    }
    lines.push('');
  }
  for (const [title, items] of [
    ['Onbekende namen in de lijst', r.unknownNames],
    ['Ontbrekende gemeenten', r.missing.map((m) => `${m.name} (${m.code})`)],
    ['Dubbel vermelde gemeenten', r.duplicates.map((d) => `${d.name} (${d.code}): ${d.regions.join(', ')}`)],
    ['RES-vlakken zonder lijstregio', r.unpairedPolygonRegions.map((c) => label(c))],
    ['RES-vlakken met meerdere lijstregio\'s', r.doublyPairedPolygonRegions.map((c) => label(c))],
  ] as const) {
    if (!items.length) continue;
    lines.push(`## ${title}`);
    lines.push('');
    for (const item of items) lines.push(`- ${item}`);
    lines.push('');
  }
  if (r.readAs.length) {
    lines.push('## Namen in de lijst die anders gespeld zijn dan bij het CBS');
    lines.push('');
    lines.push('Deze namen zijn met de gemeentematching van regioruimte gelezen als:');
    lines.push('');
    for (const x of r.readAs) lines.push(`- ${x.listed} → ${x.as}`);
    lines.push('');
  }
  if (r.infoRows.length) {
    lines.push('## Informatieregels in de lijst (zonder gemeente)');
    lines.push('');
    for (const i of r.infoRows) lines.push(`- ${i.regionName}: ${i.note}`);
    lines.push('');
  }
  lines.push('## Koppeling van de regionamen');
  lines.push('');
  lines.push('| Regio in lijst | RES-vlak (CBS) | Gemeenschappelijk / in lijst |');
  lines.push('|---|---|---|');
  for (const p of [...r.pairings].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))) {
    lines.push(`| ${p.listName} | ${label(p.code)} | ${p.overlap} / ${p.listSize} |`);
  }
  lines.push('');
  return lines.join('\n');
}
