/**
 * Hand-editing slips and hostile inputs, each with the finding that names cause and fix and the
 * row accounting: every physical line of a CSV is a row or a finding. Small fixtures live in
 * test/fixtures/ingest/<case>/; big or binary inputs are generated here in a temporary folder.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'ingest', name);
const HEADER = 'id;naam;rechtsvorm;gemeenten;themas;ruimtelijk\n';

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rr-hard-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const sheet = (d: Dataset, name = 'samenwerkingen') => d.sheets.find((s) => s.sheet === name)!;
const errorsOf = (d: Dataset) => d.findings.filter((f) => f.severity === 'error');

describe('stray quotes', () => {
  it('a quote that opens and never closes costs its own line; no row receives another row\'s cells', async () => {
    const d = await readDataset(fixture('stray-quotes'), ref);
    // Lines: 1 header; 2 a (quote inside a field: plain text); 3 b (stray quote); 4 c; 5 d (quoted
    // name); 6 e; 7 f (stray quote); 8-9 g (a real two-line cell). b and f are broken lines.
    expect(errorsOf(d).map((f) => [f.row, f.message.slice(0, 40)])).toEqual([
      [3, 'Aanhalingsteken (") niet gesloten op dez'],
      [7, 'Aanhalingsteken (") niet gesloten op dez'],
    ]);
    expect(d.cooperations.map((c) => [c.id, c.name, c.municipalities])).toEqual([
      ['a', 'Regio "Noord', ['GM0363']],
      ['c', 'Regio Zuid', ['GM0479']],
      ['d', 'Regio West', ['GM0392']],
      ['e', 'Regio "Midden"', ['GM0344']],
      ['g', 'Regio\nMeer', ['GM0363']],
    ]);
    // 7 records (lines 2-9, g on two lines): 5 accepted + 2 rejected.
    expect(sheet(d)).toMatchObject({ rowsRead: 7, rowsAccepted: 5, rowsRejected: 2 });
  });

  it('60 lines with a stray quote among 120: 60 rejected lines, 60 accepted, none merged', async () => {
    let text = HEADER;
    for (let i = 0; i < 120; i++) text += `r${i};${i % 2 === 0 ? '"' : ''}Regio ${i};WGR;Amsterdam;Wonen;ja\n`;
    const d = await readDataset(await folder({ 'samenwerkingen.csv': text }), ref);
    expect(sheet(d)).toMatchObject({ rowsRead: 120, rowsAccepted: 60, rowsRejected: 60 });
    expect(d.cooperations.map((c) => c.id)).toEqual(Array.from({ length: 60 }, (_, k) => `r${2 * k + 1}`));
    // Line of r0 is 2, of r2 is 4, ...: the first 50 broken lines have their own finding.
    const rows = errorsOf(d).map((f) => f.row);
    expect(rows.slice(0, 50)).toEqual(Array.from({ length: 50 }, (_, k) => 2 + 2 * k));
    expect(errorsOf(d).at(-1)!.hint).toContain('Komt voor in 10 rijen');
  });

  it("Excel's sep=; first line sets the delimiter and is not a header", async () => {
    const d = await readDataset(fixture('sep-line'), ref);
    expect(errorsOf(d)).toEqual([]);
    expect(d.cooperations.map((c) => c.name)).toEqual(['Samenwerking A, met komma']);
    expect(sheet(d)).toMatchObject({ rowsRead: 1, rowsAccepted: 1 });
  });

  it('sep=, with semicolons in the cells', async () => {
    const text = 'sep=,\nid,naam,rechtsvorm,gemeenten,themas,ruimtelijk\na,A;B;C,WGR,Amsterdam;Almere,Wonen,ja\n';
    const d = await readDataset(await folder({ 'samenwerkingen.csv': text }), ref);
    expect(d.cooperations.map((c) => [c.name, c.municipalities])).toEqual([['A;B;C', ['GM0034', 'GM0363']]]);
  });
});

describe('encodings and odd bytes', () => {
  it('UTF-16 without BOM is read, with a warning naming the encoding and the fix', async () => {
    const text = `${HEADER}a;Súdwest;WGR;Súdwest-Fryslân;Wonen;ja\n`;
    const d = await readDataset(await folder({ 'samenwerkingen.csv': Buffer.from(text, 'utf16le') }), ref);
    const [w] = d.findings.filter((f) => f.message.includes('UTF-16 zonder'));
    expect(w).toMatchObject({ severity: 'warning', file: 'samenwerkingen.csv' });
    expect(w.message).toContain('UTF-16LE');
    expect(w.hint).toContain('CSV UTF-8');
    expect(d.cooperations.map((c) => c.municipalities)).toEqual([['GM1900']]);
  });

  it('a NUL byte is reported at its row and column and removed; the rest of the sheet is read', async () => {
    const text = `${HEADER}a;Regio A;WGR;Amsterdam;Wonen;ja\nb;Regio\u0000 B;WGR;Almere;Wonen;ja\n`;
    const d = await readDataset(await folder({ 'samenwerkingen.csv': text }), ref);
    expect(d.findings.filter((f) => f.message.includes('NUL-teken')).map((f) => [f.severity, f.row, f.column])).toEqual([['warning', 3, 'naam']]);
    expect(d.cooperations.map((c) => c.name)).toEqual(['Regio A', 'Regio B']);
  });

  it('a 9 MB field without quotes is a too-long line, not an unclosed quote', async () => {
    const text = `${HEADER}a;${'x'.repeat(9_000_000)};WGR;Amsterdam;Wonen;ja\nb;Regio B;WGR;Almere;Wonen;ja\n`;
    const d = await readDataset(await folder({ 'samenwerkingen.csv': text }), ref);
    const [e] = errorsOf(d);
    expect(e.row).toBe(2);
    expect(e.message).toContain('zonder regeleinde');
    expect(e.message).not.toContain('Aanhalingsteken');
    expect(d.cooperations.map((c) => c.id)).toEqual(['b']);
    expect(sheet(d)).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
  });
});

describe('findings stay small', () => {
  it('a 1.7 MB value is shortened in the value, the column and the message of its finding', async () => {
    const huge = 'W'.repeat(1_700_000);
    const text = `${HEADER}a;Regio A;${huge};Amsterdam;Wonen;ja\n`;
    const d = await readDataset(await folder({ 'samenwerkingen.csv': text }), ref);
    const longest = Math.max(...d.findings.map((f) => JSON.stringify(f).length));
    // shorten(): 120 characters + "… (1700000 tekens)"; messages are capped at 1,000 characters.
    expect(longest).toBeLessThan(2_000);
    const [f] = d.findings.filter((x) => x.message.includes('rechtsvorm'));
    expect(f.value).toBe(`${'W'.repeat(120)}… (1700000 tekens)`);
    expect(f.message).toContain('… (1700000 tekens)');
  });
});

describe('implausible numbers', () => {
  const pendel = (persons: string) => `van;naar;personen\nAmsterdam;Almere;${persons}\nAlmere;Amsterdam;100\n`;

  it('10^23 commuters in one flow is rejected as impossible; 2 million is kept with a warning', async () => {
    const base = { 'samenwerkingen.csv': `${HEADER}a;Regio A;WGR;Amsterdam;Wonen;ja\n` };
    const d = await readDataset(await folder({ ...base, 'pendel.csv': pendel('100000000000000000000000') }), ref);
    const [e] = d.findings.filter((f) => f.file === 'pendel.csv' && f.severity === 'error');
    expect(e).toMatchObject({ row: 2, column: 'personen' });
    expect(e.message).toContain('meer dan de hele bevolking van Nederland');
    expect(d.commuting!.map((c) => c.persons)).toEqual([100]);
    const w = await readDataset(await folder({ ...base, 'pendel.csv': pendel('2000000') }), ref);
    expect(w.findings.filter((f) => f.file === 'pendel.csv' && f.severity === 'warning').map((f) => f.message)).toEqual([
      '2.000.000 personen in één stroom is onwaarschijnlijk groot (geen gemeente heeft meer dan een miljoen werkenden); de waarde is overgenomen.',
    ]);
    expect(w.commuting!.map((c) => c.persons).sort()).toEqual([100, 2_000_000]);
  });
});

describe('not a regular file', () => {
  it('a FIFO named samenwerkingen.csv is called a pipe, not a folder, and is not opened (no hang)', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = await folder({});
    execFileSync('mkfifo', [join(dir, 'samenwerkingen.csv')]);
    const d = await readDataset(dir, ref);
    const [e] = errorsOf(d);
    expect(e.message).toBe('Dit is geen gewoon bestand maar een pijp (FIFO, named pipe); het is niet gelezen.');
    expect(e.message).not.toContain('map');
  });
});
