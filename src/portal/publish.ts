/**
 * Publishing: the approved state is exported to the CSV contract, run through the pipeline and
 * built as a static site in a new release folder; a "Wat is er veranderd" page with the changelog
 * since the previous publication is added; then the public `site` link is swapped to the new
 * release in one rename (atomic on POSIX), and only after that the publication is recorded. A crash
 * at any point leaves the old site served; `reconcile` at start points the link back to the last
 * recorded publication when a swap happened without its record.
 */
import { existsSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetChanges, type Changelog } from '../analysis/changes.ts';
import { cooperationHref } from '../present/components.ts';
import { html } from '../present/html.ts';
import { hasErrors, runPipeline, type PipelineResult } from '../pipeline.ts';
import type { Reference } from '../reference/index.ts';
import { renderLayout, siteStatus } from '../present/layout.ts';
import { readDataset } from '../ingest/index.ts';
import type { Db, Queryable } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { loadSheets, writeSheets } from './store.ts';
import { publicConversations } from './conversations.ts';
import { CONVERSATIONS_PATH, conversationsSitePage } from './public-conversations.ts';

export const CHANGES_PATH = '/wat-is-er-veranderd/';

/**
 * Builds the static site of a pipeline result into `outDir`. The CLI layer passes the publish
 * step's builder in, so the portal (beside site and guide) does not import the layer above it.
 */
export type SiteBuilder = (result: PipelineResult, opts: { outDir: string; statusLabel: string }) => Promise<unknown>;

export interface PublishPaths {
  /** Folder that holds releases/ and the `site` link. */
  root: string;
}

export const releasesDir = (p: PublishPaths) => join(p.root, 'releases');
export const siteLink = (p: PublishPaths) => join(p.root, 'site');

