/**
 * Kaart 2 island: hover/focus on a marker shows the cooperation, agenda, themes and members and
 * emphasises its network; the filters (theme, province, legal form, typology) hide non-matching
 * networks, markers and rows of the linked table ([data-map-list] = figure id) alike. With a theme
 * chosen, the hatch shows that theme's white spots instead of the overall ones.
 */
import { KEYS, matches, SEP, type FilterKey } from './map-filter.ts';
import { createTooltip, nlInt, screenCentre } from './map-shared.ts';

function init(figure: HTMLElement): void {
  const found = figure.querySelector<SVGSVGElement>('svg.map-svg');
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  if (!found || !frame) return;
  const svg: SVGSVGElement = found;
  const form = figure.querySelector<HTMLFormElement>('form[data-map-controls]');
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  const markers = [...svg.querySelectorAll<SVGElement>('.map-marker[data-id]')];
  const spokes = new Map([...svg.querySelectorAll<SVGPathElement>('.map-networks path[data-id]')].map((p) => [p.dataset.id ?? '', p]));
  const areas = [...svg.querySelectorAll<SVGPathElement>('path[data-code]')];
  const hatch = `url(#${svg.id.replace(/-svg$/, '')}-hatch)`;
  const rows = () => [...document.querySelectorAll<HTMLElement>(`[data-map-list="${CSS.escape(figure.id)}"] tr[data-id]`)];
  const tooltip = createTooltip(frame);

  function emphasise(id: string | null): void {
    for (const [key, path] of spokes) {
      if (id === null) {
        path.setAttribute('stroke-opacity', '0.8');
        path.setAttribute('stroke-width', '1.4');
      } else {
        path.setAttribute('stroke-opacity', key === id ? '1' : '0.15');
        path.setAttribute('stroke-width', key === id ? '3' : '1.4');
      }
    }
  }

  function show(marker: SVGElement, x: number, y: number): void {
    const d = marker.dataset;
    const members = (d.memberNames ?? '').split('; ').filter(Boolean);
    const lines = [{ text: d.name ?? '', strong: true }];
    if (d.agenda) lines.push({ text: `Agenda: ${d.agenda}`, strong: false });
    if (d.themes) lines.push({ text: `Thema’s: ${d.themes.split(SEP).join(', ')}`, strong: false });
    lines.push({ text: `${nlInt(members.length)} ${members.length === 1 ? 'gemeente' : 'gemeenten'}: ${members.join(', ')}`, strong: false });
    tooltip.show(lines, x, y);
    emphasise(d.id ?? null);
  }

  svg.addEventListener('pointerover', (e) => {
    const m = (e.target as Element).closest<SVGElement>('.map-marker');
    if (m) show(m, e.clientX, e.clientY);
  });
  svg.addEventListener('pointerout', (e) => {
    const m = (e.target as Element).closest('.map-marker');
    if (m && !m.contains(e.relatedTarget as Node)) {
      tooltip.hide();
      emphasise(null);
    }
  });
  svg.addEventListener('focusin', (e) => {
    const m = (e.target as Element).closest<SVGElement>('.map-marker');
    if (!m) return;
    const [x, y] = screenCentre(m);
    show(m, x, y);
    m.setAttribute('aria-describedby', tooltip.element.id);
  });
  svg.addEventListener('focusout', () => {
    tooltip.hide();
    emphasise(null);
  });
  const circles = [...svg.querySelectorAll<SVGCircleElement>('.map-marker circle')];
  svg.addEventListener('map:zoom', (e) => {
    tooltip.hide();
    // Markers keep their screen size when zoomed in.
    const k = (e as CustomEvent<{ k: number }>).detail.k;
    for (const c of circles) {
      c.setAttribute('r', String(5.5 / k));
      c.setAttribute('stroke-width', String(1.5 / k));
    }
  });
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      tooltip.hide();
      emphasise(null);
    }
  });

  function apply(): void {
    if (!form) return;
    const filters: Partial<Record<FilterKey, string>> = {};
    for (const key of KEYS) {
      const sel = form.querySelector<HTMLSelectElement>(`[data-map-filter="${key}"]`);
      if (sel?.value) filters[key] = sel.value;
    }
    let shown = 0;
    for (const m of markers) {
      const ok = matches((n) => m.getAttribute(n), filters);
      if (ok) shown += 1;
      if (ok) m.removeAttribute('display');
      else m.setAttribute('display', 'none');
      const spoke = spokes.get(m.dataset.id ?? '');
      if (ok) spoke?.removeAttribute('display');
      else spoke?.setAttribute('display', 'none');
    }
    for (const r of rows()) r.hidden = !matches((n) => r.getAttribute(n), filters);
    const theme = filters.themes;
    let hatched = 0;
    for (const a of areas) {
      const white = theme ? (a.dataset.whiteThemes ?? '').split(SEP).includes(theme) : a.hasAttribute('data-white');
      if (white) {
        a.setAttribute('fill', hatch);
        hatched += 1;
      } else a.removeAttribute('fill');
    }
    svg.setAttribute('data-visible-count', String(shown));
    if (status) {
      const spots = theme
        ? ` Gearceerd: ${nlInt(hatched)} ${hatched === 1 ? 'gemeente' : 'gemeenten'} zonder agenda met thema ${theme}.`
        : '';
      status.textContent = `${nlInt(shown)} van ${nlInt(markers.length)} agenda’s zichtbaar.${spots}`;
    }
  }

  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
  }
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map="kaart2"]')) init(figure);
