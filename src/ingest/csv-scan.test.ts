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

/** Recovery mode as the reader uses it: records with their start lines and the broken lines. */
function recovering(chunks: string[], delimiter: string, max: number, validate: (r: string[], relaxed: boolean) => boolean) {
  const scanner = new CsvScanner(delimiter, max, { validate });
  const out: { line: number; cells: string[] | string }[] = [];
  const take = () => {
    const broken = new Map(scanner.broken.map((b) => [b.index, b.reason]));
    scanner.records.forEach((r, i) => out.push({ line: scanner.lines[i], cells: broken.get(i) ?? r }));
    scanner.records = [];
    scanner.lines = [];
    scanner.broken = [];
  };
  for (const text of chunks) {
    scanner.write(text);
    take();
  }
  scanner.end();
  take();
  return out;
}

describe('CsvScanner in recovery mode', () => {
  const width3 = (r: string[], relaxed: boolean) => !relaxed && r.length === 3;

  it('a stray quote costs its own line only; the next lines are their own records', () => {
    // Line 2 opens a quote that the quote on line 4 "relaxes" (followed by text): without recovery
    // lines 2-4 would be one record. With it, line 2 is broken and lines 3 and 4 are read.
    const text = 'a;b;c\n1;"x;y\n2;q;r\n3;"z"w;s\n';
    expect(recovering([text], ';', 0, width3)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: 'quote-not-closed' },
      { line: 3, cells: ['2', 'q', 'r'] },
      { line: 4, cells: ['3', '"z"w', 's'] },
    ]);
  });

  it('keeps a well-formed multi-line cell and numbers the following record by its physical line', () => {
    expect(recovering(['a;b;c\n1;"x\r\ny";2\n3;4;5'], ';', 0, width3)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x\r\ny', '2'] },
      { line: 4, cells: ['3', '4', '5'] },
    ]);
  });

  it('a quote open until the end of the text breaks its line; the rest is read', () => {
    expect(recovering(['a;b;c\n1;"open;2\n', '3;4;5\n6;7;8'], ';', 0, width3)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: 'quote-not-closed' },
      { line: 3, cells: ['3', '4', '5'] },
      { line: 4, cells: ['6', '7', '8'] },
    ]);
  });

  it('a record over the maximum is one broken line, quoted or not', () => {
    expect(recovering(['a;b\nxxxxxxxxxx;y\nok;1\n'], ';', 5, () => true)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: 'too-long-unquoted' },
      { line: 3, cells: ['ok', '1'] },
    ]);
    expect(recovering(['a;b\n"xxxxxxxxxx";y\nok;1\n'], ';', 5, () => true)[1]).toEqual({ line: 2, cells: 'too-long-quoted' });
  });

  it('gives csv-parse\'s records when no quoted field spans a line break, for random text and chunkings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        async (pieces, cuts, delimiter) => {
          const chunks = split(pieces.join(''), cuts);
          const reference = await viaCsvParse(chunks, delimiter, 0);
          if (reference.fatal || reference.records.some((r) => r.some((c) => /[\r\n]/.test(c)))) return;
          expect(recovering(chunks, delimiter, 0, () => false).map((r) => r.cells)).toEqual(reference.records);
        },
      ),
      { numRuns: 1500, seed: 20251202 },
    );
  });

  it('does not depend on where the text is cut into chunks, and accounts for every line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom(0, 9, 25),
        (pieces, cuts, delimiter, max) => {
          const text = pieces.join('');
          const validate = (r: string[], relaxed: boolean) => !relaxed && r.length === 2;
          const whole = recovering([text], delimiter, max, validate);
          expect(recovering(split(text, cuts), delimiter, max, validate)).toEqual(whole);
          // Start lines strictly increase and stay within the text's physical lines.
          const lines = text.split(/\r\n|\n|\r/).length;
          whole.forEach((r, i) => {
            if (i > 0) expect(r.line).toBeGreaterThan(whole[i - 1].line);
            expect(r.line).toBeLessThanOrEqual(lines);
          });
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });
});
