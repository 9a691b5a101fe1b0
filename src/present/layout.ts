/**
 * The page shell shared by every page: lang="nl", skip link, header with navigation, breadcrumbs,
 * main content, footer with the data status. Only same-origin stylesheets and module scripts.
 */
import { html, type Html, type Renderable } from './html.ts';
import { formatPartialDate } from './format.ts';
import type { Crumb, Page, SiteInput } from './page.ts';

export const SITE_NAME = 'Regioruimte';

export const NAV: Crumb[] = [
  { href: '/', label: 'Overzicht' },
  { href: '/verhaal/', label: 'Verhaal' },
  { href: '/kaart-1/', label: 'Kaart 1' },
  { href: '/kaart-2/', label: 'Kaart 2' },
  { href: '/themas/', label: "Thema’s" },
  { href: '/kenmerken/', label: 'Kenmerken' },
  { href: '/vergelijkbaarheid/', label: 'Vergelijkbaarheid' },
  { href: '/nationaal-beleid/', label: 'Nationaal beleid' },
  { href: '/dagelijks-stedelijk-systeem/', label: 'Dagelijks stedelijk systeem' },
  { href: '/samenwerkingen/', label: 'Samenwerkingen' },
  { href: '/gemeenten/', label: 'Gemeenten' },
  { href: '/gespreksleidraad/', label: 'Gespreksleidraden' },
  { href: '/methode/', label: 'Methode' },
  { href: '/downloads/', label: 'Downloads' },
  { href: '/vergelijk/', label: 'Vergelijken' },
  { href: '/zoeken/', label: 'Zoeken' },
];

/** The comparison per category of a zoning: in the menu (after Nationaal beleid) only when the data has categories. */
export const ZONING_NAV: Crumb = { href: '/gebiedscategorieen/', label: 'Gebiedscategorieën' };

/** The main navigation for this data: NAV, plus the sections that exist only for some data. */
export function siteNav(input: Pick<SiteInput, 'analysis'>): Crumb[] {
  if (!input.analysis.zoning) return NAV;
  const at = NAV.findIndex((item) => item.href === '/nationaal-beleid/') + 1;
  return [...NAV.slice(0, at), ZONING_NAV, ...NAV.slice(at)];
}

export interface SiteStatus {
  /** E.g. "voorbeelddata samengesteld uit openbare bronnen". */
  label: string;
  /** E.g. "agenda’s t/m 2024" — derived from the data, never from the build time. */
  date: string;
  /** Per source its reference date in Dutch (colofon.csv); empty: the footer has no peildata line. */
  sources?: { source: string; date: string }[];
  /** The site's public address without a trailing slash (build option); null: print shows the path only. */
  baseUrl?: string | null;
  /** The main navigation (siteNav); absent: NAV. */
  nav?: readonly Crumb[];
}

export const EXAMPLE_STATUS_LABEL = 'voorbeelddata samengesteld uit openbare bronnen';

/** The footer status from the data (newest agenda year), never from the build time. */
export function siteStatus(input: SiteInput, label = EXAMPLE_STATUS_LABEL, baseUrl: string | null = null): SiteStatus {
  const years = input.dataset.cooperations.map((c) => c.agendaYear).filter((y): y is number => typeof y === 'number');
  const date = years.length ? `agenda’s tot en met ${Math.max(...years)}` : 'agendajaren onbekend';
  const sources = (input.dataset.metadata?.sources ?? []).map((s) => ({ source: s.source, date: formatPartialDate(s.date) }));
  return { label, date, sources, baseUrl: baseUrl ? baseUrl.replace(/\/+$/, '') : null, nav: siteNav(input) };
}

/** "Peildata: bron A 1 januari 2025; bron B december 2014." — nothing when the dataset has no colofon. */
function referenceDates(status: SiteStatus): Html {
  const sources = status.sources ?? [];
  if (sources.length === 0) return html``;
  return html`<p class="reference-dates"><strong>Peildata:</strong> ${sources.map((s, i) => html`${i ? '; ' : ''}${s.source}: ${s.date}`)}.</p>
`;
}

