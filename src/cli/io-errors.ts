/**
 * A failed read or write (full disk, no permission, read-only disk, …) becomes one Dutch message
 * that names the path and what to do, with exit 1, instead of a stack trace. A refused output path
 * (src/output) is reported the same way.
 */
import { OutputPathError } from '../output/tree.ts';
import { DataError, IoError, type CliError } from './errors.ts';

const CAUSE: Record<string, string> = {
  ENOSPC: 'de schijf is vol. Maak ruimte vrij of kies een andere schijf, en probeer het opnieuw',
  EDQUOT: 'uw schijfquotum is op. Maak ruimte vrij of kies een andere schijf, en probeer het opnieuw',
  EACCES: 'daarvoor ontbreekt de toestemming. Kies een andere map of pas de rechten aan',
  EPERM: 'het besturingssysteem staat dat niet toe. Kies een andere map of pas de rechten aan',
  EROFS: 'de schijf is alleen-lezen. Kies een map op een schrijfbare schijf',
  ENOTDIR: 'een deel van het pad is een bestand, geen map. Kies een ander pad',
  EISDIR: 'het is een map, geen bestand. Kies een bestandsnaam',
  EEXIST: 'er staat al iets met die naam dat geen map is. Kies een ander pad',
  ENAMETOOLONG: 'de naam is te lang voor het bestandssysteem. Kies een korter pad',
  EIO: 'de schijf gaf een leesfout of schrijffout. Controleer de schijf en probeer het opnieuw',
  EMFILE: 'er staan te veel bestanden tegelijk open. Probeer het opnieuw',
  ENFILE: 'er staan te veel bestanden tegelijk open. Probeer het opnieuw',
  EBUSY: 'het bestand is in gebruik. Sluit het (bijvoorbeeld in Excel) en probeer het opnieuw',
};

const READ_CALLS = new Set(['read', 'scandir', 'stat', 'lstat', 'readlink', 'access', 'opendir']);

/** The CLI error for a file-system error or a refused output path; null for anything else (a program fault). */
export function asIoError(error: unknown): CliError | null {
  if (error instanceof OutputPathError) return new DataError(error.message, { cause: error });
  const e = error as NodeJS.ErrnoException | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || !(e.code in CAUSE)) return null;
  const path = (e as { dest?: string }).dest ?? e.path ?? '';
  const verb = e.syscall && READ_CALLS.has(e.syscall) ? 'lezen' : 'schrijven';
  const what = path ? `${path} kon niet worden ${verb === 'lezen' ? 'gelezen' : 'geschreven'}` : `een bestand kon niet worden ${verb === 'lezen' ? 'gelezen' : 'geschreven'}`;
  return new IoError(`${what}: ${CAUSE[e.code]} (${e.code}).`, path, { cause: error });
}
