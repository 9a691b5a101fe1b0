/** Methode (/methode/): generated from the dataset — sources, inclusion criteria, counts, findings — plus Begrippen. */
import { html, type Html } from '../../present/html.ts';
import { formatNumber } from '../../present/format.ts';
import { keyValues, section, table, TYPOLOGY_LABEL } from '../../present/components.ts';
import { goalReliability, TYPOLOGY_RULES } from '../../present/explain.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';
import type { SiteStatus } from '../../present/layout.ts';
import { nationalMethodSection } from './national-policy.ts';

export const BEGRIPPEN: [string, string][] = [
  ['Samenwerkingsverband', 'Een blijvende samenwerking van gemeenten (soms met provincie, waterschap of andere partners) rond een of meer opgaven.'],
  ['Ruimtelijke agenda', 'Een regionale agenda, visie of strategie over de inrichting van de ruimte: waar wonen, werken, energie, water en natuur een plek krijgen.'],
  ['Witte vlek', 'Een gemeente die in deze dataset aan geen enkele ruimtelijke agenda meedoet (overall of voor een bepaald thema).'],
  ['Rechtsvorm', 'Hoe de samenwerking juridisch is geregeld: gemeenschappelijke regeling (Wgr), privaatrechtelijk (stichting, vereniging, bv) of overig (netwerk, convenant).'],
  ['Gemeenschappelijke regeling (Wgr)', 'Een publiekrechtelijke samenwerkingsvorm op grond van de Wet gemeenschappelijke regelingen.'],
  ['Typologie', 'De logica die de grenzen van een agenda volgen: bestuurlijk, economisch of landschappelijk.'],
  ['Levensfase', 'Startfase, ontmoetingsplek of draaiend systeem: hoe ver een samenwerking zich heeft ontwikkeld.'],
  ['Locatiekeuze', 'Een doel dat een concrete plek, gebied of infrastructuur noemt waar iets fysiek gebeurt.'],
  ['Overlapscore (Jaccard-index)', 'Overlap van twee groepen gemeenten: gedeelde gemeenten gedeeld door alle gemeenten in minstens één van beide (0 tot 1).'],
  ['Cluster', 'Een groep gemeenten die onderling veel samenwerkingsverbanden delen, gevonden met het Louvain-algoritme.'],
  ['Drempel', 'Het minimale aantal gedeelde samenwerkingsverbanden voor een lijn op Kaart 1.'],
];

