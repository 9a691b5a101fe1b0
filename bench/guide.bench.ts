/**
 * Guide benchmark: the conversation guide of every spatial cooperation in the example as PDF
 * (render HTML for all, then print all with one headless Chromium), reported as total and per-PDF time,
 * page counts, and the ratio of printing to rendering the HTML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline.ts';
import { siteStatus, EXAMPLE_STATUS_LABEL } from '../src/present/layout.ts';
import { renderLayout } from '../src/present/layout.ts';
import { createLookup } from '../src/present/lookup.ts';
import { guideIds } from '../src/guide/model.ts';
import { defaultAdjacency, renderGuidePage } from '../src/guide/render.ts';
import { renderPdfs, type PdfJob } from '../src/guide/pdf.ts';
import { memoryLine, timeBest, type Bench } from './lib.ts';
import { EXAMPLE_DIR } from './synthetic.ts';

export const guideBench: Bench = {
  name: 'leidraad',
  async run(log) {
    const p = await runPipeline(EXAMPLE_DIR.pathname);
    const input = { ...p, adjacency: defaultAdjacency() };
    const status = siteStatus(p, EXAMPLE_STATUS_LABEL);
    const l = createLookup(input);
    const ids = guideIds(input);
    const dir = mkdtempSync(join(tmpdir(), 'regioruimte-bench-guide-'));
    try {
      const html = await timeBest(
        () => ids.map((id) => ({ id, page: renderGuidePage(input, id, status)! })),
        2,
      );
      const jobs: PdfJob[] = html.result.map(({ id, page }) => ({ path: page.path, document: renderLayout(page, status), footerTitle: l.coopById.get(id)!.name }));
      const pdf = await timeBest(() => renderPdfs(jobs), 1);
      const pages = pdf.result.map((r) => r.pages).sort((a, b) => a - b);
      const total = pages.reduce((s, n) => s + n, 0);
      const mb = pdf.result.reduce((s, r) => s + r.pdf.length, 0) / 1024 / 1024;
      log(`leidraden: ${ids.length}`);
      log(`HTML voor alle leidraden: ${html.ms.toFixed(0)} ms (${(html.ms / ids.length).toFixed(1)} ms per leidraad)`);
      log(`pdf's (één Chromium): ${(pdf.ms / 1000).toFixed(1)} s (${(pdf.ms / ids.length).toFixed(0)} ms per pdf), ${mb.toFixed(1)} MiB`);
      log(`verhouding pdf / HTML: ${(pdf.ms / html.ms).toFixed(1)}×`);
      log(`pagina's per pdf: min ${pages[0]}, mediaan ${pages[Math.floor(pages.length / 2)]}, max ${pages[pages.length - 1]}, totaal ${total}`);
      log(memoryLine());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
