import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputPathError } from '../output/tree.ts';
import { EXIT_DATA_ERRORS } from './errors.ts';
import { asIoError } from './io-errors.ts';

function thrown(f: () => void): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('asIoError(error)', () => {
  it('a real full disk (/dev/full) becomes one Dutch message with exit 1', () => {
    const e = asIoError(thrown(() => writeFileSync('/dev/full', 'x')));
    expect(e?.exitCode).toBe(EXIT_DATA_ERRORS);
    expect(e?.message).toBe('een bestand kon niet worden geschreven: de schijf is vol. Maak ruimte vrij of kies een andere schijf, en probeer het opnieuw (ENOSPC).');
  });

  it('names the path and the cause for permission, read-only and not-a-folder errors', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rr-io-')), 'bestand');
    writeFileSync(file, 'x');
    const notDir = asIoError(thrown(() => writeFileSync(join(file, 'a.json'), 'x')));
    expect(notDir?.message).toBe(`${join(file, 'a.json')} kon niet worden geschreven: een deel van het pad is een bestand, geen map. Kies een ander pad (ENOTDIR).`);
    const rofs = asIoError(Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS', syscall: 'open', path: '/mnt/cd/a.json' }));
    expect(rofs?.message).toBe('/mnt/cd/a.json kon niet worden geschreven: de schijf is alleen-lezen. Kies een map op een schrijfbare schijf (EROFS).');
    const denied = asIoError(Object.assign(new Error('EACCES'), { code: 'EACCES', syscall: 'scandir', path: '/root/data' }));
    expect(denied?.message).toMatch(/^\/root\/data kon niet worden gelezen: daarvoor ontbreekt de toestemming/);
  });

  it('a refused output path is a user error too; any other error stays a program fault', () => {
    expect(asIoError(new OutputPathError('pad valt buiten de uitvoermap'))?.exitCode).toBe(EXIT_DATA_ERRORS);
    expect(asIoError(new TypeError('x is undefined'))).toBeNull();
    expect(asIoError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeNull();
  });
});
