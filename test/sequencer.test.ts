import { describe, expect, it } from 'vitest';
import { longRunningRank } from './sequencer.ts';

describe('test-file order on a clean checkout', () => {
  it('starts the browser, database and package files before the rest, the example site file after three that do not wait for its build', () => {
    const files = ['/r/src/model/themes.test.ts', '/r/test/portal/routes.test.ts', '/r/test/browser/site.test.ts', '/r/test/browser/guide.test.ts', '/r/test/browser/site-example.test.ts', '/r/test/portal/walk.test.ts', '/r/test/maps-islands.test.ts', '/r/src/portal/store.test.ts'];
    const order = [...files].sort((a, b) => longRunningRank(a) - longRunningRank(b));
    expect(order).toEqual([
      '/r/test/browser/site.test.ts',
      '/r/src/portal/store.test.ts',
      '/r/test/maps-islands.test.ts',
      '/r/test/browser/site-example.test.ts',
      '/r/test/portal/walk.test.ts',
      '/r/test/browser/guide.test.ts',
      '/r/test/portal/routes.test.ts',
      '/r/src/model/themes.test.ts',
    ]);
  });
});
