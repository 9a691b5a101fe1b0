/**
 * exceljs workbooks with reproducible bytes, for the portal's backup workbook (the site's workbooks
 * use the lighter writer in ../output/xlsx.ts): fixed document dates and zip entry times.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { fixZipTimestamps } from '../output/xlsx.ts';

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** A new workbook whose metadata does not depend on when it is made (same content, same bytes). */
export function reproducibleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'regioruimte';
  workbook.lastModifiedBy = 'regioruimte';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  return workbook;
}

/**
 * The workbook's bytes with fixed zip entry times, so writing it twice gives identical files.
 * ExcelJS deflates through pure-JS pako, which costs about three quarters of writing a small
 * workbook; it writes the parts uncompressed here and fflate deflates them, several times faster
 * for the same compression level.
 */
export async function reproducibleXlsxBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const parts = unzipSync(new Uint8Array(stored));
  // zipSync reads mtime as local time; fixZipTimestamps then sets one fixed time in every zone.
  return fixZipTimestamps(Buffer.from(zipSync(parts, { level: 6, mtime: new Date(2000, 0, 1) })));
}
