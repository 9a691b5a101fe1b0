/**
 * The portal's page shell: the site's stylesheet and structure (lang="nl", skip link, header,
 * main, footer), with the portal's own navigation for the signed-in role and a sign-out form.
 */
import { html, render, type Html, type Renderable } from '../present/html.ts';
import type { User } from './auth.ts';

export interface PortalPage {
  title: string;
  body: Renderable;
  user: User | null;
  csrf: string;
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

function nav(user: User): Html {
  const items: [string, string][] = [['/', 'Start'], ['/samenwerkingen', 'Samenwerkingen'], ['/voorstellen', 'Voorstellen']];
  if (user.role === 'beheerder') items.push(['/publiceren', 'Publiceren'], ['/audit', 'Auditlog']);
  return html`<nav class="site-nav" aria-label="Beheermenu"><ul>${items.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ul></nav>`;
}

export function renderPortal(page: PortalPage): string {
  return render(html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – Regioruimte beheer</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#inhoud">Direct naar de inhoud</a>
<header class="site-header">
<div class="container site-header__inner">
<a class="site-title" href="/"><span class="site-title__name">Regioruimte</span> <span class="site-title__tagline">beheer van de gegevens</span></a>
${page.user ? nav(page.user) : ''}
</div>
</header>
<div class="container">
<main id="inhoud" tabindex="-1">
${page.user ? html`<form method="post" action="/uitloggen" class="logout">${csrfField(page.csrf)}<p>Ingelogd als ${page.user.name} (${page.user.role}) <button type="submit">Uitloggen</button></p></form>` : ''}
${page.body}
</main>
</div>
<footer class="site-footer"><div class="container"><p>Regioruimte beheer: voorstellen worden door de beheerder beoordeeld voordat ze worden gepubliceerd.</p></div></footer>
</body>
</html>
`);
}
