/**
 * Charts: Observable Plot rendered to static SVG at build time with linkedom as DOM, then cleaned
 * for our CSP (no <style> element, no style attributes) and made one accessible image (role="img"
 * with a label; the data table next to it carries the numbers).
 *
 * An SVG scales with its box, text included: a chart drawn 640 wide showed 12 px labels at about
 * 5 px on a 320 px phone. So each chart is drawn twice, WIDE for screens and print and NARROW
 * (labels above the bars) for phones; the stylesheet shows one of them (svg.chart--wide /
 * svg.chart--narrow), and the other is display:none, so assistive technology meets one image.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { html, trusted, type Html } from './html.ts';

export function plotDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

const WIDE = 640;
/** Drawn 320 wide, shown at 250–400 px: labels stay at 10–15 px. */
const NARROW = 320;
const BASE = { style: undefined, className: 'chart' } as const;

export type ChartLayout = 'wide' | 'narrow';

/** Makes a Plot SVG CSP-safe (no style elements/attributes) and accessible (one role=img with a label). */
export function finishPlot(svg: Element, label: string, layout?: ChartLayout): Html {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    el.removeAttribute('style');
    if (el !== svg) el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('font-family');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', layout ? `chart chart--${layout}` : 'chart');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return trusted(svg.outerHTML);
}

export interface BarDatum {
  label: string;
  value: number;
}

/** Both drawings of one chart: the stylesheet shows the wide one on screens and in print, the narrow one on phones. */
function responsive(draw: (layout: ChartLayout) => Element, label: string): Html {
  return html`${finishPlot(draw('wide'), label, 'wide')}${finishPlot(draw('narrow'), label, 'narrow')}`;
}

interface BarOptions {
  label: string;
  xLabel: string;
  percent?: boolean;
}

const formatter = (percent: boolean | undefined) => (v: number) => (percent ? `${Math.round(v * 100)}%` : String(v));

/** Wide: labels left of the bars. Narrow: each label on its own line above its bar, the bar full width. */
function drawBars(data: BarDatum[], opts: BarOptions, layout: ChartLayout): Element {
  const fmt = formatter(opts.percent);
  const longest = Math.max(...data.map((d) => d.label.length), 4);
  const max = Math.max(...data.map((d) => d.value), opts.percent ? 0 : 1);
  const x = { label: opts.xLabel, labelAnchor: 'center' as const, labelArrow: 'none' as const, grid: true, domain: [0, opts.percent ? Math.max(max, 0.0001) : max], tickFormat: opts.percent ? fmt : undefined };
  const value = (dy: number) => Plot.text(data, { x: 'value', y: 'label', text: (d: BarDatum) => fmt(d.value), dx: 4, dy, textAnchor: 'start', fill: 'currentColor' });
  if (layout === 'wide') {
    return Plot.plot({
      ...BASE,
      width: WIDE,
      document: plotDocument(),
      height: 50 + data.length * 30,
      marginBottom: 40,
      marginLeft: Math.min(240, 12 + longest * 6.2),
      marginRight: 48,
      x,
      y: { label: null, domain: data.map((d) => d.label) },
      marks: [Plot.barX(data, { x: 'value', y: 'label', fill: '#1f5f8b' }), value(0), Plot.ruleX([0])],
    }) as unknown as Element;
  }
  // Row of 44 px: the label in the top 20 px (centre − 12), the bar in the bottom part (centre + 8).
  return Plot.plot({
    ...BASE,
    width: NARROW,
    document: plotDocument(),
    height: 50 + data.length * 44,
    marginBottom: 40,
    marginLeft: 8,
    marginRight: 44,
    x,
    y: { axis: null, domain: data.map((d) => d.label), padding: 0 },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: '#1f5f8b', insetTop: 20, insetBottom: 4 }),
      Plot.text(data, { x: 0, y: 'label', text: 'label', dy: -12, textAnchor: 'start', fill: 'currentColor' }),
      value(8),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
}

/** Horizontal bars with the value printed at the end; `percent` formats 0–1 values as %. */
export function horizontalBars(data: BarDatum[], opts: BarOptions): Html {
  return responsive((layout) => drawBars(data, opts, layout), opts.label);
}

