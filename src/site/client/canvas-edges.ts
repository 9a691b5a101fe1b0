/**
 * The Kaart 1 line layer in the browser. Lines at the current threshold are drawn as SVG paths
 * (one per shared count) while there are at most `canvasAbove` of them, else on a <canvas> laid
 * over the SVG. Hover hit-testing works the same in both modes: a uniform grid over map
 * coordinates where each segment is registered in the cells of points sampled every quarter cell,
 * so a query of the 3×3 cells around the pointer finds every segment within tolerance.
 */
import { addLine, densityOf, densityToRgba } from './canvas-raster.ts';
import type { Kaart1Data } from '../../present/map/kaart1.ts';
import { edgeStyle } from '../../present/map/edge-style.ts';

/** The JSON the build embeds (defined once, beside the renderer that writes it). */
export type EdgeData = Kaart1Data;


const CELL = 20;
const INK_RGB = [0x1f, 0x29, 0x33] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';

export class EdgeIndex {
  private cols: number;
  private rows: number;
  private cells: Map<number, number[]> = new Map();
  constructor(
    private data: EdgeData,
    private width: number,
    private height: number,
    /** Pair numbers (index of the triple) that are visible. */
    private visible: number[],
  ) {
    this.cols = Math.ceil(width / CELL) + 1;
    this.rows = Math.ceil(height / CELL) + 1;
    const { xy, pairs } = data;
    for (const k of visible) {
      const i = pairs[3 * k];
      const j = pairs[3 * k + 1];
      const x1 = xy[2 * i];
      const y1 = xy[2 * i + 1];
      const x2 = xy[2 * j];
      const y2 = xy[2 * j + 1];
      const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / (CELL / 4)));
      let last = -1;
      for (let s = 0; s <= steps; s++) {
        const cell = this.cellOf(x1 + ((x2 - x1) * s) / steps, y1 + ((y2 - y1) * s) / steps);
        if (cell === last || cell < 0) continue;
        last = cell;
        let list = this.cells.get(cell);
        if (!list) this.cells.set(cell, (list = []));
        if (list[list.length - 1] !== k) list.push(k);
      }
    }
  }

  private cellOf(x: number, y: number): number {
    const cx = Math.floor(x / CELL);
    const cy = Math.floor(y / CELL);
    if (cx < 0 || cy < 0 || cx >= this.cols || cy >= this.rows) return -1;
    return cy * this.cols + cx;
  }

  /** The visible pair nearest to (x, y) within `tolerance` map units, strongest on ties; -1 if none. */
  nearest(x: number, y: number, tolerance: number): number {
    const { xy, pairs } = this.data;
    const cx = Math.floor(x / CELL);
    const cy = Math.floor(y / CELL);
    let best = -1;
    let bestD = tolerance * tolerance;
    const seen = new Set<number>();
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const gx = cx + dx;
        const gy = cy + dy;
        if (gx < 0 || gy < 0 || gx >= this.cols || gy >= this.rows) continue;
        const list = this.cells.get(gy * this.cols + gx);
        if (!list) continue;
        for (const k of list) {
          if (seen.has(k)) continue;
          seen.add(k);
          const i = pairs[3 * k];
          const j = pairs[3 * k + 1];
          const d = segmentDistance2(x, y, xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1]);
          if (d < bestD || (d === bestD && best >= 0 && pairs[3 * k + 2] > pairs[3 * best + 2])) {
            bestD = d;
            best = k;
          }
        }
      }
    }
    return best;
  }
}

export function segmentDistance2(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  let t = len > 0 ? ((px - x1) * dx + (py - y1) * dy) / len : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = x1 + t * dx - px;
  const ey = y1 + t * dy - py;
  return ex * ex + ey * ey;
}

/** Indices of pairs with shared ≥ threshold (pairs are sorted ascending, so a suffix). */
export function visiblePairs(data: EdgeData, threshold: number): number[] {
  const n = data.pairs.length / 3;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (data.pairs[3 * mid + 2] < threshold) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < n; k++) out.push(k);
  return out;
}

export class EdgeLayer {
  mode: 'svg' | 'canvas' = 'svg';
  visible: number[] = [];
  index: EdgeIndex;
  private canvas: HTMLCanvasElement;
  private hoverCanvas: HTMLCanvasElement;
  private width: number;
  private height: number;
  private frameRequest = 0;
  /** Viewport screen matrix at the last raster paint, to move the bitmap while zooming. */
  private paintedAt: DOMMatrix | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private printing = false;

