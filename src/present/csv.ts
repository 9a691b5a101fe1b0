/**
 * The one CSV writer. Two kinds of file use it:
 * - figure and table downloads (`toCsv`): for people who open them in a spreadsheet. RFC 4180 (comma,
 *   CRLF, quotes doubled), UTF-8, numbers with a decimal point. A text cell that a spreadsheet would
 *   run as a formula (first character `=`, `+`, `-`, `@`, tab or CR: OWASP "CSV injection") gets a
 *   leading apostrophe, so Excel and LibreOffice show it as text. Numbers are never changed.
 * - the dataset in the input format (`csvField` with `formulas: 'keep'`, used by ./export.ts and the
 *   portal): the machine-readable contract, read back by regioruimte byte for byte, so every value
 *   is kept exactly. For a spreadsheet the downloads page points to the XLSX workbook, whose cells
 *   are text cells that are never evaluated.
 */
export type CsvValue = string | number | null | undefined;

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

/** One CSV field: quoted when it holds the delimiter, a quote, a line break or edge white space. */
export function csvField(value: CsvValue, options: CsvOptions | string = {}): string {
  const { delimiter = ';', formulas = 'keep' } = typeof options === 'string' ? { delimiter: options } : options;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = formulas === 'neutralise' ? neutraliseFormula(value) : value;
  if (text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** A figure/table download for spreadsheet users: comma, CRLF, formulas neutralised. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const number = (v: CsvValue) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v);
  return [header, ...rows].map((r) => r.map((v) => csvField(number(v), { delimiter: ',', formulas: 'neutralise' })).join(',')).join('\r\n') + '\r\n';
}
