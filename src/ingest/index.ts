/**
 * readDataset: reads an input folder of CSV files or one .xlsx workbook with the sheets of the input
 * contract (docs/input.md) into a validated Dataset. Sheets are read in dependency order
 * (samenwerkingen before doelen). Never throws for bad data: every problem is a Finding, and for
 * every sheet rowsRead = rowsAccepted + rowsRejected.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CommutingFlow, Cooperation, Dataset, Goal, NationalPolicy, NationalRegion } from '../model/dataset.ts';
import type { SheetAccount } from '../model/findings.ts';
import type { Reference } from '../reference/index.ts';
import { adjustPendelHeader, commutingHandler, findPendelHeader, pendelMissingColumns, type PendelLayout } from './commuting.ts';
import { SHEET_ALIASES, SHEETS, type SheetName } from './columns.ts';
import { cooperationHandler, type CooperationIndex } from './cooperations.ts';
import { openCsv } from './csv.ts';
import { goalHandler } from './goals.ts';
import { nationalPolicyHandler, nationalRegionHandler } from './national.ts';
import { headerKey } from './normalize.ts';
import type { RawSheet } from './raw.ts';
import { readSheet } from './sheet.ts';
import { FindingSink } from './sink.ts';
import type { Workbook } from './xlsx.ts';

export { SHEETS, type SheetName } from './columns.ts';

/** exceljs loads only for a workbook, so reading a CSV folder stays light. */
const xlsx = () => import('./xlsx.ts');

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);

/** Which contract sheet a file or worksheet name stands for (case, accents, spaces ignored). */
export function sheetForName(name: string): SheetName | null {
  const key = headerKey(name);
  for (const sheet of SHEETS) if (SHEET_ALIASES[sheet].some((alias) => headerKey(alias) === key)) return sheet;
  return null;
}

interface SheetSource {
  open(sink: FindingSink): Promise<RawSheet | null>;
  file: string;
  formatHint: () => string | null;
}

type Sources = Partial<Record<SheetName, SheetSource>>;

export async function readDataset(path: string, ref: Reference): Promise<Dataset> {
  const sink = new FindingSink();
  const dataset: Dataset = {
    source: path,
    cooperations: [],
    goals: [],
    nationalRegions: [],
    nationalPolicies: [],
    commuting: null,
    sheets: [],
    findings: sink.findings,
  };
  const display = basename(path) || path;
  let sources: Sources | null = null;
  let missingSuffix = '.csv';
  try {
    let info;
    try {
      info = await stat(path);
    } catch {
      sink.add({ severity: 'error', file: display, message: `'${path}' bestaat niet.`, hint: 'Geef een map met CSV-bestanden of één .xlsx-werkboek op.' });
    }
    if (info?.isDirectory()) {
      sources = await folderSources(path, sink);
    } else if (info?.isFile() && WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) {
      const workbook = await (await xlsx()).openWorkbook(path, display, sink);
      sources = workbook ? workbookSources(workbook, display, sink) : null;
      missingSuffix = '';
    } else if (info) {
      sink.add({
        severity: 'error',
        file: display,
        message: `'${display}' is geen map en geen .xlsx-werkboek.`,
        hint: 'Zet de CSV-bestanden (samenwerkingen.csv, doelen.csv, …) samen in een map en geef die map op, of geef één .xlsx-werkboek op.',
      });
    }
  } catch (error) {
    internalError(sink, display, error);
  }

  const index: CooperationIndex = { accepted: new Map(), rejected: new Map() };
  let cooperationsFile = 'samenwerkingen';
  for (const sheet of SHEETS) {
    const source = sources?.[sheet];
    const required = sheet === 'samenwerkingen';
    const fileName = source?.file ?? (missingSuffix ? `${sheet}${missingSuffix}` : `${display}[${sheet}]`);
    const account: SheetAccount = { sheet, file: fileName, present: false, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 };
    if (!source) {
      if (sources !== null) {
        sink.add(
          required
            ? { severity: 'error', file: fileName, message: `Het verplichte blad samenwerkingen ontbreekt.`, hint: missingSuffix ? 'Zet een bestand samenwerkingen.csv in de map.' : 'Voeg een werkblad met de naam samenwerkingen toe.' }
            : { severity: 'info', file: fileName, message: `Het optionele blad '${sheet}' ontbreekt; de bijbehorende analyses worden overgeslagen.`, hint: null },
        );
      }
      dataset.sheets.push(account);
      continue;
    }
    if (sheet === 'samenwerkingen') cooperationsFile = source.file;
    try {
      const raw = await source.open(sink);
      if (!raw) {
        dataset.sheets.push({ ...account, present: true });
        continue;
      }
      const options = { sheet, required, formatHint: source.formatHint() };
      let result: SheetAccount;
      switch (sheet) {
        case 'samenwerkingen':
          result = await readSheet(raw, options, sink, () => cooperationHandler(ref, sink, dataset.cooperations, index));
          break;
        case 'doelen':
          result = await readSheet(raw, options, sink, () => goalHandler(sink, dataset.goals, index, cooperationsFile));
          break;
        case 'nationale_gebieden':
          result = await readSheet(raw, options, sink, () => nationalRegionHandler(ref, sink, dataset.nationalRegions));
          break;
        case 'nationaal_beleid':
          result = await readSheet(raw, options, sink, () => nationalPolicyHandler(sink, dataset.nationalPolicies));
          break;
        case 'pendel': {
          const layout: PendelLayout = { cbs: false, factor: 1, unitKnown: true, dimensions: [] };
          const flows: CommutingFlow[] = [];
          dataset.commuting = flows;
          result = await readSheet(
            raw,
            { ...options, keepsExtra: false, adjustHeader: (h) => adjustPendelHeader(h, layout), missingColumns: pendelMissingColumns },
            sink,
            () => commutingHandler(ref, sink, flows, layout),
            findPendelHeader,
          );
          break;
        }
      }
      dataset.sheets.push(result);
    } catch (error) {
      internalError(sink, source.file, error);
      dataset.sheets.push({ ...account, present: true });
    }
  }
  return dataset;
}

