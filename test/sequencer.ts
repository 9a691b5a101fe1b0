/**
 * Test-file order for a clean checkout. Vitest orders files by the durations it cached on earlier
 * runs; CI has no cache, so it falls back to file size, and a long browser or database file that
 * starts last keeps one worker busy while the other idles. The files known to be long (they drive
 * Chromium, an embedded PostgreSQL or an npm install) start first; the rest keep vitest's own order.
 * The example site is built beside the first files (test/browser/global-setup.ts), so the longest
 * file, which needs it, comes fourth: before it run the fixture site's file (whose site is ready
 * within seconds) and two files that need no site, instead of a worker waiting for the build.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Long files, in the order they start. */
export const LONG_RUNNING: readonly RegExp[] = [
  /test\/browser\/site\.test\.ts$/,
  /src\/portal\/store\.test\.ts$/,
  /test\/maps-islands\.test\.ts$/,
  /test\/browser\/site-example\.test\.ts$/,
  /test\/portal\/walk\.test\.ts$/,
  /test\/package\/tarball\.test\.ts$/,
  /test\/browser\//,
  /test\/portal\//,
];

/** Rank in LONG_RUNNING; a file matching an earlier pattern starts earlier. */
export function longRunningRank(path: string): number {
  const rank = LONG_RUNNING.findIndex((pattern) => pattern.test(path.replaceAll('\\', '/')));
  return rank === -1 ? LONG_RUNNING.length : rank;
}

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: within one rank vitest's order stays.
    return sorted.sort((a, b) => longRunningRank(a.moduleId) - longRunningRank(b.moduleId));
  }
}
