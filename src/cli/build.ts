/**
 * `regioruimte build <map|xlsx> --out dist [--threshold N] [--status tekst] [--pdf [ids]]`: runs the
 * pipeline and renders the whole static site; with --pdf also every guide (or the listed ones) as PDF,
 * linked from the guide and profile pages. Exit 1 when the data has errors (nothing is built), 2 for unusable
 * `regioruimte build <map|xlsx> --out dist [--threshold N] [--status tekst] [--frame-ancestors bronnen] [--base-url adres]`: runs the pipeline and
 * renders the whole static site. Exit 1 when the data has errors (nothing is built), 2 for unusable
 * arguments. The output folder is emptied first, but only if it is empty or an earlier build.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { hasErrors, runPipeline } from '../pipeline.ts';
import { assertOutDirUsable, buildFromPipeline } from '../publish.ts';
import { EXAMPLE_STATUS_LABEL } from '../present/layout.ts';
import { parseFrameAncestors } from '../present/security.ts';
import { loadStory } from '../story/index.ts';
import { checkReport, formatCheckReport } from './check.ts';
import { EXIT_DATA_ERRORS, EXIT_OK, MissingToolError, UsageError } from './errors.ts';
import { distance } from 'fastest-levenshtein';
import { closeIds, guideIds, type GuideInput } from '../guide/model.ts';
import { unknownGuideIds, type PdfSelection } from '../guide/pdf-files.ts';
import { ChromiumMissingError } from '../guide/pdf.ts';
import { parseBaseUrl, parseOutputPath, parseShare, parseWholeNumber } from './options.ts';
import { printErr, printOut } from './terminal.ts';

interface BuildFlags {
  out: string;
  threshold?: string;
  foundBack?: string;
  status?: string;
  /** --pdf alone: every guide; --pdf a,b: those cooperation ids. */
  pdf?: boolean | string;
  frameAncestors?: string;
  baseUrl?: string;
}

/** The guides --pdf asks for; a UsageError for an empty list. */
export function parsePdfSelection(value: boolean | string | undefined): PdfSelection | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return 'all';
  const ids = value.split(',').map((x) => x.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError(`--pdf zonder ids maakt alle leidraden; '${value}' noemt geen id`);
  return [...new Set(ids)];
}

function checkPdfIds(selection: PdfSelection | undefined, input: GuideInput): void {
  if (!selection) return;
  const unknown = unknownGuideIds(input, selection);
  if (unknown.length === 0) return;
  const all = guideIds(input);
  const hints = unknown.map((id) => {
    const close = closeIds(id, all, distance);
    return `'${id}'${close.length ? ` (bedoelde u: ${close.join(', ')}?)` : ''}`;
  });
  throw new UsageError(`--pdf noemt ${hints.length === 1 ? 'een samenwerking' : 'samenwerkingen'} zonder gespreksleidraad: ${hints.join(', ')}. Een leidraad is er voor elke samenwerking met ruimtelijk = ja.`);
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
  const pdf = parsePdfSelection(flags.pdf);
  const baseUrl = parseBaseUrl(flags.baseUrl);
  let frameAncestors: string | undefined;
  try {
    frameAncestors = flags.frameAncestors === undefined ? undefined : parseFrameAncestors(flags.frameAncestors);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
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
  checkPdfIds(pdf, { reference, dataset, analysis });
  let report;
  try {
    report = await buildFromPipeline({ reference, dataset, analysis, story }, { outDir: flags.out, statusLabel: flags.status ?? defaultStatusLabel(input), pdf, frameAncestors, baseUrl });
  } catch (error) {
    if (error instanceof ChromiumMissingError) throw new MissingToolError(`${error.message} Of bouw de site zonder --pdf.`, { cause: error });
    throw error;
  }
  for (const note of report.notes) printOut(`${note}
`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const warnings = dataset.findings.filter((f) => f.severity === 'warning').length;
  printOut(
    `Site gebouwd in ${report.outDir}: ${report.pages.length} pagina's, ${report.files} downloads${pdf ? ` (waarvan ${report.pdfs.size} gespreksleidraden als pdf)` : ''}, ${report.bundles.length} scripts (${seconds} s).` +
      (warnings ? ` ${warnings} waarschuwingen bij het inlezen (zie /methode/).` : '') +
      '\n',
  );
  return EXIT_OK;
}
