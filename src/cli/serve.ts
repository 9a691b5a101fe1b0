/**
 * `regioruimte serve [dist] [--port 4173] [--host 127.0.0.1]`: serves a built site on http://<host>:<port>/ with the
 * site's security headers (src/site/serve.ts). The port also comes from the PORT environment variable.
 */
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startServer } from '../site/serve.ts';
import { EXIT_OK, UsageError } from './errors.ts';
import { parseWholeNumber } from './options.ts';
import { printOut } from './terminal.ts';

/**
 * Where the server really listens: its own address (IPv6 in brackets); a wildcard address says that
 * every address of this computer answers, because a link to 'localhost' would hide that.
 */
export function listeningLine(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  return wildcard
    ? `Site beschikbaar op ${url}: op elk netwerkadres van deze computer, dus ook voor anderen in het netwerk (stoppen met Ctrl+C)`
    : `Site beschikbaar op ${url} (stoppen met Ctrl+C)`;
}

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
  printOut(`${listeningLine(server.address() as AddressInfo)}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT_OK;
}
