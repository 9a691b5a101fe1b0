/**
 * Drives one sheet: finds the header (first non-blank record), maps it onto the contract, reports
 * unknown/duplicate/missing columns, and hands every non-blank data record to a row handler.
 * Accounting: every non-blank record after the header is read, and is either accepted or rejected
 * (broken records, missing required columns and handler rejections count as rejected).
 */
import type { SheetAccount } from '../model/findings.ts';
import { FIELDS, mapHeader, type HeaderMap, type SheetName } from './columns.ts';
import { cleanCell } from './normalize.ts';
import { LONG_CELL_CHARS, type RawRow, type RawSheet } from './raw.ts';
import type { FindingSink } from './sink.ts';

export interface RowView {
  row: number;
  file: string;
  /** Cleaned cell of a contract field ('' when the column is absent or the cell empty). */
  get(field: string): string;
  has(field: string): boolean;
  /** The header of a contract field as the user wrote it (for findings). */
  column(field: string): string;
  /** Columns outside the contract, header as written → cell text (cleaned). */
  extra(): Record<string, string>;
}

export interface SheetHandler {
  /** Returns true when the row is accepted. May throw only for programming errors. */
  row(view: RowView): boolean;
  /** Called once after the last row (for grouped/summary findings). */
  end?(): void;
}

export interface SheetOptions {
  sheet: SheetName;
  required: boolean;
  /** Hint added to the missing-column finding (e.g. a suspicious delimiter). */
  formatHint?: string | null;
  /** Alternative required-column check (pendel accepts van or van_naam). */
  missingColumns?: (header: HeaderMap) => string[];
  /** Adjusts the mapped header before it is checked (pendel recognises CBS export columns). */
  adjustHeader?: (header: HeaderMap) => HeaderMap;
  /** false when the model has no place for extra columns (pendel): they are then ignored. */
  keepsExtra?: boolean;
}

export function isBlank(cells: string[]): boolean {
  return cells.every((c) => cleanCell(c) === '');
}

/** The cleaned cells of a record, or null when every cell is blank after cleaning. */
function cleanCells(raw: string[]): string[] | null {
  const cells = new Array<string>(raw.length);
  let blank = true;
  for (let i = 0; i < raw.length; i++) {
    const value = cleanCell(raw[i]);
    cells[i] = value;
    if (value !== '') blank = false;
  }
  return blank ? null : cells;
}

/** RowView over one record's cleaned cells (a class: no closures to allocate per row). */
class SheetRowView implements RowView {
  constructor(
    readonly row: number,
    readonly file: string,
    private readonly cells: string[],
    private readonly header: HeaderMap,
    private readonly extraNames: { index: number; name: string }[],
  ) {}

  get(field: string): string {
    const i = this.header.fields.get(field);
    return i === undefined ? '' : (this.cells[i] ?? '');
  }

  has(field: string): boolean {
    return this.header.fields.has(field);
  }

  column(field: string): string {
    const i = this.header.fields.get(field);
    return i === undefined ? field : this.header.names[i];
  }

  extra(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.extraNames) out[e.name] = this.cells[e.index] ?? '';
    return out;
  }
}

