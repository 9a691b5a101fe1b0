/**
 * A vitest reporter for measuring the suite: per test file its import time and the time of its tests
 * and hooks together, longest first. Vitest's JSON reporter counts only the tests, so the time a file
 * spends in beforeAll (building a site, launching Chromium, opening a database) does not show there.
 * Use beside the default reporter:
 *   npx vitest run <files> --reporter=default --reporter=./test/durations-reporter.ts
 * and set DURATIONS_FILE to also write the rows as JSON. Each row also has when the file started and
 * ended (seconds since the run started; the start is worked out from the end and the durations), so
 * the JSON shows when a worker idled and which files ran last.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface Row {
  file: string;
  state: string;
  importSeconds: number;
  testsAndHooksSeconds: number;
  startSeconds: number;
  endSeconds: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export default class DurationsReporter implements Reporter {
  private readonly rows: Row[] = [];
  private started = Date.now();
  /** Seconds from the start of the vitest process to the start of the run (config, global setup). */
  private beforeRun = 0;

  onTestRunStart(): void {
    this.started = Date.now();
    this.beforeRun = process.uptime();
  }

  onTestModuleEnd(module: TestModule): void {
    const d = module.diagnostic();
    const end = Date.now() - this.started;
    const row = { file: relative(process.cwd(), module.moduleId), state: module.state(), importSeconds: seconds(d.collectDuration), testsAndHooksSeconds: seconds(d.duration) };
    this.rows.push({ ...row, startSeconds: seconds(end - d.collectDuration - d.duration), endSeconds: seconds(end) });
  }

  onTestRunEnd(): void {
    const rows = this.rows.sort((a, b) => b.importSeconds + b.testsAndHooksSeconds - (a.importSeconds + a.testsAndHooksSeconds));
    const lines = rows.map((r) => `${(r.importSeconds + r.testsAndHooksSeconds).toFixed(1).padStart(7)} s  (import ${r.importSeconds.toFixed(1)})  ${r.state.padEnd(7)} ${r.file}`);
    const total = rows.reduce((s, r) => s + r.importSeconds + r.testsAndHooksSeconds, 0);
    const last = [...rows].sort((a, b) => b.endSeconds - a.endSeconds).slice(0, 3).map((r) => `${r.file} ${r.startSeconds}–${r.endSeconds} s`);
    const wallSeconds = seconds(Date.now() - this.started);
    const beforeRunSeconds = seconds(this.beforeRun * 1000);
    process.stdout.write(`\nPer file (import + tests + hooks), ${rows.length} files, ${total.toFixed(1)} s summed, ${wallSeconds} s wall (${beforeRunSeconds} s before the run):\n${lines.join('\n')}\nEnded last: ${last.join('; ')}\n`);
    if (process.env.DURATIONS_FILE) writeFileSync(process.env.DURATIONS_FILE, JSON.stringify({ wallSeconds, beforeRunSeconds, rows }, null, 2));
  }
}
