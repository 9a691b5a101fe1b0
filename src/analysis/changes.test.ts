import { describe, expect, it } from 'vitest';
import type { Cooperation, Dataset } from '../model/dataset.ts';
import { datasetChanges, formatChangelog, isEmptyChangelog } from './changes.ts';

const coop = (id: string, municipalities: string[], themes: Cooperation['themes'], extra: Partial<Cooperation> = {}): Cooperation => ({
  id,
  name: id.toUpperCase(),
  agendaTitle: null,
  agendaYear: 2020,
  legalForm: 'WGR',
  municipalities,
  otherGovernments: [],
  partners: [],
  themes,
  typology: null,
  lifePhase: null,
  spatial: true,
  sources: [],
  extra: {},
  ...extra,
});
const dataset = (cooperations: Cooperation[]): Dataset => ({ source: 'x', cooperations, goals: [], nationalRegions: [], nationalPolicies: [], commuting: null, sheets: [], findings: [] });

describe('datasetChanges(before, after)', () => {
  it('lists new, ended and changed cooperations with member and theme sets', () => {
    // a: member GM2 → GM3, theme Overig added, year 2020 → 2021; b: ended; c: new; d: only reordered (no change).
    const before = dataset([coop('a', ['GM1', 'GM2'], ['Wonen']), coop('b', ['GM1'], []), coop('d', ['GM1', 'GM2'], ['Wonen', 'Overig'])]);
    const after = dataset([coop('a', ['GM1', 'GM3'], ['Wonen', 'Overig'], { agendaYear: 2021 }), coop('c', ['GM4'], []), coop('d', ['GM2', 'GM1'], ['Overig', 'Wonen'])]);
    const log = datasetChanges(before, after, (code) => `gemeente ${code.slice(2)}`);
    expect(log.added).toEqual([{ id: 'c', name: 'C' }]);
    expect(log.ended).toEqual([{ id: 'b', name: 'B' }]);
    expect(log.changed).toEqual([
      { id: 'a', name: 'A', membersAdded: ['gemeente 3'], membersRemoved: ['gemeente 2'], themesAdded: ['Overig'], themesRemoved: [], goalsBefore: 0, goalsAfter: 0, fields: [{ field: 'agendajaar', before: '2020', after: '2021' }] },
    ]);
    expect(formatChangelog(log).split('\n')[0]).toBe('1 nieuw samenwerkingsverband, 1 beëindigd, 1 gewijzigd.');
  });

  it('finds nothing between a dataset and itself', () => {
    const d = dataset([coop('a', ['GM1'], ['Wonen'])]);
    expect(isEmptyChangelog(datasetChanges(d, d))).toBe(true);
  });
});
