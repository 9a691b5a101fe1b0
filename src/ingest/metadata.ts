/**
 * The dataset's metadata beside its sheets: `colofon.csv` (per source its reference date and
 * licence) and `publicatie.csv` (publisher, contact and accessibility statement, as key/value rows).
 * Both are optional: a missing file is no finding, it only leaves its footer line or statement part
 * out. A bad value is a warning with file, row and column; the row is then left out, never guessed.
 * Read from the input folder, or beside a workbook (like the chapters in verhaal/).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMPLIANCE_STATUSES, type ComplianceStatus, type DatasetMetadata, type Publication, type SourceDate } from '../model/dataset.ts';
import { openCsv } from './csv.ts';
import { cleanCell, headerKey } from './cells.ts';
import type { RawRow } from './raw.ts';
import type { FindingSink } from './sink.ts';

export const COLOFON_FILE = 'colofon.csv';
export const PUBLICATION_FILE = 'publicatie.csv';
/** File names the sheet reader leaves to this module (no "not part of the contract" finding). */
export const METADATA_FILES: readonly string[] = [COLOFON_FILE, PUBLICATION_FILE];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date as precise as written: `2025-01-01`, `2014-12`, `2014`, or Dutch `1-1-2025` / `01-01-2025`;
 * returns the ISO form (`2025-01-01`, `2014-12`, `2014`) or null when it is not a real date.
 */
