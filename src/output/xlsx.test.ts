import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reproducibleWorkbook, reproducibleXlsxBytes } from '../present/workbook.ts';
import { columnName, crc32, xlsxBytes, xmlText, type XlsxSheet } from './xlsx.ts';

const AWKWARD = [' voorloopspatie', 'slotspatie ', 'twee\nregels', 'a & b <c> "d" \'e\'', 'stuur\u0001teken\u007f', 'tab\tin', '', '=SOM(A1)', 'ë 😀'];

const SHEETS: XlsxSheet[] = [
  {
    name: 'leesmij',
    widths: [22, 22, 26, 90],
    rows: [
      { cells: ['Titel'], style: { bold: true, size: 15 } },
      { cells: [] },
      { cells: ['kop', 'rijen'], style: { bold: true } },
      { cells: ['blad', 323, 12.5, -4] },
    ],
  },
  {
    name: 'gegevens & meer',
    frozenRows: 1,
    rows: [
      { cells: ['id', 'tekst', 'getal'], style: { bold: true } },
      ...AWKWARD.map((text, i) => ({ cells: [`r${i}`, text, i % 2 === 0 ? i : null] })),
      { cells: [null, 'zonder id'], style: { wrapText: true, vertical: 'top' } },
    ],
  },
];

/** The same workbook built with exceljs, the way the site built it before this writer. */
async function withExceljs(sheets: XlsxSheet[]): Promise<Buffer> {
  const workbook = reproducibleWorkbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, s.frozenRows ? { views: [{ state: 'frozen', ySplit: s.frozenRows }] } : {});
    if (s.widths) sheet.columns = s.widths.map((width) => ({ width }));
    for (const r of s.rows) {
      const row = sheet.addRow(r.cells);
      if (r.style?.bold || r.style?.size) row.font = { ...(r.style.bold ? { bold: true } : {}), ...(r.style.size ? { size: r.style.size } : {}) };
      if (r.style?.wrapText) row.alignment = { wrapText: true, vertical: r.style.vertical };
    }
  }
  return reproducibleXlsxBytes(workbook);
}

describe('xlsx writer', () => {
  it('writes the bytes exceljs writes for the same workbook', async () => {
    expect(xlsxBytes(SHEETS).equals(await withExceljs(SHEETS))).toBe(true);
  });

  it('reads back with typed cells, styles, widths and the frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxBytes(SHEETS) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['leesmij', 'gegevens & meer']);
    const readme = workbook.getWorksheet('leesmij')!;
    expect(readme.getCell('A1').font).toMatchObject({ bold: true, size: 15 });
    expect(readme.getRow(2).cellCount).toBe(0);
    expect(readme.getRow(4).values).toEqual([undefined, 'blad', 323, 12.5, -4]);
    expect(readme.getCell('B4').type).toBe(ExcelJS.ValueType.Number);
    expect(readme.columns.map((c) => c.width)).toEqual([22, 22, 26, 90]);
    const data = workbook.getWorksheet('gegevens & meer')!;
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(AWKWARD.map((_, i) => data.getCell(`B${i + 2}`).value)).toEqual(AWKWARD.map((t) => t.replace(/[\u0001\u007f]/g, '')));
    expect(data.getCell('C3').type).toBe(ExcelJS.ValueType.Null);
    expect(data.getCell('B11').alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(workbook.creator).toBe('regioruimte');
    expect(workbook.created.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('gives the same bytes every time, stamped 1980-01-01 00:00', () => {
    const a = xlsxBytes(SHEETS);
    expect(a.equals(xlsxBytes(SHEETS))).toBe(true);
    // First local file header: DOS time at offset 10, date at 12 ((0 << 9) | (1 << 5) | 1 = 33).
    expect([a.readUInt16LE(10), a.readUInt16LE(12)]).toEqual([0, 33]);
  });

  it('names columns and escapes text like a spreadsheet expects', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    expect(xmlText('a<b>&"c"\'d\u0002')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d');
  });

  it('checksums entries with the standard CRC-32', () => {
    // The CRC-32 check value of the ASCII digits 1-9.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
