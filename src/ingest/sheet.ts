/**
 * Drives one sheet: finds the header (first non-blank record), maps it onto the contract, reports
 * unknown/duplicate/missing columns, and hands every non-blank data record to a row handler.
 * Accounting: every non-blank record after the header is read, and is either accepted or rejected
 * (broken records, missing required columns and handler rejections count as rejected).
 */
import type { SheetAccount } from '../model/findings.ts';
import { FIELDS, mapHeader, type HeaderMap, type SheetName } from './columns.ts';
import { cleanCell, cleanUnusualCell, controlCodes, hasControl, isPlainCell, removeControls, showControls } from './cells.ts';
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

/** Where a handler puts the records it accepts: an array (analyse, build) or a counter (check). */
export interface Collect<T> {
  push(record: T): unknown;
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

/**
 * The cleaned cells of a record, or null when every cell is blank after cleaning. `unusual.seen` is
 * set when a cell was not plain printable ASCII (only such a row can hold a control character).
 */
function cleanCells(raw: string[], unusual: { seen: boolean }): string[] | null {
  const cells = new Array<string>(raw.length);
  let blank = true;
  unusual.seen = false;
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i];
    let value: string;
    if (isPlainCell(text)) value = text.trim();
    else {
      unusual.seen = true;
      value = cleanUnusualCell(text);
    }
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

type Batches = AsyncIterator<RawRow[]>;

/** The first records: up to the header (or 15 for a header finder, which may skip a preamble). */
async function readLookahead(iterator: Batches, headerFinder: ((first: RawRow[]) => number) | undefined): Promise<{ records: RawRow[]; error: Error | null }> {
  const records: RawRow[] = [];
  const headerFound = () => (headerFinder ? records.length >= 15 : records.some((r) => !r.broken && !isBlank(r.cells)));
  try {
    while (!headerFound()) {
      const next = await iterator.next();
      if (next.done) break;
      records.push(...next.value);
    }
  } catch (error) {
    return { records, error: error as Error };
  }
  return { records, error: null };
}

/** Index of the header in the look-ahead records: the header finder's choice, else the first non-blank. */
function headerIndexOf(records: RawRow[], headerFinder: ((first: RawRow[]) => number) | undefined): number {
  const found = headerFinder ? headerFinder(records) : -1;
  return found >= 0 ? found : records.findIndex((r) => !r.broken && !isBlank(r.cells));
}

/** No header at all: only broken records (already reported) or an empty sheet. */
function emptySheet(account: SheetAccount, records: RawRow[], options: SheetOptions, sink: FindingSink): SheetAccount {
  const broken = records.filter((r) => r.broken).length;
  account.rowsRead = broken;
  account.rowsRejected = broken;
  if (broken === 0) {
    sink.add({
      severity: options.required ? 'error' : 'warning',
      file: account.file,
      message: 'Het bestand is leeg: er is geen kopregel en er zijn geen gegevens.',
      hint: options.required
        ? 'Vul het blad met een kopregel (kolomnamen) en één rij per samenwerking; zie docs/input.md.'
        : 'Vul het blad, of verwijder het als u het niet gebruikt.',
    });
  }
  return account;
}

/** Records before the header: broken ones count as rejected rows; a CBS preamble is reported. */
function preamble(records: RawRow[], account: SheetAccount, sink: FindingSink): void {
  for (const r of records) {
    if (r.broken) {
      account.rowsRead++;
      account.rowsRejected++;
    }
  }
  const text = records.filter((r) => !r.broken && !isBlank(r.cells));
  if (text.length > 0) {
    sink.add({ severity: 'info', file: account.file, row: text[0].row, message: `${text.length} regel(s) vóór de kopregel (titel of toelichting) zijn overgeslagen.`, hint: null });
  }
}

/** Findings about the header's columns (unknown, duplicate); returns the missing required ones. */
function columnFindings(header: HeaderMap, headerRow: RawRow, options: SheetOptions, sink: FindingSink, file: string): string[] {
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
  return options.missingColumns
    ? options.missingColumns(header)
    : FIELDS[options.sheet].filter((f) => f.required && !header.fields.has(f.name)).map((f) => f.name);
}

/**
 * The data records after the header: counts them (read = accepted + rejected), reports cell-level
 * problems (NUL, very long, stray cells without a column) and hands each row to the handler.
 */
class RowLoop {
  private pendingBlank = 0;
  private readonly unusual = { seen: false };
  blankInside = 0;
  strayCells = 0;
  strayFirstRow: number | null = null;
  /** Which columns have no header name (values there are stray), decided once per sheet. */
  private readonly unnamedColumn: boolean[] = [];
  private readonly extraNames: { index: number; name: string }[];

