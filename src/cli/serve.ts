/**
 * `regioruimte serve [dist] [--port 4173]`: serves a built site on http://localhost:<port>/ with the
 * site's security headers (src/site/serve.ts). The port also comes from the PORT environment variable.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../site/serve.ts';
import { EXIT_OK, UsageError } from './errors.ts';
import { parseWholeNumber } from './options.ts';

/** Serves until SIGINT/SIGTERM, then resolves to exit code 0. */
export async function runServe(dir: string, flags: { port?: string; host: string }): Promise<number> {
  const port = parseWholeNumber(flags.port ?? process.env.PORT ?? '4173', '--port', 0)!;
  if (port > 65535) throw new UsageError(`--port moet ≤ 65535 zijn, niet '${port}'`);
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !existsSync(join(dir, 'index.html'))) {
    throw new UsageError(`'${dir}' is geen gebouwde site; bouw eerst met: regioruimte build <invoer> --out ${dir}`);
  }
  let server;
  try {
    server = await startServer(dir, port, flags.host);
  } catch (error) {
    throw new UsageError(`kan niet luisteren op ${flags.host}:${port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Site beschikbaar op http://localhost:${actual}/ (stoppen met Ctrl+C)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT_OK;
}
