/** Compare strings by code unit (locale-independent, so sorting is identical on every machine). */
export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
