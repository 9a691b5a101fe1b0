/**
 * readDataset: reads an input folder of CSV files or one .xlsx workbook with the sheets of the input
 * contract (docs/input.md) into a validated Dataset; checkDataset reads the same way and only counts
 * the accepted records (`check` of a million rows). Sheets are read in dependency order
 * (samenwerkingen before doelen). Never throws for bad data: every problem is a Finding, and for
 * every sheet rowsRead = rowsAccepted + rowsRejected.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CommutingFlow, Cooperation, Dataset, Goal, NationalPolicy, NationalRegion } from '../model/dataset.ts';
import type { Finding, SheetAccount } from '../model/findings.ts';
import type { Reference } from '../reference/index.ts';
import { adjustPendelHeader, commutingHandler, findPendelHeader, pendelMissingColumns, type PendelLayout } from './commuting.ts';
import { README_SHEET, SHEET_ALIASES, SHEETS, type SheetName } from './columns.ts';
import { cooperationHandler, newCooperationIndex, type CooperationIndex } from './cooperations.ts';
import { openCsv } from './csv.ts';
import { goalHandler } from './goals.ts';
import { nationalPolicyHandler, nationalRegionHandler } from './national.ts';
import { headerKey } from './cells.ts';
import type { RawSheet } from './raw.ts';
import { readSheet, type Collect, type SheetOptions } from './sheet.ts';
import { METADATA_FILES, readMetadata } from './metadata.ts';
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

/** Where the accepted records of each sheet go: arrays for a Dataset, counters for `check`. */
interface Targets {
  cooperations: Collect<Cooperation>;
  goals: Collect<Goal>;
  nationalRegions: Collect<NationalRegion>;
  nationalPolicies: Collect<NationalPolicy>;
  /** Called when the pendel sheet is present (its flows may still be none). */
  commuting(): Collect<CommutingFlow>;
}

/** What was read, without the records: what `check` reports (counts, accounts, findings). */
export interface DatasetSummary {
  source: string;
  sheets: SheetAccount[];
  findings: Finding[];
  counts: {
    cooperations: number;
    spatialCooperations: number;
    goals: number;
    nationalRegions: number;
    nationalPolicies: number;
    /** null when there is no pendel sheet. */
    commutingFlows: number | null;
  };
}

/** Reads and validates a dataset and keeps every accepted record (analyse, build, portal). */
export async function readDataset(path: string, ref: Reference): Promise<Dataset> {
  const dataset: Dataset = { source: path, cooperations: [], goals: [], nationalRegions: [], nationalPolicies: [], commuting: null, sheets: [], findings: [] };
  const targets: Targets = {
    cooperations: dataset.cooperations,
    goals: dataset.goals,
    nationalRegions: dataset.nationalRegions,
    nationalPolicies: dataset.nationalPolicies,
    commuting: () => (dataset.commuting = []),
  };
  const read = await readInto(path, ref, targets);
  dataset.sheets = read.sheets;
  dataset.findings = read.findings;
  if (read.metadata) dataset.metadata = read.metadata;
  return dataset;
}

/**
 * The same reading and the same findings as readDataset, but accepted records are only counted,
 * not kept: memory then grows with the ids (and the findings), not with the records.
 */
export async function checkDataset(path: string, ref: Reference): Promise<DatasetSummary> {
  const counts: DatasetSummary['counts'] = { cooperations: 0, spatialCooperations: 0, goals: 0, nationalRegions: 0, nationalPolicies: 0, commutingFlows: null };
  const counter = (key: 'goals' | 'nationalRegions' | 'nationalPolicies') => ({ push: () => counts[key]++ });
  const targets: Targets = {
    cooperations: {
      push: (c) => {
        counts.cooperations++;
        if (c.spatial) counts.spatialCooperations++;
      },
    },
    goals: counter('goals'),
    nationalRegions: counter('nationalRegions'),
    nationalPolicies: counter('nationalPolicies'),
    commuting: () => {
      counts.commutingFlows = 0;
      return { push: () => (counts.commutingFlows = counts.commutingFlows! + 1) };
    },
  };
  const { sheets, findings } = await readInto(path, ref, targets);
  return { source: path, sheets, findings, counts };
}

/** The counts of a Dataset, as checkDataset reports them. */
export function datasetCounts(dataset: Dataset): DatasetSummary['counts'] {
  return {
    cooperations: dataset.cooperations.length,
    spatialCooperations: dataset.cooperations.filter((c) => c.spatial).length,
    goals: dataset.goals.length,
    nationalRegions: dataset.nationalRegions.length,
    nationalPolicies: dataset.nationalPolicies.length,
    commutingFlows: dataset.commuting === null ? null : dataset.commuting.length,
  };
}

