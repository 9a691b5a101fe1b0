/**
 * `regioruimte serve [dist] [--port 4173]`: serves a built site on http://localhost:<port>/ with the
 * site's security headers (src/site/serve.ts). The port also comes from the PORT environment variable.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startServer } from '../site/serve.ts';
import { parseWholeNumber } from './analyse.ts';
import { UsageError } from './index.ts';

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('Serveer een gebouwde site lokaal (standaard http://localhost:4173).')
    .argument('[map]', 'map met de gebouwde site', 'dist')
    .option('--port <n>', 'poort (standaard 4173, of de omgevingsvariabele PORT)')
    .option('--host <host>', 'adres om op te luisteren', '127.0.0.1')
    .action(async (dir: string, flags: { port?: string; host: string }) => {
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
      setExit(0);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
