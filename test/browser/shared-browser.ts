/**
 * One Chromium per test worker. Vitest runs the files of a worker in one process (isolate: false),
 * so this module's memo is shared by every browser file that worker runs: Chromium starts once
 * instead of once per file (about a second each on the CI machine, more under load). Files keep
 * their state apart by opening contexts of their own; `useSharedBrowser` closes whatever contexts a
 * file left open when it ends, so no cookies, storage or pages pass to the next file.
 *
 * The browser is closed when the worker ends: vitest stops a worker with SIGTERM, on which
 * Playwright closes the browsers it launched before the process exits (and kills them on any other
 * exit), and Chromium also ends when its pipe to the worker closes.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/guide/pdf.ts';

let shared: Promise<Browser> | undefined;

/** Debian's Chromium with the same flags as the PDF renderer (no background networking). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** This worker's browser, launched on first use; launched again if it crashed or was closed. */
export function sharedBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = launch();
    shared = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => shared === launching && (shared = undefined)),
      () => shared === launching && (shared = undefined),
    );
  }
  return shared;
}

/**
 * The shared browser for the calling test file: `holder.browser` is set before the file's first
 * test, and after its last the contexts still open are closed (in a worker only one file runs at a
 * time, so those are this file's).
 */
export function useSharedBrowser<T extends { browser: Browser }>(holder = {} as T): T {
  beforeAll(async () => {
    holder.browser = await sharedBrowser();
  });
  afterAll(async () => {
    if (holder.browser?.isConnected()) await Promise.all(holder.browser.contexts().map((c) => c.close()));
  });
  return holder;
}