export function parsePartialDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(v);
  let year: number, month: number | null, day: number | null;
  if (m) {
    year = Number(m[1]);
    month = m[2] ? Number(m[2]) : null;
    day = m[3] ? Number(m[3]) : null;
  } else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v))) {
    day = Number(m[1]);
    month = Number(m[2]);
    year = Number(m[3]);
  } else {
    return null;
  }
  if (year < 1800 || year > 2100) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month! - 1];
    if (day < 1 || day > max) return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}${month !== null ? `-${pad(month)}` : ''}${day !== null ? `-${pad(day)}` : ''}`;
}

const DATE_HINT = 'Schrijf de datum als JJJJ-MM-DD (bijv. 2025-01-01), of alleen JJJJ-MM of JJJJ als de bron niet preciezer is.';

interface Table {
  file: string;
  header: Map<string, number>;
  rows: RawRow[];
}

/** The file's rows with its header mapped to column positions by headerKey; null when unreadable (reported). */
async function readTable(path: string, file: string, sink: FindingSink): Promise<Table | null> {
  const csv = await openCsv(path, file, sink);
  if (!csv) return null;
  const all: RawRow[] = [];
  for await (const batch of csv.records) all.push(...batch.filter((r) => !r.broken));
  const [head, ...rows] = all;
  const header = new Map<string, number>();
  (head?.cells ?? []).forEach((cell, i) => header.set(headerKey(cleanCell(cell)), i));
  return { file, header, rows: rows.filter((r) => r.cells.some((c) => cleanCell(c) !== '')) };
}

function cell(t: Table, row: RawRow, ...names: string[]): string {
  for (const name of names) {
    const i = t.header.get(headerKey(name));
    if (i !== undefined) return cleanCell(row.cells[i] ?? '');
  }
  return '';
}

/** Reports the required columns the header lacks; true when all are there. */
function hasColumns(t: Table, sink: FindingSink, required: string[][]): boolean {
  const missing = required.filter((names) => !names.some((n) => t.header.has(headerKey(n))));
  for (const names of missing) {
    sink.add({ severity: 'warning', file: t.file, row: 1, column: names[0], message: `De kolom '${names[0]}' ontbreekt; het bestand wordt niet gebruikt.`, hint: `Zet in de eerste regel de kolommen ${required.map((n) => n[0]).join(', ')}.` });
  }
  return missing.length === 0;
}

const SOURCE_COLUMNS = { source: ['bron', 'source'], date: ['peildatum', 'reference_date', 'datum', 'date'], licence: ['licentie', 'licence', 'license'], note: ['toelichting', 'note'] };

async function readColofon(path: string, sink: FindingSink): Promise<SourceDate[]> {
  const t = await readTable(path, COLOFON_FILE, sink);
  if (!t || !hasColumns(t, sink, [SOURCE_COLUMNS.source, SOURCE_COLUMNS.date])) return [];
  const out: SourceDate[] = [];
  for (const row of t.rows) {
    const source = cell(t, row, ...SOURCE_COLUMNS.source);
    const raw = cell(t, row, ...SOURCE_COLUMNS.date);
    if (!source) {
      sink.add({ severity: 'warning', file: t.file, row: row.row, column: 'bron', message: 'De bron is leeg; de regel wordt niet getoond.', hint: 'Vul de naam van de bron in, bijv. "Gemeentegrenzen CBS / PDOK".' });
      continue;
    }
    const date = parsePartialDate(raw);
    if (!date) {
      sink.add({ severity: 'warning', file: t.file, row: row.row, column: 'peildatum', value: raw, message: raw ? `'${raw}' is geen geldige peildatum; de regel voor '${source}' wordt niet getoond.` : `De peildatum van '${source}' is leeg; de regel wordt niet getoond.`, hint: DATE_HINT });
      continue;
    }
    out.push({ source, date, licence: cell(t, row, ...SOURCE_COLUMNS.licence) || null, note: cell(t, row, ...SOURCE_COLUMNS.note) || null });
  }
  return out;
}

type PublicationKey = keyof Publication;

/** Keys of publicatie.csv (Dutch, with English aliases) and how each value is checked. */
const PUBLICATION_KEYS: { key: PublicationKey; names: string[]; parse: (v: string) => string | null; hint: string }[] = [
  { key: 'publisher', names: ['uitgever', 'publisher'], parse: (v) => v, hint: '' },
  { key: 'contactEmail', names: ['contact_email', 'email', 'e_mail'], parse: (v) => (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/.test(v) ? v : null), hint: 'Geef één e-mailadres, bijv. toegankelijkheid@organisatie.nl (een functioneel adres, geen persoonlijk adres).' },
  { key: 'contactUrl', names: ['contact_url', 'contactformulier', 'contact_form'], parse: (v) => (/^https?:\/\/[^\s<>"]+$/.test(v) ? v : null), hint: 'Geef een volledig webadres dat begint met https://.' },
  { key: 'statementDate', names: ['verklaring_datum', 'statement_date'], parse: (v) => fullDate(v), hint: 'Schrijf de datum als JJJJ-MM-DD (bijv. 2026-12-02).' },
  { key: 'researchDate', names: ['onderzoek_datum', 'research_date'], parse: (v) => fullDate(v), hint: 'Schrijf de datum als JJJJ-MM-DD (bijv. 2026-12-02).' },
  { key: 'status', names: ['nalevingsstatus', 'status', 'compliance_status'], parse: (v) => (COMPLIANCE_STATUSES.includes(v.toUpperCase() as ComplianceStatus) ? v.toUpperCase() : null), hint: 'Gebruik een van de nalevingsstatussen A, B, C, D of E (zie docs/input.md).' },
];

function fullDate(v: string): string | null {
  const d = parsePartialDate(v);
  return d && d.length === 10 ? d : null;
}

async function readPublication(path: string, sink: FindingSink): Promise<Publication | null> {
  const t = await readTable(path, PUBLICATION_FILE, sink);
  if (!t || !hasColumns(t, sink, [['sleutel', 'key'], ['waarde', 'value']])) return null;
  const out: Publication = { publisher: null, contactEmail: null, contactUrl: null, statementDate: null, researchDate: null, status: null };
  for (const row of t.rows) {
    const name = cell(t, row, 'sleutel', 'key');
    const value = cell(t, row, 'waarde', 'value');
    const spec = PUBLICATION_KEYS.find((k) => k.names.some((n) => headerKey(n) === headerKey(name)));
    if (!spec) {
      sink.add({ severity: 'warning', file: t.file, row: row.row, column: 'sleutel', value: name, message: `De sleutel '${name}' is onbekend en wordt niet gebruikt.`, hint: `Bekende sleutels: ${PUBLICATION_KEYS.map((k) => k.names[0]).join(', ')}.` });
      continue;
    }
    if (!value) continue;
    const parsed = spec.parse(value);
    if (parsed === null) {
      sink.add({ severity: 'warning', file: t.file, row: row.row, column: 'waarde', value, message: `'${value}' is geen geldige waarde voor ${spec.names[0]}; die wordt niet getoond.`, hint: spec.hint });
      continue;
    }
    (out as unknown as Record<string, string>)[spec.key] = parsed;
  }
  return out;
}

/** The folder the metadata files sit in: the input folder itself, or the workbook's folder. */
function metadataFolder(inputPath: string): string {
  return existsSync(inputPath) && statSync(inputPath).isDirectory() ? inputPath : dirname(inputPath);
}

/** Reads colofon.csv and publicatie.csv; undefined when neither file exists. */
export async function readMetadata(inputPath: string, sink: FindingSink): Promise<DatasetMetadata | undefined> {
  const dir = metadataFolder(inputPath);
  const colofon = join(dir, COLOFON_FILE);
  const publication = join(dir, PUBLICATION_FILE);
  const hasColofon = existsSync(colofon);
  const hasPublication = existsSync(publication);
  if (!hasColofon && !hasPublication) return undefined;
  return {
    sources: hasColofon ? await readColofon(colofon, sink) : [],
    publication: hasPublication ? await readPublication(publication, sink) : null,
  };
}
