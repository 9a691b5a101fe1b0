/**
 * Toegankelijkheidsverklaring (/toegankelijkheid/), in the order of the Dutch model statement
 * (digitoegankelijk.nl): scope, compliance status, dates, how it was researched, known limitations
 * with what is done about them, how to report a problem, and the complaints procedure. Publisher,
 * contact, dates and status come from the dataset's publicatie.csv; nothing personal is built in.
 */
import type { ComplianceStatus, Publication } from '../../model/index.ts';
import { html, type Html } from '../../present/html.ts';
import { keyValues, link, section } from '../../present/components.ts';
import { breakableCompounds, formatPartialDate } from '../../present/format.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import { SITE_NAME } from '../../present/layout.ts';

/** The five compliance statuses, by the criteria digitoegankelijk.nl uses to assign them. */
const STATUS_TEXT: Record<ComplianceStatus, { label: string; meaning: string }> = {
  A: { label: 'voldoet volledig', meaning: 'een volledig en actueel onderzoek laat zien dat de site aan alle eisen voldoet.' },
  B: { label: 'voldoet gedeeltelijk', meaning: 'een volledig en actueel onderzoek laat zien dat de site nog niet aan alle eisen voldoet; voor elke afwijking zijn oorzaak, gevolg, maatregel en planning bekend.' },
  C: { label: 'eerste maatregelen genomen', meaning: 'er is nog geen volledig onderzoek, maar er zijn maatregelen genomen en een volledig onderzoek is gepland.' },
  D: { label: 'eisen nog niet aantoonbaar nageleefd', meaning: 'er is geen volledig onderzoek gedaan en er is ook geen onderzoek gepland.' },
  E: { label: 'geen verklaring', meaning: 'er is geen (geldige) verklaring over de toegankelijkheid.' },
};

function statusSection(p: Publication | null): Html {
  const status = p?.status ?? null;
  const current = status
    ? html`<p class="lead">Nalevingsstatus: <strong>${status} – ${STATUS_TEXT[status].label}</strong>. Dat betekent: ${STATUS_TEXT[status].meaning}</p>`
    : html`<p class="lead">De uitgever heeft voor deze publicatie nog geen nalevingsstatus vastgesteld.</p>`;
  const scale = keyValues((Object.keys(STATUS_TEXT) as ComplianceStatus[]).map((s) => [`${s} – ${STATUS_TEXT[s].label}`, STATUS_TEXT[s].meaning]));
  return section('status', 'Nalevingsstatus', current, html`<p>De overheid gebruikt vijf statussen, van A tot en met E:</p>`, scale);
}

function datesSection(p: Publication | null): Html {
  const date = (iso: string | null | undefined) => (iso ? formatPartialDate(iso) : html`<span class="muted">niet opgegeven</span>`);
  return section(
    'datum',
    'Datum van deze verklaring',
    keyValues([
      ['Verklaring opgesteld op', date(p?.statementDate)],
      ['Laatste onderzoek', date(p?.researchDate)],
    ]),
    html`<p>De site wordt bij elke nieuwe bouw opnieuw automatisch gecontroleerd (zie hieronder); de datum van het laatste onderzoek is die van de laatste controle waarvan de uitgever de uitkomst heeft beoordeeld.</p>`,
  );
}

const METHOD = html`<p>De norm is WCAG 2.1 op niveau A en AA (EN 301 549), die het Besluit digitale toegankelijkheid overheid voorschrijft. Bij elke bouw van de software worden alle soorten pagina’s (overzicht, kaarten, thema’s, profielen, vergelijken, gespreksleidraden, downloads) in een browser geopend en gecontroleerd:</p>
<ul>
<li>met axe-core, op alle regels voor WCAG 2.1 A en AA, bij een schermbreedte van 1400 en van 390 pixels: nul overtredingen is de eis;</li>
<li>reflow: bij 320 pixels breed mag geen pagina horizontaal scrollen;</li>
<li>toetsenbord: alle links, knoppen, filters en kaartonderdelen zijn met de tab-toets te bereiken, de focus is zichtbaar, en er is een link om direct naar de inhoud te gaan;</li>
<li>aanraken: op een telefoon toont een tik op de kaart eerst wat er staat, een tweede tik opent de pagina;</li>
<li>tekstalternatieven: elke kaart heeft een beschrijving in woorden en een tabel met dezelfde gegevens, elke figuur een tabel en een download;</li>
<li>kleur: kaartkleuren hebben genoeg contrast met het land (3:1) en kleur is nooit de enige drager van betekenis;</li>
<li>zonder JavaScript en afgedrukt: de inhoud is dan volledig leesbaar.</li>
</ul>
<p>Daarnaast worden schermafbeeldingen bij 1400, 390 en 320 pixels breed en afdrukken als pdf met de hand bekeken. Een onderzoek door een onafhankelijke deskundige volgens de onderzoeksmethode WCAG-EM maakt geen deel uit van deze controles; de nalevingsstatus hierboven zegt of de uitgever er een heeft laten doen.</p>`;

