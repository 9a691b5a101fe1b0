/**
 * `regioruimte verschil <oud> <nieuw> [--json]`: what changed between two datasets (folders or
 * workbooks): new, ended and changed cooperations with membership and theme changes. Exit 0 when
 * both datasets are usable, 1 when one of them has errors (the check report is printed).
 */
import { datasetChanges, formatChangelog } from '../analysis/changes.ts';
import { readDataset } from '../ingest/index.ts';
import { loadReference } from '../reference/index.ts';
import { assertUsableInput, checkReport, formatCheckReport } from './check.ts';
import { EXIT_DATA_ERRORS, EXIT_OK } from './errors.ts';
import { printErr, printOut } from './terminal.ts';

export async function runVerschil(oldPath: string, newPath: string, flags: { json?: boolean }): Promise<number> {
  await assertUsableInput(oldPath);
  await assertUsableInput(newPath);
  const ref = loadReference();
  const before = await readDataset(oldPath, ref);
  const after = await readDataset(newPath, ref);
  for (const [path, dataset] of [[oldPath, before], [newPath, after]] as const) {
    if (dataset.findings.some((f) => f.severity === 'error')) {
      printErr(formatCheckReport(checkReport(dataset, ref.municipalities.length), path));
      return EXIT_DATA_ERRORS;
    }
  }
  const log = datasetChanges(before, after, (code) => ref.byCode.get(code)?.name ?? code);
  printOut(flags.json ? `${JSON.stringify(log, null, 2)}\n` : formatChangelog(log));
  return EXIT_OK;
}