function changesPage(log: Changelog, since: string) {
  const names = (items: string[]) => items.join(', ');
  return {
    path: CHANGES_PATH,
    title: 'Wat is er veranderd',
    description: 'Wijzigingen in de samenwerkingsverbanden sinds de vorige publicatie.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>Wat is er veranderd</h1>
<p class="lead">Wijzigingen ten opzichte van ${since}: ${log.added.length} nieuwe, ${log.ended.length} beëindigde en ${log.changed.length} gewijzigde samenwerkingsverbanden.</p>
<h2>Nieuw</h2>${log.added.length ? html`<ul>${log.added.map((c) => html`<li><a href="${cooperationHref(c.id)}">${c.name}</a></li>`)}</ul>` : html`<p>Geen.</p>`}
<h2>Beëindigd</h2>${log.ended.length ? html`<ul>${log.ended.map((c) => html`<li>${c.name}</li>`)}</ul>` : html`<p>Geen.</p>`}
<h2>Gewijzigd</h2>${log.changed.length ? html`<ul>${log.changed.map(
      (c) => html`<li><a href="${cooperationHref(c.id)}">${c.name}</a><ul>
${c.membersAdded.length ? html`<li>Gemeenten erbij: ${names(c.membersAdded)}</li>` : ''}${c.membersRemoved.length ? html`<li>Gemeenten eraf: ${names(c.membersRemoved)}</li>` : ''}
${c.themesAdded.length ? html`<li>Thema’s erbij: ${names(c.themesAdded)}</li>` : ''}${c.themesRemoved.length ? html`<li>Thema’s eraf: ${names(c.themesRemoved)}</li>` : ''}
${c.goalsBefore !== c.goalsAfter ? html`<li>Doelen: ${c.goalsBefore} → ${c.goalsAfter}</li>` : ''}${c.fields.map((f) => html`<li>${f.field}: ${f.before || '(leeg)'} → ${f.after || '(leeg)'}</li>`)}
</ul></li>`,
    )}</ul>` : html`<p>Geen.</p>`}`,
  };
}

export async function lastRelease(db: Queryable): Promise<string | null> {
  const rows = await db.query<{ release: string }>('select release from publication order by id desc limit 1');
  return rows[0]?.release ?? null;
}

function pointSite(paths: PublishPaths, release: string | null): void {
  const link = siteLink(paths);
  if (release === null) {
    rmSync(link, { force: true });
    return;
  }
  const tmp = `${link}.nieuw`;
  rmSync(tmp, { force: true });
  symlinkSync(join('releases', release, 'site'), tmp);
  renameSync(tmp, link);
}

/** At start: the site link points at the last recorded publication; unrecorded releases are removed. */
export async function reconcile(db: Queryable, paths: PublishPaths): Promise<void> {
  if (!existsSync(paths.root)) return;
  const recorded = await lastRelease(db);
  const link = siteLink(paths);
  let current: string | null = null;
  try {
    current = readlinkSync(link);
  } catch {
    current = null;
  }
  if (current !== (recorded ? join('releases', recorded, 'site') : null)) pointSite(paths, recorded);
  const known = new Set((await db.query<{ release: string }>('select release from publication')).map((r) => r.release));
  const dir = releasesDir(paths);
  if (!existsSync(dir)) return;
  const { readdirSync } = await import('node:fs');
  for (const name of readdirSync(dir)) if (!known.has(name) && /^\d{8}T\d{6}-\d+$/.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

export type PublishResult = { ok: true; release: string; changelog: Changelog } | { ok: false; message: string };

let publishing = false;

export async function publish(db: Db, ref: Reference, paths: PublishPaths, actor: Actor, statusLabel: string, buildSite: SiteBuilder): Promise<PublishResult> {
  if (publishing) return { ok: false, message: 'Er loopt al een publicatie; wacht tot die klaar is.' };
  publishing = true;
  try {
    const previous = await lastRelease(db);
    const release = `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${process.pid}`;
    const dir = join(releasesDir(paths), release);
    mkdirSync(dir, { recursive: true });
    await writeSheets(await loadSheets(db), join(dir, 'dataset'));
    const result = await runPipeline(join(dir, 'dataset'));
    if (hasErrors(result.dataset)) {
      rmSync(dir, { recursive: true, force: true });
      return { ok: false, message: 'De goedgekeurde gegevens bevatten fouten; er is niets gepubliceerd.' };
    }
    // After a restore on another server the previous release's files may be missing: no comparison then.
    const previousDir = previous ? join(releasesDir(paths), previous, 'dataset') : null;
    const before = previousDir && existsSync(previousDir) ? await readDataset(previousDir, ref) : null;
    const changelog = before ? datasetChanges(before, result.dataset, (c) => ref.byCode.get(c)?.name ?? c) : { added: [], ended: [], changed: [] };
    await buildSite(result, { outDir: join(dir, 'site'), statusLabel });
    const status = siteStatus(result, statusLabel);
    mkdirSync(join(dir, 'site', CHANGES_PATH), { recursive: true });
    writeFileSync(join(dir, 'site', CHANGES_PATH, 'index.html'), renderLayout(changesPage(changelog, before ? 'de vorige publicatie' : previous ? 'niets: de bestanden van de vorige publicatie staan niet op deze server (na het herstellen van een back-up), dus er is geen vergelijking' : 'de eerste publicatie (nog geen eerdere versie)'), status));
    const names = new Map(result.dataset.cooperations.map((c) => [c.id, c.name]));
    mkdirSync(join(dir, 'site', CONVERSATIONS_PATH), { recursive: true });
    writeFileSync(join(dir, 'site', CONVERSATIONS_PATH, 'index.html'), renderLayout(conversationsSitePage(await publicConversations(db), names), status));
    pointSite(paths, release);
    await db.transaction(async (tx) => {
      await tx.query('insert into publication (published_by, release, changelog) values ($1, $2, $3::jsonb)', [actor.id, release, JSON.stringify(changelog)]);
      await audit(tx, actor, 'gepubliceerd', 'publicatie', release, null, { nieuw: changelog.added.length, beeindigd: changelog.ended.length, gewijzigd: changelog.changed.length });
    });
    return { ok: true, release, changelog };
  } finally {
    publishing = false;
  }
}
