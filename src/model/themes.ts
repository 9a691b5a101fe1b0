import { slugify } from './normalise.ts';

/** The nine spatial themes of the input contract, in the fixed order used everywhere (figures, tables). */
export const THEMES = [
  'Wonen',
  'Mobiliteit',
  'Energietransitie',
  'Water en bodem',
  'Natuurbehoud',
  'Landbouw',
  'Gezondheid',
  'Ruimte voor economische sectoren',
  'Overig',
] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

/** URL-safe slug per theme, used for page paths (e.g. /themas/water-en-bodem/). */
export function themeSlug(theme: Theme): string {
  return slugify(theme);
}
