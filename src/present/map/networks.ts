/**
 * Agenda networks: a cooperation is drawn as spokes from a marker at its centre (the mean of its
 * members' interior points in RD metres) to each member's interior point. Markers that would
 * overlap another marker are moved out along a fixed spiral, in alphabetical order of name, so
 * identical member sets stay separately visible and output is deterministic.
 */
import type { Frame } from './frame.ts';
import type { MapGeometry } from './geometry.ts';
import type { MapCooperation } from './types.ts';
import { NETWORK_PALETTE, paletteColor } from './colors.ts';
import { byDutchName } from '../format.ts';

export interface PlacedNetwork {
  coop: MapCooperation;
  /** Members known to the geometry, sorted. */
  members: string[];
  /** Marker position in SVG units (after de-overlap). */
  marker: [number, number];
  /** Member points in SVG units, same order as members. */
  points: [number, number][];
  color: string;
}

/** Centre of a set of members in RD metres (mean of interior points), or null without members. */
export function networkCentre(geo: MapGeometry, members: string[]): [number, number] | null {
  const pts = members.map((c) => geo.interior.get(c)).filter((p): p is [number, number] => !!p);
  if (pts.length === 0) return null;
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}

export function sortCooperations(coops: MapCooperation[]): MapCooperation[] {
  return [...coops].sort((a, b) => byDutchName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Place every cooperation with ≥1 known member; colours by `networkColours`. */
export function placeNetworks(geo: MapGeometry, frame: Frame, coops: MapCooperation[], minGap = 9): PlacedNetwork[] {
  const placed: PlacedNetwork[] = [];
  sortCooperations(coops).forEach((coop) => {
    const members = [...new Set(coop.municipalities)].filter((c) => geo.interior.has(c)).sort();
    const centre = networkCentre(geo, members);
    if (!centre) return;
    let [x, y] = frame.project(centre);
    const ok = (px: number, py: number) => placed.every((p) => (p.marker[0] - px) ** 2 + (p.marker[1] - py) ** 2 >= minGap * minGap);
    for (let k = 1; !ok(x, y) && k < 200; k++) {
      const angle = k * 2.39996; // golden angle: successive tries spread evenly
      const r = minGap * Math.sqrt(k) * 0.8;
      const [cx, cy] = frame.project(centre);
      x = Math.round((cx + r * Math.cos(angle)) * 10) / 10;
      y = Math.round((cy + r * Math.sin(angle)) * 10) / 10;
    }
    placed.push({
      coop,
      members,
      marker: [x, y],
      points: members.map((c) => frame.project(geo.interior.get(c)!)),
      color: '',
    });
  });
  const colours = networkColours(placed.map((n) => [n.marker, ...n.points]));
  return placed.map((n, i) => ({ ...n, color: colours[i] }));
}

type Box = [number, number, number, number];

function boxOf(points: [number, number][]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Boxes that touch or overlap, with `pad` units of slack (small networks are points). */
export function boxesMeet(a: Box, b: Box, pad = 0): boolean {
  return a[0] - pad <= b[2] && b[0] - pad <= a[2] && a[1] - pad <= b[3] && b[1] - pad <= a[3];
}

/**
 * Colours from NETWORK_PALETTE such that networks whose extents meet get different colours where
 * the six allow it: most-entangled networks first, each takes the colour fewest of its already
 * coloured neighbours use (on ties the one used least so far, then the lowest index). Deterministic
 * for a given input order.
 */
export function networkColours(networks: [number, number][][], pad = 6): string[] {
  // Few enough networks: each its own colour.
  if (networks.length <= NETWORK_PALETTE.length) return networks.map((_, i) => NETWORK_PALETTE[i]);
  const boxes = networks.map(boxOf);
  const neighbours = boxes.map((a, i) => boxes.map((_, j) => j).filter((j) => j !== i && boxesMeet(a, boxes[j], pad)));
  const order = boxes.map((_, i) => i).sort((i, j) => neighbours[j].length - neighbours[i].length || i - j);
  const pick: number[] = new Array(boxes.length).fill(-1);
  const total = NETWORK_PALETTE.map(() => 0);
  for (const i of order) {
    const uses = NETWORK_PALETTE.map(() => 0);
    for (const j of neighbours[i]) if (pick[j] >= 0) uses[pick[j]] += 1;
    // Fewest clashes first; then the colour used least so far, so all six appear about equally.
    const fewest = Math.min(...uses);
    const candidates = uses.map((u, k) => k).filter((k) => uses[k] === fewest);
    pick[i] = candidates.reduce((best, k) => (total[k] < total[best] ? k : best), candidates[0]);
    total[pick[i]] += 1;
  }
  return pick.map((k) => paletteColor(NETWORK_PALETTE, k));
}

/** Spokes of one network as one path: marker → each member. */
export function spokesPath(n: PlacedNetwork): string {
  const [mx, my] = n.marker;
  return n.points.map(([x, y]) => `M${mx} ${my}L${x} ${y}`).join('');
}
