/** Downloads (/downloads/): every file with its format, size and terms of use, grouped by what it is for. */
import { html, type Html } from '../../present/html.ts';
import { downloadLink, link } from '../../present/components.ts';
import { formatFileSize } from '../../present/format.ts';
import type { DownloadItem } from '../../present/downloads.ts';
import type { Page } from '../../present/page.ts';

function item(d: DownloadItem): Html {
  return html`<li>${downloadLink(d.path, d.label, `${d.format}, ${formatFileSize(d.bytes)}`)}
<p>${d.description}${d.page ? html` ${link(d.page.path, `Naar ${d.page.title}`)}.` : ''}</p>
<p class="download-list__licence">Licentie: ${d.licence}</p></li>`;
}

function group(items: DownloadItem[], kind: DownloadItem['group'], heading: string, intro: string): Html {
  const own = items.filter((d) => d.group === kind);
  if (own.length === 0) return html``;
  return html`<h2>${heading}</h2>
<p>${intro}</p>
<ul class="download-list">${own.map(item)}</ul>`;
}

export function downloadsPage(items: DownloadItem[], note: string): Page {
  return {
    path: '/downloads/',
    title: 'Downloads',
    description: 'De dataset, de analyse, de kaartgrenzen en de cijfers bij de figuren om zelf te gebruiken.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>Downloads</h1>
<p class="lead">Alle gegevens achter deze site, om zelf mee verder te werken. ${note}</p>
<p>Alle CSV-bestanden openen met een dubbelklik goed in een Nederlandse Excel of LibreOffice: puntkomma tussen de kolommen, UTF-8 (accenten als in Fryslân blijven goed) en een decimale komma.</p>
${group(items, 'dataset', 'De dataset', 'Alle gegevens in het invoerformaat van regioruimte, zo opnieuw in te lezen.')}
${group(items, 'analysis', 'De analyse en de kaarten', 'De uitkomsten van de analyse en de gebieden op de kaarten.')}
${group(items, 'figure', 'De cijfers bij de figuren', 'Bij elke figuur en tabel met cijfers staat ook een CSV; hier staan ze allemaal bij elkaar.')}
<h2>Welk bestand voor welk gebruik</h2>
<ul>
<li><strong>In Excel of LibreOffice werken:</strong> gebruik de werkmap <a href="/downloads/dataset.xlsx">dataset.xlsx</a>. Het eerste tabblad (leesmij) legt elke kolom en elke code uit. Getallen en jaartallen staan als getal in de cel; geen cel is een formule, ook niet een waarde die met =, +, - of @ begint.</li>
<li><strong>De CSV-bestanden van de dataset</strong> zijn het exacte invoerformaat, voor programma’s en om opnieuw in te lezen met regioruimte: elke tekst staat er letterlijk in, ook een die met =, +, - of @ begint. Een spreadsheet kan zo’n cel als formule lezen; kies voor Excel daarom de werkmap.</li>
<li><strong>De CSV’s bij de figuren</strong> zijn voor spreadsheets bedoeld: een tekstcel die een spreadsheet als formule zou lezen (begint met =, +, -, @, tab of regelterugloop) krijgt daar een apostrof ervoor; getallen blijven getallen.</li>
<li><strong>In een GIS (QGIS, ArcGIS):</strong> de GeoJSON-bestanden, in WGS84 (lengte- en breedtegraad), met geldige vlakken volgens de OGC-regels.</li>
</ul>`,
  };
}
