import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyAdditions,
  buildNationaal,
  compareWithCbsRes,
  completeness,
  groupSource,
  readNationaalInputs,
  regionRow,
  rowConfidence,
  validatePolicies,
} from './build-nationaal.ts';
import { REPO_ROOT, type ReferenceMunicipality } from './build-voorbeeld.ts';

const HEADER = 'division,region_id,region_name,municipality_name,municipality_code,source_url,note';
const g = (name: string, res: string, province = 'P'): ReferenceMunicipality => ({
  code: `GM-${name}`,
  name,
  province,
  regions: { res },
});
const gemeenten = [g('Hengelo (O.)', 'ES04'), g('Enschede', 'ES04'), g('Almelo', 'ES04'), g('Zwolle', 'ES05'), g('Kampen', 'ES05')];
const names = new Set(gemeenten.map((m) => m.name));
const DEAL = { file: 'regio_deals.csv', division: 'REGIO_DEAL', sourceDivision: 'Regio Deal' };

describe('rowConfidence', () => {
  it('reads the compiler markers', () => {
    expect(rowConfidence('')).toBe('hoog');
    expect(rowConfidence('tranche=2; year=2019; inferred: members of the earlier deal')).toBe('middel');
    expect(rowConfidence('taken from the deal name')).toBe('middel');
    expect(rowConfidence('partial list')).toBe('laag');
  });
});

describe('groupSource and regionRow', () => {
  const csv = [
    HEADER,
    'Regio Deal,RD-1,Twente,Hengelo,,https://a,tranche=2; year=2019',
    'Regio Deal,RD-1,Twente,Enschede,,https://a,tranche=2; year=2019',
    'Regio Deal,RD-1,Twente,Almelo,,https://a,"tranche=2; year=2019; inferred: from the earlier deal"',
    'Regio Deal,RD-2,Caribisch,,,https://b,"tranche=1; year=2018; no municipalities"',
  ].join('\n');
  const groups = groupSource(csv, DEAL, names);

  it('groups rows per region and maps names to CBS 2025', () => {
    expect(groups.map((x) => [x.id, x.members.map((m) => m.name)])).toEqual([
      ['RD-1', ['Hengelo (O.)', 'Enschede', 'Almelo']],
      ['RD-2', []],
    ]);
    expect(groups[0].renamed).toEqual([['Hengelo', 'Hengelo (O.)']]);
  });

  it('writes one row per region with sorted members, tranche/year columns and the weakest confidence', () => {
    const row = regionRow(groups[0], gemeenten);
    expect(row).toMatchObject({
      indeling: 'REGIO_DEAL',
      gebied_id: 'RD-1',
      gemeenten: 'Almelo;Enschede;Hengelo (O.)',
      kenmerk: 'tranche 2 (2019)',
      tranche: '2',
      jaar: '2019',
      bron: 'https://a',
      zekerheid: 'middel', // Almelo is inferred
    });
    expect(row.opmerking).toContain('Hengelo → Hengelo (O.)');
    expect(row.opmerking).toContain('Almelo: inferred: from the earlier deal');
  });

  it('keeps a region without members as a row with empty gemeenten', () => {
    const row = regionRow(groups[1], gemeenten);
    expect(row).toMatchObject({ gemeenten: '', tranche: '1', jaar: '2018', zekerheid: '' });
    expect(row.opmerking).toMatch(/^Geen gemeentelijst bekend/);
  });

  it('rejects a municipality that is not a CBS 2025 name', () => {
    expect(() => groupSource(`${HEADER}\nRegio Deal,RD-9,X,Atlantis,,https://c,tranche=1; year=2018`, DEAL, names)).toThrow(/not a CBS 2025 name/);
  });
});

describe('applyAdditions', () => {
  const extraHeader = 'region_id,municipality_name,source_url,zekerheid,opmerking';
  const base = () =>
    groupSource(`${HEADER}\nNationaal Park,NP-1,Park,,,https://wiki,"province/established per list: Overijssel; 2004"`, {
      file: 'nationale_parken.csv',
      division: 'NATIONAAL_PARK',
      sourceDivision: 'Nationaal Park',
    }, names);

  it('adds sourced members and their source', () => {
    const groups = base();
    applyAdditions(groups, `${extraHeader}\nNP-1,Zwolle,https://park,laag,afgeleid`, names, 'extra');
    const row = regionRow(groups[0], gemeenten);
    expect(row).toMatchObject({ gemeenten: 'Zwolle', bron: 'https://wiki ; https://park', zekerheid: 'laag', kenmerk: 'Overijssel; ingesteld 2004' });
    expect(row.opmerking).toContain('Zwolle (laag): afgeleid');
  });

  it('refuses unknown regions, unknown names and duplicates', () => {
    expect(() => applyAdditions(base(), `${extraHeader}\nNP-X,Zwolle,u,hoog,n`, names, 'extra')).toThrow(/unknown region/);
    expect(() => applyAdditions(base(), `${extraHeader}\nNP-1,Atlantis,u,hoog,n`, names, 'extra')).toThrow(/not a CBS 2025 name/);
    expect(() => applyAdditions(base(), `${extraHeader}\nNP-1,Zwolle,u,hoog,n\nNP-1,Zwolle,u,hoog,n`, names, 'extra')).toThrow(/already/);
  });
});

