/**
 * Global setup for the browser tests: builds the site for the hand-made fixture and for the example
 * dataset (data/voorbeeld) into temporary folders and serves each on a free port. Skipped when vitest
 * is run with file filters that exclude test/browser (so unit-test runs stay fast).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { buildFromPipeline, buildSite } from '../../src/publish.ts';
import { startServer } from '../../src/site/serve.ts';
import { fixtureSite } from '../fixtures/site/fixture.ts';

/** The example guides the shared example build prints to PDF. */
export const EXAMPLE_PDFS = ['achterhoek', 'regio-twente'] as const;

declare module 'vitest' {
  export interface ProvidedContext {
    siteFixtureUrl: string;
    /** The folder the fixture site was built into (empty when not built). */
    siteFixtureDir: string;
    siteExampleUrl: string;
    /** The folder the example site was built into (empty when not built), for tests that read the files. */
    siteExampleDir: string;
    siteExampleError: string;
  }
}

function browserTestsSelected(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch');
  const filters = args.filter((a) => !/^\d+$/.test(a));
  return filters.length === 0 || filters.some((f) => 'test/browser/'.includes(f) || f.includes('test/browser') || f.includes('browser'));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const dirs: string[] = [];
  project.provide('siteFixtureUrl', '');
  project.provide('siteFixtureDir', '');
  project.provide('siteExampleUrl', '');
  project.provide('siteExampleDir', '');
  project.provide('siteExampleError', 'browser tests not selected');
  if (!browserTestsSelected()) return async () => {};

  const serve = async (dir: string) => {
    const server = await startServer(dir, 0);
    servers.push(server);
    const addr = server.address();
    return `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  };

  const fixtureDir = mkdtempSync(join(tmpdir(), 'regioruimte-site-fixture-'));
  dirs.push(fixtureDir);
  rmSync(fixtureDir, { recursive: true, force: true });
  await buildSite(fixtureSite, { outDir: fixtureDir });
  project.provide('siteFixtureUrl', await serve(fixtureDir));
  project.provide('siteFixtureDir', fixtureDir);

  try {
    const { runPipeline } = await import('../../src/pipeline.ts');
    const { reference, dataset, analysis } = await runPipeline('data/voorbeeld');
    const exampleDir = mkdtempSync(join(tmpdir(), 'regioruimte-site-example-'));
    dirs.push(exampleDir);
    rmSync(exampleDir, { recursive: true, force: true });
    // Two guides as PDF (as `build --pdf achterhoek,regio-twente` does), so the PDF links can be tested
    // without printing all 103.
    await buildFromPipeline({ reference, dataset, analysis }, { outDir: exampleDir, pdf: EXAMPLE_PDFS });
    project.provide('siteExampleUrl', await serve(exampleDir));
    project.provide('siteExampleDir', exampleDir);
    project.provide('siteExampleError', '');
  } catch (error) {
    project.provide('siteExampleError', `example build failed: ${(error as Error).stack ?? error}`);
  }

  return async () => {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
}
