/**
 * Search island for /zoeken/: reads the index from <script type="application/json" id="zoekindex">,
 * filters as the user types (diacritic-insensitive), and announces the number of results. Without
 * JavaScript the page shows the full A–Z list instead.
 */
import { searchHits, type SearchEntry, type SearchHit } from './search-rank.ts';

const KIND = { g: 'Gemeente', s: 'Samenwerking' } as const;

function statusText(q: string, found: SearchHit[]): string {
  if (!q.trim()) return '';
  if (found.length === 0) return 'Geen resultaten.';
  const count = `${found.length} ${found.length === 1 ? 'resultaat' : 'resultaten'}`;
  return found.every((h) => h.approximate) ? `Geen naam bevat „${q.trim()}”; ${count} die erop lijken.` : `${count}.`;
}

function init(): void {
  const dataEl = document.getElementById('zoekindex');
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  const input = document.querySelector<HTMLInputElement>('#zoekterm');
  const results = document.getElementById('zoekresultaten');
  const status = document.getElementById('zoekstatus');
  if (!dataEl || !form || !input || !results || !status) return;
  const entries = JSON.parse(dataEl.textContent || '[]') as SearchEntry[];
  form.hidden = false;

  const run = () => {
    const q = input.value;
    const found = searchHits(entries, q);
    results.replaceChildren(
      ...found.map(({ entry: e, via, viaKind }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = e.u;
        a.textContent = e.n;
        const meta = document.createElement('span');
        meta.className = 'search-result__meta';
        meta.textContent = ` ${KIND[e.k]}${e.d ? ' · ' + e.d : ''}${via ? (viaKind === 'former' ? ` · voorheen ${via}` : ` · ook: ${via}`) : ''}`;
        li.append(a, meta);
        return li;
      }),
    );
    status.textContent = statusText(q, found);
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
