/**
 * The one CSV writer, in one convention for every CSV we publish (figure and table downloads as well
 * as the dataset in the input format), chosen so that a Dutch Excel opens it by double-click:
 * `;` between fields, UTF-8 with a byte-order mark (else Excel reads "FryslÃ¢n"), a decimal comma
 * ("0,25"; a decimal point would be read as text or a date), CRLF line ends, and a field quoted (its
 * quotes doubled) only when it holds `;`, a quote, a line break or edge white space (RFC 4180 apart
 * from the delimiter). regioruimte reads this format back itself (docs/input.md).
 *
 * Formulas: the two kinds of file differ in one thing only.
 * - figure and table downloads (`formulas: 'neutralise'`, the default of toCsv): a text cell that a
 *   spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`, tab or CR: OWASP "CSV
 *   injection") gets a leading apostrophe, so Excel and LibreOffice show it as text.
 * - the dataset (`formulas: 'keep'`, used by ./export.ts): the machine-readable contract, read back
 *   by regioruimte value for value, so every text is kept exactly. For a spreadsheet the downloads
 *   page points to the XLSX workbook, whose cells are never evaluated.
 * Numbers are never changed by either (a negative number is a number, not a formula).
 */
export type CsvValue = string | number | null | undefined;

export const CSV_DELIMITER = ';';
const BOM = '\ufeff';
const EOL = '\r\n';

/** First characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would evaluate, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  delimiter?: string;
  /** 'neutralise' for files meant for spreadsheets; 'keep' for the exact machine-readable contract. */
  formulas?: 'neutralise' | 'keep';
}

/**
 * A number as a Dutch spreadsheet reads it: decimal comma, no thousands separator, at most six
 * decimals (a share of 0.5384615… is written 0,538462). With a `,` delimiter the point is kept.
 */
export function csvNumber(value: number, delimiter = CSV_DELIMITER): string {
  const text = String(Number.isInteger(value) ? value : Number(value.toFixed(6)));
  return delimiter === ',' ? text : text.replace('.', ',');
}

/** One CSV field: quoted when it holds the delimiter, a quote, a line break or edge white space. */
export function csvField(value: CsvValue, options: CsvOptions | string = {}): string {
  const { delimiter = CSV_DELIMITER, formulas = 'keep' } = typeof options === 'string' ? { delimiter: options } : options;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value, delimiter);
  const text = formulas === 'neutralise' ? neutraliseFormula(value) : value;
  if (text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** A whole CSV file in the one convention above; formulas neutralised unless `keep` is asked for. */
export function toCsv(header: string[], rows: CsvValue[][], formulas: CsvOptions['formulas'] = 'neutralise'): string {
  const line = (row: CsvValue[]) => row.map((v) => csvField(v, { delimiter: CSV_DELIMITER, formulas })).join(CSV_DELIMITER);
  return BOM + [header, ...rows].map(line).join(EOL) + EOL;
}
