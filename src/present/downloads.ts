/**
 * The files under /downloads/: one CSV per sheet and one XLSX workbook of the dataset, produced by
 * ./export.ts (deterministic bytes, so builds stay identical; only sheets with rows are offered), the
 * Analysis JSON and the GeoJSON boundaries; and the entries of the downloads page for them and for
 * the CSVs beside the figures, each with its size in bytes and its terms of use. Every CSV follows
 * the one convention of ./csv.ts (`;`, UTF-8 with BOM, decimal comma).
 */
import type { Dataset } from '../model/index.ts';
import type { Reference } from '../reference/index.ts';
import { datasetToSheets, datasetXlsxBuffer, tableToCsv } from './export.ts';
import type { Topology } from 'topojson-specification';
import { serializeAnalysis } from '../analysis/serialize.ts';
import { cooperationsGeoJson, geoJsonText, municipalitiesGeoJson } from './geojson.ts';
import type { SiteLookup } from './lookup.ts';
import type { OutputFile, Page } from './page.ts';

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
  /** Size of the file in bytes. */
  bytes: number;
  /** Terms of use: the licence of what the file holds, or whose terms apply. */
  licence: string;
  /** Where on the downloads page: the dataset, the analysis and maps, or the data beside a figure. */
  group: 'dataset' | 'analysis' | 'figure';
  /** For a figure's data: the page that shows the figure. */
  page?: { path: string; title: string };
}

/** What the site knows of each kind of file's terms: boundaries are CBS open data, the rest is the dataset's. */
export const LICENCE = {
  dataset: 'Voorwaarden van de uitgever van de dataset; vermeld bij hergebruik de bron van elke rij (kolom bronnen of bron).',
  derived: 'Berekend uit de dataset: dezelfde voorwaarden als de dataset.',
  boundaries: 'Gemeentegrenzen CBS / PDOK, CC BY 4.0 (naamsvermelding verplicht); de kenmerken komen uit de dataset.',
} as const;

export const byteSize = (content: string | Uint8Array): number => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength);

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
  const add = (path: string, content: string | Uint8Array, entry: Omit<DownloadItem, 'path' | 'bytes'>) => {
    files.push({ path, content });
    items.push({ path, bytes: byteSize(content), ...entry });
  };
  for (const f of opts.datasetExport?.files ?? []) add(`/downloads/${f.name}`, f.content, { label: f.label, format: f.format, description: f.description, licence: LICENCE.dataset, group: 'dataset' });
  add('/downloads/analyse.json', serializeAnalysis(l.input.analysis), {
    label: 'Analyse',
    format: 'JSON',
    description: 'Alle uitkomsten van de analyse in één bestand (het Analysis-formaat, beschreven in docs/analysis-json.md).',
    licence: LICENCE.derived,
    group: 'analysis',
  });
  if (opts.municipalityTopology) {
    add('/downloads/gemeenten.geojson', geoJsonText(municipalitiesGeoJson(opts.municipalityTopology, l)), {
      label: 'Gemeenten',
      format: 'GeoJSON, WGS84',
      description: 'Gemeentegrenzen 2025 met het aantal samenwerkingen per gemeente. Coördinaten in 5 decimalen (ongeveer 1 m).',
      licence: LICENCE.boundaries,
      group: 'analysis',
    });
    add('/downloads/samenwerkingen.geojson', geoJsonText(cooperationsGeoJson(opts.municipalityTopology, l)), {
      label: 'Samenwerkingsverbanden',
      format: 'GeoJSON, WGS84',
      description: 'Per samenwerkingsverband het samengevoegde gebied van de deelnemende gemeenten, met naam, thema’s en rechtsvorm. Coördinaten in 5 decimalen (ongeveer 1 m).',
      licence: LICENCE.boundaries,
      group: 'analysis',
    });
  }
  return { items, files };
}

/** The CSV files the pages write beside their figures and tables, as entries of the downloads page. */
export function figureDownloadItems(pages: Page[]): DownloadItem[] {
  return pages.flatMap((page) =>
    (page.files ?? [])
      .filter((f) => f.path.endsWith('.csv'))
      .map((f) => ({
        path: f.path,
        label: f.path.slice(f.path.lastIndexOf('/') + 1),
        format: 'CSV',
        description: `De cijfers van een figuur of tabel op de pagina ${page.title}.`,
        bytes: byteSize(f.content),
        licence: LICENCE.derived,
        group: 'figure' as const,
        page: { path: page.path, title: page.title },
      })),
  );
}
