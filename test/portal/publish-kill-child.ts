/**
 * Child process for the kill test: opens the portal in the given folder and publishes with a site
 * builder that writes part of a site, tells the parent, and then never finishes — the parent kills
 * this process with SIGKILL at that moment.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publish } from '../../src/portal/publish.ts';
import { openPortal } from '../../src/portal/server.ts';

const portal = await openPortal({ dir: process.argv[2] });
await publish(portal.db, portal.ref, portal.paths, { id: null, label: 'kill-test' }, 'test', async (_result, opts) => {
  mkdirSync(opts.outDir, { recursive: true });
  writeFileSync(join(opts.outDir, 'index.html'), 'half gebouwd');
  process.send!('bouwt');
  await new Promise(() => undefined);
});