  constructor(
    private readonly account: SheetAccount,
    private readonly raw: RawSheet,
    private readonly header: HeaderMap,
    headerRow: RawRow,
    private readonly handler: SheetHandler | null,
    private readonly sink: FindingSink,
  ) {
    this.extraNames = header.extra.map((e) => ({ index: e.index, name: e.name }));
    for (let i = 0; i < headerRow.cells.length; i++) {
      this.unnamedColumn.push(i >= header.names.length || headerRow.cells[i] === undefined || cleanCell(headerRow.cells[i]) === '');
    }
  }

  handle(record: RawRow): void {
    const account = this.account;
    if (record.broken) {
      account.rowsRead++;
      account.rowsRejected++;
      return;
    }
    const cells = cleanCells(record.cells, this.unusual);
    if (cells === null) {
      this.pendingBlank++;
      return;
    }
    this.blankInside += this.pendingBlank;
    this.pendingBlank = 0;
    account.rowsRead++;
    this.checkCells(cells, record.row);
    if (!this.handler) {
      account.rowsRejected++;
      return;
    }
    if (this.accepts(new SheetRowView(record.row, account.file, cells, this.header, this.extraNames))) account.rowsAccepted++;
    else account.rowsRejected++;
  }

  private checkCells(cells: string[], row: number): void {
    for (let i = 0; i < cells.length; i++) {
      if (this.raw.mayContainNul && cells[i].includes('\u0000')) cells[i] = this.removeNul(cells[i], row, this.columnName(i));
      if (this.unusual.seen && hasControl(cells[i])) cells[i] = this.removeControl(cells[i], row, this.columnName(i));
      const value = cells[i];
      if (value.length > LONG_CELL_CHARS) {
        this.sink.add({
          severity: 'warning',
          file: this.account.file,
          row,
          column: this.columnName(i),
          value,
          message: `Zeer lange cel (${value.length} tekens); de waarde is volledig overgenomen.`,
          hint: 'Controleer of hier per ongeluk veel tekst is geplakt; cellen zijn normaal korter dan 10.000 tekens.',
        });
      }
      if (value !== '' && (i >= this.unnamedColumn.length || this.unnamedColumn[i])) {
        this.strayCells++;
        this.strayFirstRow ??= row;
      }
    }
  }

  private columnName(i: number): string {
    return this.header.names[i] ?? `kolom ${i + 1}`;
  }

  private removeNul(value: string, row: number, column: string): string {
    this.sink.add({
      severity: 'warning',
      file: this.account.file,
      row,
      column,
      value: value.replace(/\u0000/g, '\\0'),
      message: 'Deze cel bevat een NUL-teken (teken 0, onzichtbaar); het teken is verwijderd.',
      hint: 'Zo\'n teken komt meestal uit een ander programma of een beschadigd bestand: verwijder het in de cel, of sla het blad opnieuw op als "CSV UTF-8".',
    });
    return cleanCell(value.replace(/\u0000/g, ''));
  }

  private removeControl(value: string, row: number, column: string): string {
    this.sink.add({
      severity: 'warning',
      file: this.account.file,
      row,
      column,
      value: showControls(value),
      message: `Deze cel bevat een stuurteken (${controlCodes(value)}, onzichtbaar); het teken is verwijderd.`,
      hint: 'Zo\'n teken komt meestal mee bij kopiëren uit een ander programma; verwijder het in de cel. Een stuurteken als ESC (U+001B) kan de uitvoer in een terminal veranderen.',
    });
    return cleanCell(removeControls(value));
  }

