import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.ts';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.ts';
import { printErr } from './terminal.ts';
import { asIoError } from './io-errors.ts';

/** Runs the command line and resolves to the exit code (see ./errors.ts); only program faults are thrown. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('regioruimte')
    .description('Analyse van regionale ruimtelijke samenwerking: controleren, analyseren, site bouwen.')
    .exitOverride()
    // Options belong to the command they follow (see beheer in commands.ts).
    .enablePositionalOptions()
    .configureOutput({ writeErr: (s) => printErr(s) });
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
    const known = error instanceof CliError ? error : asIoError(error);
    if (known) {
      printErr(`regioruimte: ${known.message}\n`);
      return known.exitCode;
    }
    throw error;
  }
  return exitCode;
}
