/**
 * The portal's pages in the site's one page shell (present/layout.ts: same stylesheet, skip link,
 * header, main and footer), with the portal's own navigation for the signed-in role and a sign-out
 * form.
 */
import { html, type Html, type Renderable } from '../present/html.ts';
import { renderShell, SITE_NAME } from '../present/layout.ts';
import type { User } from './auth.ts';

export interface PortalPage {
  title: string;
  body: Renderable;
  user: User | null;
  csrf: string;
  /** The request path, to mark the current menu item. */
  path?: string;
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

export function portalNav(user: User): [string, string][] {
  const items: [string, string][] = [['/', 'Start'], ['/samenwerkingen', 'Samenwerkingen']];
  // A lezer reads the cooperations only; proposals and conversations are the editors' pages.
  if (user.role !== 'lezer') items.push(['/voorstellen', 'Voorstellen'], ['/gesprekken', 'Gesprekken']);
  if (user.role === 'beheerder') items.push(['/gegevens', 'Inlezen'], ['/publiceren', 'Publiceren'], ['/audit', 'Auditlog']);
  return items;
}

function nav(user: User, path: string): Html {
  const current = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  return html`<nav class="site-nav" aria-label="Beheermenu"><ul>${portalNav(user).map(([href, label]) => html`<li><a href="${href}"${current(href) ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>`;
}

export function renderPortal(page: PortalPage): string {
  return renderShell({
    title: `${page.title} – ${SITE_NAME} beheer`,
    tagline: 'beheer van de gegevens',
    nav: page.user ? nav(page.user, page.path ?? '') : html``,
    body: html`${page.user ? html`<form method="post" action="/uitloggen" class="logout">${csrfField(page.csrf)}<p>Ingelogd als ${page.user.name} (${page.user.role}) <button type="submit">Uitloggen</button></p></form>` : ''}
${page.body}`,
    footer: html`<p>Regioruimte beheer: voorstellen worden door de beheerder beoordeeld voordat ze worden gepubliceerd.</p>`,
  });
}
