/**
 * The one mapping from a value (a cooperation id, a municipality code, a division name, …) to the
 * name of a file or folder the product writes. A name is ASCII letters, digits, `-` and `_`, at
 * most MAX_NAME_BYTES bytes, never empty, `.` or `..`, never a reserved name; a value that cannot
 * be kept as it is becomes its slug plus a short stable hash of the whole value, so two values
 * never share a name (also not on case-insensitive file systems) and the same value always gets
 * the same name — links and pages use this mapping, so links keep working.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../model/normalise.ts';

/** Far below the 255 bytes file systems allow, so temporary suffixes and extensions always fit. */
export const MAX_NAME_BYTES = 64;
const HASH_CHARS = 8;
/** Values of this form (≤ MAX_NAME_BYTES, not reserved) are used unchanged. */
const KEPT = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;
/** Device names Windows refuses as file names, whatever the extension. */
const DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** First characters of the SHA-256 of the value: stable across runs and machines. */
export function nameHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, HASH_CHARS);
}

function isReserved(name: string, reserved: Iterable<string>): boolean {
  if (DEVICE_NAMES.test(name)) return true;
  const lower = name.toLowerCase();
  for (const r of reserved) if (r.toLowerCase() === lower) return true;
  return false;
}

function hashed(slug: string, value: string): string {
  const base = slug.slice(0, MAX_NAME_BYTES - HASH_CHARS - 1).replace(/-+$/, '');
  return base ? `${base}-${nameHash(value)}` : nameHash(value);
}

/**
 * The file name for one value, without extension. Kept unchanged when it is already a safe name,
 * else slug + hash. Pure: links can compute it anywhere. `reserved` lists names of built-in pages
 * in the same folder (compared case-insensitively).
 */
export function safeName(value: string, reserved: Iterable<string> = []): string {
  if (KEPT.test(value) && value.length <= MAX_NAME_BYTES && !isReserved(value, reserved)) return value;
  return hashed(slugify(value), value);
}

/**
 * Names for a whole set of values that are shown to people (e.g. division names): each value gets
 * its plain slug ("Nationaal Park" → nationaal-park) when that slug is unique in the set (case-
 * insensitively), fits and is not reserved; values whose slugs coincide get slug + hash, except the
 * one value (if any) that is itself exactly that slug. Depends only on the set, not on its order.
 */
export function uniqueNames(values: Iterable<string>, reserved: Iterable<string> = []): Map<string, string> {
  const reservedList = [...reserved];
  const groups = new Map<string, string[]>();
  for (const value of new Set(values)) {
    const slug = slugify(value);
    groups.set(slug, [...(groups.get(slug) ?? []), value]);
  }
  const names = new Map<string, string>();
  for (const [slug, members] of groups) {
    const plainOk = slug !== '' && slug.length <= MAX_NAME_BYTES && !isReserved(slug, reservedList);
    for (const value of members) {
      const plain = plainOk && (members.length === 1 || value === slug);
      names.set(value, plain ? slug : hashed(slug, value));
    }
  }
  return names;
}
