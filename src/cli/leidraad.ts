/**
 * `regioruimte leidraad <id> --pdf out.pdf [--data map]` and `regioruimte leidraad --all --out map/`:
 * the conversation guide of one or every spatial cooperation as A4 PDF via headless Chromium.
 * Exit 0 ok; 1 data errors or Chromium missing/unstartable (message names `apt-get install -y chromium`);
 * 2 unusable arguments, including an unknown id (the message lists close ids).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { distance } from 'fastest-levenshtein';
import { hasErrors, runPipeline } from '../pipeline.ts';
import { siteStatus } from '../site/build.ts';
import { renderLayout } from '../site/layout.ts';
import { createLookup } from '../site/selectors.ts';
import { closeIds, guideIds } from '../guide/model.ts';
import { defaultAdjacency, renderGuidePage } from '../guide/render.ts';
import { ChromiumMissingError, renderPdfs, type PdfJob } from '../guide/pdf.ts';
import { defaultStatusLabel } from './build.ts';
import { formatFinding } from './analyse.ts';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError } from './index.ts';

interface Flags {
  pdf?: string;
  all?: boolean;
  out?: string;
  data: string;
}

export const DEFAULT_DATA = 'data/voorbeeld';

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('leidraad')
    .description('Maak de gespreksleidraad van een ruimtelijke samenwerking (of van allemaal) als pdf.')
    .argument('[id]', 'id van de samenwerking (kolom id in samenwerkingen)')
    .option('--pdf <bestand>', 'pdf-bestand voor één samenwerking (standaard gespreksleidraad-<id>.pdf)')
    .option('--all', 'maak een leidraad voor elke ruimtelijke samenwerking')
    .option('--out <map>', 'map voor de pdf’s bij --all', 'leidraden')
    .option('--data <map|xlsx>', 'dataset (map met CSV-bestanden of .xlsx)', DEFAULT_DATA)
    .action(async (id: string | undefined, flags: Flags) => {
      if (flags.all && id) throw new UsageError('geef óf een id óf --all, niet allebei');
      if (!flags.all && !id) throw new UsageError('geef het id van een samenwerking, of --all voor alle ruimtelijke samenwerkingen');
      if (flags.all && flags.pdf) throw new UsageError('--pdf hoort bij één samenwerking; gebruik --out <map> bij --all');
      if (!existsSync(flags.data)) throw new UsageError(`'${flags.data}' bestaat niet: geef met --data een map met CSV-bestanden of een .xlsx-bestand`);

      const { reference, dataset, analysis } = await runPipeline(flags.data);
      if (hasErrors(dataset)) {
        const errors = dataset.findings.filter((f) => f.severity === 'error');
        for (const f of errors) process.stderr.write(`${formatFinding(f)}\n`);
        process.stderr.write(`\n${errors.length} fouten in de gegevens; er is geen leidraad gemaakt.\n`);
        setExit(EXIT_DATA_ERRORS);
        return;
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
      const l = createLookup(input);
      const jobs: PdfJob[] = ids.map((x) => {
        const page = renderGuidePage(input, x, status)!;
        const out = id ? resolve(flags.pdf ?? `gespreksleidraad-${x}.pdf`) : resolve(join(flags.out ?? 'leidraden', `${x}.pdf`));
        return { path: page.path, document: renderLayout(page, status), footerTitle: l.coopById.get(x)!.name, out };
      });
      const started = performance.now();
      try {
        const results = await renderPdfs(jobs, (r) => {
          if (!id) process.stdout.write(`${r.out} (${r.pages} pagina's)\n`);
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (id) process.stdout.write(`Gespreksleidraad geschreven: ${results[0].out} (${results[0].pages} pagina's, ${seconds} s).\n`);
        else process.stdout.write(`${results.length} gespreksleidraden geschreven in ${resolve(flags.out ?? 'leidraden')} (${seconds} s).\n`);
        setExit(EXIT_OK);
      } catch (error) {
        if (error instanceof ChromiumMissingError) {
          process.stderr.write(`regioruimte: ${error.message}\n`);
          setExit(EXIT_DATA_ERRORS);
          return;
        }
        throw error;
      }
    });
}
