/** What the site renders from: the pipeline's output. Rendering reads these and never computes statistics. */
import type { Dataset, Municipality } from '../model/index.ts';
import type { Analysis, NetworkEdge } from '../analysis/types.ts';
import type { Html } from './html.ts';
import type { Story } from '../story/index.ts';

/** The part of the reference (src/reference) the site needs. */
export interface SiteReference {
  municipalities: Municipality[];
  byCode: Map<string, Municipality>;
  regionNames?: Record<string, Record<string, string>>;
  /** Inhabitants per GM code (names clusters after their largest member); absent in small fixtures. */
  population?: Map<string, number>;
  /** Other names of municipalities (data/reference/naamvarianten.csv), for search. */
  nameVariants?: { variant: string; municipality: string }[];
}

export interface SiteInput {
  reference: SiteReference;
  dataset: Dataset;
  analysis: Analysis;
  /** The authored chapters (src/story); absent or empty: the site has no chapter pages. */
  story?: Story;
  /** Size in bytes of each guide PDF the build made (cooperation id → bytes); absent: no PDFs were made. */
  guidePdfs?: ReadonlyMap<string, number>;
  /**
   * Every municipality pair sharing ≥ 1 cooperation (the network analysis at threshold 1), for the
   * Kaart 1 slider. Absent: the slider only has the analysis edges (≥ its threshold).
   */
}

export interface Crumb {
  href: string;
  label: string;
}

/** One rendered page: its URL path (always ending in '/') and content; the layout wraps it. */
export interface Page {
  path: string;
  title: string;
  /** One-sentence summary for <meta name="description">. */
  description: string;
  breadcrumbs: Crumb[];
  body: Html;
  /** Client entry names (src/site/client/<name>.ts) to load as module scripts. */
  scripts: string[];
  /** Extra stylesheets under /assets/ (besides site.css), e.g. a map stylesheet. */
  styles?: string[];
  /** Files this page links to (e.g. CSV downloads of its figures). */
  files?: OutputFile[];
  /** 'embed': a page meant for an iframe on another site (no menu or breadcrumbs; a link to `canonical`). */
  chrome?: 'embed';
  /** The full page an embed page belongs to. */
  canonical?: string;
}

/** A file written next to the pages (downloads, search index, ...). */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}
