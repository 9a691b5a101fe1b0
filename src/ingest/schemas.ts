/**
 * zod schemas of the validated records (src/model/dataset.ts). The sheet readers build each record
 * from cleaned cells and parse it here as the last gate, so a Dataset only ever holds records that
 * satisfy the model's invariants (codes GM0000, unique sorted lists, known vocabularies).
 *
 * zod itself loads on the first record that the fast pre-checks below do not vouch for: loading it
 * costs about as much as reading and analysing a small dataset's sheets, and valid data never needs it.
 */
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import { THEMES } from '../model/themes.ts';
import { GOAL_CLASSES, LEGAL_FORMS, LIFE_PHASES, STEERING_TYPES, TYPOLOGIES } from '../model/enums.ts';
import type { CommutingFlow, Cooperation, Goal, NationalPolicy, NationalRegion } from '../model/dataset.ts';

type Z = typeof Zod;
let loaded: Z | null = null;
const zod = (): Z => (loaded ??= (createRequire(import.meta.url)('zod') as { z: Z }).z);

/** A record schema built on first use; `keys` are its fields in order (what a fast pre-check expects). */
export interface RecordSchema<T> {
  readonly keys: readonly string[];
  zod(): Zod.ZodType<T>;
}

function recordSchema<T>(keys: readonly string[], build: (z: Z) => Zod.ZodType<T>): RecordSchema<T> {
  let schema: Zod.ZodType<T> | null = null;
  return { keys, zod: () => (schema ??= build(zod())) };
}

const parts = (z: Z) => {
  const text = z.string().min(1);
  return {
    code: z.string().regex(/^GM\d{4}$/),
    text,
    year: z.number().int().min(1800).max(2100).nullable(),
    extra: z.record(z.string(), z.string()),
    sortedUnique: <T extends Zod.ZodType<string>>(item: T) => z.array(item).refine((a) => a.every((v, i) => i === 0 || a[i - 1] < v), 'moet uniek en gesorteerd zijn'),
  };
};

const COOPERATION_KEYS = ['id', 'name', 'agendaTitle', 'agendaYear', 'legalForm', 'municipalities', 'otherGovernments', 'partners', 'themes', 'typology', 'lifePhase', 'spatial', 'sources', 'extra'];
export const cooperationSchema = recordSchema<Cooperation>(COOPERATION_KEYS, (z) => {
  const { code, text, year, extra, sortedUnique } = parts(z);
  return z.object({
    id: text,
    name: text,
    agendaTitle: text.nullable(),
    agendaYear: year,
    legalForm: z.enum(LEGAL_FORMS),
    municipalities: sortedUnique(code),
    otherGovernments: z.array(text),
    partners: z.array(text),
    themes: z.array(z.enum(THEMES)),
    typology: z.enum(TYPOLOGIES).nullable(),
    lifePhase: z.enum(LIFE_PHASES).nullable(),
    spatial: z.boolean(),
    sources: z.array(text),
    extra,
  }) satisfies Zod.ZodType<Cooperation>;
});

const GOAL_KEYS = ['cooperationId', 'theme', 'text', 'source', 'label', 'extra'];
export const goalSchema = recordSchema<Goal>(GOAL_KEYS, (z) => {
  const { text, extra } = parts(z);
  return z.object({
    cooperationId: text,
    theme: z.enum(THEMES),
    text,
    source: text.nullable(),
    label: z.enum(GOAL_CLASSES).nullable(),
    extra,
  }) satisfies Zod.ZodType<Goal>;
});

const REGION_KEYS = ['division', 'id', 'name', 'municipalities', 'attribute', 'category', 'source', 'extra'];
export const nationalRegionSchema = recordSchema<NationalRegion>(REGION_KEYS, (z) => {
  const { code, text, extra, sortedUnique } = parts(z);
  return z.object({
    division: text,
    id: text,
    name: text,
    municipalities: sortedUnique(code),
    attribute: text.nullable(),
    category: text.nullable(),
    source: text.nullable(),
    extra,
  }) satisfies Zod.ZodType<NationalRegion>;
});

const POLICY_KEYS = ['id', 'title', 'year', 'themes', 'steering', 'areaBased', 'explanation', 'source', 'extra'];
export const nationalPolicySchema = recordSchema<NationalPolicy>(POLICY_KEYS, (z) => {
  const { text, year, extra } = parts(z);
  return z.object({
    id: text,
    title: text,
    year,
    themes: z.array(z.enum(THEMES)).min(1),
    steering: z.enum(STEERING_TYPES),
    areaBased: z.boolean(),
    explanation: text.nullable(),
    source: text.nullable(),
    extra,
  }) satisfies Zod.ZodType<NationalPolicy>;
});

const FLOW_KEYS = ['from', 'to', 'persons', 'year', 'note'];
export const commutingFlowSchema = recordSchema<CommutingFlow>(FLOW_KEYS, (z) => {
  const { code, text, year } = parts(z);
  return z.object({
    from: code,
    to: code,
    persons: z.number().finite().nonnegative(),
    year,
    note: text.nullable(),
  }) satisfies Zod.ZodType<CommutingFlow>;
});

