/**
 * Plain input/output shapes of the map renderers. Callers build these from Reference, Dataset and
 * Analysis; the renderers never read files or compute statistics beyond layout (positions, classes).
 */
import type { MapGeometry } from './geometry.ts';

/** One 2025 municipality as the maps need it (from Reference). */
export interface MapMunicipality {
  code: string;
  name: string;
  /** Province name, e.g. "Noord-Holland"; province borders are drawn between different values. */
  province: string;
}

/** A cooperation as drawn on the maps (from Dataset + Analysis typology). */
export interface MapCooperation {
  id: string;
  name: string;
  agendaTitle: string | null;
  themes: string[];
  legalForm: string;
  typology: string | null;
  /** Member municipality codes (2025). Codes unknown to the geometry are ignored. */
  municipalities: string[];
  /** Profile page, e.g. "/samenwerkingen/regio-twente/". */
  href?: string | null;
}

export interface MapCommon {
  /** Unique on the page; prefixes every element id in the SVG. Letters, digits and '-' only. */
  id: string;
  /** All 342 municipalities (from Reference). */
  municipalities: MapMunicipality[];
  /** Width of the viewBox in SVG units (the SVG scales to its container; height follows the aspect). */
  width?: number;
  /** Municipality geometry in RD; default: `municipalityGeometry()` (data/reference/cbs via loadTopology). */
  geometry?: MapGeometry;
  /** Link for each municipality area (e.g. its page); null/absent = focusable area without link. */
  municipalityHref?: (code: string) => string | null;
}

/** Table alternative of a map: rows are already sorted alphabetically (Dutch collation). */
export interface MapTable {
  caption: string;
  columns: string[];
  /** Cell values; numbers are formatted nl-NL by `tableHtml`. */
  rows: (string | number)[][];
  /** Optional link per row for the first cell. */
  links?: (string | null)[];
  /** Optional data-* attributes per row (e.g. for the Kaart 2 filter), keys without "data-". */
  rowData?: Record<string, string>[];
}

export interface MapResult {
  /** The SVG element (static; readable and printable without JavaScript). */
  svg: string;
  /** Legend as HTML (a list with text for every symbol). */
  legend: string;
  /** A generated Dutch sentence (or two) describing the pattern on the map. */
  description: string;
  /** Data for the alphabetical table alternative; render with `tableHtml`. */
  table: MapTable;
  /** Extra HTML the client island needs (controls, embedded JSON); empty for static maps. */
  controls: string;
  /** Value for `data-map` on the surrounding figure (selects the client island); "" = static. */
  kind: string;
}
