/**
 * Shared helpers of the map islands: a tooltip that only ever sets textContent (names from data are
 * never parsed as HTML), and conversions between screen and map (viewBox) coordinates that stay
 * right under zoom because they use the viewport group's current screen matrix.
 */

export interface TooltipLine {
  text: string;
  strong?: boolean;
}

export interface Tooltip {
  element: HTMLElement;
  show(lines: TooltipLine[], clientX: number, clientY: number): void;
  hide(): void;
}

let counter = 0;

/** A tooltip inside the map frame (the frame is the positioning context, see map.css). */
export function createTooltip(frame: HTMLElement): Tooltip {
  const el = document.createElement('div');
  el.className = 'map-tooltip';
  el.id = `map-tooltip-${++counter}`;
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  frame.appendChild(el);
  return {
    element: el,
    show(lines, clientX, clientY) {
      el.replaceChildren(
        ...lines.map((l) => {
          const p = document.createElement(l.strong ? 'strong' : 'span');
          p.textContent = l.text;
          return p;
        }),
      );
      el.hidden = false;
      const box = frame.getBoundingClientRect();
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      let x = clientX - box.left + 14;
      let y = clientY - box.top + 14;
      if (x + w > box.width) x = Math.max(0, clientX - box.left - w - 14);
      if (y + h > box.height) y = Math.max(0, clientY - box.top - h - 14);
      el.style.left = `${Math.round(x)}px`;
      el.style.top = `${Math.round(y)}px`;
    },
    hide() {
      el.hidden = true;
    },
  };
}

/** Screen point → map (viewBox) coordinates of the untransformed map. */
export function toMap(viewport: SVGGraphicsElement, clientX: number, clientY: number): [number, number] | null {
  const m = viewport.getScreenCTM();
  if (!m) return null;
  const inv = m.inverse();
  return [inv.a * clientX + inv.c * clientY + inv.e, inv.b * clientX + inv.d * clientY + inv.f];
}

/** Centre of an element on screen (for tooltips opened by keyboard focus). */
export function screenCentre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (t !== undefined) clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

export const nlInt = (n: number): string => n.toLocaleString('nl-NL');

/**
 * A visible focus outline for map areas: neighbouring areas are drawn later and would cover half
 * of a CSS stroke, so a copy of the focused area's outline is drawn on top of the map instead.
 */
export function focusOutline(svg: SVGSVGElement): void {
  const viewport = svg.querySelector('[data-map-viewport]') ?? svg;
  let ring: SVGPathElement | null = null;
  svg.addEventListener('focusin', (e) => {
    const el = e.target as Element;
    const area = (el.matches('path[data-code]') ? el : el.querySelector('path[data-code]')) as SVGPathElement | null;
    ring?.remove();
    ring = null;
    if (!area) return;
    ring = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    ring.setAttribute('d', area.getAttribute('d') ?? '');
    ring.setAttribute('class', 'map-focus-ring');
    ring.setAttribute('fill', 'none');
    ring.setAttribute('stroke', '#000');
    ring.setAttribute('stroke-width', '2.5');
    ring.setAttribute('vector-effect', 'non-scaling-stroke');
    ring.setAttribute('pointer-events', 'none');
    ring.setAttribute('aria-hidden', 'true');
    viewport.appendChild(ring);
  });
  svg.addEventListener('focusout', () => {
    ring?.remove();
    ring = null;
  });
}
