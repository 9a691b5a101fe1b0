/** Toegankelijkheid (/toegankelijkheid/). */
import { html } from '../../present/html.ts';
import { section } from '../../present/components.ts';
import type { Page } from '../../present/page.ts';

export function accessibilityPage(): Page {
  return {
    path: '/toegankelijkheid/',
    title: 'Toegankelijkheid',
    description: 'Toegankelijkheidsverklaring van deze site.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>Toegankelijkheid</h1>
<p class="lead">Deze site moet voor iedereen bruikbaar zijn, ook met alleen een toetsenbord, een schermlezer, vergroting of zonder JavaScript. We streven naar de eisen van WCAG 2.1 niveau AA (EN 301 549), de norm voor websites van Nederlandse overheden.</p>
${section(
  'wat-we-doen',
  'Wat we doen',
  html`<ul>
<li>Alle pagina’s, tabellen en kaarten worden vooraf opgebouwd: ze zijn leesbaar en printbaar zonder JavaScript.</li>
<li>Bij elke kaart staat een zin die het patroon beschrijft en een alfabetische tabel met dezelfde gegevens.</li>
<li>Bij elke figuur staat de tabel met de cijfers en een download als CSV.</li>
<li>Gemeenten en samenwerkingen op de kaarten zijn met de tab-toets bereikbaar en hebben een naam.</li>
<li>Kleur is nooit de enige drager van betekenis: aantallen staan er in tekst bij.</li>
<li>Elke bouw van de site wordt automatisch gecontroleerd met axe-core (regels voor WCAG 2.1 AA) en met toetsenbordtests.</li>
<li>De site laadt geen externe lettertypen, scripts of kaartachtergronden en werkt ook offline.</li>
</ul>`,
)}
${section(
  'beperkingen',
  'Bekende beperkingen',
  html`<ul>
<li>Kaarten met duizenden lijnen (Kaart 1 bij een lage drempel) worden als afbeelding op een canvas getekend; de gegevens staan dan in de tabel onder de kaart.</li>
<li>Automatische tests vinden niet alle problemen. Een volledig onderzoek door een deskundige is nog niet gedaan.</li>
</ul>`,
)}
${section(
  'melden',
  'Probleem gevonden?',
  html`<p>Kunt u iets niet lezen of gebruiken? Meld het bij de beheerder van deze publicatie, met de adresregel van de pagina en wat er misging. U kunt de gegevens ook altijd downloaden via de pagina <a href="/downloads/">Downloads</a>.</p>`,
)}`,
  };
}
