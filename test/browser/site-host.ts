/**
 * Child process of the browser tests' global setup: builds the fixture site and then the example
 * site (data/voorbeeld, with two guide PDFs) into the folders it is given, serves each on a free
 * port, and writes `<status>/<name>.json` ({ url, dir, error }) as soon as that site is served.
 * Running beside vitest instead of inside its global setup lets the first test files run while the
 * example is built; the browser files wait for the site they need (test/browser/site-status.ts). Exits
 * when the global setup disconnects (teardown, or vitest ending in any other way).
 */
import { buildFromPipeline, buildSite } from '../../src/publish.ts';
import { startServer } from '../../src/site/serve.ts';
import { fixtureSite } from '../fixtures/site/fixture.ts';
import { EXAMPLE_PDFS, writeSiteStatus, type SiteName } from './site-status.ts';

const [fixtureDir, exampleDir, statusDir] = process.argv.slice(2);
process.on('disconnect', () => process.exit(0));

async function serve(dir: string): Promise<string> {
  const server = await startServer(dir, 0);
  const addr = server.address();
  return `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
}

async function host(name: SiteName, dir: string, build: () => Promise<unknown>): Promise<void> {
  try {
    await build();
    writeSiteStatus(statusDir, name, { url: await serve(dir), dir, error: '' });
  } catch (error) {
    writeSiteStatus(statusDir, name, { url: '', dir: '', error: `${name} build failed: ${(error as Error).stack ?? error}` });
  }
}

await host('fixture', fixtureDir, () => buildSite(fixtureSite, { outDir: fixtureDir }));
await host('example', exampleDir, async () => {
  const { runPipeline } = await import('../../src/pipeline.ts');
  const { reference, dataset, analysis } = await runPipeline('data/voorbeeld');
  // Two guides as PDF (as `build --pdf achterhoek,regio-twente` does), so the PDF links can be tested
  // without printing all 103.
  await buildFromPipeline({ reference, dataset, analysis }, { outDir: exampleDir, pdf: EXAMPLE_PDFS });
});
