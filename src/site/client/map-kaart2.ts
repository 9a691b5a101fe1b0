/**
 * Kaart 2 island: hover/focus on a marker shows the cooperation, agenda, themes and members and
 * emphasises its network; on a touch screen the first tap shows the same preview and a second tap
 * on that marker opens the profile. The filters (theme, province, legal form, typology) hide
 * non-matching networks, markers and rows of the linked table ([data-map-list] = figure id) alike,
 * live in the address (?thema=…&provincie=…; back/forward and copied links restore them) and are
 * cleared by "Wis filters". With a theme chosen, the hatch shows that theme's white spots.
 */
import { matches } from './map-filter.ts';
import { createTooltip, nlInt, screenCentre, type Tooltip } from './map-shared.ts';
import { onAddressChange, readState, saveState, type ViewState } from './url-state.ts';

import { FILTER_KEYS as KEYS, FILTER_PARAM as PARAM, LIST_SEPARATOR as SEP, type FilterKey } from '../../present/map/filter-params.ts';

/** Marker dot radius and touch target, in CSS pixels on screen. */
const DOT_PX = 6;
const TARGET_PX = 24;

interface View {
  figure: HTMLElement;
  svg: SVGSVGElement;
  markers: SVGElement[];
  spokes: Map<string, SVGPathElement>;
  tooltip: Tooltip;
  zoom: number;
}

function emphasise(v: View, id: string | null): void {
  for (const [key, path] of v.spokes) {
    path.setAttribute('stroke-opacity', id === null ? '0.8' : key === id ? '1' : '0.15');
    path.setAttribute('stroke-width', id !== null && key === id ? '3' : '1.4');
  }
}

function show(v: View, marker: SVGElement, x: number, y: number, hint = ''): void {
  const d = marker.dataset;
  const members = (d.memberNames ?? '').split('; ').filter(Boolean);
  const lines = [{ text: d.name ?? '', strong: true }];
  if (d.agenda) lines.push({ text: `Agenda: ${d.agenda}`, strong: false });
  if (d.themes) lines.push({ text: `Thema’s: ${d.themes.split(SEP).join(', ')}`, strong: false });
  lines.push({ text: `${nlInt(members.length)} ${members.length === 1 ? 'gemeente' : 'gemeenten'}: ${members.join(', ')}`, strong: false });
  if (hint) lines.push({ text: hint, strong: true });
  v.tooltip.show(lines, x, y);
  emphasise(v, d.id ?? null);
}

function hide(v: View): void {
  v.tooltip.hide();
  emphasise(v, null);
}

function bindHover(v: View): void {
  v.svg.addEventListener('pointerover', (e) => {
    const m = (e.target as Element).closest<SVGElement>('.map-marker');
    if (m && e.pointerType !== 'touch') show(v, m, e.clientX, e.clientY);
  });
  v.svg.addEventListener('pointerout', (e) => {
    const m = (e.target as Element).closest('.map-marker');
    if (m && e.pointerType !== 'touch' && !m.contains(e.relatedTarget as Node)) hide(v);
  });
  v.svg.addEventListener('focusin', (e) => {
    const m = (e.target as Element).closest<SVGElement>('.map-marker');
    if (!m) return;
    const [x, y] = screenCentre(m.querySelector('.map-marker-dot') ?? m);
    show(v, m, x, y);
    m.setAttribute('aria-describedby', v.tooltip.element.id);
  });
  v.svg.addEventListener('focusout', () => hide(v));
  v.figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide(v);
  });
}

/** The visible marker whose dot centre is nearest to a screen point, within the touch target. */
function nearestMarker(v: View, x: number, y: number): SVGElement | null {
  let best: SVGElement | null = null;
  let bestD = (TARGET_PX / 2) ** 2;
  for (const m of v.markers) {
    if (m.getAttribute('display') === 'none') continue;
    const [cx, cy] = screenCentre(m.querySelector('.map-marker-dot') ?? m);
    const d = (cx - x) ** 2 + (cy - y) ** 2;
    if (d <= bestD) [best, bestD] = [m, d];
  }
  return best;
}

/** Touch: the first tap previews (tooltip), a second tap on the same marker opens its profile. */
function bindTouch(v: View): void {
  let lastPointer = '';
  let previewed: SVGElement | null = null;
  v.svg.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType));
  v.svg.addEventListener('click', (e) => {
    if (lastPointer !== 'touch') return;
    const m = nearestMarker(v, e.clientX, e.clientY) ?? (e.target as Element).closest<SVGElement>('.map-marker');
    if (!m) {
      previewed = null;
      return hide(v);
    }
    const href = m.getAttribute('href');
    if (m === previewed && href) {
      // The tap may have landed on a neighbour's target: open the previewed one.
      if ((e.target as Element).closest('.map-marker') !== m) {
        e.preventDefault();
        location.assign(href);
      }
      return;
    }
    e.preventDefault();
    previewed = m;
    const [x, y] = screenCentre(m.querySelector('.map-marker-dot') ?? m);
    show(v, m, x, y, href ? 'Tik nogmaals op de stip om het profiel te openen.' : '');
  });
}

