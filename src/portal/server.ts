/**
 * Opening the portal: the database (DATABASE_URL, else PGlite in <dir>/db), migrations, an optional
 * first import, the publish reconciliation, and the HTTP server on 127.0.0.1 (put a TLS reverse
 * proxy in front for other users; see docs/beheer.md).
 */
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { loadReference, type Reference } from '../reference/index.ts';
import { createApp } from './app.ts';
import { openDatabase, type Db } from './db.ts';
import { migrate } from './migrate.ts';
import { reconcile, type PublishPaths, type SiteBuilder } from './publish.ts';

export interface PortalOptions {
  /** Folder for the embedded database, releases and the published site. */
  dir: string;
  databaseUrl?: string;
}

export interface Portal {
  db: Db;
  ref: Reference;
  paths: PublishPaths;
}

export async function openPortal(opts: PortalOptions): Promise<Portal> {
  const dir = resolve(opts.dir);
  const db = await openDatabase(opts.databaseUrl ? { url: opts.databaseUrl } : { dataDir: join(dir, 'db') });
  await migrate(db);
  const paths = { root: dir };
  await reconcile(db, paths);
  return { db, ref: loadReference(), paths };
}

export function listen(portal: Portal, port: number, host: string, statusLabel: string, buildSite: SiteBuilder, options: { trustProxy?: number } = {}): Promise<Server> {
  const app = createApp({ ...portal, statusLabel, buildSite, trustProxy: options.trustProxy ?? 0 });
  return new Promise((ok) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, () => ok(server as Server)) as Server;
  });
}
