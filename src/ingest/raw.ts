/**
 * The common shape every reader (CSV file, XLSX sheet) delivers: records as lists of cell strings,
 * numbered as the user sees them (row 1 = first line/row of the file, the header when there is one).
 */

export interface RawRow {
  /** 1-based record number; equals the line number unless a cell spans several lines. */
  row: number;
  cells: string[];
  /** The reader could not read this record (e.g. an unclosed quote); it already reported why. */
  broken?: boolean;
}

export interface RawSheet {
  /** Display name used in findings: "samenwerkingen.csv" or "werkboek.xlsx[samenwerkingen]". */
  file: string;
  /** Records in file order, delivered in batches (fewer async steps on big files). */
  records: AsyncIterable<RawRow[]>;
}

/** Cells longer than this are accepted but reported: they are usually a paste accident. */
export const LONG_CELL_CHARS = 10_000;
