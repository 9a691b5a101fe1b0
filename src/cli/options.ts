/** Parsing of option values given on the command line; anything unusable is a UsageError naming the option. */
import { assertNotOntoInput } from '../output/guard.ts';
import { OutputPathError } from '../output/tree.ts';
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

/** An output path (`option`) that is, holds or lies inside one of the inputs is unusable. */
export function parseOutputPath(value: string, option: string, inputs: readonly string[]): string {
  try {
    assertNotOntoInput(value, inputs, option);
  } catch (error) {
    if (error instanceof OutputPathError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  return value;
}

/**
 * --base-url: the address the site is published at (printed pages show it in their footer), e.g.
 * https://www.voorbeeld.nl/regioruimte; http(s), no query or fragment, returned without a trailing slash.
 */
export function parseBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`--base-url: '${value}' is geen webadres; geef bijvoorbeeld https://www.voorbeeld.nl/regioruimte`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new UsageError(`--base-url: '${value}' moet met http:// of https:// beginnen en mag geen ?, # of inloggegevens bevatten`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