function internalError(sink: FindingSink, file: string, error: unknown): void {
  sink.add({
    severity: 'error',
    file,
    message: `Onverwachte fout bij het lezen: ${error instanceof Error ? error.message : String(error)}`,
    hint: 'Dit is waarschijnlijk een fout in regioruimte; meld hem met dit bestand als voorbeeld.',
  });
}

async function folderSources(dir: string, sink: FindingSink): Promise<Sources> {
  const sources: Sources = {};
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    const full = join(dir, name);
    if (WORKBOOK_EXTENSIONS.has(ext)) {
      sink.add({ severity: 'info', file: name, message: `Het werkboek '${name}' in de map wordt niet gelezen: een map wordt gelezen als losse CSV-bestanden.`, hint: `Geef het werkboek zelf op (regioruimte check ${full}) als u dat wilt gebruiken.` });
      continue;
    }
    if (!CSV_EXTENSIONS.has(ext)) continue;
    const sheet = sheetForName(name.slice(0, name.length - ext.length));
    if (!sheet) {
      sink.add({ severity: 'info', file: name, message: `Het bestand '${name}' hoort niet bij het invoercontract en wordt niet gelezen.`, hint: `Bekende bestanden: ${SHEETS.map((s) => `${s}.csv`).join(', ')}.` });
      continue;
    }
    if (sources[sheet]) {
      sink.add({ severity: 'warning', file: name, message: `Er is al een bestand voor '${sheet}' ('${sources[sheet]!.file}'); '${name}' wordt niet gelezen.`, hint: 'Laat per blad één bestand in de map staan.' });
      continue;
    }
    let hint: string | null = null;
    sources[sheet] = {
      file: name,
      formatHint: () => hint,
      open: async (s) => {
        const csv = await openCsv(full, name, s);
        if (csv?.delimiter.suspicious) {
          hint = `Het scheidingsteken lijkt '${csv.delimiter.suspicious}' te zijn; gebruik ; of , (of tab).`;
        } else if (csv) {
          hint = 'Controleer het scheidingsteken (; of ,) en de spelling van de kolomnamen in de eerste regel.';
        }
        return csv;
      },
    };
  }
  return sources;
}

function workbookSources(workbook: Workbook, display: string, sink: FindingSink): Sources {
  const sources: Sources = {};
  for (const worksheet of workbook.sheets) {
    const sheet = sheetForName(worksheet.name);
    const file = `${display}[${worksheet.name}]`;
    if (!sheet) {
      sink.add({ severity: 'info', file, message: `Werkblad '${worksheet.name}' hoort niet bij het invoercontract en wordt niet gelezen.`, hint: `Bekende werkbladen: ${SHEETS.join(', ')}.` });
      continue;
    }
    if (sources[sheet]) {
      sink.add({ severity: 'warning', file, message: `Er is al een werkblad voor '${sheet}'; '${worksheet.name}' wordt niet gelezen.`, hint: 'Laat per blad één werkblad in het werkboek staan.' });
      continue;
    }
    sources[sheet] = {
      file,
      formatHint: () => null,
      open: async (s) => (await xlsx()).worksheetSheet(workbook, worksheet, file, s),
    };
  }
  return sources;
}
