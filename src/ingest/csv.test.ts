import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, openCsv, probeDecoded, probeFile } from './csv.ts';
import type { RawRow } from './raw.ts';
import { FindingSink } from './sink.ts';

async function tmpFile(content: Uint8Array | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rr-csv-'));
  const path = join(dir, 'x.csv');
  await writeFile(path, content);
  return path;
}

async function rows(path: string): Promise<RawRow[]> {
  const csv = await openCsv(path, 'x.csv', new FindingSink());
  const out: RawRow[] = [];
  for await (const batch of csv!.records) out.push(...batch);
  return out;
}

describe('CSV reading', () => {
  it('detects the delimiter outside quotes on the first line that has one', () => {
    expect(detectDelimiter('a;b;"c,d,e"\n').delimiter).toBe(';');
    expect(detectDelimiter('a,b,c\n').delimiter).toBe(',');
    expect(detectDelimiter('a\tb\n').delimiter).toBe('\t');
    expect(detectDelimiter('"Titel van de tabel"\n"a";"b"\n').delimiter).toBe(';');
    expect(detectDelimiter('a|b|c\n')).toEqual({ delimiter: ',', suspicious: '|' });
  });

  it('classifies files: UTF-8, Windows-1252, UTF-16 with BOM, binary, empty', async () => {
    expect((await probeFile(await tmpFile('a;b\n'))).encoding).toBe('utf-8');
    expect(await probeFile(await tmpFile(iconv.encode('naam\nSúdwest-Fryslân\n', 'win1252')))).toMatchObject({ kind: 'text', encoding: 'windows-1252' });
    expect((await probeFile(await tmpFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\n', 'utf16le')])))).encoding).toBe('utf-16le');
    expect((await probeFile(await tmpFile(Buffer.from([1, 2, 3, 0, 4, 5])))).kind).toBe('binary');
    expect((await probeFile(await tmpFile(''))).kind).toBe('empty');
  });

  it('numbers records by the physical line they start on, keeps blank lines, multi-line cells and mixed line ends', async () => {
    const path = await tmpFile('a;b\r\n1;2\n\n3;"x\ny"\r4;5');
    expect((await rows(path)).map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', 'x\ny']],
      // The cell on lines 4-5 is one record; the next record starts on line 6.
      [6, ['4', '5']],
    ]);
  });

  it('an unclosed quote breaks one row; reading resumes on the next line', async () => {
    const sink = new FindingSink();
    const csv = await openCsv(await tmpFile('a;b\n1;"x\n2;y\n3;z\n'), 'x.csv', sink);
    const out: RawRow[] = [];
    for await (const batch of csv!.records) out.push(...batch);
    expect(out.map((r) => [r.row, r.broken ?? false, r.cells])).toEqual([
      [1, false, ['a', 'b']],
      [2, true, []],
      [3, false, ['2', 'y']],
      [4, false, ['3', 'z']],
    ]);
    expect(sink.findings.map((f) => [f.severity, f.row])).toEqual([['error', 2]]);
  });

  it('reads UTF-16 (Excel "Unicode text") with tabs', async () => {
    const path = await tmpFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tnaam\na\tÉén\n', 'utf16le')]));
    expect((await rows(path)).map((r) => r.cells)).toEqual([
      ['id', 'naam'],
      ['a', 'Één'],
    ]);
  });
});

describe('mixed encodings', () => {
  it('a UTF-8 file with one stray Windows-1252 byte stays UTF-8, the byte replaced, with a warning', async () => {
    // "Súdwest-Fryslân" in UTF-8 (3 valid non-ASCII letters incl. "é") and one bare 0xE9 byte.
    const path = await tmpFile(Buffer.concat([Buffer.from('naam\nSúdwest-Fryslân\nCaf'), Buffer.from([0xe9]), Buffer.from('\nBrûlé\n')]));
    expect(await probeFile(path)).toMatchObject({ encoding: 'utf-8', replaced: 1 });
    const sink = new FindingSink();
    const csv = await openCsv(path, 'x.csv', sink);
    const out: RawRow[] = [];
    for await (const batch of csv!.records) out.push(...batch);
    expect(out.map((r) => r.cells[0])).toEqual(['naam', 'Súdwest-Fryslân', 'Caf\ufffd', 'Brûlé']);
    expect(sink.findings.map((f) => [f.severity, f.message.slice(0, 40)])).toEqual([['warning', 'Het bestand is UTF-8 maar bevat 1 ongeld']]);
  });
});

describe('probe on bytes', () => {
  it('classifies every file exactly as the decoding probe does, also with sequences split across 64 KiB chunks', async () => {
    // Pieces: ASCII, 2-, 3- and 4-byte UTF-8, a BOM, U+FFFD itself, stray and truncated bytes,
    // NUL and control bytes; files are padded so pieces land on the 65,536-byte chunk boundary.
    const pieces = [
      Buffer.from('a;b\n'), Buffer.from('é'), Buffer.from('€'), Buffer.from('😀'), Buffer.from('\ufeff'), Buffer.from('\ufffd'),
      Buffer.from([0xe9]), Buffer.from([0xe2, 0x82]), Buffer.from([0xf0, 0x9f]), Buffer.from([0x80]), Buffer.from([0xc0, 0xaf]),
      Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0]), Buffer.from([1, 2]), Buffer.from([0xff, 0xfe]),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: pieces.length - 1 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        async (picks, shift, pad) => {
          const body = Buffer.concat(picks.map((i) => pieces[i]));
          // With padding the picked bytes start 1–4 bytes before the first chunk boundary.
          const padding = pad ? Buffer.alloc(65_536 - 1 - shift, 0x61) : Buffer.alloc(0);
          const path = await tmpFile(Buffer.concat([padding, body]));
          expect(await probeFile(path)).toEqual(await probeDecoded(path));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
