/**
 * Tooltip island for municipality maps (<figure data-map="areas">): hovering or focusing an area
 * shows its accessible name (name, class, note), the same text a screen reader announces.
 */
import { createTooltip, focusOutline, screenCentre } from './map-shared.ts';

function labelOf(el: Element): string | null {
  const target = el.closest('a[aria-label], [tabindex][aria-label]');
  return target?.getAttribute('aria-label') ?? null;
}

function init(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.map-svg');
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  if (!svg || !frame) return;
  const tooltip = createTooltip(frame);
  focusOutline(svg);
  const show = (el: Element, x: number, y: number) => {
    const label = labelOf(el);
    if (!label) return tooltip.hide();
    const [name, ...rest] = label.split(': ');
    tooltip.show([{ text: name, strong: true }, ...rest.map((text) => ({ text }))], x, y);
  };
  svg.addEventListener('pointermove', (e) => show(e.target as Element, e.clientX, e.clientY));
  svg.addEventListener('pointerleave', () => tooltip.hide());
  svg.addEventListener('focusin', (e) => {
    const el = e.target as Element;
    const [x, y] = screenCentre(el);
    show(el, x, y);
  });
  svg.addEventListener('focusout', () => tooltip.hide());
  svg.addEventListener('map:zoom', () => tooltip.hide());
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') tooltip.hide();
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map="areas"]')) init(figure);
