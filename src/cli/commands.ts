import type { Command } from 'commander';
import { register as registerAnalyse } from './analyse.ts';
import { register as registerBuild } from './build.ts';
import { register as registerDoelen } from './doelen.ts';
import { register as registerCheck } from './check.ts';
import { register as registerServe } from './serve.ts';
import { register as registerLeidraad } from './leidraad.ts';

/** Each command module adds itself here; `setExit` records the process exit code. */
export function registerCommands(program: Command, setExit: (code: number) => void): void {
  void program;
  void setExit;
  registerAnalyse(program, setExit);
  registerBuild(program, setExit);
  registerDoelen(program, setExit);
  registerCheck(program, setExit);
  registerServe(program, setExit);
  registerLeidraad(program, setExit);
}