  constructor(
    private frame: HTMLElement,
    private svg: SVGSVGElement,
    private viewport: SVGGraphicsElement,
    private svgLayer: SVGGElement,
    private data: EdgeData,
  ) {
    const vb = svg.viewBox.baseVal;
    this.width = vb.width;
    this.height = vb.height;
    this.canvas = this.makeCanvas('map-canvas');
    this.hoverCanvas = this.makeCanvas('map-canvas map-canvas-hover');
    this.index = new EdgeIndex(data, this.width, this.height, []);
    new ResizeObserver(() => this.redraw()).observe(svg);
  }

  private makeCanvas(className: string): HTMLCanvasElement {
    const c = document.createElement('canvas');
    c.className = className;
    c.setAttribute('aria-hidden', 'true');
    this.frame.appendChild(c);
    return c;
  }

  /** Show the lines for `threshold`; returns how many are visible. */
  setThreshold(threshold: number): number {
    this.visible = visiblePairs(this.data, threshold);
    this.index = new EdgeIndex(this.data, this.width, this.height, this.visible);
    this.mode = this.visible.length > this.data.canvasAbove && !this.printing ? 'canvas' : 'svg';
    this.renderSvg();
    this.redraw();
    return this.visible.length;
  }

  /** Print needs the lines in the SVG (a canvas does not scale with the printed page). */
  setPrinting(on: boolean, threshold: number): void {
    this.printing = on;
    this.setThreshold(threshold);
  }

  /** Line widths follow the rendered map size a little (thinner on phones), not the zoom. */
  private lineScale(): number {
    const w = this.svg.getBoundingClientRect().width;
    return w > 0 ? Math.min(1.25, Math.max(0.5, w / this.width)) : 1;
  }

  private renderSvg(): void {
    const { xy, pairs, max } = this.data;
    const layer = this.svgLayer;
    layer.replaceChildren();
    this.canvas.hidden = this.mode !== 'canvas';
    if (this.mode !== 'svg') return;
    const byShared = new Map<number, string[]>();
    for (const k of this.visible) {
      const i = pairs[3 * k];
      const j = pairs[3 * k + 1];
      const s = pairs[3 * k + 2];
      let parts = byShared.get(s);
      if (!parts) byShared.set(s, (parts = []));
      parts.push(`M${xy[2 * i]} ${xy[2 * i + 1]}L${xy[2 * j]} ${xy[2 * j + 1]}`);
    }
    for (const [s, parts] of byShared) {
      const st = edgeStyle(s, max);
      const p = document.createElementNS(SVG_NS, 'path');
      p.setAttribute('d', parts.join(''));
      p.setAttribute('stroke-width', String(Math.round(st.width * this.lineScale() * 10) / 10));
      p.setAttribute('stroke-opacity', String(st.opacity));
      p.setAttribute('data-shared', String(s));
      p.setAttribute('vector-effect', 'non-scaling-stroke');
      layer.appendChild(p);
    }
  }

