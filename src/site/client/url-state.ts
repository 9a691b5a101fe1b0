/**
 * The view of a map in the address: the islands keep their controls' state as query parameters
 * named like the form fields (a form submitted without JavaScript gives the same address), so
 * reload, back/forward and a copied link open the same view. A value equal to the control's
 * default is left out, so the plain page URL is the default view.
 */

/** Parameter name → value; '' means "default" (not in the address). */
export type ViewState = Record<string, string>;

/** The values of `names` in a query string ('' when absent). */
export function readState(names: readonly string[], search: string): ViewState {
  const params = new URLSearchParams(search);
  return Object.fromEntries(names.map((n) => [n, params.get(n) ?? '']));
}

/**
 * The address with `state` applied to `href`: set parameters, drop the default ones, keep the
 * others and the fragment. Parameters keep a fixed order (that of `state`), so equal views give
 * equal addresses.
 */
export function withState(href: string, state: ViewState): string {
  const url = new URL(href);
  for (const name of Object.keys(state)) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(state)) if (value !== '') url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Writes the state into the address: a new history entry (`push`) or the current one. */
export function saveState(state: ViewState, mode: 'push' | 'replace'): void {
  const next = withState(location.href, state);
  if (next === `${location.pathname}${location.search}${location.hash}`) return;
  if (mode === 'push') history.pushState(null, '', next);
  else history.replaceState(null, '', next);
  updateEmbedCode();
}

/** The embed snippets on the page point at this site, with the view now in the address. */
export function updateEmbedCode(): void {
  for (const code of document.querySelectorAll<HTMLElement>('[data-embed-code]')) {
    const src = `${location.origin}${code.dataset.embedPath ?? ''}${location.search}`;
    code.textContent = (code.textContent ?? '').replace(/src="[^"]*"/, `src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  }
}

/** Calls `restore` when the address changes under the page: back/forward, or a page from the back-forward cache. */
export function onAddressChange(restore: () => void): void {
  const again = () => {
    restore();
    updateEmbedCode();
  };
  window.addEventListener('popstate', again);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) again();
  });
  updateEmbedCode();
}
