/**
 * The Kaart 2 filter rule, shared by markers and table rows: an element matches when, for every
 * chosen filter, its data attribute equals the value (legal form, typology) or its `|`-separated
 * list contains it (themes, provinces). An empty choice matches everything.
 */
export const SEP = '|';
export type FilterKey = 'themes' | 'provinces' | 'legal-form' | 'typology';
export const KEYS: FilterKey[] = ['themes', 'provinces', 'legal-form', 'typology'];

export function matches(attribute: (name: string) => string | null, filters: Partial<Record<FilterKey, string>>): boolean {
  return KEYS.every((key) => {
    const wanted = filters[key];
    if (!wanted) return true;
    const value = attribute(`data-${key}`) ?? '';
    return key === 'themes' || key === 'provinces' ? value.split(SEP).includes(wanted) : value === wanted;
  });
}
