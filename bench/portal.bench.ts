/**
 * Load test of the portal (`npm run bench portal`): the HTTP server on 127.0.0.1 with the example
 * dataset, 20 redacteuren (one cooperation each) who read their pages and propose a change of the
 * agenda year, and 2 beheerders who read the queue and approve, all at once. Printed per store
 * (PGlite in memory; a PostgreSQL server too when TEST_DATABASE_URL is set): throughput and the
 * latency percentiles per kind of request, and the lost-update check — every cooperation's version
 * rose exactly once per approved proposal and holds the value of the last one approved.
 * Sessions are made directly (login costs a deliberate scrypt hash and is rate limited).
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { CLI_ACTOR } from '../src/portal/audit.ts';
import { addUser, createSession } from '../src/portal/auth.ts';
import { SESSION_COOKIE } from '../src/portal/app.ts';
import type { Db } from '../src/portal/db.ts';
import { listen } from '../src/portal/server.ts';
import { cell, cooperationRecord } from '../src/portal/proposals.ts';
import { importDataset } from '../src/portal/store.ts';
import { testDatabase } from '../src/portal/testing.ts';
import { loadReference } from '../src/reference/index.ts';
import type { Bench } from './lib.ts';

const BEHEERDERS = 2;

export interface LoadOptions {
  redacteuren: number;
  rounds: number;
}

/** What the load run found: requests with status 5xx, and cooperations whose record lost an approved update. */
export interface LoadResult {
  requests: number;
  failures: number;
  proposals: number;
  approved: number;
  lost: number;
  cooperations: number;
}

type Kind = 'startpagina' | 'samenwerking' | 'voorstel indienen' | 'wachtrij' | 'besluit';

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