const LIMITATIONS = html`<ul>
<li><strong>Kaart 1 bij een lage drempel</strong> tekent duizenden lijnen als afbeelding op een canvas; die lijnen zijn niet één voor één te bereiken. <em>Wat we doen:</em> de tabel onder de kaart geeft per gemeente dezelfde gegevens, en de beschrijving wordt bij elke drempel bijgewerkt.</li>
<li><strong>De pdf’s van de gespreksleidraden</strong> zijn niet apart op toegankelijkheid onderzocht. <em>Wat we doen:</em> elke leidraad staat ook als gewone webpagina op de site, met dezelfde inhoud.</li>
<li><strong>Vergelijken</strong> van twee samenwerkingen of gemeenten werkt alleen met JavaScript. <em>Wat we doen:</em> zonder JavaScript staan dezelfde gegevens op de profielpagina’s van elke samenwerking en gemeente.</li>
<li><strong>Teksten van bronnen</strong> (doelen en agendatitels) worden letterlijk overgenomen en zijn niet herschreven in eenvoudige taal. <em>Wat we doen:</em> bij elk doel staat in gewone woorden wat voor soort doel het is.</li>
<li><strong>Automatische controles vinden niet alles.</strong> <em>Wat we doen:</em> meldingen van lezers worden behandeld zoals hieronder staat.</li>
</ul>`;

function contactSection(p: Publication | null): Html {
  const ways: Html[] = [];
  if (p?.contactEmail) ways.push(html`<li>per e-mail: <a href="mailto:${p.contactEmail}">${p.contactEmail}</a></li>`);
  if (p?.contactUrl) ways.push(html`<li>via het formulier op <a href="${p.contactUrl}">${p.contactUrl}</a></li>`);
  const how = ways.length
    ? html`<p>Meld het bij ${p?.publisher ?? 'de uitgever'}:</p><ul>${ways}</ul>`
    : html`<p>Voor deze publicatie heeft de uitgever nog geen meldadres opgegeven. Tot dat er is, kunt u alle gegevens als bestand ophalen via ${link('/downloads/', 'Downloads')}.</p>`;
  return section(
    'melden',
    'Probleem gevonden? Meld het',
    html`<p>Kunt u iets op deze site niet lezen, bekijken of bedienen, of wilt u een pagina in een andere vorm ontvangen?</p>`,
    how,
    html`<p>Vermeld de adresregel van de pagina, wat u probeerde te doen en wat er misging, en eventueel welk hulpmiddel (bijvoorbeeld een schermlezer of vergroting) u gebruikt.</p>`,
  );
}

const COMPLAINTS = html`<p>Krijgt u geen antwoord op uw melding, of bent u niet tevreden met het antwoord of met hoe uw melding is behandeld? Dan kunt u eerst een klacht indienen bij de uitgever, volgens de klachtenregeling van die organisatie. Bent u daarna nog niet tevreden, dan kunt u zich wenden tot de Nationale ombudsman (<a href="https://www.nationaleombudsman.nl">www.nationaleombudsman.nl</a>), of, als de uitgever een gemeente is met een eigen ombudsman of ombudscommissie, tot die ombudsman.</p>`;

export function accessibilityPage(l: SiteLookup): Page {
  const p = l.input.dataset.metadata?.publication ?? null;
  const publisher = p?.publisher ?? 'De uitgever van deze publicatie';
  return {
    path: '/toegankelijkheid/',
    title: 'Toegankelijkheidsverklaring',
    description: 'Toegankelijkheidsverklaring van deze site: nalevingsstatus, onderzoek, bekende beperkingen en hoe u een probleem meldt.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>${breakableCompounds('Toegankelijkheidsverklaring')}</h1>
<p class="lead">${publisher} wil dat iedereen ${SITE_NAME} kan gebruiken: ook met alleen een toetsenbord, met een schermlezer of vergroting, op een telefoon, afgedrukt of zonder JavaScript. Deze verklaring gaat over alle pagina’s van deze site, met de kaarten, figuren, downloads en gespreksleidraden.</p>
${statusSection(p)}
${datesSection(p)}
${section('onderzoek', 'Hoe de toegankelijkheid is onderzocht', METHOD)}
${section('beperkingen', 'Bekende beperkingen en wat we eraan doen', LIMITATIONS)}
${contactSection(p)}
${section('klacht', 'Klachtenprocedure', COMPLAINTS)}`,
  };
}
