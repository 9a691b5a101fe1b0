/**
 * One test per bad-input fixture in test/fixtures/ingest/<case>/: each asserts the documented
 * finding (docs/input.md) by severity, file, row, column and message, and the row accounting.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import type { Dataset } from '../src/model/dataset.ts';
import type { Finding } from '../src/model/findings.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'ingest', name);
const read = (name: string) => readDataset(fixture(name), ref);

function sheet(d: Dataset, name: string) {
  const s = d.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The findings matching all given fields (message: substring). */
function find(d: Dataset, want: Partial<Omit<Finding, 'message'>> & { message?: string }): Finding[] {
  return d.findings.filter(
    (f) =>
      (want.severity === undefined || f.severity === want.severity) &&
      (want.file === undefined || f.file === want.file) &&
      (want.row === undefined || f.row === want.row) &&
      (want.column === undefined || f.column === want.column) &&
      (want.value === undefined || f.value === want.value) &&
      (want.message === undefined || f.message.includes(want.message)),
  );
}

function expectInvariant(d: Dataset): void {
  for (const s of d.sheets) expect(s.rowsRead, s.sheet).toBe(s.rowsAccepted + s.rowsRejected);
}

const errors = (d: Dataset) => d.findings.filter((f) => f.severity === 'error');

describe('readDataset on the bad-input fixtures', () => {
  it('empty file: one error, nothing read', async () => {
    const d = await read('empty-file');
    expect(find(d, { severity: 'error', file: 'samenwerkingen.csv', row: null, message: 'Het bestand is leeg' })).toHaveLength(1);
    expect(errors(d)).toHaveLength(1);
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ present: true, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 });
  });

  it('header only: error on row 1 of the required sheet', async () => {
    const d = await read('header-only');
    expect(find(d, { severity: 'error', file: 'samenwerkingen.csv', row: 1, message: 'alleen een kopregel' })).toHaveLength(1);
    expect(sheet(d, 'samenwerkingen').rowsRead).toBe(0);
  });

  it("wrong delimiter '|': missing required columns, the hint names the delimiter, the row is rejected", async () => {
    const d = await read('wrong-delimiter');
    const [f] = find(d, { severity: 'error', file: 'samenwerkingen.csv', row: 1, column: 'id, naam, rechtsvorm, gemeenten', message: 'Verplichte kolom(men) ontbreken' });
    expect(f.hint).toContain("scheidingsteken lijkt '|'");
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ rowsRead: 1, rowsAccepted: 0, rowsRejected: 1 });
  });

  it('UTF-8 BOM: the first column is still "id"; no finding about columns', async () => {
    const d = await read('bom');
    expect(d.cooperations.map((c) => c.id)).toEqual(['mra']);
    expect(find(d, { message: 'Onbekende kolom' })).toHaveLength(0);
    expect(errors(d)).toHaveLength(0);
  });

  it('Windows-1252: decoded correctly, with a warning', async () => {
    const d = await read('windows-1252');
    expect(find(d, { severity: 'warning', file: 'samenwerkingen.csv', row: null, message: 'gelezen als Windows-1252' })).toHaveLength(1);
    expect(d.cooperations[0].name).toBe('Samenwerking Súdwest-Fryslân');
    expect(d.cooperations[0].municipalities).toEqual(['GM1900']);
  });

  it('binary file named .csv: exactly one error', async () => {
    const d = await read('binary');
    expect(errors(d)).toHaveLength(1);
    expect(find(d, { severity: 'error', file: 'samenwerkingen.csv', message: 'geen tekstbestand' })).toHaveLength(1);
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ present: true, rowsRead: 0 });
  });

  it('corrupt .xlsx: exactly one error, no sheet read', async () => {
    const d = await readDataset(join(fixture('corrupt-xlsx'), 'werkboek.xlsx'), ref);
    expect(errors(d)).toHaveLength(1);
    expect(find(d, { severity: 'error', file: 'werkboek.xlsx', message: 'geen leesbaar Excel-werkboek' })).toHaveLength(1);
    expect(d.sheets.every((s) => s.rowsRead === 0)).toBe(true);
  });

  it('missing required column: one error naming it, all rows rejected', async () => {
    const d = await read('missing-column');
    const [f] = find(d, { severity: 'error', row: 1, column: 'gemeenten', message: 'Alle 2 rijen' });
    expect(f.file).toBe('samenwerkingen.csv');
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ rowsRead: 2, rowsAccepted: 0, rowsRejected: 2 });
  });

  it('unknown extra column: a warning, the value kept in extra', async () => {
    const d = await read('extra-column');
    expect(find(d, { severity: 'warning', row: 1, column: 'budget', message: "Onbekende kolom(men) 'budget'" })).toHaveLength(1);
    expect(d.cooperations[0].extra).toEqual({ budget: '1000000' });
    expect(errors(d)).toHaveLength(0);
  });

  it('duplicate cooperation id: the second row is rejected', async () => {
    const d = await read('duplicate-id');
    expect(find(d, { severity: 'error', row: 3, column: 'id', value: 'mra', message: 'komt al voor in rij 2' })).toHaveLength(1);
    expect(d.cooperations.map((c) => [c.id, c.name])).toEqual([
      ['mra', 'Metropoolregio Amsterdam'],
      ['mrdh', 'MRDH'],
    ]);
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
  });

  it("unknown theme 'Woningbouw': error suggesting 'Wonen'; the valid theme is kept", async () => {
    const d = await read('unknown-theme');
    const [f] = find(d, { severity: 'error', row: 2, column: 'themas', value: 'Woningbouw', message: "Onbekend thema 'Woningbouw'" });
    expect(f.hint).toContain("Bedoelt u 'Wonen'?");
    expect(d.cooperations[0].themes).toEqual(['Mobiliteit']);
  });

  it('invalid legal form rejects the row; a synonym is converted with a warning; case is ignored', async () => {
    const d = await read('invalid-legal-form');
    expect(find(d, { severity: 'error', row: 2, column: 'rechtsvorm', value: 'Stichtingachtig', message: 'Ongeldige rechtsvorm' })).toHaveLength(1);
    expect(find(d, { severity: 'warning', row: 3, column: 'rechtsvorm', message: "gelezen als 'WGR'" })).toHaveLength(1);
    expect(d.cooperations.map((c) => [c.id, c.legalForm])).toEqual([
      ['b', 'WGR'],
      ['c', 'WGR'],
    ]);
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
  });

  it('goal referencing an unknown cooperation is rejected (with a suggestion when close); theme outside the cooperation warns', async () => {
    const d = await read('unknown-cooperation');
    expect(find(d, { severity: 'error', file: 'doelen.csv', row: 4, column: 'samenwerking_id', value: 'onbekend', message: 'onbekende samenwerking' })).toHaveLength(1);
    const [typo] = find(d, { severity: 'error', file: 'doelen.csv', row: 5, value: 'mraa' });
    expect(typo.hint).toBe("Bedoelt u 'mra'?");
    expect(find(d, { severity: 'warning', file: 'doelen.csv', row: 3, column: 'thema', message: "thema 'Mobiliteit' staat niet bij" })).toHaveLength(1);
    expect(sheet(d, 'doelen')).toMatchObject({ rowsRead: 4, rowsAccepted: 2, rowsRejected: 2 });
  });

  it('unknown, ambiguous and former municipalities: errors/warning per documented rule; rows kept without the bad member', async () => {
    const d = await read('municipalities');
    const [unknown] = find(d, { severity: 'error', row: 2, column: 'gemeenten', value: 'Amsterdm', message: "Onbekende gemeente 'Amsterdm'" });
    expect(unknown.hint).toContain("'Amsterdam' (GM0363)");
    expect(find(d, { severity: 'error', row: 3, value: 'Bergen' })[0].message).toBe(
      "'Bergen' is dubbelzinnig: Bergen (NH.) GM0373 of Bergen (L.) GM0893 — schrijf de code.",
    );
    expect(find(d, { severity: 'warning', row: 4, value: 'Weesp', message: "gelezen als opvolger 'Amsterdam (GM0363)'" })).toHaveLength(1);
    expect(find(d, { severity: 'error', row: 5, value: 'Haaren', message: 'verdeeld over' })).toHaveLength(1);
    expect(find(d, { severity: 'info', row: 6, value: 'Den Bosch' })).toHaveLength(1);
    const members = Object.fromEntries(d.cooperations.map((c) => [c.id, c.municipalities]));
    // Amsterdam GM0363; Alkmaar GM0361; Weesp → Amsterdam, Huizen GM0406; Tilburg GM0855;
    // Den Bosch → GM0796 plus GM0855 given as a code.
    expect(members).toEqual({
      noord: ['GM0363'],
      bergen: ['GM0361'],
      weesp: ['GM0363', 'GM0406'],
      haaren: ['GM0855'],
      bosch: ['GM0796', 'GM0855'],
    });
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ rowsRead: 5, rowsAccepted: 5, rowsRejected: 0 });
  });

  it('broken quote: that row is rejected, reading resumes on the next line', async () => {
    const d = await read('broken-quote');
    expect(find(d, { severity: 'error', row: 3, message: 'Aanhalingsteken (") niet gesloten' })).toHaveLength(1);
    expect(d.cooperations.map((c) => c.id)).toEqual(['a', 'c']);
    expect(sheet(d, 'samenwerkingen')).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
  });

  it('missing optional sheets are information, not errors', async () => {
    const d = await read('bom');
    for (const name of ['doelen', 'nationale_gebieden', 'nationaal_beleid', 'pendel']) {
      expect(find(d, { severity: 'info', file: `${name}.csv`, message: `optionele blad '${name}' ontbreekt` })).toHaveLength(1);
      expect(sheet(d, name).present).toBe(false);
    }
    expect(d.commuting).toBeNull();
  });

  it('national regions in the long layout are merged per region; codes are accepted; policies are validated', async () => {
    const d = await read('nationaal');
    // RES-1 from two rows (Amsterdam GM0363, Zaanstad GM0479); RD-1 from the code column (GM0034).
    expect(d.nationalRegions.map((r) => [r.division, r.id, r.municipalities])).toEqual([
      ['RES', 'RES-1', ['GM0363', 'GM0479']],
      ['NOVEX', 'NOVEX-1', []],
      ['REGIO_DEAL', 'RD-1', ['GM0034']],
    ]);
    expect(d.nationalRegions[0].extra).toEqual({ note: 'afgeleid' });
    expect(sheet(d, 'nationale_gebieden')).toMatchObject({ rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 });
    expect(d.nationalPolicies.map((p) => p.id)).toEqual(['nwba']);
    expect(find(d, { severity: 'error', file: 'nationaal_beleid.csv', row: 3, column: 'sturing' })).toHaveLength(1);
    const [theme] = find(d, { severity: 'error', file: 'nationaal_beleid.csv', row: 4, value: 'Energie', message: 'Onbekend thema' });
    expect(theme.hint).toContain("Bedoelt u 'Energietransitie'?");
    expect(sheet(d, 'nationaal_beleid')).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2 });
  });

  it("pendel in CBS's export layout: title skipped, thousands to persons, aggregates and secrets skipped, merged flows summed", async () => {
    const d = await read('pendel-cbs');
    // Amsterdam→Amsterdam 310,5 + Weesp(→Amsterdam)→Amsterdam 3,0 = 313 500;
    // Amsterdam→Zaanstad 2,1 + GM0363→GM0479 1,5 = 3 600; Groningen→Groningen 98,4 = 98 400.
    expect(d.commuting).toEqual([
      { from: 'GM0014', to: 'GM0014', persons: 98_400, year: 2014, note: null },
      { from: 'GM0363', to: 'GM0363', persons: 313_500, year: 2014, note: null },
      { from: 'GM0363', to: 'GM0479', persons: 3_600, year: 2014, note: null },
    ]);
    // 9 records after the header: 5 flows accepted; ".", Nederland, a province and the footer rejected.
    expect(sheet(d, 'pendel')).toMatchObject({ rowsRead: 9, rowsAccepted: 5, rowsRejected: 4 });
    expect(find(d, { severity: 'warning', file: 'pendel.csv', row: 8, value: 'Nederland', message: 'Totaal- of regiorij' })[0].hint).toContain('Komt voor in 2 rijen');
    expect(find(d, { severity: 'warning', row: 7, value: '.', message: 'Stroom zonder cijfer' })).toHaveLength(1);
    expect(find(d, { severity: 'warning', row: 6, column: "Woonregio's", value: 'Weesp' })).toHaveLength(1);
    expect(errors(d)).toHaveLength(0);
  });

  it('pendel in our layout: thousands separator, split former municipality apportioned by population, bad rows rejected', async () => {
    const d = await read('pendel-eigen');
    // Haaren (split 2021) over Boxtel 33 979, Oisterwijk 32 952, Tilburg 229 836, Vught 32 356
    // inhabitants (total 329 123). Haaren→Tilburg 1000 → 103.24, 100.12, 698.33, 98.31: floors
    // 103+100+698+98 = 999, the 1 left goes to the largest remainder (Tilburg .33) → 699.
    // Haaren→Haaren 500 stays internal: 51.62, 50.06, 349.16, 49.16 → floors 499, +1 to Boxtel → 52.
    // Tilburg→Tilburg = 699 + 349 = 1048.
    const flows = Object.fromEntries((d.commuting ?? []).map((f) => [`${f.from}>${f.to}`, f.persons]));
    expect(flows).toEqual({
      'GM0363>GM0479': 2100,
      'GM0479>GM0363': 1200,
      'GM0757>GM0757': 52,
      'GM0757>GM0855': 103,
      'GM0824>GM0824': 50,
      'GM0824>GM0855': 100,
      'GM0855>GM0855': 1048,
      'GM0865>GM0855': 98,
      'GM0865>GM0865': 49,
    });
    const total = (d.commuting ?? []).filter((f) => f.note?.includes('verdeeld naar inwonertal')).reduce((a, f) => a + f.persons, 0);
    expect(total).toBe(1500);
    expect(find(d, { severity: 'warning', file: 'pendel.csv', row: 4, value: 'Haaren', message: 'verdeeld over' })[0].hint).toContain('Komt voor in 3 rijen');
    expect(find(d, { severity: 'error', file: 'pendel.csv', row: 7, column: 'personen', value: 'veel' })).toHaveLength(1);
    expect(find(d, { severity: 'error', file: 'pendel.csv', row: 6, value: 'Amsterdm' })).toHaveLength(1);
    expect(sheet(d, 'pendel')).toMatchObject({ rowsRead: 6, rowsAccepted: 4, rowsRejected: 2 });
  });

  it('every fixture keeps rows read = accepted + rejected', async () => {
    const names = ['empty-file', 'header-only', 'wrong-delimiter', 'bom', 'windows-1252', 'binary', 'missing-column', 'extra-column', 'duplicate-id', 'unknown-theme', 'invalid-legal-form', 'unknown-cooperation', 'municipalities', 'broken-quote', 'nationaal', 'pendel-cbs', 'pendel-eigen'];
    for (const name of names) expectInvariant(await read(name));
  });
});

