/**
 * Label placement without overlap: each name is tried at its anchor and at a ring of nearby
 * positions; when none is free of the labels already placed (and inside the map), the name is
 * replaced by a small numbered badge, placed the same way, and listed beside the map. Boxes are
 * estimated from the font size (no text metrics at build time) with generous widths, so the drawn
 * text stays inside its box.
 */
import { round1 } from './frame.ts';

export type Box = [number, number, number, number];

export interface LabelRequest {
  text: string;
  /** Anchor in SVG units (e.g. the centre of the region). */
  at: [number, number];
}

export interface PlacedLabel {
  text: string;
  /** Position of the text (text-anchor middle, alphabetic baseline) or the badge centre. */
  x: number;
  y: number;
  box: Box;
  /** 1, 2, … when the name did not fit and a numbered badge stands in for it; else null. */
  number: number | null;
}

/** Estimated width of a character in em for system-ui: generous, so real text never exceeds it. */
const CHAR_EM = 0.62;
export const BADGE_RADIUS = 7;

export function boxesIntersect(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function textBox(text: string, x: number, y: number, size: number): Box {
  const half = (text.length * CHAR_EM * size) / 2 + 1.5;
  return [x - half, y - 0.85 * size - 1.5, x + half, y + 0.3 * size + 1.5];
}

function badgeBox(x: number, y: number): Box {
  return [x - BADGE_RADIUS - 1, y - BADGE_RADIUS - 1, x + BADGE_RADIUS + 1, y + BADGE_RADIUS + 1];
}

/** Candidate offsets: the anchor, then rings of eight directions at growing distances. */
function* offsets(step: number, rings: number): Generator<[number, number]> {
  yield [0, 0];
  for (let r = 1; r <= rings; r++) {
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4;
      yield [round1(Math.cos(a) * step * r * 1.6), round1(Math.sin(a) * step * r)];
    }
  }
}

function firstFree(make: (dx: number, dy: number) => Box, placed: Box[], bounds: Box, step: number, rings: number): [number, number] | null {
  for (const [dx, dy] of offsets(step, rings)) {
    const box = make(dx, dy);
    const inside = box[0] >= bounds[0] && box[1] >= bounds[1] && box[2] <= bounds[2] && box[3] <= bounds[3];
    if (inside && placed.every((p) => !boxesIntersect(p, box))) return [dx, dy];
  }
  return null;
}

/**
 * Places labels in the given order (put the most important first). Names try 2 rings of
 * positions; the badge of a name that did not fit tries up to 12 rings, so it always lands near
 * its anchor in practice. No two returned boxes intersect.
 */
export function placeLabels(requests: LabelRequest[], width: number, height: number, size = 10): PlacedLabel[] {
  const bounds: Box = [0, 0, width, height];
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  let number = 0;
  for (const r of requests) {
    const [ax, ay] = r.at;
    // Text is centred on the anchor: its baseline sits 0.35 em below it.
    const at = (dx: number, dy: number): [number, number] => [round1(ax + dx), round1(ay + dy + 0.35 * size)];
    const byName = firstFree((dx, dy) => textBox(r.text, ...at(dx, dy), size), placed, bounds, size * 1.2, 2);
    if (byName) {
      const [x, y] = at(...byName);
      const box = textBox(r.text, x, y, size);
      placed.push(box);
      out.push({ text: r.text, x, y, box, number: null });
      continue;
    }
    const centre = (dx: number, dy: number): [number, number] => [round1(ax + dx), round1(ay + dy)];
    const byBadge = firstFree((dx, dy) => badgeBox(...centre(dx, dy)), placed, bounds, BADGE_RADIUS * 1.5, 12);
    if (!byBadge) continue;
    const [x, y] = centre(...byBadge);
    const box = badgeBox(x, y);
    placed.push(box);
    out.push({ text: r.text, x, y, box, number: ++number });
  }
  return out;
}
