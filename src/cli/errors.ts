/**
 * The exit codes of the command and the errors that carry them. A command throws one of these for
 * anything the user can fix; `main` prints its Dutch message on stderr (no stack trace) and exits with
 * its code. Any other error is a fault in the program. This module imports nothing, so every command
 * and helper can throw these without an import cycle.
 */

/** 0: done (warnings allowed). */
export const EXIT_OK = 0;
/** 1: the data has errors, or reading/writing a file failed. */
export const EXIT_DATA_ERRORS = 1;
/** 2: the arguments cannot be used (missing path, bad option value, unknown id). */
export const EXIT_USAGE = 2;

/** An error the user can act on: `message` is Dutch and says what to do. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Arguments that cannot be used: exit 2. */
export class UsageError extends CliError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, EXIT_USAGE, options);
  }
}

/** The data cannot be processed (its findings have already been reported, or the message names them): exit 1. */
export class DataError extends CliError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, EXIT_DATA_ERRORS, options);
  }
}

/** Reading or writing a file failed (disk full, no permission, …); the message names the path: exit 1. */
export class IoError extends CliError {
  readonly path: string;
  constructor(message: string, path: string, options?: ErrorOptions) {
    super(message, EXIT_DATA_ERRORS, options);
    this.path = path;
  }
}

/** A program the command needs (Chromium) is missing or does not start; the message names the install command: exit 1. */
export class MissingToolError extends CliError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, EXIT_DATA_ERRORS, options);
  }
}
