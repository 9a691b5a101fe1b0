import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, readMetadata } from './metadata.ts';
import { FindingSink } from './sink.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'regioruimte-meta-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function read(files: Record<string, string>) {
  const sink = new FindingSink();
  const metadata = await readMetadata(folder(files), sink);
  return { metadata, findings: sink.findings };
}

describe('parsePartialDate', () => {
  it('keeps the precision the source gives and accepts the Dutch day-month-year order', () => {
    expect(parsePartialDate('2025-01-01')).toBe('2025-01-01');
    expect(parsePartialDate('2014-12')).toBe('2014-12');
    expect(parsePartialDate('2024')).toBe('2024');
    expect(parsePartialDate('1-1-2025')).toBe('2025-01-01');
    expect(parsePartialDate('29-02-2024')).toBe('2024-02-29');
  });
  it('refuses dates that do not exist', () => {
    for (const bad of ['2025-13-01', '2025-02-29', '31-04-2025', 'gisteren', '25', '2025/01/01', '']) expect(parsePartialDate(bad)).toBeNull();
  });
});

describe('readMetadata', () => {
  it('no metadata files: nothing, and no finding', async () => {
    expect(await read({})).toEqual({ metadata: undefined, findings: [] });
  });

  it('reads colofon.csv (; or ,) with its licence and note', async () => {
    const { metadata, findings } = await read({ 'colofon.csv': 'bron;peildatum;licentie\nGemeentegrenzen CBS;2025-01-01;CC BY 4.0\nPendel;2014-12;\n' });
    expect(findings).toEqual([]);
    expect(metadata?.sources).toEqual([
      { source: 'Gemeentegrenzen CBS', date: '2025-01-01', licence: 'CC BY 4.0', note: null },
      { source: 'Pendel', date: '2014-12', licence: null, note: null },
    ]);
    expect(metadata?.publication).toBeNull();
  });

  it('a bad date is a Dutch warning with file, row and column; the row is left out', async () => {
    const { metadata, findings } = await read({ 'colofon.csv': 'bron,peildatum\nA,2025-02-30\nB,2020\n' });
    expect(metadata?.sources.map((s) => s.source)).toEqual(['B']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', file: 'colofon.csv', row: 2, column: 'peildatum', value: '2025-02-30' });
    expect(findings[0].message).toContain('geen geldige peildatum');
  });

  it('a colofon without the peildatum column is reported and not used', async () => {
    const { metadata, findings } = await read({ 'colofon.csv': 'bron,datum_x\nA,2020\n' });
    expect(metadata?.sources).toEqual([]);
    expect(findings[0]).toMatchObject({ severity: 'warning', file: 'colofon.csv', row: 1, column: 'peildatum' });
  });

  it('reads publicatie.csv key/value rows and reports bad values and unknown keys', async () => {
    const text = 'sleutel,waarde\nuitgever,Provincie X\ncontact_email,toegankelijkheid@provincie-x.nl\nnalevingsstatus,c\nverklaring_datum,2026-12\nkleur,blauw\ncontact_url,ftp://x\n';
    const { metadata, findings } = await read({ 'publicatie.csv': text });
    expect(metadata?.publication).toEqual({ publisher: 'Provincie X', contactEmail: 'toegankelijkheid@provincie-x.nl', contactUrl: null, statementDate: null, researchDate: null, status: 'C' });
    expect(findings.map((f) => [f.row, f.column, f.value])).toEqual([
      [5, 'waarde', '2026-12'],
      [6, 'sleutel', 'kleur'],
      [7, 'waarde', 'ftp://x'],
    ]);
  });
});
