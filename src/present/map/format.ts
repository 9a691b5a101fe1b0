/** Dutch number and list formatting for generated map texts (deterministic, nl-NL). */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function nlNumber(n: number): string {
  return Number.isInteger(n) ? integer.format(n) : oneDecimal.format(n);
}

export function nlPercent(share: number): string {
  return `${integer.format(Math.round(share * 100))}%`;
}

/** "a", "a en b", "a, b en c" */
export function nlList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export const byDutchName = (a: string, b: string): number => a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);

/** "1 gemeente" / "3 gemeenten" */
export function plural(n: number, one: string, many: string): string {
  return `${nlNumber(n)} ${n === 1 ? one : many}`;
}
