/**
 * `regioruimte check <map|xlsx> [--json]`: reads and validates a dataset and reports, in Dutch, the
 * reference size, rows read/accepted/rejected per sheet, and the findings grouped by kind (errors,
 * then warnings, then information). Exit 0 = usable (warnings allowed), 1 = errors, 2 = unusable
 * arguments. A finding "kind" is its message with quoted values and numbers blanked out.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkDataset, datasetCounts, type DatasetSummary } from '../ingest/index.ts';
import type { Dataset } from '../model/dataset.ts';
import type { Finding, Severity } from '../model/findings.ts';
import { loadReference } from '../reference/index.ts';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError } from './errors.ts';
import { displayFinding, escapeControls, printErr, printOut } from './terminal.ts';

/** Entries printed per group; the rest is counted (all of them are in --json). */
const MAX_PER_GROUP = 20;

export interface CheckReport {
  reference: { municipalities: number };
  sheets: Dataset['sheets'];
  /** The findings by severity, then what was read (as the ingest summary counts it). */
  counts: { errors: number; warnings: number; info: number } & DatasetSummary['counts'];
  findings: Finding[];
}

/** The report of a dataset read in full (analyse, build) or only counted (check). */
export function checkReport(dataset: Dataset | DatasetSummary, referenceMunicipalities: number): CheckReport {
  const count = (s: Severity) => dataset.findings.filter((f) => f.severity === s).length;
  const read = 'counts' in dataset ? dataset.counts : datasetCounts(dataset);
  return {
    reference: { municipalities: referenceMunicipalities },
    sheets: dataset.sheets,
    counts: { errors: count('error'), warnings: count('warning'), info: count('info'), ...read },
    findings: dataset.findings,
  };
}

/** The kind of a finding: its message with quoted values and numbers replaced. */
export function findingKind(message: string): string {
  return message.replace(/'[^']*'/g, "'…'").replace(/\d+/g, 'N');
}

/** "file:row:column" as editors and the brief write locations. */
export function location(f: Finding): string {
  return [f.file, f.row === null ? null : String(f.row), f.column].filter((p) => p !== null && p !== '').join(':');
}

const SEVERITY_TITLE: Record<Severity, string> = { error: 'Fouten', warning: 'Waarschuwingen', info: 'Informatie' };

export function formatCheckReport(report: CheckReport, source: string): string {
  const lines: string[] = [];
  lines.push(`Controle van ${escapeControls(source)}`);
  lines.push(`Referentie: ${report.reference.municipalities} gemeenten (CBS, indeling 2025)`);
  lines.push('');
  const rows = report.sheets.map((s) => [
    s.sheet,
    s.present ? escapeControls(s.file) : '(ontbreekt)',
    s.present ? String(s.rowsRead) : '–',
    s.present ? String(s.rowsAccepted) : '–',
    s.present ? String(s.rowsRejected) : '–',
  ]);
  const head = ['blad', 'bestand', 'gelezen', 'geaccepteerd', 'afgewezen'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  lines.push(fmt(head));
  for (const r of rows) lines.push(fmt(r));
  lines.push('');
  const c = report.counts;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  lines.push(
    `Ingelezen: ${count(c.cooperations, 'samenwerkingsverband', 'samenwerkingsverbanden')} ` +
      `(${count(c.spatialCooperations, 'ruimtelijke agenda', "ruimtelijke agenda's")}), ${count(c.goals, 'doel', 'doelen')}, ` +
      `${count(c.nationalRegions, 'nationaal gebied', 'nationale gebieden')}, ${count(c.nationalPolicies, 'beleidsstuk', 'beleidsstukken')}, ` +
      `${c.commutingFlows === null ? 'geen pendel' : count(c.commutingFlows, 'pendelstroom', 'pendelstromen')}.`,
  );
  for (const severity of ['error', 'warning', 'info'] as const) {
    // Escaped here, not only when printed: a line break in a value must not start a line of its own.
    const findings = report.findings.filter((f) => f.severity === severity).map(displayFinding);
    if (findings.length === 0) continue;
    lines.push('');
    lines.push(`${SEVERITY_TITLE[severity]} (${findings.length})`);
    const groups = new Map<string, Finding[]>();
    for (const f of findings) {
      const kind = findingKind(f.message);
      const list = groups.get(kind);
      if (list) list.push(f);
      else groups.set(kind, [f]);
    }
    for (const [kind, list] of groups) {
      lines.push(`  ${list.length > 1 ? `${kind} (${list.length}×)` : list[0].message}`);
      for (const f of list.slice(0, MAX_PER_GROUP)) {
        const value = f.value === null ? '' : `  waarde: '${f.value}'`;
        lines.push(`    ${location(f)}${list.length > 1 ? ` — ${f.message}` : ''}${value}`);
        if (f.hint) lines.push(`      → ${f.hint}`);
      }
      if (list.length > MAX_PER_GROUP) lines.push(`    … en nog ${list.length - MAX_PER_GROUP} (alle bevindingen: --json)`);
    }
  }
  lines.push('');
  const verdict =
    c.errors > 0
      ? 'Herstel de fouten: met fouten wordt er geen analyse of site gemaakt.'
      : c.warnings > 0
        ? 'De invoer is bruikbaar; bekijk de waarschuwingen.'
        : 'De invoer is bruikbaar.';
  lines.push(`Resultaat: ${c.errors} fout(en), ${c.warnings} waarschuwing(en), ${c.info} melding(en). ${verdict}`);
  return `${lines.join('\n')}\n`;
}

/** Arguments the command cannot use at all: exit 2 (a broken workbook is a data error, exit 1). */
export async function assertUsableInput(input: string): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new UsageError(`'${input}' bestaat niet: geef een map met CSV-bestanden of een .xlsx-bestand`);
  }
  if (info.isDirectory()) return;
  const ext = extname(input).toLowerCase();
  if (info.isFile() && (ext === '.xlsx' || ext === '.xlsm')) return;
  if (ext === '.xls' || ext === '.ods') {
    throw new UsageError(`'${input}' is geen map en geen .xlsx-bestand: sla het werkboek op als Excel-werkmap (.xlsx)`);
  }
  throw new UsageError(`'${input}' is geen map en geen .xlsx-bestand: zet de CSV-bestanden samen in een map en geef die map op`);
}

export async function runCheck(input: string, flags: { json?: boolean }): Promise<number> {
  await assertUsableInput(input);
  let report: CheckReport;
  try {
    const reference = loadReference();
    // Only counted, not kept: a million rows need the ids, not the records.
    const summary = await checkDataset(input, reference);
    report = checkReport(summary, reference.municipalities.length);
  } catch (error) {
    // checkDataset never throws for bad data; this is a fault in the program or its reference data.
    printErr(`regioruimte: onverwachte fout bij het controleren: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_DATA_ERRORS;
  }
  printOut(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatCheckReport(report, input));
  return report.counts.errors > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}
