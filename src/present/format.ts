/**
 * Dutch text for numbers, shares, counts and lists in tables and prose; the numbers themselves as in
 * model/numbers.ts (by hand, not via Intl).
 */
import { formatNumber } from '../model/numbers.ts';

export { formatNumber };

/** A share in 0–1 as a whole percentage, e.g. 0.333 → "33%". */
export function formatPercent(share: number, decimals = 0): string {
  if (!Number.isFinite(share)) return '–';
  return `${formatNumber(share * 100, decimals)}%`;
}

/**
 * A count with its denominator and the share between brackets: (18, 103) → "18 van de 103 (17%)".
 * With no denominator there is no share, so (0, 0) → "0 van de 0 (–)" rather than a made-up 0%.
 */
export function formatCountOf(count: number, total: number): string {
  return `${formatOf(count, total)} (${formatPercent(total > 0 ? count / total : NaN)})`;
}

/** A count with its denominator and no share, for small counts in a table of many: (2, 3) → "2 van de 3". */
export function formatOf(count: number, total: number): string {
  return `${formatNumber(count)} van de ${formatNumber(total)}`;
}

/** "1 samenwerking" / "3 samenwerkingen". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "a, b en c" */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** A whole number as is, otherwise at most one decimal without a trailing zero: 3 → "3", 2,25 → "2,3", 2,04 → "2". */
export function formatShort(value: number): string {
  return Number.isInteger(value) ? formatNumber(value) : formatNumber(value, 1).replace(/,0$/, '');
}

/** Dutch alphabetical order of names, ties broken by code point so the order is total. */
export const byDutchName = (a: string, b: string): number => a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);

/**
 * A file size in Dutch units of 1024: under 1 kB in bytes, under 1 MB in whole kB, else MB with one
 * decimal: 512 → "512 bytes", 20480 → "20 kB", 1572864 → "1,5 MB".
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} kB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** An ISO date as precise as given, in Dutch: 2025-01-01 → "1 januari 2025", 2014-12 → "december 2014", 2024 → "2024". */
export function formatPartialDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

const SOFT_HYPHEN = '\u00ad';
/** Dutch compounds join with a linking s after these endings: "samenwerkings|verbanden". */
const COMPOUND_JOINT = /(?<=\p{L}{4}(?:ings|heids|schaps|teits))(?=\p{L}{4})/gu;

/**
 * Marks where a long Dutch compound may break with a hyphen. Chromium has no Dutch hyphenation
 * dictionary offline, so `hyphens: auto` does nothing and a heading like "Samenwerkingsverbanden"
 * broke mid-syllable on a phone; a soft hyphen is invisible unless the line breaks there.
 */
export function breakableCompounds(text: string): string {
  return text.replace(/\p{L}{16,}/gu, (word) => word.replace(COMPOUND_JOINT, SOFT_HYPHEN));
}
