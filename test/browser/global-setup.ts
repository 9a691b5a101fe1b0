/**
 * Global setup for the browser tests: starts the site host (site-host.ts) in a child process, which
 * builds the hand-made fixture site and the example dataset's site (data/voorbeeld) into temporary
 * folders; each built site is served from here on a free port. It does not wait for the builds: the
 * example takes about half a minute, in which the test files that need no site already run on the
 * other core; a browser file waits for its site with `waitForSite(inject('siteStatusDir'), …)`.
 * Skipped when vitest is run with file filters that exclude test/browser (so unit-test runs stay fast).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../src/site/serve.ts';
import { hasSiteStatus, writeSiteStatus, type SiteName } from './site-status.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the site host reports the built sites (empty when the browser tests are not selected). */
    siteStatusDir: string;
  }
}

const SITES: readonly SiteName[] = ['fixture', 'example'];

function browserTestsSelected(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch');
  const filters = args.filter((a) => !/^\d+$/.test(a));
  return filters.length === 0 || filters.some((f) => 'test/browser/'.includes(f) || f.includes('test/browser') || f.includes('browser'));
}

/** A fresh path for a site (the build refuses a non-empty folder that is not an earlier build). */
function siteDir(name: SiteName): string {
  const dir = mkdtempSync(join(tmpdir(), `regioruimte-site-${name}-`));
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** A site whose status the host did not write before it ended is reported as failed, so no test file waits for it. */
function reportUnbuilt(statusDir: string, code: number | null, signal: string | null): void {
  for (const name of SITES) {
    if (!hasSiteStatus(statusDir, name)) writeSiteStatus(statusDir, name, { url: '', dir: '', error: `site host ended (code ${code}, signal ${signal}) before the ${name} site was built` });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('siteStatusDir', '');
  if (!browserTestsSelected()) return async () => {};

  const statusDir = mkdtempSync(join(tmpdir(), 'regioruimte-site-status-'));
  const siteDirs = { fixture: siteDir('fixture'), example: siteDir('example') };
  const servers: Server[] = [];
  const serving: Promise<void>[] = [];
  const serve = async (name: SiteName, error: string) => {
    if (error) return writeSiteStatus(statusDir, name, { url: '', dir: '', error });
    const server = await startServer(siteDirs[name], 0);
    servers.push(server);
    const addr = server.address();
    writeSiteStatus(statusDir, name, { url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`, dir: siteDirs[name], error: '' });
  };
  const host: ChildProcess = fork(join(import.meta.dirname, 'site-host.ts'), [siteDirs.fixture, siteDirs.example], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  host.on('message', (m: { name: SiteName; error: string }) => {
    serving.push(serve(m.name, m.error).catch((e) => writeSiteStatus(statusDir, m.name, { url: '', dir: '', error: `serving the ${m.name} site failed: ${e}` })));
  });
  const ended = new Promise<void>((resolve) =>
    host.on('exit', async (code, signal) => {
      await Promise.all(serving);
      reportUnbuilt(statusDir, code, signal);
      resolve();
    }),
  );
  project.provide('siteStatusDir', statusDir);

  return async () => {
    // The host exits when its channel to this process closes (it closes it itself when done).
    if (host.connected) host.disconnect();
    await ended;
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    for (const d of [statusDir, siteDirs.fixture, siteDirs.example]) rmSync(d, { recursive: true, force: true });
  };
}
