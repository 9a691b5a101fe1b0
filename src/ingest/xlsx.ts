/**
 * XLSX reader: opens a workbook with exceljs and turns each sheet into RawRows of cell text.
 * Formula cells yield their cached result (warning naming the cell) or, without one, an error;
 * Excel error values (#N/A, #REF!) are errors; dates become ISO dates, booleans ja/nee.
 */
import ExcelJS from 'exceljs';
import type { RawRow, RawSheet } from './raw.ts';
import type { FindingSink } from './sink.ts';
import { cleanCell } from './normalize.ts';

export async function openWorkbook(path: string, display: string, sink: FindingSink): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
    return workbook;
  } catch (error) {
    sink.add({
      severity: 'error',
      file: display,
      message: `Dit bestand is geen leesbaar Excel-werkboek (.xlsx): ${shortReason(error)}.`,
      hint: 'Open het bestand in Excel en sla het opnieuw op als "Excel-werkmap (*.xlsx)", of lever CSV-bestanden in een map aan.',
    });
    return null;
  }
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 160);
}

/** Excel column letters for a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function worksheetSheet(worksheet: ExcelJS.Worksheet, file: string, sink: FindingSink): RawSheet {
  return { file, records: worksheetRows(worksheet, file, sink) };
}

async function* worksheetRows(worksheet: ExcelJS.Worksheet, file: string, sink: FindingSink): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  let header: string[] | null = null;
  const rowCount = worksheet.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: string[] = [];
    const width = row.cellCount;
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const columnName = header?.[c - 1] || columnLetter(c);
      cells.push(cellText(cell.value, `${columnLetter(c)}${r}`, { file, row: r, column: columnName }, sink));
    }
    if (header === null && cells.some((cell) => cleanCell(cell) !== '')) header = cells.map(cleanCell);
    batch.push({ row: r, cells });
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

interface Where {
  file: string;
  row: number;
  column: string;
}

type CellValue = ExcelJS.CellValue | undefined;

function cellText(value: CellValue, address: string, where: Where, sink: FindingSink): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = 'formula' in value && value.formula ? value.formula : (value as { sharedFormula?: string }).sharedFormula ?? '';
      const result = (value as { result?: CellValue }).result;
      if (result === undefined || result === null || (typeof result === 'object' && 'error' in (result as object))) {
        sink.add({
          severity: 'error',
          ...where,
          value: `=${formula}`,
          message: `Cel '${address}' bevat een formule zonder opgeslagen uitkomst; de cel is als leeg gelezen.`,
          hint: 'Open het werkboek in Excel en sla het op (dan wordt de uitkomst bewaard), of vervang de formule door de waarde (Plakken speciaal → Waarden).',
        });
        return '';
      }
      const text = cellText(result, address, where, sink);
      sink.add({
        severity: 'warning',
        ...where,
        value: `=${formula}`,
        message: `Cel '${address}' bevat een formule; de opgeslagen uitkomst '${text}' is gebruikt.`,
        hint: 'Vervang formules door waarden, zodat de invoer niet verandert als het werkboek opnieuw rekent.',
      });
      return text;
    }
    if ('error' in value) {
      sink.add({
        severity: 'error',
        ...where,
        value: String((value as { error: unknown }).error),
        message: `Cel '${address}' bevat een Excel-foutwaarde; de cel is als leeg gelezen.`,
        hint: 'Herstel de fout in Excel of vul de waarde zelf in.',
      });
      return '';
    }
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part) => part.text).join('');
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) {
        return (text as { richText: { text: string }[] }).richText.map((p) => p.text).join('');
      }
      return '';
    }
  }
  return String(value);
}
