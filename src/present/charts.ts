/**
 * Charts: Observable Plot rendered to static SVG at build time with linkedom as DOM, then cleaned
 * for our CSP (no <style> element, no style attributes) and made one accessible image (role="img"
 * with a label; the data table next to it carries the numbers).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { trusted, type Html } from './html.ts';

export function plotDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

const BASE = { width: 640, style: undefined, className: 'chart' } as const;

/** Makes a Plot SVG CSP-safe (no style elements/attributes) and accessible (one role=img with a label). */
export function finishPlot(svg: Element, label: string): Html {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    el.removeAttribute('style');
    if (el !== svg) el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('font-family');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'chart');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return trusted(svg.outerHTML);
}

export interface BarDatum {
  label: string;
  value: number;
}

/** Horizontal bars with the value printed at the end; `percent` formats 0–1 values as %. */
export function horizontalBars(data: BarDatum[], opts: { label: string; xLabel: string; percent?: boolean }): Html {
  const fmt = (v: number) => (opts.percent ? `${Math.round(v * 100)}%` : String(v));
  const longest = Math.max(...data.map((d) => d.label.length), 4);
  const max = Math.max(...data.map((d) => d.value), opts.percent ? 0 : 1);
  const svg = Plot.plot({
    ...BASE,
    document: plotDocument(),
    height: 50 + data.length * 30,
    marginBottom: 40,
    marginLeft: Math.min(240, 12 + longest * 6.2),
    marginRight: 48,
    x: { label: opts.xLabel, labelAnchor: 'center', labelArrow: 'none', grid: true, domain: [0, opts.percent ? Math.max(max, 0.0001) : max], tickFormat: opts.percent ? (v: number) => `${Math.round(v * 100)}%` : undefined },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: '#1f5f8b' }),
      Plot.text(data, { x: 'value', y: 'label', text: (d: BarDatum) => fmt(d.value), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
  return finishPlot(svg, opts.label);
}

/** Vertical columns (e.g. a distribution over 1…n themes). */
export function columns(data: BarDatum[], opts: { label: string; xLabel: string; yLabel: string; percent?: boolean }): Html {
  const fmt = (v: number) => (opts.percent ? `${Math.round(v * 100)}%` : String(v));
  const svg = Plot.plot({
    ...BASE,
    document: plotDocument(),
    height: 300,
    marginTop: 28,
    marginBottom: 40,
    x: { label: opts.xLabel, labelAnchor: 'center', domain: data.map((d) => d.label) },
    y: { label: opts.yLabel, labelArrow: 'none', grid: true, tickFormat: opts.percent ? (v: number) => `${Math.round(v * 100)}%` : undefined },
    marks: [
      Plot.barY(data, { x: 'label', y: 'value', fill: '#1f5f8b' }),
      Plot.text(data, { x: 'label', y: 'value', text: (d: BarDatum) => fmt(d.value), dy: -8, fill: 'currentColor' }),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element;
  return finishPlot(svg, opts.label);
}
