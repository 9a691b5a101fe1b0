/** Parsing of option values given on the command line; anything unusable is a UsageError naming the option. */
import { UsageError } from './errors.ts';

/** Parses a whole number ≥ min given on the command line, else a UsageError naming the option. */
export function parseWholeNumber(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`${option} moet een geheel getal ≥ ${min} zijn, niet '${value}'`);
  }
  return Number(value);
}

/** Parses a share in 0–1 (comma or dot as decimal separator). */
export function parseShare(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError(`${option} moet een getal tussen 0 en 1 zijn (bijv. 0.5), niet '${value}'`);
  }
  return n;
}
