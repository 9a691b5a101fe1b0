/**
 * Kaart 1 island: threshold slider (status line "N lijnen bij drempel T" in a polite live region;
 * description, <desc> and table follow the threshold), community colouring toggle, both kept in
 * the address (?drempel=…&gemeenschappen=ja; back/forward and copied links restore them), "Wis
 * filters", and hover/focus tooltips for lines (nearest line within 6 px) and municipalities.
 * Finds every <figure data-map="kaart1"> and reads the JSON embedded by kaart1Map().
 */
import { EdgeLayer, type EdgeData } from './canvas-edges.ts';
import { createTooltip, focusOutline, debounce, screenCentre, toMap, type Tooltip } from './map-shared.ts';
import { linesPerMunicipality, linesText, municipalityText, pairText, updateFigureTexts } from './kaart1-text.ts';
import { onAddressChange, readState, saveState } from './url-state.ts';

interface View {
  figure: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  data: EdgeData;
  layer: EdgeLayer;
  tooltip: Tooltip;
  areas: SVGPathElement[];
  codeIndex: Map<string, number>;
  threshold: number;
  perMunicipality: number[][];
}

function createView(figure: HTMLElement): View | null {
  const script = figure.querySelector('script[data-map-data]');
  const svg = figure.querySelector<SVGSVGElement>('svg.map-svg');
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  if (!script || !svg || !frame) return null;
  const viewport = svg.querySelector<SVGGElement>('[data-map-viewport]')!;
  const data = JSON.parse(script.textContent ?? '{}') as EdgeData;
  const layer = new EdgeLayer(frame, svg, viewport, svg.querySelector<SVGGElement>('[data-map-edges-layer]')!, data);
  const areas = [...svg.querySelectorAll<SVGPathElement>('path[data-code]')];
  focusOutline(svg);
  return { figure, svg, viewport, data, layer, tooltip: createTooltip(frame), areas, codeIndex: new Map(data.codes.map((c, i) => [c, i])), threshold: data.threshold, perMunicipality: [] };
}

function showMunicipality(v: View, el: SVGPathElement, x: number, y: number): void {
  const i = v.codeIndex.get(el.dataset.code ?? '');
  if (i === undefined) return;
  const [title, ...rest] = municipalityText(v.data, i, v.perMunicipality[i], v.threshold, el.dataset.community);
  v.tooltip.show([{ text: title, strong: true }, ...rest.map((text) => ({ text }))], x, y);
  v.layer.highlight(v.perMunicipality[i]);
}

function hide(v: View): void {
  v.tooltip.hide();
  v.layer.highlight([]);
}

function bindPointer(v: View): void {
  let pending = 0;
  v.svg.addEventListener('pointermove', (e) => {
    const { clientX, clientY, target } = e;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      const p = toMap(v.viewport, clientX, clientY);
      const scale = v.viewport.getScreenCTM()?.a ?? 1;
      const k = p ? v.layer.index.nearest(p[0], p[1], 6 / scale) : -1;
      if (k >= 0) {
        const [title, count] = pairText(v.data, k);
        v.tooltip.show([{ text: title, strong: true }, { text: count }], clientX, clientY);
        v.layer.highlight([k]);
        return;
      }
      const area = (target as Element).closest?.('path[data-code]') as SVGPathElement | null;
      if (area) showMunicipality(v, area, clientX, clientY);
      else hide(v);
    });
  });
  v.svg.addEventListener('pointerleave', () => {
    cancelAnimationFrame(pending);
    hide(v);
  });
  v.svg.addEventListener('focusin', (e) => {
    const el = e.target as Element;
    const area = (el.matches('path[data-code]') ? el : el.querySelector('path[data-code]')) as SVGPathElement | null;
    if (!area) return;
    const [x, y] = screenCentre(area);
    showMunicipality(v, area, x, y);
    el.setAttribute('aria-describedby', v.tooltip.element.id);
  });
  v.svg.addEventListener('focusout', () => hide(v));
  v.svg.addEventListener('map:zoom', () => {
    v.tooltip.hide();
    v.layer.zoomed();
  });
  v.figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide(v);
  });
}

