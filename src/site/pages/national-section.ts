/** One section of the national-policy page: renders itself from the lookup, or null when it has nothing to show. */
import type { Html } from '../../present/html.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { OutputFile } from '../../present/page.ts';

export interface NationalSection {
  /** Anchor id, also used for the in-page table of contents. */
  id: string;
  title: string;
  render(l: SiteLookup): { body: Html; scripts?: string[]; styles?: string[]; files?: OutputFile[] } | null;
}
