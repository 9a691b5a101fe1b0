/**
 * Hand-editing slips, generated: a clean samenwerkingen sheet of known rows (ids s0, s1, …, one
 * physical line each) gets slips on some of its lines — a stray opening quote, a deleted or an extra
 * delimiter, merged cells (id and name left empty, as Excel exports a merged range), a stray BOM, a
 * line saved in Windows-1252 inside a UTF-8 file — plus an Excel `sep=` first line and a mix of
 * CRLF, LF and CR line ends. Whatever the slips, the reader
 *   - never throws;
 *   - accounts for every physical line: header (and sep= line) + rowsRead + blank lines = lines,
 *     and rowsRead = rowsAccepted + rowsRejected;
 *   - never attaches one line's data to another: an accepted cooperation sits on the line where its
 *     id was written, and a line without slips is accepted with exactly its own values.
 * Deterministic: fixed seed and number of runs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rr-slips-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Municipalities whose names resolve exactly (one accented, to notice encoding damage). */
const PLACES: Record<string, string> = { Amsterdam: 'GM0363', Almere: 'GM0034', Zaanstad: 'GM0479', Utrecht: 'GM0344', 'Súdwest-Fryslân': 'GM1900' };
const NAMES = Object.keys(PLACES);
const THEMES = ['Wonen', 'Mobiliteit', 'Energietransitie'];

type Slip = 'quote' | 'dropDelimiter' | 'extraDelimiter' | 'merged' | 'bom' | 'cp1252';
const SLIPS: Slip[] = ['quote', 'dropDelimiter', 'extraDelimiter', 'merged', 'bom', 'cp1252'];

interface Line {
  id: string;
  name: string;
  places: string[];
  themes: string[];
}

/** Cells of a clean line; the list cells are quoted because they hold the delimiter. */
function cells(l: Line, d: string): string[] {
  const list = (items: string[]) => (d === ';' ? `"${items.join(';')}"` : items.join(';'));
  return [l.id, l.name, 'WGR', list(l.places), list(l.themes), 'ja'];
}

/** Applies one slip to the text of a line at a position chosen by `at` (0..1). */
function slip(kind: Slip, c: string[], d: string, at: number): string {
  const k = Math.floor(at * c.length) % c.length;
  switch (kind) {
    case 'quote': // an opening quote at the start of a field that never closes on the line
      return c.map((v, i) => (i === k ? `"${v.replace(/^"|"$/g, '')}` : v)).join(d);
    case 'dropDelimiter': {
      const j = Math.max(1, k);
      return [...c.slice(0, j - 1), c[j - 1] + c[j], ...c.slice(j + 1)].join(d);
    }
    case 'extraDelimiter':
      return [...c.slice(0, k + 1), '', ...c.slice(k + 1)].join(d);
    case 'merged':
      return ['', '', ...c.slice(2)].join(d);
    case 'bom':
      return c.map((v, i) => (i === k ? `\ufeff${v}` : v)).join(d);
    case 'cp1252':
      return c.join(d); // encoded differently below
  }
}

const sheetArb = fc.record({
  lines: fc.array(
    fc.record({
      name: fc.constantFrom('Regio Noord', 'Gemeenten West', 'Samenwerking Zuid'),
      places: fc.subarray(NAMES, { minLength: 1, maxLength: 3 }),
      themes: fc.subarray(THEMES, { minLength: 1 }),
      slips: fc.array(fc.record({ kind: fc.constantFrom(...SLIPS), at: fc.double({ min: 0, max: 0.999, noNaN: true }) }), { maxLength: 1 }),
      end: fc.constantFrom('\n', '\r\n', '\r'),
    }),
    { minLength: 1, maxLength: 14 },
  ),
  delimiter: fc.constantFrom(';', ',', '\t'),
  sep: fc.boolean(),
  bom: fc.boolean(),
  slipRate: fc.constantFrom(0, 0.3, 1),
});

type Sheet = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

