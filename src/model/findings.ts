/**
 * A finding is one problem found in the input: never an exception, never silently dropped.
 * `row` is the 1-based line/row number in the file as the user sees it (header = row 1).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  file: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
  hint: string | null;
}

/** Per-sheet accounting: rowsRead = rowsAccepted + rowsRejected always holds. */
export interface SheetAccount {
  sheet: string;
  file: string;
  present: boolean;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}
