/**
 * A whole output folder built at once (the site): everything is written into a hidden temporary
 * sibling, and only when complete is it swapped in with renames. The folder's manifest lists every
 * file a build wrote; a rebuild deletes only those. Anything else in the folder (a dataset, `.git`,
 * notes) is not ours: it is moved along into the new folder by rename and never deleted. A kill at
 * any moment leaves the old site or the new one in place, and the next build finishes or undoes
 * what the killed one left behind (`recoverSiteDir`).
 */
import { appendFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputPathError, OutputTree, TEMP_SUFFIX, writeFileAtomic } from './tree.ts';

/** Marks a folder as ours and lists the files we wrote (JSON). Older builds wrote one line of text. */
export const MANIFEST_FILE = '.regioruimte-site';
/** Lists each path of a staged build before it is written, so a killed build can be removed exactly. */
const JOURNAL_FILE = '.regioruimte-journal';

interface Manifest {
  /** The files we wrote, relative, `/`-separated; null for a marker of an older version (no list). */
  files: string[] | null;
}

/** The manifest of `dir`, or null when the folder has none (not ours). */
export function readManifest(dir: string): Manifest | null {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    if (Array.isArray(parsed.files) && parsed.files.every((f) => typeof f === 'string')) return { files: parsed.files as string[] };
  } catch {
    // An older marker: plain text.
  }
  return { files: null };
}

function siblingPrefix(target: string): string {
  return `.${basename(target).slice(0, 80)}.regioruimte-`;
}

/** Throws when `outDir` exists and is a non-empty folder without our manifest (we never build into those). */
export function assertSiteDirUsable(outDir: string): void {
  const target = resolve(outDir);
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new OutputPathError(`${target} is een bestand, geen map; kies een andere map voor de site.`);
  if (readdirSync(target).length > 0 && !readManifest(target)) {
    throw new OutputPathError(`De map ${target} bestaat al en is geen eerder gebouwde site; kies een lege of nieuwe map.`);
  }
}

/**
 * Builds into a staged sibling of `outDir` through an OutputTree and swaps it in. Returns the
 * build's result and notes about what a recovery found (for the user).
 */
export async function buildSiteDir<T>(outDir: string, build: (tree: OutputTree) => Promise<T>): Promise<{ result: T; notes: string[] }> {
  const requested = resolve(outDir);
  mkdirSync(dirname(requested), { recursive: true });
  const target = existsSync(requested) ? realpathSync(requested) : join(realpathSync(dirname(requested)), basename(requested));
  const notes = recoverSiteDir(target);
  assertSiteDirUsable(target);
  const staged = mkdtempSync(join(dirname(target), `${siblingPrefix(target)}new-`));
  const journal = join(staged, JOURNAL_FILE);
  const tree = new OutputTree(staged, (rel) => appendFileSync(journal, `${rel}\n`));
  let result: T;
  try {
    result = await build(tree);
    writeFileAtomic(join(staged, MANIFEST_FILE), `${JSON.stringify({ generator: 'regioruimte', files: tree.written() }, null, 1)}\n`);
    rmSync(journal);
  } catch (error) {
    discardIncomplete(staged);
    throw error;
  }
  swapIn(target, staged, tree.written());
  return { result, notes };
}

/** Files and whole folders in `dir` that are not in `ours` (paths relative, `/`-separated). */
export function foreignEntries(dir: string, ours: ReadonlySet<string>, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const rel = prefix + name;
    if (rel === MANIFEST_FILE) continue;
    if (lstatSync(join(dir, name)).isDirectory()) {
      const hasOurs = [...ours].some((f) => f.startsWith(`${rel}/`));
      if (hasOurs) out.push(...foreignEntries(join(dir, name), ours, `${rel}/`));
      else out.push(rel);
    } else if (!ours.has(rel)) out.push(rel);
  }
  return out;
}

function conflicts(entry: string, newFiles: readonly string[]): boolean {
  const e = entry.toLowerCase();
  return newFiles.some((f) => {
    const n = f.toLowerCase();
    return n === e || n.startsWith(`${e}/`) || e.startsWith(`${n}/`);
  });
}

