/**
 * A dataset uploaded through the portal: the CSV files of one folder (several files) or one .xlsx
 * workbook, written to a temporary folder under their own base names and read by the same import
 * as `regioruimte beheer --data` (readDataset, the check rules; refused when there are errors).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Reference } from '../reference/index.ts';
import type { Actor } from './audit.ts';
import type { Db } from './db.ts';
import { importDataset, type ImportResult } from './store.ts';

export const UPLOAD_LIMITS = { files: 20, fileBytes: 20 * 1024 * 1024, totalBytes: 25 * 1024 * 1024 };

const fileSchema = z
  .instanceof(File)
  .refine((f) => /^[\p{L}\p{N} ._()-]{1,120}\.(csv|xlsx)$/iu.test(basename(f.name)), { message: 'heeft geen naam die eindigt op .csv of .xlsx' })
  .refine((f) => f.size <= UPLOAD_LIMITS.fileBytes, { message: `is groter dan ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB` });

export type UploadResult = { ok: false; problems: string[] } | ImportResult;

/** Checks the uploaded files (names, sizes, one workbook or only CSV files) and imports them. */
export async function importUpload(db: Db, ref: Reference, sent: unknown, actor: Actor): Promise<UploadResult> {
  const list = [sent ?? []].flat().filter((f) => !(f instanceof File && f.size === 0 && f.name === ''));
  if (list.length === 0) return { ok: false, problems: ['Kies een of meer CSV-bestanden of één .xlsx-bestand.'] };
  if (list.length > UPLOAD_LIMITS.files) return { ok: false, problems: [`Stuur ten hoogste ${UPLOAD_LIMITS.files} bestanden tegelijk.`] };
  const problems: string[] = [];
  const files: File[] = [];
  for (const item of list) {
    const parsed = fileSchema.safeParse(item);
    if (parsed.success) files.push(parsed.data);
    else problems.push(`${item instanceof File ? basename(item.name) : 'Een veld'} ${parsed.error.issues[0]?.message ?? 'is geen bestand'}.`);
  }
  const names = files.map((f) => basename(f.name).toLowerCase());
  if (new Set(names).size !== names.length) problems.push('Twee bestanden hebben dezelfde naam.');
  const workbooks = names.filter((n) => n.endsWith('.xlsx')).length;
  if (workbooks > 0 && files.length > 1) problems.push('Stuur óf één .xlsx-bestand óf de CSV-bestanden van één map, niet beide.');
  if (files.reduce((sum, f) => sum + f.size, 0) > UPLOAD_LIMITS.totalBytes) problems.push(`Samen zijn de bestanden groter dan ${UPLOAD_LIMITS.totalBytes / 1024 / 1024} MB.`);
  if (problems.length) return { ok: false, problems };
  const dir = mkdtempSync(join(tmpdir(), 'regioruimte-upload-'));
  try {
    for (const f of files) writeFileSync(join(dir, basename(f.name)), Buffer.from(await f.arrayBuffer()));
    const path = workbooks ? join(dir, basename(files[0].name)) : dir;
    return await importDataset(db, path, ref, actor);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