  /** Size both canvases to the SVG box and repaint (after resize, zoom or threshold change). */
  /**
   * During zoom/pan the canvas bitmap is moved and scaled with CSS (cheap), and rasterised again
   * once the gesture has paused; the SVG lines (few) simply follow the viewport.
   */
  zoomed(): void {
    this.fit(this.hoverCanvas);
    const now = this.viewport.getScreenCTM();
    if (this.mode !== 'canvas' || !this.paintedAt || !now) return this.redraw();
    const box = this.svg.getBoundingClientRect(); // the canvas's untransformed place
    const r = now.a / this.paintedAt.a;
    const tx = now.e - box.left - r * (this.paintedAt.e - box.left);
    const ty = now.f - box.top - r * (this.paintedAt.f - box.top);
    this.canvas.style.transformOrigin = '0 0';
    this.canvas.style.transform = `translate(${tx}px, ${ty}px) scale(${r})`;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.redraw(), 150);
  }

  redraw(): void {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = requestAnimationFrame(() => this.paint());
  }

  /** Map → canvas pixel transform for the current zoom: [a, b, c, d, e, f] with dpr applied. */
  private matrix(canvas: HTMLCanvasElement): [number, number, number, number, number, number] | null {
    const m = this.viewport.getScreenCTM();
    if (!m) return null;
    const r = canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    return [m.a * dpr, m.b * dpr, m.c * dpr, m.d * dpr, (m.e - r.left) * dpr, (m.f - r.top) * dpr];
  }

  private fit(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
    const box = this.svg.getBoundingClientRect();
    const frameBox = this.frame.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    canvas.style.left = `${box.left - frameBox.left}px`;
    canvas.style.top = `${box.top - frameBox.top}px`;
    canvas.style.width = `${box.width}px`;
    canvas.style.height = `${box.height}px`;
    const w = Math.round(box.width * dpr);
    const h = Math.round(box.height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
    return ctx;
  }

  private paint(): void {
    this.fit(this.hoverCanvas);
    const ctx = this.fit(this.canvas);
    const scale = this.lineScale();
    if (this.mode === 'svg') {
      for (const p of this.svgLayer.querySelectorAll('path[data-shared]')) {
        const st = edgeStyle(Number(p.getAttribute('data-shared')), this.data.max);
        p.setAttribute('stroke-width', String(Math.round(st.width * scale * 10) / 10));
      }
      this.painted();
      return;
    }
    if (!ctx) return;
    this.canvas.style.transform = '';
    const t = this.matrix(this.canvas);
    if (!t) return;
    this.paintedAt = this.viewport.getScreenCTM();
    const dpr = window.devicePixelRatio || 1;
    const { xy, pairs, max } = this.data;
    const w = this.canvas.width;
    const h = this.canvas.height;
    if (w === 0 || h === 0) return;
    // Rasterised in script (canvas-raster.ts): stroking this many lines is slow without a GPU.
    const widths: number[] = [];
    const densities: number[] = [];
    for (let s = 1; s <= max; s++) {
      const st = edgeStyle(s, max);
      widths[s] = st.width * dpr * scale;
      densities[s] = densityOf(st.opacity);
    }
    const acc = new Float32Array(w * h);
    for (const k of this.visible) {
      const i = pairs[3 * k];
      const j = pairs[3 * k + 1];
      const s = pairs[3 * k + 2];
      const x1 = xy[2 * i];
      const y1 = xy[2 * i + 1];
      const x2 = xy[2 * j];
      const y2 = xy[2 * j + 1];
      addLine(acc, w, h, t[0] * x1 + t[2] * y1 + t[4], t[1] * x1 + t[3] * y1 + t[5], t[0] * x2 + t[2] * y2 + t[4], t[1] * x2 + t[3] * y2 + t[5], widths[s], densities[s]);
    }
    const image = ctx.createImageData(w, h);
    densityToRgba(acc, image.data, INK_RGB);
    ctx.putImageData(image, 0, 0);
    this.painted();
  }

  /** Signal for tests and the benchmark: the lines of the current threshold are on screen. */
  private painted(): void {
    this.svg.setAttribute('data-edge-painted', String(this.visible.length));
    this.svg.dispatchEvent(new CustomEvent('map:painted', { detail: { lines: this.visible.length, mode: this.mode } }));
  }

  /** Draw the given pairs emphasised on the hover canvas (empty list clears it). */
  highlight(list: number[]): void {
    const ctx = this.fit(this.hoverCanvas);
    if (!ctx || list.length === 0) return;
    const t = this.matrix(this.hoverCanvas);
    if (!t) return;
    const dpr = window.devicePixelRatio || 1;
    const { xy, pairs } = this.data;
    ctx.lineCap = 'round';
    for (const [color, width] of [
      ['#ffffff', 6],
      ['#c2185b', 3],
    ] as const) {
      ctx.strokeStyle = color;
      ctx.lineWidth = width * dpr;
      ctx.beginPath();
      for (const k of list) {
        const i = pairs[3 * k];
        const j = pairs[3 * k + 1];
        ctx.moveTo(t[0] * xy[2 * i] + t[2] * xy[2 * i + 1] + t[4], t[1] * xy[2 * i] + t[3] * xy[2 * i + 1] + t[5]);
        ctx.lineTo(t[0] * xy[2 * j] + t[2] * xy[2 * j + 1] + t[4], t[1] * xy[2 * j] + t[3] * xy[2 * j + 1] + t[5]);
      }
      ctx.stroke();
    }
  }
}
