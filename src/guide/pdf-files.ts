/**
 * The build's PDF step: the guide of each chosen region printed to PDF beside its page
 * (/gespreksleidraad/<id>/gespreksleidraad-<id>.pdf), with the size of each file so the guide and
 * profile pages can link it. One browser for all of them (src/guide/pdf.ts).
 */
import { renderLayout, type SiteStatus } from '../present/layout.ts';
import type { SiteLookup } from '../present/lookup.ts';
import type { OutputFile } from '../present/page.ts';
import { guidePdfHref } from '../present/cooperation.ts';
import { buildGuideModel, guideIds, type GuideInput } from './model.ts';
import { defaultAdjacency, guidePage } from './render.ts';
import { renderPdfs } from './pdf.ts';

/** Which guides get a PDF: every one, or the listed cooperation ids. */
export type PdfSelection = 'all' | readonly string[];

export interface GuidePdfs {
  files: OutputFile[];
  /** Cooperation id → PDF size in bytes (what SiteInput.guidePdfs holds). */
  sizes: Map<string, number>;
  /** Cooperation id → number of pages. */
  pages: Map<string, number>;
}

/** The ids a selection names that have no guide (not a spatial cooperation), in the order given. */
export function unknownGuideIds(input: GuideInput, selection: PdfSelection): string[] {
  if (selection === 'all') return [];
  const known = new Set(guideIds(input));
  return selection.filter((id) => !known.has(id));
}

/**
 * The fixed date written into the PDFs: 1 January of the newest agenda year in the data (the data's
 * own date, never the build time), else PDF_DATE.
 */
export function pdfDate(l: SiteLookup): string | undefined {
  return l.newestAgendaYear ? `${l.newestAgendaYear}0101000000` : undefined;
}

/** Prints the selected guides (sorted by id); ids without a guide are skipped (check them with unknownGuideIds). */
export async function printGuidePdfs(l: SiteLookup, status: SiteStatus, selection: PdfSelection, options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<GuidePdfs> {
  const input: GuideInput = { ...l.input, adjacency: defaultAdjacency() };
  const wanted = selection === 'all' ? null : new Set(selection);
  const ids = guideIds(input).filter((id) => wanted === null || wanted.has(id));
  const jobs = ids.map((id) => {
    const page = guidePage(l, buildGuideModel(input, id, l)!, status);
    return { path: page.path, document: renderLayout(page, status), footerTitle: l.coopById.get(id)!.name };
  });
  let done = 0;
  const results = await renderPdfs(jobs, { concurrency: options.concurrency, date: pdfDate(l), onDone: () => options.onProgress?.(++done, jobs.length) });
  return {
    files: ids.map((id, i) => ({ path: guidePdfHref(id), content: results[i].pdf })),
    sizes: new Map(ids.map((id, i) => [id, results[i].pdf.length])),
    pages: new Map(ids.map((id, i) => [id, results[i].pages])),
  };
}
