/**
 * A readable difference between two long texts (goldens are often one long line of SVG): the
 * first differing line and column, the text around it on both sides, and how many lines differ.
 */
const CONTEXT = 160;

function excerpt(line: string, column: number): string {
  const from = Math.max(0, column - CONTEXT);
  const to = Math.min(line.length, column + CONTEXT);
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}

export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const ea = a[line] ?? '';
  const eb = b[line] ?? '';
  let column = 0;
  while (column < ea.length && column < eb.length && ea[column] === eb[column]) column++;
  let differing = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) differing++;
  return [
    `eerste verschil op regel ${line + 1}, kolom ${column + 1} (${differing} van ${Math.max(a.length, b.length)} regels verschillen; ${expected.length} → ${actual.length} tekens)`,
    `- verwacht: ${line < a.length ? excerpt(ea, column) : '(einde van het bestand)'}`,
    `+ gekregen: ${line < b.length ? excerpt(eb, column) : '(einde van het bestand)'}`,
  ].join('\n');
}
