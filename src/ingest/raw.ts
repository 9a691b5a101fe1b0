/**
 * The common shape every reader (CSV file, XLSX sheet) delivers: records as lists of cell strings,
 * numbered as the user sees them (row 1 = first line/row of the file, the header when there is one).
 */

export interface RawRow {
  /**
   * 1-based row as the user finds it: for CSV the physical line the record starts on (as a text
   * editor numbers it), for XLSX the sheet's row number.
   */
  row: number;
  cells: string[];
  /** The reader could not read this record (e.g. an unclosed quote); it already reported why. */
  broken?: boolean;
}

export interface RawSheet {
  /** Display name used in findings: "samenwerkingen.csv" or "werkboek.xlsx[samenwerkingen]". */
  file: string;
  /** The reader saw NUL characters: cells are checked for them (reported and removed). */
  mayContainNul?: boolean;
  /** Records in file order, delivered in batches (fewer async steps on big files). */
  records: AsyncIterable<RawRow[]>;
}

/** Cells longer than this are accepted but reported: they are usually a paste accident. */
export const LONG_CELL_CHARS = 10_000;
