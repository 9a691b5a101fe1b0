/**
 * The bounded load test of the portal, as a test: 20 redacteuren proposing a new agenda year for their
 * own cooperation and 2 beheerders approving from the queue, all at once over HTTP on 127.0.0.1
 * (bench/portal.bench.ts portalLoad; `npm run bench portal` runs it with more rounds and prints the
 * latencies). Against PGlite, and in .ci/run once more against a real PostgreSQL server.
 */
import { expect, it } from 'vitest';
import { portalLoad } from '../../bench/portal.bench.ts';
import { testDatabase } from '../../src/portal/testing.ts';

it('loses no update and answers no request with a server error when 20 redacteuren and 2 beheerders work at once', { timeout: 600_000 }, async () => {
  const db = await testDatabase();
  try {
    const result = await portalLoad('load test', db, () => {}, { redacteuren: 20, rounds: 1 });
    expect(result.cooperations).toBe(20);
    expect(result.failures).toBe(0);
    // Every approved proposal raised its cooperation's version once, and the record holds the last one.
    expect(result.lost).toBe(0);
    // Each redacteur proposed once (a change of the agenda year), and the beheerders approved some.
    expect(result.proposals).toBeGreaterThanOrEqual(19);
    expect(result.proposals).toBeLessThanOrEqual(20);
    expect(result.approved).toBeGreaterThan(0);
  } finally {
    await db.close();
  }
});
