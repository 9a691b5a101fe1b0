/**
 * Kaart 1 island: threshold slider (status line "N lijnen bij drempel T" in a live region),
 * community colouring toggle, and hover/focus tooltips for lines (nearest line within 6 px) and
 * municipalities (their number of lines and strongest partner at the current threshold).
 * Finds every <figure data-map="kaart1"> and reads the JSON embedded by kaart1Map().
 */
import { EdgeLayer, type EdgeData } from './canvas-edges.ts';
import { createTooltip, focusOutline, debounce, nlInt, screenCentre, toMap } from './map-shared.ts';

function init(figure: HTMLElement): void {
  const script = figure.querySelector('script[data-map-data]');
  const found = figure.querySelector<SVGSVGElement>('svg.map-svg');
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  if (!script || !found || !frame) return;
  const svg: SVGSVGElement = found;
  const viewport = svg.querySelector<SVGGElement>('[data-map-viewport]')!;
  const svgLayer = svg.querySelector<SVGGElement>('[data-map-edges-layer]')!;
  const data = JSON.parse(script.textContent ?? '{}') as EdgeData;
  const controls = figure.querySelector<HTMLElement>('[data-map-controls]');
  const slider = figure.querySelector<HTMLInputElement>('[data-map-threshold]');
  const output = figure.querySelector<HTMLOutputElement>('[data-map-threshold-value]');
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  const toggle = figure.querySelector<HTMLInputElement>('[data-map-communities]');
  const areas = [...svg.querySelectorAll<SVGPathElement>('path[data-code]')];
  const codeIndex = new Map(data.codes.map((c, i) => [c, i]));
  const layer = new EdgeLayer(frame, svg, viewport, svgLayer, data);
  const tooltip = createTooltip(frame);
  focusOutline(svg);
  let threshold = data.threshold;
  let perMunicipality: number[][] = [];

  const lines = (n: number) => `${nlInt(n)} ${n === 1 ? 'lijn' : 'lijnen'}`;
  const announce = debounce(() => {
    if (status) status.textContent = `${lines(layer.visible.length)} bij drempel ${threshold}`;
    for (const a of areas) {
      const i = codeIndex.get(a.dataset.code ?? '');
      const n = i === undefined ? 0 : perMunicipality[i].length;
      const target = a.closest('a') ?? a;
      target.setAttribute('aria-label', `${a.dataset.name}: ${n === 1 ? '1 verbinding' : `${nlInt(n)} verbindingen`} bij drempel ${threshold}`);
    }
  }, 250);

  function apply(t: number): void {
    threshold = t;
    layer.setThreshold(t);
    perMunicipality = data.codes.map(() => []);
    for (const k of layer.visible) {
      perMunicipality[data.pairs[3 * k]].push(k);
      perMunicipality[data.pairs[3 * k + 1]].push(k);
    }
    if (output) output.value = String(t);
    svg.setAttribute('data-threshold', String(t));
    svg.setAttribute('data-edge-count', String(layer.visible.length));
    svg.setAttribute('data-edge-mode', layer.mode);
    announce();
  }

  function pairText(k: number): string[] {
    const [i, j, s] = [data.pairs[3 * k], data.pairs[3 * k + 1], data.pairs[3 * k + 2]];
    const names = [data.names[i], data.names[j]].sort((a, b) => a.localeCompare(b, 'nl'));
    return [`${names[0]} – ${names[1]}`, `${nlInt(s)} gedeelde ${s === 1 ? 'samenwerkingsverband' : 'samenwerkingsverbanden'}`];
  }

  function municipalityText(code: string): string[] {
    const i = codeIndex.get(code);
    if (i === undefined) return [code];
    const own = perMunicipality[i];
    const out = [data.names[i], `${own.length === 1 ? '1 lijn' : `${nlInt(own.length)} lijnen`} bij drempel ${threshold}`];
    if (own.length > 0) {
      const best = own.reduce((b, k) => (data.pairs[3 * k + 2] > data.pairs[3 * b + 2] ? k : b), own[0]);
      const other = data.pairs[3 * best] === i ? data.pairs[3 * best + 1] : data.pairs[3 * best];
      out.push(`Sterkste: ${data.names[other]} (${nlInt(data.pairs[3 * best + 2])})`);
    }
    return out;
  }

  function showMunicipality(el: SVGPathElement, x: number, y: number): void {
    const code = el.dataset.code ?? '';
    const [title, ...rest] = municipalityText(code);
    if (el.dataset.community) rest.push(`Gemeenschap ${el.dataset.community}`);
    tooltip.show([{ text: title, strong: true }, ...rest.map((text) => ({ text }))], x, y);
    const i = codeIndex.get(code);
    layer.highlight(i === undefined ? [] : perMunicipality[i]);
  }

  let pending = 0;
  svg.addEventListener('pointermove', (e) => {
    const { clientX, clientY, target } = e;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      const p = toMap(viewport, clientX, clientY);
      const scale = viewport.getScreenCTM()?.a ?? 1;
      const k = p ? layer.index.nearest(p[0], p[1], 6 / scale) : -1;
      if (k >= 0) {
        const [title, count] = pairText(k);
        tooltip.show([{ text: title, strong: true }, { text: count }], clientX, clientY);
        layer.highlight([k]);
        return;
      }
      const area = (target as Element).closest?.('path[data-code]') as SVGPathElement | null;
      if (area) showMunicipality(area, clientX, clientY);
      else {
        tooltip.hide();
        layer.highlight([]);
      }
    });
  });
  svg.addEventListener('pointerleave', () => {
    cancelAnimationFrame(pending);
    tooltip.hide();
    layer.highlight([]);
  });
  svg.addEventListener('focusin', (e) => {
    const el = e.target as Element;
    const area = (el.matches('path[data-code]') ? el : el.querySelector('path[data-code]')) as SVGPathElement | null;
    if (!area) return;
    const [x, y] = screenCentre(area);
    showMunicipality(area, x, y);
    el.setAttribute('aria-describedby', tooltip.element.id);
  });
  svg.addEventListener('focusout', () => {
    tooltip.hide();
    layer.highlight([]);
  });
  svg.addEventListener('map:zoom', () => {
    tooltip.hide();
    layer.zoomed();
  });
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      tooltip.hide();
      layer.highlight([]);
    }
  });

  function colourCommunities(on: boolean): void {
    for (const a of areas) {
      const c = a.dataset.community;
      if (on && c && data.communityFill[c]) a.setAttribute('fill', data.communityFill[c]);
      else a.removeAttribute('fill');
    }
  }

  const printing = (on: boolean) => {
    layer.setPrinting(on, threshold);
    svg.setAttribute('data-edge-mode', layer.mode);
  };
  window.addEventListener('beforeprint', () => printing(true));
  window.addEventListener('afterprint', () => printing(false));
  slider?.addEventListener('input', () => apply(Number(slider.value)));
  toggle?.addEventListener('change', () => colourCommunities(toggle.checked));
  if (controls) controls.hidden = false;
  apply(slider ? Number(slider.value) : threshold);
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map="kaart1"]')) init(figure);
