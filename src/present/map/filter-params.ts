/**
 * What the Kaart 2 build and its island agree on: the filters (their keys name the markers' data
 * attributes), each filter's address parameter (the select's name, read and written in the URL) and
 * the separator inside list-valued attributes. No imports, so the client bundle stays small.
 */
export const FILTER_PARAM = { themes: 'thema', provinces: 'provincie', 'legal-form': 'rechtsvorm', typology: 'typologie' } as const;

export type FilterKey = keyof typeof FILTER_PARAM;

/** The filters in the order of the form. */
export const FILTER_KEYS = Object.keys(FILTER_PARAM) as FilterKey[];

/** Separator inside list-valued data attributes (theme names and provinces never contain it). */
export const LIST_SEPARATOR = '|';
