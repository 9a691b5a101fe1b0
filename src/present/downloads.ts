/**
 * The files under /downloads/: one CSV per sheet (`;`, UTF-8 with BOM, for Dutch Excel) and one
 * XLSX workbook of the dataset, produced by ./export.ts (deterministic bytes, so builds stay
 * identical; only sheets with rows are offered), the Analysis JSON and the GeoJSON boundaries.
 */
import type { Dataset } from '../model/index.ts';
import type { Reference } from '../reference/index.ts';
import { datasetToSheets, datasetXlsxBuffer, tableToCsv } from './export.ts';
import type { Topology } from 'topojson-specification';
import { serializeAnalysis } from '../analysis/serialize.ts';
import { cooperationsGeoJson, municipalitiesGeoJson } from './geojson.ts';
import type { SiteLookup } from './lookup.ts';
import type { OutputFile } from './page.ts';

export interface DatasetExport {
  /** Files for /downloads/ (e.g. dataset CSVs and XLSX), paths relative to /downloads/. */
  files: { name: string; content: string | Uint8Array; label: string; format: string; description: string }[];
}

/** One entry of the downloads page. */
export interface DownloadItem {
  path: string;
  label: string;
  format: string;
  description: string;
}

const SHEET_LABEL: Record<string, string> = {
  samenwerkingen: 'Samenwerkingsverbanden',
  doelen: 'Doelen',
  nationale_gebieden: 'Nationale gebieden',
  nationaal_beleid: 'Nationaal beleid',
  pendel: 'Pendel (woon-werkverkeer)',
};

export async function datasetExport(dataset: Dataset, reference: Reference): Promise<DatasetExport> {
  const sheets = datasetToSheets(dataset, reference).filter((s) => s.rows.length > 0);
  const files: DatasetExport['files'] = sheets.map((s) => ({
    name: `${s.sheet}.csv`,
    content: tableToCsv(s),
    label: SHEET_LABEL[s.sheet] ?? s.sheet,
    format: 'CSV',
    description: `Het tabblad ${s.sheet} (${s.rows.length} rijen) in het exacte invoerformaat, machineleesbaar: zo in te lezen met regioruimte. Voor Excel: dataset.xlsx.`,
  }));
  files.unshift({
    name: 'dataset.xlsx',
    content: await datasetXlsxBuffer(dataset, reference),
    label: 'Volledige dataset',
    format: 'XLSX',
    description: 'Alle tabbladen in één Excel-werkmap, in het invoerformaat van regioruimte (opnieuw in te lezen).',
  });
  return { files };
}

/** Every download with its entry on the downloads page. */
export function downloadFiles(l: SiteLookup, opts: { municipalityTopology?: Topology; datasetExport?: DatasetExport }): { items: DownloadItem[]; files: OutputFile[] } {
  const items: DownloadItem[] = [];
  const files: OutputFile[] = [];
  for (const f of opts.datasetExport?.files ?? []) {
    items.push({ path: `/downloads/${f.name}`, label: f.label, format: f.format, description: f.description });
    files.push({ path: `/downloads/${f.name}`, content: f.content });
  }
  files.push({ path: '/downloads/analyse.json', content: serializeAnalysis(l.input.analysis) });
  items.push({ path: '/downloads/analyse.json', label: 'Analyse', format: 'JSON', description: 'Alle uitkomsten van de analyse in één bestand (het Analysis-formaat, beschreven in docs/analysis-json.md).' });
  if (opts.municipalityTopology) {
    files.push({ path: '/downloads/gemeenten.geojson', content: JSON.stringify(municipalitiesGeoJson(opts.municipalityTopology, l)) });
    items.push({ path: '/downloads/gemeenten.geojson', label: 'Gemeenten', format: 'GeoJSON, WGS84', description: 'Gemeentegrenzen 2025 met het aantal samenwerkingen per gemeente (CBS / Kadaster, CC BY 4.0).' });
    files.push({ path: '/downloads/samenwerkingen.geojson', content: JSON.stringify(cooperationsGeoJson(opts.municipalityTopology, l)) });
    items.push({ path: '/downloads/samenwerkingen.geojson', label: 'Samenwerkingsverbanden', format: 'GeoJSON, WGS84', description: 'Per samenwerkingsverband het samengevoegde gebied van de deelnemende gemeenten, met naam, thema’s en rechtsvorm.' });
  }
  return { items, files };
}
