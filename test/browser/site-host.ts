/**
 * Child process of the browser tests' global setup: builds the fixture site and then the example
 * site (data/voorbeeld, with two guide PDFs) into the folders it is given, and tells the global setup
 * after each ({ name, error }), which serves it. Building here instead of inside the global setup
 * lets the first test files run while the example is built; serving from the global setup keeps the
 * servers answering while this process is busy with the example's synchronous rendering.
 */
import { buildFromPipeline, buildSite } from '../../src/publish.ts';
import { fixtureSite } from '../fixtures/site/fixture.ts';
import { EXAMPLE_PDFS, type SiteName } from './site-status.ts';

const [fixtureDir, exampleDir] = process.argv.slice(2);
process.on('disconnect', () => process.exit(0));

async function built(name: SiteName, build: () => Promise<unknown>): Promise<void> {
  let error = '';
  try {
    await build();
  } catch (e) {
    error = `${name} build failed: ${(e as Error).stack ?? e}`;
  }
  await new Promise((resolve) => process.send!({ name, error }, resolve));
}

await built('fixture', () => buildSite(fixtureSite, { outDir: fixtureDir }));
await built('example', async () => {
  const { runPipeline } = await import('../../src/pipeline.ts');
  const { reference, dataset, analysis } = await runPipeline('data/voorbeeld');
  // Two guides as PDF (as `build --pdf achterhoek,regio-twente` does), so the PDF links can be tested
  // without printing all 103.
  await buildFromPipeline({ reference, dataset, analysis }, { outDir: exampleDir, pdf: EXAMPLE_PDFS });
});
process.disconnect();
