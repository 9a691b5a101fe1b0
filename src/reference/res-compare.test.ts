import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Municipality } from '../model/reference.ts';
import { compareRes, renderResComparison, type ListedMembership } from './res-compare.ts';
import { loadReference, REFERENCE_DIR } from './index.ts';
import { matchMunicipality } from './match.ts';

const mun = (code: string, name: string, res: string): Municipality => ({
  code,
  name,
  province: 'P',
  regions: { provincie: 'PV', res, arbeidsmarktregio: 'A', veiligheidsregio: 'V', ggdregio: 'G', jeugdregio: 'J', corop: 'C' },
});

describe('compareRes (synthetic)', () => {
  // Polygons: A, B, C in ES01; D in ES02. List: "Noord" = A, B, D; "Zuid" = C.
  // "Noord" overlaps ES01 in 2 of 3 → paired with ES01; D (ES02) is a difference.
  // "Zuid" overlaps ES01 in 1 → also ES01: ES01 doubly paired, ES02 unpaired.
  const municipalities = [mun('GM1', 'A', 'ES01'), mun('GM2', 'B', 'ES01'), mun('GM3', 'C', 'ES01'), mun('GM4', 'D', 'ES02')];
  const names = { ES01: 'Een', ES02: 'Twee' };
  const listed: ListedMembership[] = [
    { regionId: 'r1', regionName: 'Noord', municipalityName: 'A', note: '' },
    { regionId: 'r1', regionName: 'Noord', municipalityName: 'B', note: '' },
    { regionId: 'r1', regionName: 'Noord', municipalityName: 'D', note: '' },
    { regionId: 'r2', regionName: 'Zuid', municipalityName: 'C', note: '' },
    { regionId: 'r2', regionName: 'Zuid', municipalityName: 'Onbekend', note: '' },
  ];
  const resolve = (n: string) => municipalities.find((m) => m.name === n)?.code ?? null;
  const r = compareRes(listed, municipalities, names, resolve);

  it('pairs regions by member overlap and lists every difference', () => {
    expect(r.pairings.map((p) => [p.listName, p.code, p.overlap, p.listSize])).toEqual([
      ['Noord', 'ES01', 2, 3],
      ['Zuid', 'ES01', 1, 1],
    ]);
    expect(r.differences).toEqual([{ code: 'GM4', name: 'D', listRegion: 'Noord', listRegionPolygon: 'ES01', polygonRegion: 'ES02' }]);
    expect(r.unknownNames).toEqual(['Onbekend']);
    expect(r.unpairedPolygonRegions).toEqual(['ES02']);
    expect(r.doublyPairedPolygonRegions).toEqual(['ES01']);
    expect(r.missing).toEqual([]);
  });

  it('renders the differences in the report', () => {
    const md = renderResComparison(r, names, 'lijst.csv');
    expect(md).toContain('| D | GM4 | Noord | Een (ES01) | Twee (ES02) |');
    expect(md).toContain('- Onbekend');
  });
});

describe('RES comparison on the real data', () => {
  it('finds no differences and matches the committed report', () => {
    const ref = loadReference();
    const rows = parse(readFileSync(REFERENCE_DIR + 'res_regios.csv', 'utf8'), { columns: true }) as Record<string, string>[];
    const listed = rows.map((x) => ({ regionId: x.region_id, regionName: x.region_name, municipalityName: x.municipality_name, note: x.note }));
    const resolve = (n: string) => {
      const m = matchMunicipality(n, ref);
      return m.kind === 'exact' || m.kind === 'variant' ? m.code : null;
    };
    const r = compareRes(listed, ref.municipalities, ref.regionNames.res, resolve);
    expect(r.differences).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.unknownNames).toEqual([]);
    expect(r.pairings).toHaveLength(30);
    expect(renderResComparison(r, ref.regionNames.res, 'data/reference/res_regios.csv')).toBe(
      readFileSync(REFERENCE_DIR + 'res-vergelijking.md', 'utf8'),
    );
  });
});
