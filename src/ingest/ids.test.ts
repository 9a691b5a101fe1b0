import { describe, expect, it } from 'vitest';
import { IdIdentities } from './ids.ts';

describe('IdIdentities', () => {
  // Each case: ids accepted in order (row = position + 2), then the id asked about and the twin expected.
  const cases: { accepted: string[]; ask: string; twin: string | null }[] = [
    { accepted: ['regio-a'], ask: 'Regio-A', twin: "'regio-a' in rij 2" }, // own key first, capitals later
    { accepted: ['Regio-A'], ask: 'regio-a', twin: "'Regio-A' in rij 2" }, // capitals first, own key later
    { accepted: ['Regio-A'], ask: 'Régio-a', twin: "'Regio-A' in rij 2" }, // two spellings that are not their key
    { accepted: ['Regio-A'], ask: 'Regio-A', twin: null }, // the same spelling again (regions repeat ids)
    { accepted: ['regio-a'], ask: 'regio-a', twin: null },
    { accepted: ['x', 'Regio-B'], ask: 'regio-b', twin: "'Regio-B' in rij 3" },
    { accepted: ['regio-a'], ask: 'regio-b', twin: null },
  ];
  for (const mode of ['own map', 'index callback'] as const) {
    for (const c of cases) {
      it(`${mode}: after ${c.accepted.join(', ')} → ${c.ask}: ${c.twin ?? 'no twin'}`, () => {
        const rows = new Map<string, number>();
        const ids = mode === 'own map' ? new IdIdentities() : new IdIdentities((id) => rows.get(id));
        c.accepted.forEach((id, i) => {
          expect(ids.problem(id, 'samenwerking')).toBeNull();
          ids.add(id, i + 2);
          if (!rows.has(id)) rows.set(id, i + 2);
        });
        const problem = ids.problem(c.ask, 'samenwerking');
        if (c.twin === null) expect(problem).toBeNull();
        else expect(problem?.message).toContain(`van ${c.twin}`);
      });
    }
  }
});
