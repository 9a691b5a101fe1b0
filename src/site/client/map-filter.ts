/**
 * The Kaart 2 filter rule, shared by markers and table rows: an element matches when, for every
 * chosen filter, its data attribute equals the value (legal form, typology) or its `|`-separated
 * list contains it (themes, provinces). An empty choice matches everything.
 */
import { FILTER_KEYS, LIST_SEPARATOR, type FilterKey } from '../../present/map/filter-params.ts';

export function matches(attribute: (name: string) => string | null, filters: Partial<Record<FilterKey, string>>): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filters[key];
    if (!wanted) return true;
    const value = attribute(`data-${key}`) ?? '';
    return key === 'themes' || key === 'provinces' ? value.split(LIST_SEPARATOR).includes(wanted) : value === wanted;
  });
}