/** The print footer line: the page's full address (or its path and why the address is missing) and the data's dates. */
function printLine(page: Page, status: SiteStatus): Html {
  const where = status.baseUrl
    ? html`Afgedrukt van ${status.baseUrl}${page.path}`
    : html`Afgedrukt van ${SITE_NAME}, pagina ${page.path} (het volledige webadres is bij het bouwen van de site niet opgegeven)`;
  return html`<p class="print-only">${where} · stand van de gegevens: ${status.date}.</p>`;
}

function isCurrent(navHref: string, path: string): boolean {
  return navHref === '/' ? path === '/' : path.startsWith(navHref);
}

function breadcrumbs(crumbs: Crumb[], title: string): Html {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumbs" aria-label="Kruimelpad"><ol>${crumbs.map(
    (c) => html`<li><a href="${c.href}">${c.label}</a></li>`,
  )}<li><span aria-current="page">${title}</span></li></ol></nav>`;
}

/** What differs between the public site and the portal inside the one page shell. */
export interface Shell {
  /** The full document title. */
  title: string;
  description?: string;
  tagline: string;
  /** The main navigation (a <nav> element). */
  nav: Html;
  /** Between the header and <main> (breadcrumbs). */
  beforeMain?: Html;
  body: Renderable;
  /** The inside of the footer's container. */
  footer: Html;
  styles?: readonly string[];
  scripts?: readonly string[];
}

/** The document every page shares: lang="nl", skip link, header, main, footer; same-origin assets only. */
export function renderShell(shell: Shell): string {
  const styles = ['/assets/site.css', ...(shell.styles ?? [])];
  const doc = html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title}</title>
${shell.description !== undefined ? html`<meta name="description" content="${shell.description}">
` : ''}${styles.map((href) => html`<link rel="stylesheet" href="${href}">
`)}<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${(shell.scripts ?? []).map((name) => html`<script type="module" src="/assets/js/${name}.js"></script>
`)}</head>
<body>
<a class="skip-link" href="#inhoud">Direct naar de inhoud</a>
<header class="site-header">
<div class="container site-header__inner">
<a class="site-title" href="/"><span class="site-title__name">${SITE_NAME}</span> <span class="site-title__tagline">${shell.tagline}</span></a>
${shell.nav}
</div>
</header>
<div class="container">
${shell.beforeMain ?? ''}
<main id="inhoud" tabindex="-1">
${shell.body}
</main>
</div>
<footer class="site-footer">
<div class="container">
${shell.footer}
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}

export function renderLayout(page: Page, status: SiteStatus): string {
  if (page.chrome === 'embed') {
    return renderShell({
      title: `${page.title} – ${SITE_NAME}`,
      description: page.description,
      tagline: 'ruimtelijke samenwerking in de regio',
      nav: html``,
      body: page.body,
      styles: page.styles,
      scripts: page.scripts,
      footer: html`<p class="data-status"><strong>Gegevens:</strong> ${status.label} (${status.date}). Kaartgrenzen: CBS / Kadaster, 2025 (CC BY 4.0).</p>${referenceDates(status)}${page.canonical ? html`<p><a href="${page.canonical}" target="_top">Bekijk de kaart met uitleg op ${SITE_NAME}</a></p>` : ''}`,
    });
  }
  const nav = (status.nav ?? NAV).map((item) => {
    const current = isCurrent(item.href, page.path);
    return html`<li><a href="${item.href}"${current ? html` aria-current="page"` : ''}>${item.label}</a></li>`;
  });
  return renderShell({
    title: page.path === '/' ? SITE_NAME : `${page.title} – ${SITE_NAME}`,
    description: page.description,
    tagline: 'ruimtelijke samenwerking in de regio',
    nav: html`<nav class="site-nav" aria-label="Hoofdmenu"><ul>${nav}</ul></nav>`,
    beforeMain: breadcrumbs(page.breadcrumbs, page.title),
    body: page.body,
    styles: page.styles,
    scripts: page.scripts,
    footer: html`<p class="data-status"><strong>Gegevens:</strong> ${status.label} (${status.date}).</p>
${referenceDates(status)}<ul class="footer-links"><li><a href="/methode/">Methode en bronnen</a></li><li><a href="/downloads/">Downloads</a></li><li><a href="/toegankelijkheid/">Toegankelijkheidsverklaring</a></li></ul>
<p>Kaartgrenzen: CBS / Kadaster, 2025 (CC BY 4.0).</p>
${printLine(page, status)}`,
  });
}
