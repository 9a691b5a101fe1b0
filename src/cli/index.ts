import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.ts';

/** Exit codes: 0 ok (warnings allowed), 1 errors in the data, 2 unusable arguments. */
export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Thrown by commands for arguments that cannot be used (missing path, bad option value). */
export class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('regioruimte')
    .description('Analyse van regionale ruimtelijke samenwerking: controleren, analyseren, site bouwen.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let exitCode = EXIT_OK;
  registerCommands(program, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`regioruimte: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}
