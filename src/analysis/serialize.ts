/**
 * Stable JSON for the Analysis: object keys sorted recursively (code-unit order), arrays kept in the
 * order each module defines, numbers rounded to 6 decimals (and -0 written as 0), 2-space indent,
 * trailing newline. Same Analysis → byte-identical text on every machine.
 */
import type { Analysis } from './types.ts';

function normalise(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return Object.is(value, -0) ? 0 : value;
    if (!Number.isFinite(value)) return null;
    const rounded = Math.round(value * 1e6) / 1e6;
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Default sort compares UTF-16 code units: locale-independent, same on every machine.
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

export function stableStringify(value: unknown): string {
  return `${JSON.stringify(normalise(value), null, 2)}\n`;
}

export function serializeAnalysis(analysis: Analysis): string {
  return stableStringify(analysis);
}