export async function readSheet(
  raw: RawSheet,
  options: SheetOptions,
  sink: FindingSink,
  makeHandler: (header: HeaderMap) => SheetHandler,
  headerFinder?: (first: RawRow[]) => number,
): Promise<SheetAccount> {
  const file = raw.file;
  const account: SheetAccount = { sheet: options.sheet, file, present: true, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 };
  const iterator = raw.records[Symbol.asyncIterator]();

  // Look-ahead buffer: the header is normally the first non-blank record; a header finder may
  // skip a preamble (CBS exports start with a title).
  const lookahead: RawRow[] = [];
  const headerFound = () =>
    headerFinder ? lookahead.length >= 15 : lookahead.some((r) => !r.broken && !isBlank(r.cells));
  try {
    while (!headerFound()) {
      const next = await iterator.next();
      if (next.done) break;
      lookahead.push(...next.value);
    }
  } catch (error) {
    sink.add({ severity: 'error', file, message: `Het bestand kan niet worden gelezen: ${(error as Error).message}`, hint: 'Controleer of het bestand volledig en leesbaar is.' });
    const broken = lookahead.filter((r) => r.broken).length;
    return { ...account, rowsRead: broken, rowsRejected: broken };
  }
  let headerIndex = -1;
  if (headerFinder) headerIndex = headerFinder(lookahead);
  if (headerIndex < 0) headerIndex = lookahead.findIndex((r) => !r.broken && !isBlank(r.cells));
  if (headerIndex < 0) {
    const broken = lookahead.filter((r) => r.broken).length;
    account.rowsRead = broken;
    account.rowsRejected = broken;
    if (broken === 0) {
      sink.add({
        severity: options.required ? 'error' : 'warning',
        file,
        message: 'Het bestand is leeg: er is geen kopregel en er zijn geen gegevens.',
        hint: options.required
          ? 'Vul het blad met een kopregel (kolomnamen) en één rij per samenwerking; zie docs/input.md.'
          : 'Vul het blad, of verwijder het als u het niet gebruikt.',
      });
    }
    return account;
  }
  // Records before the header: broken ones count as rejected rows; a CBS preamble is reported.
  const preamble = lookahead.slice(0, headerIndex);
  for (const r of preamble) {
    if (r.broken) {
      account.rowsRead++;
      account.rowsRejected++;
    }
  }
  const skippedText = preamble.filter((r) => !r.broken && !isBlank(r.cells)).length;
  if (skippedText > 0) {
    sink.add({
      severity: 'info',
      file,
      row: preamble.find((r) => !r.broken && !isBlank(r.cells))?.row ?? null,
      message: `${skippedText} regel(s) vóór de kopregel (titel of toelichting) zijn overgeslagen.`,
      hint: null,
    });
  }
  const headerRow = lookahead[headerIndex];
  const mapped = mapHeader(headerRow.cells.map(cleanCell), FIELDS[options.sheet]);
  const header = options.adjustHeader ? options.adjustHeader(mapped) : mapped;

  if (header.extra.length > 0) {
    const unknown = header.extra.filter((e) => !header.duplicates.some((d) => d.index === e.index));
    if (unknown.length > 0) {
      sink.add({
        severity: 'warning',
        file,
        row: headerRow.row,
        column: unknown.map((e) => e.name).join(', '),
        value: null,
        message: `Onbekende kolom(men) ${unknown.map((e) => `'${e.name}'`).join(', ')}: niet in het invoercontract; ${options.keepsExtra === false ? 'de waarden worden genegeerd' : 'de waarden worden als extra gegevens bewaard'}.`,
        hint: `Bekende kolommen voor ${options.sheet}: ${FIELDS[options.sheet].map((f) => f.name).join(', ')}.`,
      });
    }
  }
  for (const d of header.duplicates) {
    sink.add({
      severity: 'warning',
      file,
      row: headerRow.row,
      column: d.name,
      message: `Kolom '${d.name}' is een tweede kolom voor '${d.field}'; alleen de eerste wordt gebruikt, deze wordt als extra gegevens bewaard.`,
      hint: 'Verwijder of hernoem een van de twee kolommen.',
    });
  }
  const missing = options.missingColumns
    ? options.missingColumns(header)
    : FIELDS[options.sheet].filter((f) => f.required && !header.fields.has(f.name)).map((f) => f.name);

  const handler = missing.length === 0 ? makeHandler(header) : null;
  const extraNames = header.extra.map((e) => ({ index: e.index, name: e.name }));
  const namedWidth = header.names.length;
  let pendingBlank = 0;
  let blankInside = 0;
  let strayCells = 0;
  let strayFirstRow: number | null = null;

  // Which columns have no header name (values there are stray), decided once per sheet.
  const unnamedColumn: boolean[] = [];
  for (let i = 0; i < headerRow.cells.length; i++) {
    unnamedColumn.push(i >= namedWidth || headerRow.cells[i] === undefined || cleanCell(headerRow.cells[i]) === '');
  }

  const removeNul = (value: string, row: number, column: string): string => {
    sink.add({
      severity: 'warning',
      file,
      row,
      column,
      value: value.replace(/\u0000/g, '\\0'),
      message: 'Deze cel bevat een NUL-teken (teken 0, onzichtbaar); het teken is verwijderd.',
      hint: 'Zo\'n teken komt meestal uit een ander programma of een beschadigd bestand: verwijder het in de cel, of sla het blad opnieuw op als "CSV UTF-8".',
    });
    return cleanCell(value.replace(/\u0000/g, ''));
  };

  const handle = (record: RawRow): void => {
    if (record.broken) {
      account.rowsRead++;
      account.rowsRejected++;
      return;
    }
    const cells = cleanCells(record.cells);
    if (cells === null) {
      pendingBlank++;
      return;
    }
    blankInside += pendingBlank;
    pendingBlank = 0;
    account.rowsRead++;
    for (let i = 0; i < cells.length; i++) {
      if (raw.mayContainNul && cells[i].includes('\u0000')) cells[i] = removeNul(cells[i], record.row, header.names[i] ?? `kolom ${i + 1}`);
      const value = cells[i];
      if (value.length > LONG_CELL_CHARS) {
        sink.add({
          severity: 'warning',
          file,
          row: record.row,
          column: header.names[i] ?? `kolom ${i + 1}`,
          value,
          message: `Zeer lange cel (${value.length} tekens); de waarde is volledig overgenomen.`,
          hint: 'Controleer of hier per ongeluk veel tekst is geplakt; cellen zijn normaal korter dan 10.000 tekens.',
        });
      }
      if (value !== '' && (i >= unnamedColumn.length || unnamedColumn[i])) {
        strayCells++;
        strayFirstRow ??= record.row;
      }
    }
    if (!handler) {
      account.rowsRejected++;
      return;
    }
    const view = new SheetRowView(record.row, file, cells, header, extraNames);
    let accepted = false;
    try {
      accepted = handler.row(view);
    } catch (error) {
      sink.add({
        severity: 'error',
        file,
        row: record.row,
        message: `Interne fout bij het lezen van deze rij: ${(error as Error).message}`,
        hint: 'Dit is een fout in regioruimte; meld hem met deze rij als voorbeeld.',
      });
      accepted = false;
    }
    if (accepted) account.rowsAccepted++;
    else account.rowsRejected++;
  };

  for (const r of lookahead.slice(headerIndex + 1)) handle(r);
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      for (const record of next.value) handle(record);
    }
  } catch (error) {
    // A read failure mid-file (disk, decoder): rows counted so far keep the invariant.
    sink.add({
      severity: 'error',
      file,
      message: `Het lezen is afgebroken na ${account.rowsRead} rijen: ${(error as Error).message}`,
      hint: 'Controleer of het bestand volledig en leesbaar is.',
    });
  }

  if (missing.length > 0) {
    sink.add({
      severity: options.required || account.rowsRead > 0 ? 'error' : 'warning',
      file,
      row: headerRow.row,
      column: missing.join(', '),
      message: `Verplichte kolom(men) ontbreken: '${missing.join(', ')}'. ${account.rowsRead > 0 ? `Alle ${account.rowsRead} rijen van dit blad zijn daarom afgewezen.` : ''}`.trim(),
      hint: [
        options.formatHint,
        `Gevonden kolommen: ${header.names.map((n) => `'${n}'`).join(', ')}. Verplicht voor ${options.sheet}: ${FIELDS[options.sheet].filter((f) => f.required).map((f) => f.name).join(', ')}.`,
      ].filter(Boolean).join(' '),
    });
  }
  if (handler) handler.end?.();
  sink.flushGroups();
  if (account.rowsRead === 0) {
    sink.add({
      severity: options.required ? 'error' : 'warning',
      file,
      row: headerRow.row,
      message: 'Het bestand bevat alleen een kopregel en geen gegevens.',
      hint: options.required ? 'Voeg één rij per samenwerking toe onder de kopregel.' : 'Vul het blad, of verwijder het als u het niet gebruikt.',
    });
  }
  if (blankInside > 0) {
    sink.add({ severity: 'info', file, message: `${blankInside} lege rij(en) tussen de gegevens zijn overgeslagen.`, hint: null });
  }
  if (strayCells > 0) {
    sink.add({
      severity: 'warning',
      file,
      row: strayFirstRow,
      message: `${strayCells} cel(len) staan in een kolom zonder kopnaam en zijn genegeerd.`,
      hint: 'Geef de kolom een naam in de kopregel, of haal de waarden weg (let op extra scheidingstekens).',
    });
  }
  return account;
}