  private accepts(view: RowView): boolean {
    try {
      return this.handler!.row(view);
    } catch (error) {
      this.sink.add({
        severity: 'error',
        file: this.account.file,
        row: view.row,
        message: `Interne fout bij het lezen van deze rij: ${(error as Error).message}`,
        hint: 'Dit is een fout in regioruimte; meld hem met deze rij als voorbeeld.',
      });
      return false;
    }
  }

  /** Every record after the look-ahead; a read failure mid-file (disk, decoder) keeps the counts so far. */
  async drain(iterator: Batches): Promise<void> {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        for (const record of next.value) this.handle(record);
      }
    } catch (error) {
      this.sink.add({
        severity: 'error',
        file: this.account.file,
        message: `Het lezen is afgebroken na ${this.account.rowsRead} rijen: ${(error as Error).message}`,
        hint: 'Controleer of het bestand volledig en leesbaar is.',
      });
    }
  }
}

/** Required columns missing: every row of the sheet was rejected. */
function missingFinding(account: SheetAccount, header: HeaderMap, headerRow: RawRow, missing: string[], options: SheetOptions, sink: FindingSink): void {
  const file = account.file;
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
}

/** Findings after the last row: no data, blank rows inside, stray cells. */
function trailingFindings(loop: RowLoop, account: SheetAccount, headerRow: RawRow, options: SheetOptions, sink: FindingSink): void {
  const file = account.file;
  if (account.rowsRead === 0) {
    sink.add({
      severity: options.required ? 'error' : 'warning',
      file,
      row: headerRow.row,
      message: 'Het bestand bevat alleen een kopregel en geen gegevens.',
      hint: options.required ? 'Voeg één rij per samenwerking toe onder de kopregel.' : 'Vul het blad, of verwijder het als u het niet gebruikt.',
    });
  }
  if (loop.blankInside > 0) {
    sink.add({ severity: 'info', file, message: `${loop.blankInside} lege rij(en) tussen de gegevens zijn overgeslagen.`, hint: null });
  }
  if (loop.strayCells > 0) {
    sink.add({
      severity: 'warning',
      file,
      row: loop.strayFirstRow,
      message: `${loop.strayCells} cel(len) staan in een kolom zonder kopnaam en zijn genegeerd.`,
      hint: 'Geef de kolom een naam in de kopregel, of haal de waarden weg (let op extra scheidingstekens).',
    });
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
  const lookahead = await readLookahead(iterator, headerFinder);
  if (lookahead.error) {
    sink.add({ severity: 'error', file, message: `Het bestand kan niet worden gelezen: ${lookahead.error.message}`, hint: 'Controleer of het bestand volledig en leesbaar is.' });
    const broken = lookahead.records.filter((r) => r.broken).length;
    return { ...account, rowsRead: broken, rowsRejected: broken };
  }
  const records = lookahead.records;
  const headerIndex = headerIndexOf(records, headerFinder);
  if (headerIndex < 0) return emptySheet(account, records, options, sink);
  preamble(records.slice(0, headerIndex), account, sink);
  const headerRow = records[headerIndex];
  const mapped = mapHeader(headerRow.cells.map(cleanCell), FIELDS[options.sheet]);
  const header = options.adjustHeader ? options.adjustHeader(mapped) : mapped;
  const missing = columnFindings(header, headerRow, options, sink, file);
  const handler = missing.length === 0 ? makeHandler(header) : null;
  const loop = new RowLoop(account, raw, header, headerRow, handler, sink);
  for (const r of records.slice(headerIndex + 1)) loop.handle(r);
  await loop.drain(iterator);
  missingFinding(account, header, headerRow, missing, options, sink);
  handler?.end?.();
  sink.flushGroups();
  trailingFindings(loop, account, headerRow, options, sink);
  return account;
}
