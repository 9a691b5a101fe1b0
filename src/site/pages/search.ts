/**
 * Zoeken (/zoeken/): a client-side search over municipalities (incl. former names) and
 * cooperations. The index is embedded as JSON (not executed, so allowed by the CSP); without
 * JavaScript the A–Z list below is the way in.
 */
import { html, jsonScript } from '../../present/html.ts';
import { cooperationHref, municipalityHref } from '../../present/components.ts';
import { foldToAsciiWords } from '../../model/normalise.ts';
import type { SearchEntry } from '../client/search-rank.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import type { Merger } from '../../model/index.ts';

export function searchIndex(l: SiteLookup, mergers: Merger[] = []): SearchEntry[] {
  const aliases = new Map<string, Set<string>>();
  for (const m of mergers) {
    for (const s of m.successors) {
      const set = aliases.get(s) ?? new Set();
      set.add(m.formerName);
      aliases.set(s, set);
    }
  }
  const variants = new Map<string, string[]>();
  for (const v of l.input.reference.nameVariants ?? []) variants.set(v.municipality, [...(variants.get(v.municipality) ?? []), v.variant]);
  const munis: SearchEntry[] = l.input.analysis.coverage.municipalities.map((m) => {
    const a = [...(aliases.get(m.code) ?? [])].sort((x, y) => x.localeCompare(y, 'nl'));
    const v = [...(variants.get(m.name) ?? [])].sort((x, y) => x.localeCompare(y, 'nl'));
    return { n: m.name, k: 'g', u: municipalityHref(m.code), d: m.province, ...(a.length ? { a } : {}), ...(v.length ? { v } : {}) };
  });
  const coops: SearchEntry[] = l.cooperations.map((c) => ({ n: c.name, k: 's', u: cooperationHref(c.id), d: c.agendaTitle ?? '' }));
  return [...munis, ...coops].sort((a, b) => a.n.localeCompare(b.n, 'nl') || a.u.localeCompare(b.u));
}

function firstLetter(name: string): string {
  const n = foldToAsciiWords(name).replace(/^s /, '');
  const ch = n.charAt(0).toUpperCase();
  return /[A-Z]/.test(ch) ? ch : '#';
}

export function searchPage(l: SiteLookup, mergers: Merger[] = []): Page {
  const entries = searchIndex(l, mergers);
  const groups = new Map<string, SearchEntry[]>();
  for (const e of entries) groups.set(firstLetter(e.n), [...(groups.get(firstLetter(e.n)) ?? []), e]);
  const letters = [...groups.keys()].sort();
  return {
    path: '/zoeken/',
    title: 'Zoeken',
    description: 'Zoek een gemeente of samenwerkingsverband.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: ['search'],
    body: html`<h1>Zoeken</h1>
<p class="lead">Zoek een gemeente of een samenwerkingsverband. U vindt een gemeente ook op een oude naam van vóór een herindeling, op een gangbare of Friese naam (Den Bosch, Ljouwert) en met een tikfout.</p>
<form class="search-form" role="search" action="/zoeken/" method="get" hidden>
<label for="zoekterm">Naam van gemeente of samenwerking</label>
<div class="search-form__row"><input id="zoekterm" name="q" type="search" autocomplete="off" spellcheck="false"><button type="submit">Zoeken</button></div>
</form>
<p id="zoekstatus" class="search-status" role="status" aria-live="polite"></p>
<ul id="zoekresultaten" class="search-results"></ul>
${jsonScript('zoekindex', entries)}
<section class="section" aria-labelledby="a-z"><h2 id="a-z">Alles van A tot Z</h2>
<nav class="az-nav" aria-label="Letters"><ul>${letters.map((x) => html`<li><a href="#letter-${x === '#' ? 'overig' : x}">${x}</a></li>`)}</ul></nav>
${letters.map(
  (x) => html`<h3 id="letter-${x === '#' ? 'overig' : x}">${x}</h3><ul class="columns az-list">${groups.get(x)!.map((e) => html`<li><a href="${e.u}">${e.n}</a> <span class="muted">${e.k === 'g' ? 'gemeente' : 'samenwerking'}</span></li>`)}</ul>`,
)}
</section>`,
  };
}
