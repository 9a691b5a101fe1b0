/**
 * Every file the product writes goes through here. `OutputTree` confines writes to one root folder:
 * a relative path is checked segment by segment (no empty, `.` or `..` segment, no NUL or
 * backslash, each segment far below the file-system limit), must stay inside the root also after
 * symlinks are resolved, and may be written once (case-insensitively, so nothing is overwritten on
 * macOS or Windows either). Every file is written atomically: a temporary file in the same folder,
 * then a rename, so a reader or a kill never sees half a file.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Bytes per path segment we allow ourselves: leaves room for the temporary-file suffix below 255. */
export const MAX_SEGMENT_BYTES = 200;
/** Marks our temporary files, so a recovery may remove them. */
export const TEMP_SUFFIX = '.regioruimte-tmp';

/** A path we refuse to write (outside the root, unsafe name, or already written); Dutch message. */
export class OutputPathError extends Error {}

/** The temporary sibling of `path` used by writeFileAtomic (hidden, bounded length, per process). */
export function tempPathFor(path: string): string {
  const name = basename(path);
  const short = Buffer.byteLength(name) > 100 ? Buffer.from(name).subarray(0, 100).toString('utf8').replace(/\uFFFD+$/, '') : name;
  return join(dirname(path), `.${short}.${process.pid}${TEMP_SUFFIX}`);
}

/**
 * Writes `content` to `path` via a temporary file in the same folder and a rename, so `path` holds
 * the old or the new content, never a part. Content given as pieces (an iterable of strings) is
 * written piece by piece, so it never has to exist as one string. Refuses to replace anything but a
 * regular file (a device, a FIFO or a folder would be swapped away by the rename).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>): void {
  const existing = lstatOrNull(path);
  if (existing && !existing.isFile()) throw new OutputPathError(`${path} bestaat al en is geen gewoon bestand; het wordt niet vervangen. Kies een ander pad.`);
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(temp, content);
    else writePieces(temp, content);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created (or it is not a file we made): leave it.
    }
    // Name the file the user asked for, not our temporary sibling.
    if (error && typeof error === 'object' && 'code' in error) Object.assign(error, { path, dest: undefined });
    throw error;
  }
}

function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** True when `path` is `root` itself or inside it (both absolute, already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Splits a site path ("/samenwerkingen/x/index.html") into checked segments, or throws. */
export function checkedSegments(relPath: string): string[] {
  const segments = relPath.replace(/^\/+/, '').split('/');
  for (const s of segments) {
    const bad =
      s === '' ? 'een lege naam' : s === '.' || s === '..' ? `'${s}'` : /[\0\\]/.test(s) ? 'een NUL-teken of backslash' : Buffer.byteLength(s) > MAX_SEGMENT_BYTES ? `een naam van meer dan ${MAX_SEGMENT_BYTES} bytes` : null;
    if (bad) throw new OutputPathError(`pad '${relPath}' wordt niet geschreven: het bevat ${bad}`);
  }
  return segments;
}

export class OutputTree {
  /** The root folder, symlinks resolved. */
  readonly root: string;
  private readonly files = new Map<string, string>();
  private readonly folders = new Set<string>();

  /** `onWrite` is told each path before it is written (the staged build journals it). */
  constructor(root: string, private readonly onWrite?: (relPath: string) => void) {
    mkdirSync(root, { recursive: true });
    this.root = realpathSync(root);
  }

  /** The absolute path for `relPath` after every check; its folder exists afterwards. */
  path(relPath: string): string {
    const segments = checkedSegments(relPath);
    const rel = segments.join('/');
    const key = rel.toLowerCase();
    if (this.files.has(key)) throw new OutputPathError(`twee bestanden zouden op hetzelfde pad komen: '${rel}'${this.files.get(key) !== rel ? ` en '${this.files.get(key)}'` : ''}`);
    if (this.folders.has(key)) throw new OutputPathError(`'${rel}' is al een map in de uitvoer en kan geen bestand worden`);
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/').toLowerCase();
      if (this.files.has(folder)) throw new OutputPathError(`'${rel}' kan niet worden geschreven: '${this.files.get(folder)}' is al een bestand`);
    }
    const target = resolve(this.root, ...segments);
    if (!isInside(this.root, target)) throw new OutputPathError(`pad '${relPath}' valt buiten de uitvoermap ${this.root}`);
    const folder = dirname(target);
    mkdirSync(folder, { recursive: true });
    if (!isInside(this.root, realpathSync(folder))) throw new OutputPathError(`pad '${relPath}' valt via een symbolische koppeling buiten de uitvoermap ${this.root}`);
    if (isSymlink(target)) throw new OutputPathError(`'${rel}' is een symbolische koppeling; die wordt niet overschreven`);
    this.files.set(key, rel);
    for (let i = 1; i < segments.length; i++) this.folders.add(segments.slice(0, i).join('/').toLowerCase());
    this.onWrite?.(rel);
    return target;
  }

  write(relPath: string, content: string | Uint8Array): void {
    writeFileAtomic(this.path(relPath), content);
  }

  /** Copies every file under `sourceDir` to `relDir` (sorted, so the order is deterministic). */
  copyDir(sourceDir: string, relDir: string): void {
    for (const entry of readdirSync(sourceDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const source = join(sourceDir, entry.name);
      if (entry.isDirectory()) this.copyDir(source, `${relDir}/${entry.name}`);
      else if (entry.isFile()) this.write(`${relDir}/${entry.name}`, readFileSync(source));
    }
  }

  /** Every path written so far, sorted. */
  written(): string[] {
    return [...this.files.values()].sort();
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function isSymlink(path: string): boolean {
  return lstatOrNull(path)?.isSymbolicLink() ?? false;
}