/** Builds the file's bytes and what each physical line was. */
function build(s: Sheet): { bytes: Buffer; lines: { line: number; clean: Line; slipped: Slip | null; blank: boolean }[]; headerLines: number } {
  const d = s.delimiter;
  const parts: Buffer[] = [];
  const put = (text: string, cp1252 = false) => parts.push(cp1252 ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8'));
  if (s.bom) put('\ufeff');
  let line = 1;
  if (s.sep) {
    put(`sep=${d}\n`);
    line++;
  }
  put(`id${d}naam${d}rechtsvorm${d}gemeenten${d}themas${d}ruimtelijk\r\n`);
  line++;
  const out = [];
  for (const [i, l] of s.lines.entries()) {
    const clean: Line = { id: `s${i}`, name: `${l.name} ${i}`, places: l.places, themes: l.themes };
    const c = cells(clean, d);
    // Slips are applied to a deterministic share of the lines (every line, some, or none).
    const chosen = s.slipRate > 0 && (i * 7919) % 10 < s.slipRate * 10 ? (l.slips[0] ?? null) : null;
    const text = chosen ? slip(chosen.kind, c, d, chosen.at) : c.join(d);
    put(text + l.end, chosen?.kind === 'cp1252');
    out.push({ line, clean, slipped: chosen?.kind ?? null, blank: false });
    line++;
  }
  return { bytes: Buffer.concat(parts), lines: out, headerLines: s.sep ? 2 : 1 };
}

let counter = 0;

describe('hand-editing slips in samenwerkingen.csv', () => {
  it('never throw, account for every physical line and never attach a line to another', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async (s) => {
        const { bytes, lines, headerLines } = build(s);
        const folder = join(dir, `f${counter++}`);
        await import('node:fs/promises').then((fs) => fs.mkdir(folder));
        await writeFile(join(folder, 'samenwerkingen.csv'), bytes);
        const d = await readDataset(folder, ref);
        const account = d.sheets[0];

        expect(account.rowsRead).toBe(account.rowsAccepted + account.rowsRejected);
        // Every physical data line is one record: read (accepted or rejected) or blank.
        const blank = lines.filter((l) => l.blank).length;
        expect(headerLines + account.rowsRead + blank).toBe(headerLines + lines.length);
        expect(d.cooperations.length).toBe(account.rowsAccepted);
        // A wrongly decoded file (cp1252 slip) may damage accented names elsewhere; compare places then only by count.
        const encodingSlip = lines.some((l) => l.slipped === 'cp1252');
        const byLine = new Map(lines.map((l) => [l.line, l]));
        const accepted = new Map(d.cooperations.map((c) => [c.id, c]));
        for (const c of d.cooperations) {
          // The accepted row is the line the id was written on (ids are unique: s<index>).
          const origin = lines.find((l) => l.clean.id === c.id);
          expect(origin, `id ${c.id}`).toBeDefined();
          const rowFinding = d.findings.find((f) => f.row !== null && f.row !== origin!.line && f.value === c.id);
          expect(rowFinding).toBeUndefined();
          expect(byLine.get(origin!.line)?.clean.id).toBe(c.id);
        }
        for (const l of lines) {
          if (l.slipped !== null) {
            // A line with a slip is accepted, or it has a finding on its own line.
            if (!accepted.has(l.clean.id)) expect(d.findings.some((f) => f.row === l.line), `line ${l.line} (${l.slipped})`).toBe(true);
            continue;
          }
          const c = accepted.get(l.clean.id);
          expect(c, `clean line ${l.line} accepted`).toBeDefined();
          expect(c!.name).toBe(l.clean.name);
          expect(c!.themes.slice().sort()).toEqual(l.clean.themes.slice().sort());
          const codes = l.clean.places.map((p) => PLACES[p]).sort();
          if (encodingSlip) expect(c!.municipalities.length).toBeLessThanOrEqual(codes.length);
          else expect(c!.municipalities).toEqual(codes);
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
  }, 60_000);
});
