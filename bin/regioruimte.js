#!/usr/bin/env node
// Runs the compiled CLI (lib/, written by `npm run compile`); no TypeScript loader at run time.
let main;
try {
  ({ main } = await import('../lib/cli/index.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/lib/cli/index.js')) throw error;
  process.stderr.write('regioruimte: de gecompileerde code (lib/) ontbreekt; voer in de map van regioruimte `npm run compile` uit.\n');
  process.exit(1);
}
process.exitCode = await main(process.argv);
