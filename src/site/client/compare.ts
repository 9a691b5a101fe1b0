/**
 * Compare island for /vergelijk/: reads `?a=<id>&b=<id>` and the data file the build wrote
 * (present/compare.ts), and fills in the table, the member lists (shared, only in A, only in B) and
 * the two small maps. The forms submit GET to the same address, so with this island a submit becomes
 * a history entry: back/forward, reload and a copied link restore the comparison.
 */
import type { CompareData, CompareEntity, CompareKind, CompareKindData } from '../../present/compare.ts';

const NOUN: Record<CompareKind, { one: string; many: string }> = {
  samenwerking: { one: 'samenwerking', many: 'samenwerkingen' },
  gemeente: { one: 'gemeente', many: 'gemeenten' },
};

const el = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

interface Found {
  kind: CompareKind;
  entity: CompareEntity;
}

function finder(data: CompareData): (id: string) => Found | null {
  const index = new Map<string, Found>();
  for (const kind of ['gemeente', 'samenwerking'] as const) for (const entity of data.kinds[kind].entities) index.set(entity.id, { kind, entity });
  return (id) => index.get(id) ?? null;
}

function tableRows(kind: CompareKindData, a: CompareEntity, b: CompareEntity): HTMLTableRowElement[] {
  return kind.rows.map((row) => {
    const tr = make('tr', '', { role: 'row' });
    tr.append(make('th', row.label, { scope: 'row', role: 'rowheader' }));
    for (const e of [a, b]) tr.append(make('td', e.facts[row.key] ?? '–', { role: 'cell', 'data-label': e.name }));
    return tr;
  });
}

function memberList(kind: CompareKindData, title: string, ids: string[]): HTMLElement {
  const box = make('div', '', { class: 'compare-members__group' });
  box.append(make('h3', `${title} (${ids.length})`));
  if (ids.length === 0) {
    box.append(make('p', 'geen', { class: 'muted' }));
    return box;
  }
  const ul = make('ul', '', { class: 'compare-members__list' });
  for (const id of ids) {
    const li = make('li');
    const m = kind.memberNames[id];
    li.append(make('a', m?.name ?? id, { href: m?.href ?? '#' }));
    ul.append(li);
  }
  box.append(ul);
  return box;
}

function fillMap(figure: HTMLElement, entity: CompareEntity, highlight: string): void {
  const members = new Set(entity.mapCodes);
  for (const path of figure.querySelectorAll<SVGElement>('[data-code]')) {
    if (members.has(path.dataset.code ?? '')) path.setAttribute('fill', highlight);
    else path.removeAttribute('fill');
  }
  const title = el(figure, 'title');
  const desc = el(figure, 'desc');
  if (title) title.textContent = `Ligging van ${entity.name}`;
  if (desc) desc.textContent = entity.mapDescription;
  const caption = el(figure, 'figcaption');
  if (caption) caption.textContent = `${entity.name}: ${entity.mapDescription}`;
}

function render(root: HTMLElement, data: CompareData, kindName: CompareKind, a: CompareEntity, b: CompareEntity): void {
  const kind = data.kinds[kindName];
  el(root, '#vergelijking-titel')!.textContent = `${a.name} en ${b.name}`;
  el(root, 'caption')!.textContent = `Kenmerken van ${a.name} en ${b.name} naast elkaar`;
  el(root, '[data-compare-head="a"]')!.textContent = a.name;
  el(root, '[data-compare-head="b"]')!.textContent = b.name;
  el(root, 'tbody')!.replaceChildren(...tableRows(kind, a, b));
  const inB = new Set(b.members);
  const inA = new Set(a.members);
  const shared = a.members.filter((m) => inB.has(m));
  const onlyA = a.members.filter((m) => !inB.has(m));
  const onlyB = b.members.filter((m) => !inA.has(m));
  const membersTitle = kindName === 'samenwerking' ? 'Deelnemende gemeenten' : 'Samenwerkingsverbanden';
  el(root, '#vergelijk-leden')!.textContent = membersTitle;
  el(root, '.compare-members__summary')!.textContent =
    kindName === 'samenwerking'
      ? `${a.name} telt ${a.members.length} ${a.members.length === 1 ? 'gemeente' : 'gemeenten'}, ${b.name} ${b.members.length}; ${shared.length} ${shared.length === 1 ? 'gemeente doet' : 'gemeenten doen'} aan beide mee.`
      : `${a.name} doet mee aan ${a.members.length} ${kind.memberNoun}, ${b.name} aan ${b.members.length}; aan ${shared.length} daarvan doen ze allebei mee.`;
  el(root, '.compare-members')!.replaceChildren(memberList(kind, 'In beide', shared), memberList(kind, `Alleen ${a.name}`, onlyA), memberList(kind, `Alleen ${b.name}`, onlyB));
  fillMap(el(root, '[data-compare-map="a"]')!, a, data.highlight);
  fillMap(el(root, '[data-compare-map="b"]')!, b, data.highlight);
  root.hidden = false;
  document.title = `${a.name} en ${b.name} vergeleken – Regioruimte`;
}