export async function portalLoad(label: string, db: Db, log: (line: string) => void, { redacteuren: REDACTEUREN, rounds: ROUNDS }: LoadOptions): Promise<LoadResult> {
  const ref = loadReference();
  const dir = mkdtempSync(join(tmpdir(), 'beheer-bench-'));
  const imported = await importDataset(db, 'data/voorbeeld', ref, CLI_ACTOR);
  if (!imported.ok) throw new Error('import failed');
  const ids = imported.dataset.cooperations.slice(0, REDACTEUREN).map((c) => c.id);
  const users: { role: 'redacteur' | 'beheerder'; coop: string | null; cookie: string; csrf: string }[] = [];
  for (let i = 0; i < REDACTEUREN + BEHEERDERS; i++) {
    const role = i < REDACTEUREN ? 'redacteur' : 'beheerder';
    const u = await addUser(db, { email: `u${i}@example.nl`, name: `u${i}`, role, cooperations: role === 'redacteur' ? [ids[i]] : [] }, CLI_ACTOR);
    const s = await createSession(db, u.id);
    users.push({ role, coop: role === 'redacteur' ? ids[i] : null, cookie: `${SESSION_COOKIE}=${s.id}`, csrf: s.csrf });
  }
  const server: Server = await listen({ db, ref, paths: { root: dir } }, 0, '127.0.0.1', 'bench', async () => undefined);
  // A queue of proposals (each validated by reading the whole dataset) can keep a request waiting
  // longer than Node's default request timeout of 5 minutes on a busy machine.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  // Idle keep-alive connections closed by the server while the client reuses them reset the request.
  server.keepAliveTimeout = 0;
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const times = new Map<Kind, number[]>();
  let failures = 0;
  const request = async (kind: Kind, user: (typeof users)[number], path: string, form?: Record<string, string>) => {
    const start = performance.now();
    const res = await fetch(base + path, {
      signal: AbortSignal.timeout(600_000),
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: user.cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams({ ...form, _csrf: user.csrf }) : undefined,
    });
    const text = await res.text();
    times.set(kind, [...(times.get(kind) ?? []), performance.now() - start]);
    if (res.status >= 500) failures++;
    return { status: res.status, text };
  };
  const redacteur = async (user: (typeof users)[number], n: number) => {
    for (let round = 0; round < ROUNDS; round++) {
      await request('startpagina', user, '/');
      const page = await request('samenwerking', user, `/samenwerkingen/${user.coop}`);
      const version = /name="versie" value="(\d+)"/.exec(page.text)?.[1] ?? '1';
      await request('voorstel indienen', user, `/samenwerkingen/${user.coop}/gegevens`, { versie: version, agenda_jaar: String(2000 + ((n * ROUNDS + round) % 25)) });
      await request('wachtrij', user, '/voorstellen');
    }
  };
  let done = false;
  const beheerder = async (user: (typeof users)[number]) => {
    while (!done) {
      const queue = await request('wachtrij', user, '/voorstellen');
      const open = [...queue.text.matchAll(/<td[^>]*>open<\/td>/g)].length;
      const idsInQueue = [...queue.text.matchAll(/<a href="\/voorstellen\/(\d+)">/g)].map((m) => m[1]);
      for (const id of idsInQueue.slice(-10)) await request('besluit', user, `/voorstellen/${id}/besluit`, { besluit: 'goedkeuren', reden: '' });
      if (open === 0) await new Promise((r) => setTimeout(r, 20));
    }
  };
  const start = performance.now();
  const approving = users.filter((u) => u.role === 'beheerder').map(beheerder);
  await Promise.all(users.filter((u) => u.role === 'redacteur').map(redacteur));
  done = true;
  await Promise.all(approving);
  const seconds = (performance.now() - start) / 1000;
  await new Promise<void>((ok) => server.close(() => ok()));

  const all = [...times.values()].flat();
  log(`${label}: ${REDACTEUREN} redacteuren + ${BEHEERDERS} beheerders, ${all.length} verzoeken in ${seconds.toFixed(1)} s = ${(all.length / seconds).toFixed(0)} verzoeken/s; ${failures} met status 5xx`);
  for (const [kind, list] of times) {
    const sorted = [...list].sort((a, b) => a - b);
    log(`  ${kind.padEnd(18)} n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms  p99 ${percentile(sorted, 99).toFixed(0)} ms`);
  }
  // No lost update: per cooperation, version - 1 = approved proposals, and the record holds the last approved value.
  let lost = 0;
  let approved = 0;
  for (const id of ids) {
    const rows = await db.query<{ year: string }>("select payload->'changes'->>'agenda_jaar' as year from proposal where cooperation_id = $1 and status = 'goedgekeurd' order by decided_at, id", [id]);
    approved += rows.length;
    const record = (await cooperationRecord(db, id))!;
    if (record.version - 1 !== rows.length || (rows.length > 0 && cell(record, 'agenda_jaar') !== rows.at(-1)!.year)) lost++;
  }
  const [{ n: proposals }] = await db.query<{ n: number }>('select count(*)::int as n from proposal');
  const [{ n: stale }] = await db.query<{ n: number }>("select count(*)::int as n from proposal where status <> 'goedgekeurd'");
  log(`  ${proposals} voorstellen, ${approved} goedgekeurd, ${stale} niet (verouderd of onveranderd); verloren updates: ${lost} van ${ids.length} samenwerkingsverbanden`);
  rmSync(dir, { recursive: true, force: true });
  return { requests: all.length, failures, proposals, approved, lost, cooperations: ids.length };
}

export const portalBench: Bench = {
  name: 'portal',
  async run(log) {
    // testDatabase gives a fresh database: PGlite, or with TEST_DATABASE_URL one of its own on that server.
    const url = process.env.TEST_DATABASE_URL;
    delete process.env.TEST_DATABASE_URL;
    for (const [label, server] of [['PGlite (in het geheugen)', undefined], ['PostgreSQL-server', url]] as const) {
      if (label !== 'PGlite (in het geheugen)' && !server) {
        log('PostgreSQL: overgeslagen (zet TEST_DATABASE_URL=postgres://… , bijvoorbeeld van .ci/postgres.sh start)');
        continue;
      }
      if (server) process.env.TEST_DATABASE_URL = server;
      const db = await testDatabase();
      try {
        await portalLoad(label, db, log, { redacteuren: Number(process.env.BENCH_REDACTEUREN ?? 20), rounds: Number(process.env.BENCH_ROUNDS ?? 2) });
      } finally {
        await db.close();
      }
    }
  },
};