/** The sheets found at `path` (a folder or a workbook), or null when it cannot be read (reported). */
async function openSources(path: string, display: string, sink: FindingSink): Promise<{ sources: Sources | null; missingSuffix: string }> {
  try {
    let info;
    try {
      info = await stat(path);
    } catch {
      sink.add({ severity: 'error', file: display, message: `'${path}' bestaat niet.`, hint: 'Geef een map met CSV-bestanden of één .xlsx-werkboek op.' });
      return { sources: null, missingSuffix: '.csv' };
    }
    if (info.isDirectory()) return { sources: await folderSources(path, sink), missingSuffix: '.csv' };
    if (info.isFile() && WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) {
      const workbook = await (await xlsx()).openWorkbook(path, display, sink);
      return { sources: workbook ? workbookSources(workbook, display, sink) : null, missingSuffix: '' };
    }
    sink.add({
      severity: 'error',
      file: display,
      message: `'${display}' is geen map en geen .xlsx-werkboek.`,
      hint: 'Zet de CSV-bestanden (samenwerkingen.csv, doelen.csv, …) samen in een map en geef die map op, of geef één .xlsx-werkboek op.',
    });
  } catch (error) {
    internalError(sink, display, error);
  }
  return { sources: null, missingSuffix: '.csv' };
}

/** A sheet that is not there: an error for samenwerkingen, information for the optional ones. */
function missingSheet(sheet: SheetName, fileName: string, missingSuffix: string, sink: FindingSink): void {
  sink.add(
    sheet === 'samenwerkingen'
      ? { severity: 'error', file: fileName, message: `Het verplichte blad samenwerkingen ontbreekt.`, hint: missingSuffix ? 'Zet een bestand samenwerkingen.csv in de map.' : 'Voeg een werkblad met de naam samenwerkingen toe.' }
      : { severity: 'info', file: fileName, message: `Het optionele blad '${sheet}' ontbreekt; de bijbehorende analyses worden overgeslagen.`, hint: null },
  );
}

/** What every sheet's reader shares: the reference, the findings, the targets, the cooperation ids. */
interface ReadContext {
  ref: Reference;
  sink: FindingSink;
  targets: Targets;
  index: CooperationIndex;
  cooperationsFile: string;
}

/** Reads one present sheet with its row handler. */
function readOne(sheet: SheetName, raw: RawSheet, options: SheetOptions, c: ReadContext): Promise<SheetAccount> {
  const { ref, sink, targets } = c;
  switch (sheet) {
    case 'samenwerkingen':
      return readSheet(raw, options, sink, () => cooperationHandler(ref, sink, targets.cooperations, c.index));
    case 'doelen':
      return readSheet(raw, options, sink, () => goalHandler(sink, targets.goals, c.index, c.cooperationsFile));
    case 'nationale_gebieden':
      return readSheet(raw, options, sink, () => nationalRegionHandler(ref, sink, targets.nationalRegions));
    case 'nationaal_beleid':
      return readSheet(raw, options, sink, () => nationalPolicyHandler(sink, targets.nationalPolicies));
    case 'pendel': {
      const layout: PendelLayout = { cbs: false, factor: 1, unitKnown: true, dimensions: [] };
      const flows = targets.commuting();
      return readSheet(
        raw,
        { ...options, keepsExtra: false, adjustHeader: (h) => adjustPendelHeader(h, layout), missingColumns: pendelMissingColumns },
        sink,
        () => commutingHandler(ref, sink, flows, layout),
        findPendelHeader,
      );
    }
  }
}

/**
 * Reads every sheet in dependency order (samenwerkingen before doelen) into `targets`; never throws
 * for bad data: every problem is a Finding, and for every sheet rowsRead = rowsAccepted + rowsRejected.
 */
async function readInto(path: string, ref: Reference, targets: Targets): Promise<{ sheets: SheetAccount[]; findings: Finding[]; metadata?: Dataset['metadata'] }> {
  const sink = new FindingSink();
  const sheets: SheetAccount[] = [];
  const display = basename(path) || path;
  const { sources, missingSuffix } = await openSources(path, display, sink);
  const context: ReadContext = { ref, sink, targets, index: newCooperationIndex(), cooperationsFile: 'samenwerkingen' };
  for (const sheet of SHEETS) {
    const source = sources?.[sheet];
    const fileName = source?.file ?? (missingSuffix ? `${sheet}${missingSuffix}` : `${display}[${sheet}]`);
    const account: SheetAccount = { sheet, file: fileName, present: false, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 };
    if (!source) {
      if (sources !== null) missingSheet(sheet, fileName, missingSuffix, sink);
      sheets.push(account);
      continue;
    }
    if (sheet === 'samenwerkingen') context.cooperationsFile = source.file;
    try {
      const raw = await source.open(sink);
      const options = { sheet, required: sheet === 'samenwerkingen', formatHint: source.formatHint() };
      sheets.push(raw ? await readOne(sheet, raw, options, context) : { ...account, present: true });
    } catch (error) {
      internalError(sink, source.file, error);
      sheets.push({ ...account, present: true });
    }
  }
  const metadata = sources === null ? undefined : await readMetadata(path, sink);
  return { sheets, findings: sink.findings, metadata };
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
    if (!CSV_EXTENSIONS.has(ext) || METADATA_FILES.includes(name.toLowerCase())) continue;
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
    if (headerKey(worksheet.name) === headerKey(README_SHEET)) continue;
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
