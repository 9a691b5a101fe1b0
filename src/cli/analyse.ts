/**
 * `regioruimte analyse <map|xlsx> --out analysis.json [--threshold N] [--found-back X] [--seed N]`:
 * runs the pipeline and writes the Analysis JSON (docs/analysis-json.md). Exit 1 when the data has
 * errors — then nothing is written and the findings are listed; exit 2 for unusable arguments.
 */
import { resolve } from 'node:path';
import { stableChunks } from '../analysis/serialize.ts';
import { writeFileAtomic } from '../output/tree.ts';
import type { Analysis } from '../analysis/types.ts';
import type { Finding } from '../model/findings.ts';
import { hasErrors, runPipeline } from '../pipeline.ts';
import { assertUsableInput, checkReport, formatCheckReport } from './check.ts';
import { EXIT_DATA_ERRORS, EXIT_OK } from './errors.ts';
import { parseOutputPath, parseShare, parseWholeNumber } from './options.ts';
import { displayFinding, printErr, printOut } from './terminal.ts';

interface AnalyseFlags {
  out: string;
  threshold?: string;
  foundBack?: string;
  seed?: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One finding on one line (used by other commands, e.g. leidraad). */
export function formatFinding(finding: Finding): string {
  const f = displayFinding(finding);
  const where = [f.file, f.row === null ? null : `rij ${f.row}`, f.column === null ? null : `kolom ${f.column}`].filter(Boolean).join(', ');
  const value = f.value === null ? '' : ` ('${f.value}')`;
  return `${f.severity === 'error' ? 'fout' : f.severity === 'warning' ? 'waarschuwing' : 'info'}: ${where}: ${f.message}${value}${f.hint ? ` — ${f.hint}` : ''}`;
}

/** The short Dutch summary printed after a successful run. */
export function summaryLines(a: Analysis, out: string): string[] {
  const d = a.dataset;
  const t = a.typology.counts;
  const typologyAgreement = a.typology.agreement === null ? 'geen opgegeven labels' : `regels geven ${pct(a.typology.agreement)} van de opgegeven labels`;
  return [
    `Gelezen: ${d.source} — ${d.cooperations} samenwerkingsverbanden (${d.spatial} ruimtelijk), ${d.goals} doelen, ${d.municipalitiesReferenced} gemeenten genoemd.`,
    `Bevindingen: ${d.findings.error} fouten, ${d.findings.warning} waarschuwingen.`,
    `Witte vlekken: ${a.coverage.whiteSpots.length} van ${a.coverage.municipalities.length} gemeenten zonder ruimtelijke samenwerking.`,
    `Rechtsvorm (ruimtelijk): WGR ${pct(a.organisation.legalFormShares.WGR)}, privaatrechtelijk ${pct(a.organisation.legalFormShares.PRIVAAT)}, overig ${pct(a.organisation.legalFormShares.OVERIG)}.`,
    `Netwerk (drempel ${a.network.threshold}): ${a.network.edges.length} verbindingen, ${a.network.communityCount} gemeenschappen.`,
    `Typologie: ${t.BESTUURLIJK} bestuurlijk, ${t.ECONOMISCH} economisch, ${t.LANDSCHAPPELIJK} landschappelijk (${typologyAgreement}).`,
    `Geschreven: ${out}`,
  ];
}

export async function runAnalyse(input: string, flags: AnalyseFlags): Promise<number> {
  const threshold = parseWholeNumber(flags.threshold, '--threshold', 1);
  const foundBack = parseShare(flags.foundBack, '--found-back');
  const seed = parseWholeNumber(flags.seed, '--seed', 0);
  await assertUsableInput(input);
  parseOutputPath(flags.out, '--out', [input]);
  const { reference, dataset, analysis } = await runPipeline(input, { threshold, foundBack, seed });
  if (hasErrors(dataset)) {
    // The same report as `regioruimte check`, so the user sees one familiar list.
    const report = formatCheckReport(checkReport(dataset, reference.municipalities.length), input);
    printErr(`${report.trimEnd()}\n\nEr is niets geschreven naar ${flags.out}.\n`);
    return EXIT_DATA_ERRORS;
  }
  // Atomic and in pieces: a full disk or a kill leaves the previous file whole; at 100× the
  // example the text is ~60 MB, which need not exist as one string.
  writeFileAtomic(resolve(flags.out), stableChunks(analysis));
  printOut(`${summaryLines(analysis, flags.out).join('\n')}\n`);
  return EXIT_OK;
}