/** What to say when the address does not hold two comparable choices (null: it does). */
function problem(a: Found | null, b: Found | null, ids: { a: string; b: string }): string | null {
  if (ids.a && !a) return `‘${ids.a}’ is geen bekende samenwerking of gemeente; kies er een in de lijst.`;
  if (ids.b && !b) return `‘${ids.b}’ is geen bekende samenwerking of gemeente; kies er een in de lijst.`;
  if (!a && !b) return '';
  if (!a || !b) {
    const one = (a ?? b)!;
    return `Kies een tweede ${NOUN[one.kind].one} om met ${one.entity.name} te vergelijken.`;
  }
  if (a.kind !== b.kind) return 'Vergelijk twee samenwerkingen of twee gemeenten: een samenwerking en een gemeente zijn niet te vergelijken.';
  if (a.entity.id === b.entity.id) return `U koos twee keer ${a.entity.name}; kies twee verschillende ${NOUN[a.kind].many}.`;
  return null;
}

function syncForms(forms: HTMLFormElement[], a: Found | null, b: Found | null): void {
  const kind = (a ?? b)?.kind;
  for (const form of forms) {
    const mine = form.dataset.compareKind === kind;
    const [selA, selB] = [...form.querySelectorAll('select')];
    selA.value = mine && a && a.kind === kind ? a.entity.id : '';
    selB.value = mine && b && b.kind === kind ? b.entity.id : '';
  }
  if (a && !b) forms.find((f) => f.dataset.compareKind === a.kind)?.querySelectorAll('select')[1]?.focus();
}

async function init(): Promise<void> {
  const root = document.getElementById('vergelijking');
  const status = document.getElementById('vergelijk-status');
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-compare-kind]')];
  if (!root || !status || forms.length === 0) return;
  let data: CompareData;
  try {
    const response = await fetch(root.dataset.compareData ?? '');
    data = (await response.json()) as CompareData;
  } catch {
    status.textContent = 'De gegevens om te vergelijken konden niet worden geladen; probeer de pagina opnieuw te laden.';
    return;
  }
  const find = finder(data);
  const show = (focus: boolean) => {
    const params = new URLSearchParams(location.search);
    const ids = { a: params.get('a') ?? '', b: params.get('b') ?? '' };
    const a = ids.a ? find(ids.a) : null;
    const b = ids.b ? find(ids.b) : null;
    const issue = problem(a, b, ids);
    syncForms(forms, a, b);
    if (issue !== null) {
      root.hidden = true;
      status.textContent = issue;
      return;
    }
    render(root, data, a!.kind, a!.entity, b!.entity);
    status.textContent = `Vergelijking van ${a!.entity.name} en ${b!.entity.name}.`;
    if (focus) el<HTMLElement>(root, '#vergelijking-titel')?.focus();
  };
  for (const form of forms) {
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const [selA, selB] = [...form.querySelectorAll('select')];
      const url = new URL(location.href);
      url.search = new URLSearchParams({ a: selA.value, b: selB.value }).toString();
      if (`${url.pathname}${url.search}` !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
      show(true);
    });
  }
  window.addEventListener('popstate', () => show(false));
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) show(false);
  });
  show(false);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void init());
else void init();