describe('readDataset on workbooks built at test time', () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rr-ingest-'));
    const wb = new ExcelJS.Workbook();
    build(wb);
    const path = join(dir, 'invoer.xlsx');
    await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
    return path;
  }

  it('formula cell: the cached result is used with a warning naming the cell; without a result it is an error', async () => {
    const path = await workbook((wb) => {
      const ws = wb.addWorksheet('samenwerkingen');
      ws.addRow(['id', 'naam', 'rechtsvorm', 'gemeenten', 'themas', 'agenda_jaar']);
      ws.addRow(['a', 'Samenwerking A', 'WGR', 'Amsterdam', 'Wonen', 2020]);
      ws.getCell('F2').value = { formula: '2000+20', result: 2020 };
      ws.addRow(['b', 'Samenwerking B', 'WGR', 'Almere', 'Wonen']);
      ws.getCell('B3').value = { formula: 'CONCAT("Samen","werking B")' } as ExcelJS.CellFormulaValue;
    });
    const d = await readDataset(path, ref);
    expect(find(d, { severity: 'warning', file: 'invoer.xlsx[samenwerkingen]', row: 2, column: 'agenda_jaar', message: "Cel 'F2' bevat een formule" })).toHaveLength(1);
    expect(find(d, { severity: 'error', file: 'invoer.xlsx[samenwerkingen]', row: 3, column: 'naam', message: "Cel 'B3' bevat een formule zonder opgeslagen uitkomst" })).toHaveLength(1);
    expect(d.cooperations.map((c) => [c.id, c.agendaYear])).toEqual([['a', 2020]]);
    // Row 3 has no name left, so it is rejected as well.
    expect(find(d, { severity: 'error', row: 3, column: 'naam', message: 'heeft geen naam' })).toHaveLength(1);
    expect(d.sheets[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
  });

  it('sheet names are matched without regard to case; unknown sheets are information', async () => {
    const path = await workbook((wb) => {
      const ws = wb.addWorksheet('Samenwerkingen');
      ws.addRow(['id', 'naam', 'rechtsvorm', 'gemeenten']);
      ws.addRow(['a', 'A', 'OVERIG', 'GM0363']);
      wb.addWorksheet('Notities').addRow(['iets']);
    });
    const d = await readDataset(path, ref);
    expect(d.cooperations).toHaveLength(1);
    expect(find(d, { severity: 'info', file: 'invoer.xlsx[Notities]' })).toHaveLength(1);
    expect(errors(d)).toHaveLength(0);
  });

  it('a path that does not exist or is a plain CSV file is one error, not an exception', async () => {
    const missing = await readDataset(join(tmpdir(), 'bestaat-niet-regioruimte'), ref);
    expect(errors(missing)).toHaveLength(1);
    const csv = await readDataset(join(fixture('bom'), 'samenwerkingen.csv'), ref);
    expect(find(csv, { severity: 'error', message: 'geen map en geen .xlsx' })).toHaveLength(1);
  });
});
