import type { Command } from 'commander';

/** Each command module adds itself here; `setExit` records the process exit code. */
export function registerCommands(program: Command, setExit: (code: number) => void): void {
  void program;
  void setExit;
}