export function methodPage(l: SiteLookup, status: SiteStatus): Page {
  const { dataset } = l.input;
  const a = l.input.analysis;
  const sources = new Set(dataset.cooperations.flatMap((c) => c.sources));
  return {
    path: '/methode/',
    title: 'Methode',
    description: 'Hoe de gegevens zijn verzameld, welke samenwerkingen meetellen en hoe de analyses werken.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>Methode en bronnen</h1>
<p class="lead">Alles op deze site is berekend uit één dataset met samenwerkingsverbanden, doelen en nationale gebieden, aangevuld met de gemeentegrenzen van CBS. Deze pagina wordt bij elke bouw opnieuw gegenereerd.</p>
${section(
  'bronnen',
  'Bronnen',
  html`<p>Dataset: <strong>${status.label}</strong> (${status.date}). De samenwerkingen zijn vastgelegd op basis van ${formatNumber(sources.size)} openbare bronnen (websites van regio’s, gemeenten, provincies en officiële publicaties); per samenwerking staan de bronnen op de eigen pagina.</p>
<p>Gemeentegrenzen en regio-indelingen: CBS / Kadaster, 2025 (CC BY 4.0). Gemeentelijke herindelingen tot en met 2025 zijn verwerkt: oude namen worden omgezet naar de gemeente van 2025.</p>`,
)}
${section(
  'criteria',
  'Wat telt mee?',
  html`<ul>
<li>Een <strong>ruimtelijke agenda</strong> telt mee als gemeenten vrijwillig samen een strategische agenda, visie of strategie voor de inrichting van hun regio maken.</li>
<li>Wettelijk verplichte of door het Rijk ingestelde indelingen (zoals de RES-regio’s) tellen niet als vrijwillige agenda; ze worden op de pagina Nationaal beleid ermee vergeleken.</li>
<li>Jaarplannen en uitvoeringsprogramma’s zonder eigen ruimtelijke visie tellen niet mee.</li>
<li>Andere samenwerkingsverbanden (bijvoorbeeld veiligheid of sociaal domein) tellen alleen mee voor Kaart 1, het netwerk van alle samenwerkingen.</li>
</ul>`,
)}
${section(
  'aantallen',
  'Aantallen',
  keyValues([
    ['Samenwerkingsverbanden', formatNumber(a.dataset.cooperations)],
    ['met een ruimtelijke agenda', formatNumber(a.dataset.spatial)],
    ['Doelen', formatNumber(a.dataset.goals)],
    ['Betrokken gemeenten', formatNumber(a.dataset.municipalitiesReferenced)],
    ['Nationale gebieden', formatNumber(a.dataset.nationalRegions)],
    ['Nationale beleidsstukken', formatNumber(a.dataset.nationalPolicies)],
    ['Drempel Kaart 1', formatNumber(a.options.threshold)],
    ['Drempel “komt terug”', formatNumber(a.options.foundBack, 2)],
  ]),
  table({
    caption: 'Ingelezen rijen per tabblad',
    head: ['Tabblad', 'Aanwezig', 'Gelezen', 'Geaccepteerd', 'Afgewezen'],
    rows: a.dataset.sheets.map((s) => [s.sheet, s.present ? 'ja' : 'nee', formatNumber(s.rowsRead), formatNumber(s.rowsAccepted), formatNumber(s.rowsRejected)]),
    numeric: [2, 3, 4],
  }),
)}
${section(
  'analyses',
  'Hoe is gerekend?',
  html`<ul>
<li><strong>Kaart 1</strong>: voor elk paar gemeenten het aantal samenwerkingsverbanden waarin ze allebei zitten; een lijn vanaf de drempel. Clusters met het Louvain-algoritme; het algoritme krijgt steeds dezelfde startwaarde (${formatNumber(a.options.seed)}), zodat elke bouw dezelfde clusters geeft.</li>
<li><strong>Witte vlekken</strong>: gemeenten zonder ruimtelijke agenda, in totaal en per thema.</li>
<li><strong>Thema’s</strong>: aantallen per thema, verdeling van het aantal thema’s per agenda en welke thema’s samen voorkomen.</li>
<li><strong>Doelen</strong>: elk doel krijgt één soort (locatiekeuze, lobby, proces, algemene ambitie) op grond van de woorden erin; een handmatig label in de dataset gaat voor. ${goalReliability(a.goals.evaluation)}</li>
<li><strong>Typologie</strong>: opgegeven in de dataset of afgeleid met de <a href="#typologie-regels">regels hieronder</a>, altijd met de reden.</li>
<li><strong>Nationale indelingen</strong>: per gebied de vrijwillige agenda met de hoogste overlapscore (Jaccard-index).</li>
</ul>`,
)}
${typologyRulesSection()}
${nationalMethodSection(l)}
${findingsSection(l)}
${section('begrippen', 'Begrippen', html`<dl class="glossary">${BEGRIPPEN.map(([t, d]) => html`<dt>${t}</dt><dd>${d}</dd>`)}</dl>`)}`,
  };
}

/** The typology rules in the order the analysis applies them (profiles link here for the detail). */
function typologyRulesSection(): Html {
  return section(
  'typologie-regels',
  'Regels voor de typologie',
  html`<p>Staat het type niet in de dataset, dan bepalen deze regels het. Ze worden in deze volgorde geprobeerd; de eerste die past, geeft het type. Een genoemd economisch cluster gaat voor een landschapsnaam, omdat het de specifiekere reden voor de grenzen is. Staat het type wel in de dataset, dan geldt dat; de pagina van de samenwerking zegt dan of de regels op hetzelfde type uitkomen.</p>
${table({
  caption: 'Regels voor de typologie, in volgorde',
  head: ['Regel', 'Wanneer', 'Type'],
  rows: TYPOLOGY_RULES.map((r, i) => [String(i + 1), r.text, TYPOLOGY_LABEL[r.typology]]),
  numeric: [0],
})}`,
  );
}

/** What the ingest reported, behind a details element. */
function findingsSection(l: SiteLookup): Html {
  const a = l.input.analysis;
  const findings = [...l.input.dataset.findings];
  const shown = findings.slice(0, 200);
  const sevLabel = { error: 'fout', warning: 'waarschuwing', info: 'melding' } as const;
  return section(
  'meldingen',
  'Meldingen bij het inlezen',
  findings.length
    ? html`<p>Bij het inlezen zijn ${formatNumber(a.dataset.findings.error)} fouten, ${formatNumber(a.dataset.findings.warning)} waarschuwingen en ${formatNumber(a.dataset.findings.info)} meldingen gevonden.${findings.length > shown.length ? ` De eerste ${shown.length} staan hieronder.` : ''}</p>
<details><summary>Toon de meldingen</summary>${table({
        caption: 'Meldingen bij het inlezen',
        head: ['Bestand', 'Rij', 'Kolom', 'Soort', 'Melding'],
        rows: shown.map((f) => [f.file, f.row === null ? '–' : String(f.row), f.column ?? '–', sevLabel[f.severity], html`${f.message}${f.hint ? html` <span class="muted">${f.hint}</span>` : ''}`]),
        numeric: [1],
      })}</details>`
    : html`<p>Er zijn bij het inlezen geen problemen gevonden.</p>`,
  );
}
