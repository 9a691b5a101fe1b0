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
