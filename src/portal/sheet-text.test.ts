import { describe, expect, it } from 'vitest';
import { parseSheetText, sheetText } from './sheet-text.ts';

describe('parseSheetText / sheetText', () => {
  it('reproduces a file byte for byte, including BOM, CRLF, quoting and a missing final line ending', () => {
    const text = '\ufeffid;naam\r\na;"x; y"\r\n"b";"met ""aanhalingstekens"""\r\nc;"twee\r\nregels"';
    const sheet = parseSheetText('s.csv', text);
    expect(sheet.delimiter).toBe(';');
    expect(sheet.eol).toBe('\r\n');
    expect(sheet.rows.map((r) => r.cells)).toEqual([['a', 'x; y'], ['b', 'met "aanhalingstekens"'], ['c', 'twee\r\nregels']]);
    expect(sheetText(sheet)).toBe(text);
  });

  it('writes a changed record in the dialect of the file and leaves the others untouched', () => {
    const text = 'id,naam,themas\n"a",A,Wonen\nb,B,Overig\n';
    const sheet = parseSheetText('s.csv', text);
    sheet.rows[1] = { cells: ['b', 'B, nieuw', 'Wonen;Overig'], raw: null };
    // Row a keeps its unneeded quotes; row b is quoted only where the comma requires it.
    expect(sheetText(sheet)).toBe('id,naam,themas\n"a",A,Wonen\nb,"B, nieuw",Wonen;Overig\n');
  });

  it('starts an appended record on a new line when the file had no final line ending', () => {
    const sheet = parseSheetText('s.csv', 'id,naam\na,A');
    sheet.rows.push({ cells: ['b', 'B'], raw: null });
    expect(sheetText(sheet)).toBe('id,naam\na,A\nb,B\n');
  });
});