/** Area names and the status line at the current threshold (debounced: one announcement per pause). */
function announcer(v: View, status: HTMLElement | null): () => void {
  return debounce(() => {
    if (status) status.textContent = `${linesText(v.layer.visible.length)} bij drempel ${v.threshold}`;
    for (const a of v.areas) {
      const i = v.codeIndex.get(a.dataset.code ?? '');
      const n = i === undefined ? 0 : v.perMunicipality[i].length;
      (a.closest('a') ?? a).setAttribute('aria-label', `${a.dataset.name}: ${n === 1 ? '1 verbinding' : `${n.toLocaleString('nl-NL')} verbindingen`} bij drempel ${v.threshold}`);
    }
  }, 250);
}

function setThreshold(v: View, t: number, announce: () => void): void {
  v.threshold = t;
  v.layer.setThreshold(t);
  v.perMunicipality = linesPerMunicipality(v.data, v.layer.visible);
  const output = v.figure.querySelector<HTMLOutputElement>('[data-map-threshold-value]');
  if (output) output.value = String(t);
  v.svg.setAttribute('data-threshold', String(t));
  v.svg.setAttribute('data-edge-count', String(v.layer.visible.length));
  v.svg.setAttribute('data-edge-mode', v.layer.mode);
  updateFigureTexts(v.figure, v.data, t, v.perMunicipality);
  announce();
}

function colourCommunities(v: View, on: boolean): void {
  for (const a of v.areas) {
    const c = a.dataset.community;
    if (on && c && v.data.communityFill[c]) a.setAttribute('fill', v.data.communityFill[c]);
    else a.removeAttribute('fill');
  }
}

function bindControls(v: View): void {
  const form = v.figure.querySelector<HTMLFormElement>('form[data-map-controls]');
  const slider = v.figure.querySelector<HTMLInputElement>('[data-map-threshold]');
  const toggle = v.figure.querySelector<HTMLInputElement>('[data-map-communities]');
  const announce = announcer(v, v.figure.querySelector<HTMLElement>('[data-map-status]'));
  const defaultThreshold = Number(slider?.defaultValue ?? v.data.threshold);
  const state = () => ({
    drempel: slider && Number(slider.value) !== defaultThreshold ? slider.value : '',
    gemeenschappen: toggle && toggle.checked !== toggle.defaultChecked ? (toggle.checked ? 'ja' : 'nee') : '',
  });
  const restore = () => {
    const s = readState(['drempel', 'gemeenschappen'], location.search);
    const t = Number.parseInt(s.drempel, 10);
    if (slider) slider.value = String(Number.isInteger(t) && t >= 1 && t <= v.data.max ? t : defaultThreshold);
    if (toggle) toggle.checked = s.gemeenschappen ? s.gemeenschappen === 'ja' : toggle.defaultChecked;
    setThreshold(v, slider ? Number(slider.value) : v.data.threshold, announce);
    colourCommunities(v, toggle?.checked ?? false);
  };
  slider?.addEventListener('input', () => setThreshold(v, Number(slider.value), announce));
  form?.addEventListener('change', () => {
    colourCommunities(v, toggle?.checked ?? false);
    saveState(state(), 'push');
  });
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    saveState(state(), 'push');
  });
  // "Wis filters": the form's own reset puts the build defaults back; the view follows after it.
  form?.addEventListener('reset', () =>
    setTimeout(() => {
      setThreshold(v, slider ? Number(slider.value) : v.data.threshold, announce);
      colourCommunities(v, toggle?.checked ?? false);
      saveState(state(), 'push');
    }),
  );
  onAddressChange(restore);
  if (form) form.hidden = false;
  restore();
}

function init(figure: HTMLElement): void {
  const v = createView(figure);
  if (!v) return;
  bindPointer(v);
  const printing = (on: boolean) => {
    v.layer.setPrinting(on, v.threshold);
    v.svg.setAttribute('data-edge-mode', v.layer.mode);
  };
  window.addEventListener('beforeprint', () => printing(true));
  window.addEventListener('afterprint', () => printing(false));
  bindControls(v);
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map="kaart1"]')) init(figure);
