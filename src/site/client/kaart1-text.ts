/**
 * Texts of the Kaart 1 island at the slider's threshold: tooltips for a line and a municipality,
 * and the figure's own texts (description in the caption and the SVG's <desc>, table caption,
 * count column and its cells), which the build wrote for its own threshold only.
 */
import type { EdgeData } from './canvas-edges.ts';
import { nlInt } from './map-shared.ts';

/** Line numbers (pair indexes) per municipality index among `visible`. */
export function linesPerMunicipality(data: EdgeData, visible: number[]): number[][] {
  const per: number[][] = data.codes.map(() => []);
  for (const k of visible) {
    per[data.pairs[3 * k]].push(k);
    per[data.pairs[3 * k + 1]].push(k);
  }
  return per;
}

export const linesText = (n: number): string => `${nlInt(n)} ${n === 1 ? 'lijn' : 'lijnen'}`;

export function pairText(data: EdgeData, k: number): string[] {
  const [i, j, s] = [data.pairs[3 * k], data.pairs[3 * k + 1], data.pairs[3 * k + 2]];
  const names = [data.names[i], data.names[j]].sort((a, b) => a.localeCompare(b, 'nl'));
  return [`${names[0]} – ${names[1]}`, `${nlInt(s)} gedeelde ${s === 1 ? 'samenwerkingsverband' : 'samenwerkingsverbanden'}`];
}

/** The strongest line of municipality `i` as "Name (shared)", or null without lines. */
export function strongest(data: EdgeData, i: number, own: number[]): { name: string; shared: number } | null {
  if (own.length === 0) return null;
  const best = own.reduce((b, k) => (data.pairs[3 * k + 2] > data.pairs[3 * b + 2] ? k : b), own[0]);
  const other = data.pairs[3 * best] === i ? data.pairs[3 * best + 1] : data.pairs[3 * best];
  return { name: data.names[other], shared: data.pairs[3 * best + 2] };
}

export function municipalityText(data: EdgeData, i: number, own: number[], threshold: number, community: string | undefined): string[] {
  const out = [data.names[i], `${linesText(own.length)} bij drempel ${threshold}`];
  const best = strongest(data, i, own);
  if (best) out.push(`Sterkste: ${best.name} (${nlInt(best.shared)})`);
  const group = community ? data.communityNames[community] : undefined;
  if (group) out.push(group);
  return out;
}

/** Caption, <desc>, table caption, its <summary>, column header and per-row counts at `threshold`. */
export function updateFigureTexts(figure: HTMLElement, data: EdgeData, threshold: number, per: number[][]): void {
  const at = (list: string[]) => list[threshold - 1];
  const description = at(data.descriptions);
  if (description) {
    for (const el of figure.querySelectorAll('.map-description, svg.map-svg > desc')) el.textContent = description;
  }
  const table = document.querySelector<HTMLTableElement>(`table[data-map-list="${CSS.escape(figure.id)}"]`);
  if (!table || !at(data.captions)) return;
  const caption = at(data.captions);
  table.caption!.textContent = caption;
  table.closest('[role="region"]')?.setAttribute('aria-label', caption);
  const summary = table.closest('details')?.querySelector('summary');
  if (summary) summary.textContent = `Tabel bij de kaart: ${caption}`;
  const header = table.tHead?.rows[0]?.cells[2];
  if (header) header.textContent = at(data.columns);
  const index = new Map(data.codes.map((c, i) => [c, i]));
  for (const row of table.tBodies[0]?.rows ?? []) {
    const i = index.get(row.dataset.code ?? '');
    const [count, best] = [row.cells[2], row.cells[3]];
    if (i === undefined || !count || !best) continue;
    const s = strongest(data, i, per[i]);
    count.textContent = nlInt(per[i].length);
    best.textContent = s ? `${s.name} (${nlInt(s.shared)})` : '–';
    count.setAttribute('data-label', at(data.columns));
  }
}
