/**
 * A vitest reporter for measuring the suite: per test file its import time and the time of its tests
 * and hooks together, longest first. Vitest's JSON reporter counts only the tests, so the time a file
 * spends in beforeAll (building a site, launching Chromium, opening a database) does not show there.
 * Use beside the default reporter:
 *   npx vitest run <files> --reporter=default --reporter=./test/durations-reporter.ts
 * and set DURATIONS_FILE to also write the rows as JSON.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface Row {
  file: string;
  state: string;
  importSeconds: number;
  testsAndHooksSeconds: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export default class DurationsReporter implements Reporter {
  private readonly rows: Row[] = [];
  private started = Date.now();

  onTestRunStart(): void {
    this.started = Date.now();
  }

  onTestModuleEnd(module: TestModule): void {
    const d = module.diagnostic();
    this.rows.push({ file: relative(process.cwd(), module.moduleId), state: module.state(), importSeconds: seconds(d.collectDuration), testsAndHooksSeconds: seconds(d.duration) });
  }

  onTestRunEnd(): void {
    const rows = this.rows.sort((a, b) => b.importSeconds + b.testsAndHooksSeconds - (a.importSeconds + a.testsAndHooksSeconds));
    const lines = rows.map((r) => `${(r.importSeconds + r.testsAndHooksSeconds).toFixed(1).padStart(7)} s  (import ${r.importSeconds.toFixed(1)})  ${r.state.padEnd(7)} ${r.file}`);
    const total = rows.reduce((s, r) => s + r.importSeconds + r.testsAndHooksSeconds, 0);
    process.stdout.write(`\nPer file (import + tests + hooks), ${rows.length} files, ${total.toFixed(1)} s summed, ${seconds(Date.now() - this.started)} s wall:\n${lines.join('\n')}\n`);
    if (process.env.DURATIONS_FILE) writeFileSync(process.env.DURATIONS_FILE, JSON.stringify({ wallSeconds: seconds(Date.now() - this.started), rows }, null, 2));
  }
}
