/**
 * Zoom/pan island (d3-zoom) for every <svg data-map-zoom>: drag to pan, Ctrl/⌘ + wheel or pinch to
 * zoom (a plain wheel keeps scrolling the page), buttons "+", "−" and "Herstel", and the keys
 * +, − and 0 while focus is in the map. Animations are skipped under prefers-reduced-motion.
 * Other islands listen to the "map:zoom" event on the SVG to redraw (e.g. the Kaart 1 canvas).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { updateEmbedCode } from './url-state.ts';

const STEP = 1.6;

function init(svg: SVGSVGElement): void {
  const viewport = svg.querySelector<SVGGElement>('[data-map-viewport]');
  const frame = svg.closest<HTMLElement>('.map-frame') ?? svg.parentElement;
  if (!viewport || !frame || svg.dataset.mapZoomReady) return;
  svg.dataset.mapZoomReady = 'true';
  const vb = svg.viewBox.baseVal;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 16])
    .translateExtent([
      [0, 0],
      [vb.width, vb.height],
    ])
    .filter((event: Event) => {
      const e = event as MouseEvent & WheelEvent;
      if (e.type === 'wheel') return e.ctrlKey || e.metaKey;
      if (e.type === 'dblclick') return false;
      return !e.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
      svg.dispatchEvent(new CustomEvent('map:zoom', { detail: { k: event.transform.k, x: event.transform.x, y: event.transform.y } }));
    });
  const selection = select(svg);
  selection.call(behaviour);
  // d3-transition (imported by d3-zoom) adds selection.transition at run time; its types are not installed.
  const animated = () => (selection as unknown as { transition(): { duration(ms: number): unknown } }).transition().duration(250);
  const run = (f: (s: unknown) => void) => f(reduced ? selection : animated());
  const zoomIn = () => run((s) => behaviour.scaleBy(s as never, STEP));
  const zoomOut = () => run((s) => behaviour.scaleBy(s as never, 1 / STEP));
  const reset = () => run((s) => behaviour.transform(s as never, zoomIdentity));

  const bar = document.createElement('div');
  bar.className = 'map-zoom-buttons';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Zoomen');
  for (const [text, label, action] of [
    ['+', 'Inzoomen (toets +)', zoomIn],
    ['−', 'Uitzoomen (toets −)', zoomOut],
    ['Herstel', 'Herstel de zoom (toets 0)', reset],
  ] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', action);
    bar.appendChild(b);
  }
  frame.insertBefore(bar, frame.firstChild);

  // Keyboard focus may land on an area outside the zoomed view: bring it to the centre.
  svg.addEventListener('focusin', (e) => {
    const t = zoomTransform(svg);
    const el = e.target as SVGGraphicsElement;
    if (t.k === 1 || typeof el.getBBox !== 'function') return;
    const b = el.getBBox();
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const [x0, y0] = t.invert([0, 0]);
    const [x1, y1] = t.invert([vb.width, vb.height]);
    if (cx < x0 || cx > x1 || cy < y0 || cy > y1) run((s) => behaviour.translateTo(s as never, cx, cy));
  });

  frame.addEventListener('keydown', (e: KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (t.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomIn();
    else if (e.key === '-' || e.key === '−' || e.key === '_') zoomOut();
    else if (e.key === '0') reset();
    else return;
    e.preventDefault();
  });
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-map-zoom]')) init(svg);
// Every zoomable map has an embed snippet under it; maps without a filter island get the site's address here.
updateEmbedCode();
