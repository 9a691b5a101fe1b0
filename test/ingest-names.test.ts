/**
 * Ids and national division names become page folders and file names. `check` (readDataset) refuses
 * the ones that would write outside the output folder, overwrite another page, collide on a
 * case-insensitive file system or exceed the file name limit, with a finding on file, row and column.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function read(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'rr-names-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return readDataset(dir, ref);
}

const HEADER = 'id;naam;rechtsvorm;gemeenten;themas;ruimtelijk';
const row = (id: string) => `${id};Naam ${id.slice(0, 20)};WGR;Amsterdam;Wonen;ja`;

describe('ids in samenwerkingen', () => {
  it('rejects path-like, over-long and case-only duplicate ids, each at its row and column', async () => {
    const ids = ['regio-a', '../../x', '.', '..', 'a'.repeat(300), 'é'.repeat(43), 'Regio-A', 'régio-a', 'regio-b'];
    const d = await read({ 'samenwerkingen.csv': [HEADER, ...ids.map(row)].join('\n') });
    // Rows 2..10 hold the nine ids; accepted: regio-a (row 2) and regio-b (row 10).
    expect(d.cooperations.map((c) => c.id)).toEqual(['regio-a', 'regio-b']);
    expect(d.sheets[0]).toMatchObject({ rowsRead: 9, rowsAccepted: 2, rowsRejected: 7 });
    const errors = d.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.row, f.column])).toEqual([3, 4, 5, 6, 7, 8, 9].map((r) => [r, 'id']));
    expect(errors[0].message).toContain('mapscheidingstekens');
    expect(errors[1].message).toContain('verwijst naar een map');
    expect(errors[3].message).toContain('300 tekens lang');
    expect(errors[4].message).toContain('86 bytes'); // 43 × 2 bytes
    expect(errors[5].message).toContain("verschilt alleen in hoofdletters of accenten van 'regio-a' in rij 2");
    expect(errors[6].message).toContain("van 'regio-a' in rij 2");
    expect(errors[6].hint).toContain('rij 2');
  });

  it('a goal of a cooperation whose id was refused says the cooperation was rejected', async () => {
    const d = await read({
      'samenwerkingen.csv': [HEADER, row('a/b')].join('\n'),
      'doelen.csv': 'samenwerking_id;thema;tekst\na/b;Wonen;Meer woningen',
    });
    expect(d.goals).toEqual([]);
    expect(d.sheets[1]).toMatchObject({ rowsRead: 1, rowsAccepted: 0, rowsRejected: 1 });
  });
});

describe('national division names and ids', () => {
  const REGIONS = 'indeling;gebied_id;gebied_naam;gemeenten';
  it('rejects divisions that slug to nothing, to a built-in page name, or like another division', async () => {
    const d = await read({
      'samenwerkingen.csv': [HEADER, row('a')].join('\n'),
      'nationale_gebieden.csv': [
        REGIONS,
        'Provinciale gebieden;p1;P1;Amsterdam', // row 2: accepted, slug provinciale-gebieden
        '***;x1;X;Amsterdam', // row 3: slug ''
        'Rijk en regio per thema;r1;R;Amsterdam', // row 4: reserved slug
        'PROVINCIALE_GEBIEDEN;p2;P2;Almere', // row 5: same slug as row 2, other spelling
        'Provinciale gebieden;p3;P3;Almere', // row 6: same spelling as row 2: accepted
        '***;x2;X2;Almere', // row 7: same problem as row 3: grouped into its finding
      ].join('\n'),
    });
    expect(d.nationalRegions.map((r) => r.id).sort()).toEqual(['p1', 'p3']);
    expect(d.sheets[2]).toMatchObject({ rowsRead: 6, rowsAccepted: 2, rowsRejected: 4 });
    const errors = d.findings.filter((f) => f.severity === 'error' && f.file === 'nationale_gebieden.csv');
    expect(errors.map((f) => [f.row, f.column])).toEqual([[3, 'indeling'], [4, 'indeling'], [5, 'indeling']]);
    expect(errors[0].message).toContain('geen letters of cijfers');
    expect(errors[0].hint).toContain('Komt voor in 2 rijen');
    expect(errors[1].message).toContain("paginanaam 'rijk-en-regio-per-thema'");
    expect(errors[2].message).toContain("dezelfde paginanaam ('provinciale-gebieden') als indeling 'Provinciale gebieden' in rij 2");
  });

  it('rejects an area id that differs from another in the same division only by case', async () => {
    const d = await read({
      'samenwerkingen.csv': [HEADER, row('a')].join('\n'),
      'nationale_gebieden.csv': [REGIONS, 'RES;res-1;A;Amsterdam', 'RES;RES-1;B;Almere', 'RES;res-1;A;Almere', 'NOVEX;RES-1;C;Almere'].join('\n'),
    });
    // res-1 (rows 2 and 4, merged) and NOVEX's RES-1 (another division) are fine; row 3 is not.
    expect(d.nationalRegions.map((r) => `${r.division}/${r.id}`).sort()).toEqual(['NOVEX/RES-1', 'RES/res-1']);
    const errors = d.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.row, f.column])).toEqual([[3, 'gebied_id']]);
  });

  it('rejects a policy id that differs from another only by accents', async () => {
    const d = await read({
      'samenwerkingen.csv': [HEADER, row('a')].join('\n'),
      'nationaal_beleid.csv': ['id;titel;thema;sturing;gebiedsgericht', 'nota-ruimte;Nota;Wonen;REGIE_RUIMTEBESLAG;ja', 'nota-ruímte;Nota 2;Wonen;REGIE_RUIMTEBESLAG;ja'].join('\n'),
    });
    expect(d.nationalPolicies.map((p) => p.id)).toEqual(['nota-ruimte']);
    expect(d.findings.filter((f) => f.severity === 'error').map((f) => [f.file, f.row, f.column])).toEqual([['nationaal_beleid.csv', 3, 'id']]);
  });
});