/** Vertical columns (e.g. a distribution over 1…n themes). */
export function columns(data: BarDatum[], opts: BarOptions & { yLabel: string }): Html {
  const fmt = formatter(opts.percent);
  const draw = (layout: ChartLayout) =>
    Plot.plot({
      ...BASE,
      width: layout === 'wide' ? WIDE : NARROW,
      document: plotDocument(),
      height: layout === 'wide' ? 300 : 260,
      marginTop: 28,
      marginBottom: 40,
      x: { label: opts.xLabel, labelAnchor: 'center', domain: data.map((d) => d.label) },
      y: { label: opts.yLabel, labelArrow: 'none', grid: true, tickFormat: opts.percent ? fmt : undefined },
      marks: [
        Plot.barY(data, { x: 'label', y: 'value', fill: '#1f5f8b' }),
        Plot.text(data, { x: 'label', y: 'value', text: (d: BarDatum) => fmt(d.value), dy: -8, fill: 'currentColor' }),
        Plot.ruleY([0]),
      ],
    }) as unknown as Element;
  return responsive(draw, opts.label);
}

export interface ScatterPoint {
  label: string;
  /** Both 0–1 shares. */
  x: number;
  y: number;
}

export interface QuadrantOptions {
  label: string;
  xLabel: string;
  yLabel: string;
  /** Where the dashed threshold lines cross. */
  xThreshold: number;
  yThreshold: number;
  /** Top y of the plot (a share ≥ every point's y). */
  yMax: number;
  corners: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
}

/**
 * Wide: every point labelled with its name. Narrow: long names over a phone-wide plot run into each
 * other, so points carry their number and a key below the chart names them.
 */
function drawQuadrant(points: ScatterPoint[], o: QuadrantOptions, layout: ChartLayout): Element {
  const wide = layout === 'wide';
  const c = o.corners;
  const corners = [
    { x: 0.99, y: o.yMax * 0.98, text: c.topRight, anchor: 'end' },
    { x: 0.01, y: o.yMax * 0.98, text: c.topLeft, anchor: 'start' },
    // The lower labels sit just under the horizontal line, away from points on the x axis.
    { x: 0.99, y: o.yThreshold - o.yMax * 0.04, text: c.bottomRight, anchor: 'end' },
    { x: 0.01, y: o.yThreshold - o.yMax * 0.04, text: c.bottomLeft, anchor: 'start' },
  ];
  const numbered = points.map((p, i) => ({ ...p, key: wide ? p.label : String(i + 1) }));
  return Plot.plot({
    ...BASE,
    document: plotDocument(),
    width: wide ? WIDE : NARROW,
    height: wide ? 420 : 360,
    marginLeft: wide ? 56 : 40,
    marginRight: wide ? 20 : 12,
    marginBottom: 44,
    x: { domain: [0, 1], label: o.xLabel, labelAnchor: 'center', labelArrow: 'none', tickFormat: formatter(true), grid: true, ticks: wide ? 5 : 4 },
    y: { domain: [0, o.yMax], label: o.yLabel, labelArrow: 'none', tickFormat: formatter(true), grid: true, ticks: wide ? 10 : 5 },
    marks: [
      Plot.ruleX([o.xThreshold], { stroke: '#6b6b6b', strokeDasharray: '4,3' }),
      Plot.ruleY([o.yThreshold], { stroke: '#6b6b6b', strokeDasharray: '4,3' }),
      ...corners.map((k) => Plot.text([k], { x: 'x', y: 'y', text: 'text', textAnchor: k.anchor as 'start' | 'end', fill: '#555', fontStyle: 'italic' })),
      Plot.dot(numbered, { x: 'x', y: 'y', r: 5, fill: '#1f5f8b' }),
      Plot.text(numbered, { x: 'x', y: 'y', text: 'key', dy: -10, fill: 'currentColor', fontWeight: wide ? undefined : 'bold' }),
    ],
  }) as unknown as Element;
}

/** A 2×2 scatter of two shares with threshold lines and a name in each corner. */
export function quadrantScatter(points: ScatterPoint[], o: QuadrantOptions): Html {
  const key = html`<ol class="chart-key">${points.map((p) => html`<li>${p.label}</li>`)}</ol>`;
  return html`${responsive((layout) => drawQuadrant(points, o, layout), o.label)}${key}`;
}