// ---------------------------------------------------------------------------------------------
// Fast pre-checks for the big sheets. Each states its schema's rules once more in plain code and
// returns true only when the record certainly satisfies them (with exactly the schema's keys, in its
// order, so zod's output would equal the record). check() then skips zod, which costs about a
// microsecond per record; anything else still goes through zod, which also words the message.
// schemas.test.ts checks on random records that a fast pass implies a zod pass with equal output.

const CODE_PATTERN = /^GM\d{4}$/;
const THEME_SET = new Set<string>(THEMES);
const LEGAL_FORM_SET = new Set<string>(LEGAL_FORMS);
const TYPOLOGY_SET = new Set<string>(TYPOLOGIES);
const LIFE_PHASE_SET = new Set<string>(LIFE_PHASES);
const GOAL_CLASS_SET = new Set<string>(GOAL_CLASSES);

const isText = (v: unknown): boolean => typeof v === 'string' && v.length >= 1;
const isNullableText = (v: unknown): boolean => v === null || isText(v);
const isYear = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1800 && v <= 2100);
const isCode = (v: unknown): boolean => typeof v === 'string' && CODE_PATTERN.test(v);

function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const own = Object.keys(value);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

function isTextArray(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!(i in v) || !isText(v[i])) return false;
  return true;
}

function isSortedUniqueCodes(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    if (!(i in v) || !isCode(v[i])) return false;
    if (i > 0 && !(v[i - 1] < v[i])) return false;
  }
  return true;
}

function isMemberArray(v: unknown, allowed: Set<string>): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!(i in v) || typeof v[i] !== 'string' || !allowed.has(v[i])) return false;
  return true;
}

const isNullableMember = (v: unknown, allowed: Set<string>): boolean => v === null || (typeof v === 'string' && allowed.has(v));

/** A plain object whose own keys and values are all strings (z.record(z.string(), z.string())). */
function isStringRecord(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  if (Object.getOwnPropertySymbols(v).length > 0) return false;
  const names = Object.getOwnPropertyNames(v);
  const keys = Object.keys(v);
  if (names.length !== keys.length) return false;
  for (const k of keys) if (typeof (v as Record<string, unknown>)[k] !== 'string') return false;
  return true;
}

const STEERING_SET = new Set<string>(STEERING_TYPES);

export function fastCooperation(r: unknown): boolean {
  return (
    hasKeys(r, COOPERATION_KEYS) &&
    isText(r.id) &&
    isText(r.name) &&
    isNullableText(r.agendaTitle) &&
    isYear(r.agendaYear) &&
    typeof r.legalForm === 'string' &&
    LEGAL_FORM_SET.has(r.legalForm) &&
    isSortedUniqueCodes(r.municipalities) &&
    isTextArray(r.otherGovernments) &&
    isTextArray(r.partners) &&
    isMemberArray(r.themes, THEME_SET) &&
    isNullableMember(r.typology, TYPOLOGY_SET) &&
    isNullableMember(r.lifePhase, LIFE_PHASE_SET) &&
    typeof r.spatial === 'boolean' &&
    isTextArray(r.sources) &&
    isStringRecord(r.extra)
  );
}

export function fastGoal(r: unknown): boolean {
  return (
    hasKeys(r, GOAL_KEYS) &&
    isText(r.cooperationId) &&
    typeof r.theme === 'string' &&
    THEME_SET.has(r.theme) &&
    isText(r.text) &&
    isNullableText(r.source) &&
    isNullableMember(r.label, GOAL_CLASS_SET) &&
    isStringRecord(r.extra)
  );
}

export function fastCommutingFlow(r: unknown): boolean {
  return (
    hasKeys(r, FLOW_KEYS) &&
    isCode(r.from) &&
    isCode(r.to) &&
    typeof r.persons === 'number' &&
    Number.isFinite(r.persons) &&
    r.persons >= 0 &&
    isYear(r.year) &&
    isNullableText(r.note)
  );
}

export function fastNationalRegion(r: unknown): boolean {
  return (
    hasKeys(r, REGION_KEYS) &&
    isText(r.division) &&
    isText(r.id) &&
    isText(r.name) &&
    isSortedUniqueCodes(r.municipalities) &&
    isNullableText(r.attribute) &&
    isNullableText(r.category) &&
    isNullableText(r.source) &&
    isStringRecord(r.extra)
  );
}

export function fastNationalPolicy(r: unknown): boolean {
  return (
    hasKeys(r, POLICY_KEYS) &&
    isText(r.id) &&
    isText(r.title) &&
    isYear(r.year) &&
    isMemberArray(r.themes, THEME_SET) &&
    (r.themes as unknown[]).length >= 1 &&
    typeof r.steering === 'string' &&
    STEERING_SET.has(r.steering) &&
    typeof r.areaBased === 'boolean' &&
    isNullableText(r.explanation) &&
    isNullableText(r.source) &&
    isStringRecord(r.extra)
  );
}

/**
 * Parses with a schema; on failure returns the issues as one Dutch sentence. With `fast`, a record
 * that passes the pre-check is returned as it is (see above).
 */
export function check<T>(schema: RecordSchema<T>, value: unknown, fast?: (value: unknown) => boolean): { ok: true; value: T } | { ok: false; message: string } {
  if (fast !== undefined && fast(value)) return { ok: true, value: value as T };
  const result = schema.zod().safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    message: result.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '),
  };
}
