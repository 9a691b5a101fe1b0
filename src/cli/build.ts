/**
 * `regioruimte build <map|xlsx> --out dist [--threshold N] [--status tekst]`: runs the pipeline and
 * renders the whole static site. Exit 1 when the data has errors (nothing is built), 2 for unusable
 * arguments. The output folder is emptied first, but only if it is empty or an earlier build.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { hasErrors, runPipeline } from '../pipeline.ts';
import { assertOutDirUsable, buildFromPipeline } from '../publish.ts';
import { EXAMPLE_STATUS_LABEL } from '../present/layout.ts';
import { loadStory } from '../story/index.ts';
import { checkReport, formatCheckReport } from './check.ts';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError } from './errors.ts';
import { parseOutputPath, parseShare, parseWholeNumber } from './options.ts';
import { printErr, printOut } from './terminal.ts';

interface BuildFlags {
  out: string;
  threshold?: string;
  foundBack?: string;
  status?: string;
}

/** The example dataset is labelled as such everywhere; any other dataset by its folder/file name. */
export function defaultStatusLabel(input: string): string {
  return basename(resolve(input)) === 'voorbeeld' ? EXAMPLE_STATUS_LABEL : `dataset ${basename(resolve(input))}`;
}

export async function runBuild(input: string, flags: BuildFlags): Promise<number> {
  const threshold = parseWholeNumber(flags.threshold, '--threshold', 1);
  const foundBack = parseShare(flags.foundBack, '--found-back');
  if (!existsSync(input)) throw new UsageError(`'${input}' bestaat niet: geef een map met CSV-bestanden of een .xlsx-bestand`);
  parseOutputPath(flags.out, '--out', [input]);
  try {
    assertOutDirUsable(resolve(flags.out));
  } catch (error) {
    // Its only refusal: the folder holds files that are not an earlier build.
    throw new UsageError((error as Error).message);
  }
  const started = performance.now();
  const { reference, dataset, analysis } = await runPipeline(input, { threshold, foundBack });
  // A broken chapter stops the build like a broken row: its findings join the dataset's report.
  const story = loadStory(input, analysis);
  dataset.findings.push(...story.findings);
  if (hasErrors(dataset)) {
    // The same report as `regioruimte check`, so the user sees one familiar list.
    const report = formatCheckReport(checkReport(dataset, reference.municipalities.length), input);
    printErr(`${report.trimEnd()}\n\nDe site is niet gebouwd.\n`);
    return EXIT_DATA_ERRORS;
  }
  const report = await buildFromPipeline({ reference, dataset, analysis, story }, { outDir: flags.out, statusLabel: flags.status ?? defaultStatusLabel(input) });
  for (const note of report.notes) printOut(`${note}
`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const warnings = dataset.findings.filter((f) => f.severity === 'warning').length;
  printOut(
    `Site gebouwd in ${report.outDir}: ${report.pages.length} pagina's, ${report.files} downloads, ${report.bundles.length} scripts (${seconds} s).` +
      (warnings ? ` ${warnings} waarschuwingen bij het inlezen (zie /methode/).` : '') +
      '\n',
  );
  return EXIT_OK;
}
