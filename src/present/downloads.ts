/**
 * Dataset downloads for /downloads/: one CSV per sheet (`;`, UTF-8 with BOM, for Dutch Excel) and
 * one XLSX workbook, produced by src/export/dataset.ts (deterministic bytes, so builds stay
 * identical). Only sheets with rows are offered.
 */
import type { Dataset } from '../model/index.ts';
import type { Reference } from '../reference/index.ts';
import { datasetToSheets, datasetXlsxBuffer, tableToCsv } from './export.ts';
import type { DatasetExport } from '../site/build.ts';

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
    description: `Het tabblad ${s.sheet} (${s.rows.length} rijen) in het invoerformaat: zo in te lezen met regioruimte.`,
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
