import { parse } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner } from './csv-scan.ts';

interface Outcome {
  records: string[][];
  fatal: string | null;
  /** Byte offset after the last good record, only meaningful (and compared) with a fatal error. */
  lastBytes: number | null;
}

/** csv-parse driven the way src/ingest/csv.ts drove it before the scanner replaced it. */
async function viaCsvParse(chunks: string[], delimiter: string, max: number): Promise<Outcome> {
  const records: string[][] = [];
  let fatal: string | null = null;
  let lastBytes = 0;
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: max,
    on_record: (record: string[], context) => {
      lastBytes = context.bytes;
      records.push(record);
      return null;
    },
  });
  parser.on('skip', (error: Error & { code?: string }) => {
    fatal ??= error.code ?? 'CSV_ERROR';
  });
  parser.resume();
  for (const text of chunks) {
    await new Promise<void>((resolve) => parser.write(text, () => resolve()));
    if (fatal) break;
  }
  if (!fatal) {
    await new Promise<void>((resolve) => {
      parser.once('end', () => resolve());
      parser.once('close', () => resolve());
      parser.end();
    });
  } else parser.destroy();
  return { records, fatal, lastBytes: fatal ? lastBytes : null };
}

function viaScanner(chunks: string[], delimiter: string, max: number): Outcome {
  const scanner = new CsvScanner(delimiter, max);
  const records: string[][] = [];
  for (const text of chunks) {
    scanner.write(text);
    records.push(...scanner.records);
    scanner.records = [];
    if (scanner.fatal) break;
  }
  if (!scanner.fatal) {
    scanner.end();
    records.push(...scanner.records);
  }
  return { records, fatal: scanner.fatal, lastBytes: scanner.fatal ? scanner.lastRecordBytes : null };
}

/** Splits text at the given fractions, never inside a surrogate pair (the decoder never does). */
function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * text.length)))]
    .filter((p) => p > 0 && p < text.length && !(text.charCodeAt(p) >= 0xdc00 && text.charCodeAt(p) <= 0xdfff))
    .sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const PIECES = ['a', 'b', 'xyz', ' ', '"', '""', ',', ';', '\t', '\r', '\n', '\r\n', 'é', '😀', '\u0000', '"a"', 'ü"'];

describe('CsvScanner', () => {
  it('reads the usual cases like a spreadsheet writes them', () => {
    // Hand-worked: quoted delimiter, doubled quote, multi-line cell, mixed line ends, empty line,
    // trailing empty field, last line without line break.
    expect(viaScanner(['a;"b;c";"d""e"\r\n"x\ny";\n\n', 'z'], ';', 0)).toEqual({
      records: [['a', 'b;c', 'd"e'], ['x\ny', ''], [''], ['z']],
      fatal: null,
      lastBytes: null,
    });
  });

  it('keeps a quote that does not close its field, with the opening quote (relax_quotes)', () => {
    expect(viaScanner(['"ab"c,d\n', 'e"f",g'], ',', 0).records).toEqual([['"ab"c', 'd'], ['e"f"', 'g']]);
  });

  it('reports an unclosed quote with the byte offset after the last good record', () => {
    // "é" is 2 bytes: 'é,1\n' = 5 bytes.
    expect(viaScanner(['é,1\n"open,2\n'], ',', 0)).toEqual({ records: [['é', '1']], fatal: 'CSV_QUOTE_NOT_CLOSED', lastBytes: 5 });
  });

  it('reports a record longer than the maximum', () => {
    // Maximum 5: 'abcdef' needs its 6th byte appended while 5 bytes are in the field: 5 > 5 is
    // false, so 6 characters pass; 7 do not.
    expect(viaScanner(['abcdef\n'], ',', 5).fatal).toBeNull();
    expect(viaScanner(['ok\nabcdefg\n'], ',', 5)).toEqual({ records: [['ok']], fatal: 'CSV_MAX_RECORD_SIZE', lastBytes: 3 });
  });

  it('gives exactly what csv-parse gives, for random text cut into random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom(0, 4, 9, 25, 8_000_000),
        async (pieces, cuts, delimiter, max) => {
          const chunks = split(pieces.join(''), cuts);
          expect(viaScanner(chunks, delimiter, max)).toEqual(await viaCsvParse(chunks, delimiter, max));
        },
      ),
      { numRuns: 3000, seed: 20251128 },
    );
  });
});