/** Keeps dots ≥ 12 px and touch targets 24 px on screen, at any map width and zoom. */
function sizeMarkers(v: View): void {
  const scale = v.svg.getScreenCTM()?.a ?? 1;
  const k = v.zoom;
  const coarse = matchMedia('(pointer: coarse)').matches || v.svg.getBoundingClientRect().width < 600;
  for (const m of v.markers) {
    const dot = m.querySelector('.map-marker-dot');
    const hit = m.querySelector('.map-marker-hit');
    const r = Number(dot?.getAttribute('data-r') ?? dot?.getAttribute('r') ?? 5.5);
    dot?.setAttribute('data-r', String(r));
    const dotPx = Math.max(r * scale, DOT_PX);
    dot?.setAttribute('r', String(dotPx / (scale * k)));
    dot?.setAttribute('stroke-width', String(1.5 / k));
    hit?.setAttribute('r', String((coarse ? Math.max(TARGET_PX / 2, dotPx) : dotPx) / (scale * k)));
  }
}

function createView(figure: HTMLElement): View | null {
  const svg = figure.querySelector<SVGSVGElement>('svg.map-svg');
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  if (!svg || !frame) return null;
  const spokes = new Map([...svg.querySelectorAll<SVGPathElement>('.map-networks path[data-id]')].map((p) => [p.dataset.id ?? '', p]));
  return { figure, svg, markers: [...svg.querySelectorAll<SVGElement>('.map-marker[data-id]')], spokes, tooltip: createTooltip(frame), zoom: 1 };
}

function applyFilters(v: View, filters: Partial<Record<FilterKey, string>>): void {
  let shown = 0;
  for (const m of v.markers) {
    const ok = matches((n) => m.getAttribute(n), filters);
    if (ok) shown += 1;
    for (const el of [m, v.spokes.get(m.dataset.id ?? '')]) {
      if (ok) el?.removeAttribute('display');
      else el?.setAttribute('display', 'none');
    }
  }
  for (const r of document.querySelectorAll<HTMLElement>(`[data-map-list="${CSS.escape(v.figure.id)}"] tr[data-id]`)) {
    r.hidden = !matches((n) => r.getAttribute(n), filters);
  }
  const theme = filters.themes;
  const hatch = `url(#${v.svg.id.replace(/-svg$/, '')}-hatch)`;
  let hatched = 0;
  for (const a of v.svg.querySelectorAll<SVGPathElement>('path[data-code]')) {
    const white = theme ? (a.dataset.whiteThemes ?? '').split(SEP).includes(theme) : a.hasAttribute('data-white');
    if (white) hatched += 1;
    if (white) a.setAttribute('fill', hatch);
    else a.removeAttribute('fill');
  }
  v.svg.setAttribute('data-visible-count', String(shown));
  const status = v.figure.querySelector<HTMLElement>('[data-map-status]');
  if (status) {
    const spots = theme ? ` Gearceerd: ${nlInt(hatched)} ${hatched === 1 ? 'gemeente' : 'gemeenten'} zonder agenda met thema ${theme}.` : '';
    status.textContent = `${nlInt(shown)} van ${nlInt(v.markers.length)} agenda’s zichtbaar.${spots}`;
  }
}

function bindFilters(v: View): void {
  const form = v.figure.querySelector<HTMLFormElement>('form[data-map-controls]');
  if (!form) return;
  const select = (key: FilterKey) => form.querySelector<HTMLSelectElement>(`[data-map-filter="${key}"]`);
  const current = () => Object.fromEntries(KEYS.map((k) => [k, select(k)?.value ?? ''])) as Record<FilterKey, string>;
  const state = (): ViewState => Object.fromEntries(KEYS.filter((k) => select(k)).map((k) => [PARAM[k], current()[k]]));
  const apply = () => applyFilters(v, current());
  const restore = () => {
    const s = readState(KEYS.map((k) => PARAM[k]), location.search);
    for (const k of KEYS) {
      const sel = select(k);
      // An unknown value (an old link, a typo) falls back to "Alle" instead of hiding everything.
      if (sel) sel.value = [...sel.options].some((o) => o.value === s[PARAM[k]]) ? s[PARAM[k]] : '';
    }
    apply();
  };
  form.addEventListener('change', () => {
    apply();
    saveState(state(), 'push');
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () =>
    setTimeout(() => {
      apply();
      saveState(state(), 'push');
    }),
  );
  onAddressChange(restore);
  form.hidden = false;
  restore();
}

function init(figure: HTMLElement): void {
  const v = createView(figure);
  if (!v) return;
  bindHover(v);
  bindTouch(v);
  v.svg.addEventListener('map:zoom', (e) => {
    v.tooltip.hide();
    v.zoom = (e as CustomEvent<{ k: number }>).detail.k;
    sizeMarkers(v);
  });
  sizeMarkers(v);
  new ResizeObserver(() => sizeMarkers(v)).observe(v.svg);
  bindFilters(v);
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map="kaart2"]')) init(figure);
