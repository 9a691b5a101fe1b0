/**
 * `regioruimte leidraad <id> --pdf out.pdf [--data map]` and `regioruimte leidraad --all --out map/`:
 * the conversation guide of one or every spatial cooperation as A4 PDF via headless Chromium.
 * Exit 0 ok; 1 data errors or Chromium missing/unstartable (message names `apt-get install -y chromium`);
 * 2 unusable arguments, including an unknown id (the message lists close ids).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { hasErrors, runPipeline } from '../pipeline.ts';
import { renderLayout, siteStatus } from '../present/layout.ts';
import { createLookup } from '../present/lookup.ts';
import { closeIds, guideIds } from '../guide/model.ts';
import { defaultAdjacency, renderGuidePage } from '../guide/render.ts';
import { ChromiumMissingError, renderPdfs, type PdfJob } from '../guide/pdf.ts';
import { defaultStatusLabel } from './build.ts';
import { safeName } from '../output/names.ts';
import { OutputTree, writeFileAtomic } from '../output/tree.ts';
import { pdfDate } from '../guide/pdf-files.ts';
import { formatFinding } from './analyse.ts';
import { EXIT_DATA_ERRORS, EXIT_OK, MissingToolError, UsageError } from './errors.ts';
import { parseOutputPath } from './options.ts';
import { printErr, printOut } from './terminal.ts';

interface Flags {
  pdf?: string;
  all?: boolean;
  out?: string;
  data: string;
}

export async function runLeidraad(id: string | undefined, flags: Flags): Promise<number> {
  if (flags.all && id) throw new UsageError('geef óf een id óf --all, niet allebei');
  if (!flags.all && !id) throw new UsageError('geef het id van een samenwerking, of --all voor alle ruimtelijke samenwerkingen');
  if (flags.all && flags.pdf) throw new UsageError('--pdf hoort bij één samenwerking; gebruik --out <map> bij --all');
  if (!existsSync(flags.data)) throw new UsageError(`'${flags.data}' bestaat niet: geef met --data een map met CSV-bestanden of een .xlsx-bestand`);

  parseOutputPath(id ? (flags.pdf ?? `gespreksleidraad-${safeName(id)}.pdf`) : (flags.out ?? 'leidraden'), id ? '--pdf' : '--out', [flags.data]);
  const { reference, dataset, analysis } = await runPipeline(flags.data);
  if (hasErrors(dataset)) {
    const errors = dataset.findings.filter((f) => f.severity === 'error');
    for (const f of errors) printErr(`${formatFinding(f)}\n`);
    printErr(`\n${errors.length} fouten in de gegevens; er is geen leidraad gemaakt.\n`);
    return EXIT_DATA_ERRORS;
  }
  const input = { reference, dataset, analysis, adjacency: defaultAdjacency() };
  const all = guideIds(input);
  let ids: string[];
  if (id) {
    if (!all.includes(id)) {
      const known = dataset.cooperations.find((c) => c.id === id);
      if (known) throw new UsageError(`'${id}' (${known.name}) heeft geen ruimtelijke agenda; een leidraad is er alleen voor ruimtelijke samenwerkingen`);
      const close = closeIds(id, all, distance);
      throw new UsageError(`onbekende samenwerking '${id}'.${close.length ? ` Bedoelde u: ${close.join(', ')}?` : ''} Alle ids staan in de kolom id van samenwerkingen (${all.length} ruimtelijke samenwerkingen).`);
    }
    ids = [id];
  } else {
    ids = all;
  }
  const status = siteStatus({ reference, dataset, analysis }, defaultStatusLabel(flags.data));
  const lookup = createLookup(input);
  const tree = id ? null : new OutputTree(resolve(flags.out ?? 'leidraden'));
  const outs: string[] = [];
  const jobs: PdfJob[] = ids.map((x) => {
    const page = renderGuidePage(input, x, status)!;
    // File names come from the one name mapping (src/output/names): an id can never leave the folder.
    outs.push(tree ? tree.path(`${safeName(x)}.pdf`) : resolve(flags.pdf ?? `gespreksleidraad-${safeName(x)}.pdf`));
    return { path: page.path, document: renderLayout(page, status), footerTitle: lookup.coopById.get(x)!.name };
  });
  const started = performance.now();
  let results;
  try {
    results = await renderPdfs(jobs, {
      date: pdfDate(lookup),
      onDone: (r, i) => {
        writeFileAtomic(outs[i], r.pdf);
        if (!id) printOut(`${outs[i]} (${r.pages} pagina's)\n`);
      },
    });
  } catch (error) {
    if (error instanceof ChromiumMissingError) throw new MissingToolError(error.message, { cause: error });
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (id) printOut(`Gespreksleidraad geschreven: ${outs[0]} (${results[0].pages} pagina's, ${seconds} s).\n`);
  else printOut(`${results.length} gespreksleidraden geschreven in ${resolve(flags.out ?? 'leidraden')} (${seconds} s).\n`);
  return EXIT_OK;
}