describe('compareWithCbsRes', () => {
  it('finds the CBS RES region with most members and the differences', () => {
    // Listed {Enschede, Almelo, Zwolle}: ES04 has 2 votes, ES05 1 → ES04; Zwolle extra; Hengelo (O.) missing.
    expect(compareWithCbsRes(['Enschede', 'Almelo', 'Zwolle'], gemeenten)).toEqual({ code: 'ES04', extra: ['Zwolle'], missing: ['Hengelo (O.)'] });
  });
});

describe('validatePolicies', () => {
  const head = 'id,titel,jaar,thema,sturing,gebiedsgericht,toelichting,bron,opmerking';
  const ok = 'a,Titel,2020,Wonen;Mobiliteit,REGIE_RUIMTEBESLAG,ja,Waarom,rijksoverheid.nl,';
  it('accepts a valid row and keeps it unchanged', () => {
    expect(validatePolicies(`${head}\n${ok}`, 't')).toEqual([
      { id: 'a', titel: 'Titel', jaar: '2020', thema: 'Wonen;Mobiliteit', sturing: 'REGIE_RUIMTEBESLAG', gebiedsgericht: 'ja', toelichting: 'Waarom', bron: 'rijksoverheid.nl', opmerking: '' },
    ]);
  });
  it.each([
    ['unknown theme', 'a,T,2020,Huizen,REGIE_RUIMTEBESLAG,ja,W,b,'],
    ['unknown steering', 'a,T,2020,Wonen,REGIE,ja,W,b,'],
    ['bad area flag', 'a,T,2020,Wonen,THEMATISCHE_FOCUS,misschien,W,b,'],
    ['bad year', 'a,T,20,Wonen,THEMATISCHE_FOCUS,nee,W,b,'],
    ['empty explanation', 'a,T,2020,Wonen,THEMATISCHE_FOCUS,nee,,b,'],
  ])('rejects %s', (_label, line) => {
    expect(() => validatePolicies(`${head}\n${line}`, 't')).toThrow();
  });
  it('rejects duplicate ids', () => {
    expect(() => validatePolicies(`${head}\n${ok}\n${ok}`, 't')).toThrow(/duplicate/);
  });
});

describe('the committed example files', () => {
  const out = buildNationaal(readNationaalInputs());

  it('are exactly what the script produces from data/source', () => {
    expect(readFileSync(join(REPO_ROOT, 'data/voorbeeld/nationale_gebieden.csv'), 'utf8')).toBe(out.gebieden);
    expect(readFileSync(join(REPO_ROOT, 'data/voorbeeld/nationaal_beleid.csv'), 'utf8')).toBe(out.beleid);
  });

  it('hold every known region of every division, without the woondeals (dropped by correcties.csv)', () => {
    const c = completeness(out.regionRows);
    // The 9 woondeal regions of the source tables are dropped by 9 gebied-weg rows in correcties.csv.
    expect(Object.fromEntries(Object.entries(c).map(([d, v]) => [d, v.known]))).toEqual({
      RES: 30, NOVEX: 16, NATIONAAL_PARK: 22, DELTA: 9, REGIO_DEAL: 82,
    });
    expect(c.RES.withMembers).toBe(30);
  });

  it('put each of the 342 municipalities in exactly one RES region', () => {
    const res = out.regionRows.filter((r) => r.indeling === 'RES').flatMap((r) => r.gemeenten.split(';'));
    expect(res).toHaveLength(342);
    expect(new Set(res).size).toBe(342);
  });

  it('record tranche and year for every Regio Deal', () => {
    const deals = out.regionRows.filter((r) => r.indeling === 'REGIO_DEAL');
    expect(deals.every((r) => /^[1-6]$/.test(r.tranche) && /^20(18|19|2\d)$/.test(r.jaar))).toBe(true);
  });

  it('give a national park the same members as its cooperation in samenwerkingen.csv', () => {
    // Pairs of rows about the same park; after the corrections both files list the same municipalities:
    // Drentsche Aa 4 (overlegorgaan), Oosterschelde 7, Biesbosch 3 (Sliedrecht left), Utrechtse Heuvelrug 8, Sallandse Heuvelrug 7.
    const cooperations = parse(readFileSync(join(REPO_ROOT, 'data/voorbeeld/samenwerkingen.csv')), { columns: true, bom: true }) as Record<string, string>[];
    const members = (id: string) => cooperations.find((r) => r.id === id)!.gemeenten;
    const park = (id: string) => out.regionRows.find((r) => r.gebied_id === id)!.gemeenten;
    const pairs: [string, string, number][] = [
      ['nationaal-park-drentsche-aa', 'NP-06-drentsche-aa', 4],
      ['nationaal-park-oosterschelde', 'NP-14-oosterschelde', 7],
      ['parkschap-nationaal-park-de-biesbosch', 'NP-15-de-biesbosch', 3],
      ['nationaal-park-utrechtse-heuvelrug', 'NP-11-utrechtse-heuvelrug', 8],
      ['nationaal-park-sallandse-heuvelrug', 'NP-08-sallandse-heuvelrug', 7],
    ];
    for (const [cooperation, region, n] of pairs) {
      expect(park(region), region).toBe(members(cooperation));
      expect(park(region).split(';'), region).toHaveLength(n);
    }
    expect(park('NP-06-drentsche-aa')).not.toContain('Midden-Drenthe');
  });
});
