/**
 * The Kaart 2 filters' address parameters (the selects' names): the build writes them into the
 * form, the island reads and writes them in the URL. No imports, so the client bundle stays small.
 */
export const FILTER_PARAM = { themes: 'thema', provinces: 'provincie', 'legal-form': 'rechtsvorm', typology: 'typologie' } as const;
