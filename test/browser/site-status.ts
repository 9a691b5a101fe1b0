/**
 * How the browser tests learn that a site is built and served: the global setup writes
 * `<status folder>/<name>.json` when the site host (site-host.ts) has built a site and it is served,
 * or when its build failed, and a test file waits for the file of the site it needs. Written by
 * rename, so a reader never sees half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type SiteName = 'fixture' | 'example';

export interface SiteStatus {
  /** Where the site is served; empty when it was not built. */
  url: string;
  /** The folder it was built into, for tests that read the files; empty when it was not built. */
  dir: string;
  /** Why it was not built; empty when it was. */
  error: string;
}

/** The example guides the shared example build prints to PDF. */
export const EXAMPLE_PDFS = ['achterhoek', 'regio-twente'] as const;

/** How long a test file waits for a site before it reports it as not built (the hook timeout). */
const WAIT_MS = 300_000;

const statusFile = (dir: string, name: SiteName) => join(dir, `${name}.json`);

export function writeSiteStatus(dir: string, name: SiteName, status: SiteStatus): void {
  const file = statusFile(dir, name);
  writeFileSync(`${file}.tmp`, JSON.stringify(status));
  renameSync(`${file}.tmp`, file);
}

export function hasSiteStatus(dir: string, name: SiteName): boolean {
  return existsSync(statusFile(dir, name));
}

/** The status of site `name` once the host has written it; `dir` empty: the browser tests were not selected. */
export async function waitForSite(dir: string, name: SiteName): Promise<SiteStatus> {
  if (!dir) return { url: '', dir: '', error: 'browser tests not selected' };
  const file = statusFile(dir, name);
  for (const until = Date.now() + WAIT_MS; !existsSync(file); ) {
    if (Date.now() > until) return { url: '', dir: '', error: `${name} site not built within ${WAIT_MS / 1000} s` };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return JSON.parse(readFileSync(file, 'utf8')) as SiteStatus;
}

/** Like `waitForSite`, but a site that was not built is an error (the fixture site, which every test of a file needs). */
export async function requireSite(dir: string, name: SiteName): Promise<SiteStatus> {
  const status = await waitForSite(dir, name);
  if (status.error) throw new Error(status.error);
  return status;
}
