/**
 * Property tests (fast-check): on random datasets over the six tiny municipalities, every result
 * agrees with a brute-force recount, and the order of the input rows does not change anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cooperation } from '../model/dataset.ts';
import { LEGAL_FORMS } from '../model/enums.ts';
import { THEMES } from '../model/themes.ts';
import { analyseCoverage } from './coverage.ts';
import { analyseNetwork } from './network.ts';
import { analyseOrganisation } from './organisation.ts';
import { analyseOverlap } from './overlap.ts';
import { stableStringify } from './serialize.ts';
import { analyseThemes } from './themes.ts';
import { analyseTypology } from './typology.ts';
import { coop, tinyDataset, tinyReference } from './__fixtures__/tiny.ts';

const CODES = tinyReference.municipalities.map((m) => m.code);
const members = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 6 }).map((a) => [...a].sort());
const cooperations = fc
  .array(
    fc.record({
      municipalities: members,
      themes: fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 4 }),
      legalForm: fc.constantFrom(...LEGAL_FORMS),
      spatial: fc.boolean(),
      partners: fc.uniqueArray(fc.constantFrom('Rabobank', 'Hogeschool Oost', 'Natuurmonumenten', 'LTO'), { maxLength: 3 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) => rows.map((r, i) => coop({ id: `c${String(i).padStart(2, '0')}`, ...r })));
const regions = fc.array(members, { minLength: 1, maxLength: 4 }).map((sets) =>
  sets.map((m, i) => ({ division: 'X', id: `r${i}`, name: `r${i}`, municipalities: m, attribute: null, category: null, source: null, extra: {} })),
);

const both = (c: Cooperation, a: string, b: string) => c.municipalities.includes(a) && c.municipalities.includes(b);

describe('analysis properties', () => {
  it('network agrees with a brute-force pair count', () => {
    fc.assert(
      fc.property(cooperations, fc.integer({ min: 1, max: 4 }), (coops, threshold) => {
        const net = analyseNetwork(tinyDataset({ cooperations: coops }), tinyReference, { threshold, seed: 42 });
        const expected: { a: string; b: string; shared: number }[] = [];
        let pairs = 0;
        for (let i = 0; i < CODES.length; i++) {
          for (let j = i + 1; j < CODES.length; j++) {
            const shared = coops.filter((c) => both(c, CODES[i], CODES[j])).length;
            if (shared > 0) pairs += 1;
            if (shared >= threshold) expected.push({ a: CODES[i], b: CODES[j], shared });
          }
        }
        expect(net.edges).toEqual(expected);
        expect(Object.values(net.pairCountsByShared).reduce((s, v) => s + v, 0)).toBe(pairs);
        expect(net.municipalities.reduce((s, m) => s + m.degree, 0)).toBe(2 * expected.length);
        // community ids 1..n appear in code order
        const firstSeen: number[] = [];
        for (const code of CODES) if (!firstSeen.includes(net.communities[code])) firstSeen.push(net.communities[code]);
        expect(firstSeen).toEqual(Array.from({ length: net.communityCount }, (_, i) => i + 1));
        // a municipality without edges is a community of its own
        for (const m of net.municipalities) if (m.degree === 0) expect(Object.values(net.communities).filter((c) => c === net.communities[m.code])).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('overlap best match is the brute-force maximum Jaccard', () => {
    fc.assert(
      fc.property(cooperations, regions, fc.constantFrom(0.3, 0.5, 0.8), (coops, nationalRegions, foundBack) => {
        const result = analyseOverlap(tinyDataset({ cooperations: coops, nationalRegions }), tinyReference, { foundBack });
        const agendas = coops.filter((c) => c.spatial);
        for (const r of result.divisions.X.regions) {
          const region = nationalRegions.find((x) => x.id === r.id)!.municipalities;
          let best = 0;
          for (const a of agendas) {
            const inter = a.municipalities.filter((m) => region.includes(m)).length;
            best = Math.max(best, inter / new Set([...a.municipalities, ...region]).size);
          }
          expect(r.bestMatch?.jaccard ?? 0).toBeCloseTo(best, 12);
          if (r.bestMatch) {
            expect(r.bestMatch.jaccard).toBeLessThanOrEqual(Math.min(r.bestMatch.containmentOfRegion, r.bestMatch.containmentOfAgenda) + 1e-12);
            expect(r.foundBack).toBe(r.bestMatch.jaccard >= foundBack);
          } else {
            expect(best).toBe(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('theme and organisation totals add up', () => {
    fc.assert(
      fc.property(cooperations, (coops) => {
        const ds = tinyDataset({ cooperations: coops });
        const spatial = coops.filter((c) => c.spatial);
        const t = analyseThemes(ds);
        const o = analyseOrganisation(ds);
        expect(Object.values(t.agendasPerTheme).reduce((s, v) => s + v, 0)).toBe(spatial.reduce((s, c) => s + c.themes.length, 0));
        const pairTotal = spatial.reduce((s, c) => s + (c.themes.length * (c.themes.length - 1)) / 2, 0);
        expect(t.pairs.reduce((s, p) => s + p.count, 0)).toBe(pairTotal);
        const shares = [Object.values(t.themeCountDistribution), Object.values(o.legalFormShares)];
        for (const values of shares) expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(spatial.length === 0 ? 0 : 1, 12);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(cooperations, fc.integer(), (coops, salt) => {
        const shuffled = [...coops].sort((x, y) => ((x.id.charCodeAt(2) * 31 + salt) % 7) - ((y.id.charCodeAt(2) * 31 + salt) % 7));
        const run = (rows: Cooperation[]) => {
          const ds = tinyDataset({ cooperations: rows });
          return stableStringify({
            coverage: analyseCoverage(ds, tinyReference),
            themes: analyseThemes(ds),
            organisation: analyseOrganisation(ds),
            network: analyseNetwork(ds, tinyReference, { threshold: 2, seed: 42 }),
            overlap: analyseOverlap(ds, tinyReference, { foundBack: 0.5 }),
            typology: analyseTypology(ds),
          });
        };
        expect(run(shuffled)).toBe(run(coops));
      }),
      { numRuns: 100 },
    );
  });
});
