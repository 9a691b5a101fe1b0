/**
 * zod schemas of the validated records (src/model/dataset.ts). The sheet readers build each record
 * from cleaned cells and parse it here as the last gate, so a Dataset only ever holds records that
 * satisfy the model's invariants (codes GM0000, unique sorted lists, known vocabularies).
 */
import { z } from 'zod';
import { THEMES } from '../model/themes.ts';
import { GOAL_CLASSES, LEGAL_FORMS, LIFE_PHASES, STEERING_TYPES, TYPOLOGIES } from '../model/enums.ts';
import type { CommutingFlow, Cooperation, Goal, NationalPolicy, NationalRegion } from '../model/dataset.ts';

const code = z.string().regex(/^GM\d{4}$/);
const text = z.string().min(1);
const year = z.number().int().min(1800).max(2100).nullable();
const extra = z.record(z.string(), z.string());
const sortedUnique = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((a) => a.every((v, i) => i === 0 || a[i - 1] < v), 'moet uniek en gesorteerd zijn');

export const cooperationSchema = z.object({
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
}) satisfies z.ZodType<Cooperation>;

export const goalSchema = z.object({
  cooperationId: text,
  theme: z.enum(THEMES),
  text,
  source: text.nullable(),
  label: z.enum(GOAL_CLASSES).nullable(),
  extra,
}) satisfies z.ZodType<Goal>;

export const nationalRegionSchema = z.object({
  division: text,
  id: text,
  name: text,
  municipalities: sortedUnique(code),
  attribute: text.nullable(),
  source: text.nullable(),
  extra,
}) satisfies z.ZodType<NationalRegion>;

export const nationalPolicySchema = z.object({
  id: text,
  title: text,
  year,
  themes: z.array(z.enum(THEMES)).min(1),
  steering: z.enum(STEERING_TYPES),
  areaBased: z.boolean(),
  explanation: text.nullable(),
  source: text.nullable(),
  extra,
}) satisfies z.ZodType<NationalPolicy>;

export const commutingFlowSchema = z.object({
  from: code,
  to: code,
  persons: z.number().finite().nonnegative(),
  year,
  note: text.nullable(),
}) satisfies z.ZodType<CommutingFlow>;

/** Parses with a schema; on failure returns the issues as one Dutch sentence. */
export function check<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; message: string } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    message: result.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '),
  };
}
