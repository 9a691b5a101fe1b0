import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOAL_CLASSES, LEGAL_FORMS, LIFE_PHASES, STEERING_TYPES, TYPOLOGIES } from '../model/enums.ts';
import { THEMES } from '../model/themes.ts';
import { commutingFlowSchema, cooperationSchema, fastCommutingFlow, fastCooperation, fastGoal, fastNationalPolicy, fastNationalRegion, goalSchema, nationalPolicySchema, nationalRegionSchema } from './schemas.ts';

// Each field is mostly valid and sometimes just outside a rule: empty strings, codes with 3 or 5
// digits, years just outside 1800–2100, fractions, negatives, NaN, wrong types, unsorted or repeated
// codes, unknown enum values. So about a third of the records are valid, the rest break one or two rules.
const pick = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 14 }, { arbitrary: invalid, weight: 1 }) as fc.Arbitrary<T | U>;
const text = pick(fc.oneof(fc.constantFrom('a', 'Regio Twente', ' '), fc.string({ minLength: 1, maxLength: 4 })), fc.constantFrom('', 3, null));
const nullableText = pick(fc.oneof(fc.constant(null), text), fc.constantFrom(undefined, '', 3));
const year = pick(fc.constantFrom(null, 1800, 2024, 2100), fc.constantFrom(1799, 2101, 2024.5, Number.NaN, -1, '2024'));
const code = pick(fc.constantFrom('GM0363', 'GM0014', 'GM0001', 'GM1980'), fc.oneof(fc.constantFrom('GM363', 'GM03630', 'gm0363', ' GM0363'), fc.string({ maxLength: 6 })));
const codes = pick(
  fc.uniqueArray(fc.constantFrom('GM0363', 'GM0014', 'GM0001', 'GM1980'), { maxLength: 4 }).map((a) => [...a].sort()),
  fc.oneof(fc.array(code, { maxLength: 4 }), fc.constant(['GM0363', 'GM0014']), fc.constant(['GM0363', 'GM0363']), fc.constant('GM0363')),
);
const member = (values: readonly string[]) => pick(fc.constantFrom(...values), fc.constantFrom('', 'onbekend', values[0].toLowerCase()));
const nullableMember = (values: readonly string[]) => pick(fc.oneof(fc.constant(null), member(values)), fc.constant(undefined));
const texts = pick(fc.array(text, { maxLength: 3 }), fc.constantFrom(null, 'a'));
const extra = pick(
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 3 }),
  fc.constantFrom(null, [] as unknown as Record<string, string>, { k: 1 } as unknown as Record<string, string>),
);

/** Records with the schema's keys in order, sometimes with a key missing or an extra key added. */
function withKeyNoise<T extends Record<string, unknown>>(record: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(record, fc.integer({ min: 0, max: 19 })).map(([r, k]) => {
    if (k === 0) return { ...r, extraKey: 'x' };
    if (k === 1) {
      const { [Object.keys(r)[0]]: _drop, ...rest } = r;
      return rest;
    }
    return r;
  });
}

const cooperation = withKeyNoise(
  fc.record({
    id: text,
    name: text,
    agendaTitle: nullableText,
    agendaYear: year,
    legalForm: member(LEGAL_FORMS),
    municipalities: codes,
    otherGovernments: texts,
    partners: texts,
    themes: pick(fc.array(member(THEMES), { maxLength: 3 }), fc.constant(null)),
    typology: nullableMember(TYPOLOGIES),
    lifePhase: nullableMember(LIFE_PHASES),
    spatial: pick(fc.boolean(), fc.constant('ja')),
    sources: texts,
    extra,
  }),
);
const goal = withKeyNoise(
  fc.record({ cooperationId: text, theme: member(THEMES), text, source: nullableText, label: nullableMember(GOAL_CLASSES), extra }),
);
const flow = withKeyNoise(
  fc.record({
    from: code,
    to: code,
    persons: pick(fc.oneof(fc.constantFrom(0, 12, 0.5), fc.double({ min: 0, max: 1e9, noNaN: true })), fc.constantFrom(-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, '12')),
    year,
    note: nullableText,
  }),
);

const region = withKeyNoise(
  fc.record({ division: text, id: text, name: text, municipalities: codes, attribute: nullableText, category: nullableText, source: nullableText, extra }),
);
const policy = withKeyNoise(
  fc.record({
    id: text,
    title: text,
    year,
    themes: pick(fc.array(member(THEMES), { minLength: 1, maxLength: 3 }), fc.constantFrom([], null)),
    steering: member(STEERING_TYPES),
    areaBased: pick(fc.boolean(), fc.constant('ja')),
    explanation: nullableText,
    source: nullableText,
    extra,
  }),
);

describe('fast pre-checks', () => {
  const cases = [
    ['samenwerking', cooperation, fastCooperation, cooperationSchema],
    ['doel', goal, fastGoal, goalSchema],
    ['pendelstroom', flow, fastCommutingFlow, commutingFlowSchema],
    ['nationaal gebied', region, fastNationalRegion, nationalRegionSchema],
    ['nationaal beleid', policy, fastNationalPolicy, nationalPolicySchema],
  ] as const;
  for (const [name, arbitrary, fast, schema] of cases) {
    it(`${name}: the fields the fast check expects are the schema's, in order`, () => {
      expect(schema.keys).toEqual(Object.keys((schema.zod() as unknown as { shape: object }).shape));
    });

    it(`${name}: a record that passes the fast check passes zod, and zod returns an equal record`, () => {
      let passed = 0;
      fc.assert(
        fc.property(arbitrary, (record) => {
          if (!fast(record)) return;
          passed++;
          const result = (schema.zod() as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(record);
          expect(result.success).toBe(true);
          // Same keys in the same order, same values: what check() returns either way.
          expect(JSON.stringify(result.data)).toBe(JSON.stringify(record));
          expect(result.data).toEqual(record);
        }),
        { numRuns: 4000, seed: 42 },
      );
      // The generator must reach the fast path often enough for the property to mean something.
      expect(passed).toBeGreaterThan(100);
    });
  }

  it('accepts a typical valid record and rejects one broken rule', () => {
    const record = {
      id: 'a', name: 'A', agendaTitle: null, agendaYear: 2020, legalForm: 'WGR', municipalities: ['GM0014', 'GM0363'],
      otherGovernments: [], partners: ['x'], themes: ['Wonen'], typology: null, lifePhase: null, spatial: true, sources: [], extra: { k: 'v' },
    };
    expect(fastCooperation(record)).toBe(true);
    expect(fastCooperation({ ...record, municipalities: ['GM0363', 'GM0014'] })).toBe(false);
    expect(fastCooperation({ ...record, agendaYear: 2101 })).toBe(false);
    expect(fastCooperation({ ...record, partners: [''] })).toBe(false);
  });
});