/** Moves the entries from `from` to the same relative place in `to`, by rename only. */
function moveEntries(from: string, to: string, entries: readonly string[]): void {
  for (const rel of entries) {
    const destination = join(to, ...rel.split('/'));
    if (existsSync(destination)) throw new OutputPathError(`${join(from, rel)} is niet door regioruimte gemaakt en staat in de weg; verplaats het en bouw opnieuw.`);
    mkdirSync(dirname(destination), { recursive: true });
    renameSync(join(from, ...rel.split('/')), destination);
  }
}

function swapIn(target: string, staged: string, newFiles: string[]): void {
  if (!existsSync(target)) {
    renameSync(staged, target);
    return;
  }
  const manifest = readManifest(target);
  // An older marker has no list: then only the paths this build writes again count as ours.
  const ours = new Set(manifest?.files ?? newFiles.filter((f) => existsSync(join(target, ...f.split('/')))));
  const foreign = foreignEntries(target, ours);
  const blocking = foreign.filter((e) => conflicts(e, newFiles));
  if (blocking.length) {
    discardStaged(staged, newFiles);
    throw new OutputPathError(`${join(target, blocking[0])} is niet door regioruimte gemaakt en staat op een plek waar de nieuwe site een bestand schrijft; verplaats het en bouw opnieuw.`);
  }
  moveEntries(target, staged, foreign);
  const old = join(dirname(target), `${siblingPrefix(target)}old-${process.pid}-${Date.now()}`);
  renameSync(target, old);
  renameSync(staged, target);
  removeOld(old, target, [...ours]);
}

/** Deletes `files` (ours) and the folders that become empty; returns true when `dir` is gone. */
function removeOurs(dir: string, files: readonly string[]): boolean {
  for (const f of [...files, MANIFEST_FILE, JOURNAL_FILE]) rmSync(join(dir, ...f.split('/')), { force: true });
  pruneEmpty(dir);
  return !existsSync(dir);
}

/** Removes `dir`'s empty folders bottom-up (and our temporary files), `dir` itself when it ends up empty. */
function pruneEmpty(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pruneEmpty(path);
    else if (entry.isFile() && entry.name.endsWith(TEMP_SUFFIX)) rmSync(path, { force: true });
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

function removeOld(old: string, target: string, ours: string[]): void {
  const foreign = foreignEntries(old, new Set(ours));
  moveEntries(old, target, foreign.filter((e) => !existsSync(join(target, ...e.split('/')))));
  removeOurs(old, ours);
}

/** A staged build that failed or was killed before its manifest: remove exactly what it journaled. */
function discardIncomplete(staged: string): void {
  const journal = join(staged, JOURNAL_FILE);
  const files = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').filter(Boolean) : [];
  removeOurs(staged, files);
}

function discardStaged(staged: string, files: readonly string[]): void {
  removeOurs(staged, files);
}

/**
 * Finishes or undoes what a killed build left next to `target`: an incomplete staged build is
 * removed; a complete one is swapped in when `target` is missing (the kill fell between the two
 * renames), else its foreign files go back; an old site is moved back when `target` is missing,
 * else its files are deleted. Returns one Dutch note per recovered folder.
 */
export function recoverSiteDir(target: string): string[] {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const prefix = siblingPrefix(target);
  const leftovers = readdirSync(parent)
    .filter((n) => n.startsWith(prefix))
    .sort((a, b) => Number(a.startsWith(`${prefix}old-`)) - Number(b.startsWith(`${prefix}old-`)) || a.localeCompare(b));
  const notes: string[] = [];
  for (const name of leftovers) {
    const dir = join(parent, name);
    const manifest = readManifest(dir);
    if (name.startsWith(`${prefix}new-`) && !manifest) {
      discardIncomplete(dir);
      notes.push(`Een afgebroken eerdere bouw (${dir}) is opgeruimd.`);
    } else if (!existsSync(target)) {
      renameSync(dir, target);
      notes.push(`Na een afgebroken bouw is de ${name.startsWith(`${prefix}new-`) ? 'nieuwe' : 'vorige'} site teruggezet in ${target}.`);
    } else {
      removeOld(dir, target, manifest?.files ?? []);
      notes.push(`Een overblijfsel van een afgebroken bouw (${dir}) is opgeruimd.`);
    }
  }
  return notes;
}
