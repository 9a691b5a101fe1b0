/**
 * `regioruimte check` end to end, as a user runs it (node bin/regioruimte.js): exit codes 0/1/2,
 * the Dutch summary, the --json shape, and no stack trace for bad data.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../src/cli/check.ts';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/regioruimte.js', 'check', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('regioruimte check', () => {
  it('the example dataset: exit 0, 342 reference municipalities, counts per sheet', { timeout: 120_000 }, async () => {
    const { code, stdout } = await check('data/voorbeeld', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    expect(report.reference).toEqual({ municipalities: 342 });
    expect(report.counts.errors).toBe(0);
    const samen = report.sheets.find((s) => s.sheet === 'samenwerkingen')!;
    expect(samen.present).toBe(true);
    expect(samen.rowsAccepted).toBe(report.counts.cooperations);
    for (const s of report.sheets) expect(s.rowsRead).toBe(s.rowsAccepted + s.rowsRejected);
  });

  it('data errors: exit 1 with the finding located as file:row:column, no stack trace', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await check('test/fixtures/ingest/duplicate-id');
    expect(code).toBe(1);
    expect(stdout).toContain('Referentie: 342 gemeenten');
    expect(stdout).toMatch(/samenwerkingen\s+samenwerkingen\.csv\s+3\s+2\s+1/);
    expect(stdout).toContain('Fouten (1)');
    expect(stdout).toContain('samenwerkingen.csv:3:id');
    expect(stdout).toContain("waarde: 'mra'");
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('only warnings: exit 0', { timeout: 60_000 }, async () => {
    const { code, stdout } = await check('test/fixtures/ingest/windows-1252');
    expect(code).toBe(0);
    expect(stdout).toContain('Waarschuwingen (1)');
  });

  it('unusable arguments: exit 2 with a Dutch message', { timeout: 60_000 }, async () => {
    const missing = await check('bestaat/niet');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("'bestaat/niet' bestaat niet");
    const csvFile = await check('test/fixtures/ingest/bom/samenwerkingen.csv');
    expect(csvFile.code).toBe(2);
    expect(csvFile.stderr).toContain('geen map en geen .xlsx-bestand');
  });
});
