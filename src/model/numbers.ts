/**
 * Dutch number text (decimal comma, dot as thousands separator), shared by the messages of the ingest
 * and the presentation. Written out by hand rather than via Intl: the output never depends on the ICU
 * build, and a command does not pay for loading ICU's locale data at start-up.
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + grouped + (frac ? ',' + frac : '');
}
