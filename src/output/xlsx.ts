/**
 * A small XLSX writer for the workbooks the site publishes (the dataset and the answer templates):
 * typed cells (text, number, or none), a font (bold, size) or alignment per row, column widths and
 * frozen header rows. It writes the parts exceljs writes for the same workbook (shared strings,
 * styles, the default Office theme, fixed document properties), so reading a file back gives the
 * same sheets, values and styles, at a fraction of exceljs's cost and without loading it: a site
 * build writes about a hundred workbooks. Deterministic bytes: fixed document dates and zip times.
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'fflate';

export type XlsxCell = string | number | null;

export interface XlsxStyle {
  bold?: boolean;
  /** Font size in points (the default font is Calibri 11). */
  size?: number;
  wrapText?: boolean;
  vertical?: 'top';
}

export interface XlsxRow {
  /** `null` leaves the cell out; an empty string is an empty text cell. */
  cells: XlsxCell[];
  /** Applied to the row and to each of its cells. */
  style?: XlsxStyle;
}

export interface XlsxSheet {
  name: string;
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Rows kept in view when scrolling (a frozen pane below them). */
  frozenRows?: number;
  /** From row 1; a row without cells stays empty. */
  rows: XlsxRow[];
}

const DOCUMENT_DATE = '2025-01-01T00:00:00Z';
const CREATOR = 'regioruimte';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument';

/** exceljs's copy of the default Office theme (a string module; exceljs itself is not loaded). */
const theme = (): string => createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;

/** XML text/attribute escape as exceljs does it: markup characters escaped, other control characters dropped. */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => XML_ESCAPES[c] ?? '');
}
const XML_ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Column letters of a 0-based index (0 → A, 26 → AA). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Shared strings in order of first use, and the cell formats (xf) in order of first use. */
class Registry {
  readonly strings: string[] = [];
  readonly stringIndex = new Map<string, number>();
  stringCount = 0;
  /** Style keys; index 0 is the default format. */
  readonly styles: XlsxStyle[] = [{}];
  private readonly styleIndex = new Map<string, number>([['{}', 0]]);

  string(text: string): number {
    this.stringCount++;
    let i = this.stringIndex.get(text);
    if (i === undefined) {
      this.stringIndex.set(text, (i = this.strings.length));
      this.strings.push(text);
    }
    return i;
  }

  style(style: XlsxStyle | undefined): number {
    const key = JSON.stringify(style ?? {});
    let i = this.styleIndex.get(key);
    if (i === undefined) {
      this.styleIndex.set(key, (i = this.styles.length));
      this.styles.push(style!);
    }
    return i;
  }
}

function cellXml(ref: string, cell: string | number, s: number, reg: Registry): string {
  const style = s > 0 ? ` s="${s}"` : '';
  if (typeof cell === 'number') return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  return `<c r="${ref}"${style} t="s"><v>${reg.string(cell)}</v></c>`;
}

function rowXml(row: XlsxRow, r: number, reg: Registry): string {
  const s = row.style ? reg.style(row.style) : 0;
  let cells = '';
  row.cells.forEach((cell, i) => {
    // A left-out cell in a styled row still carries the row's style (as in exceljs).
    if (cell !== null) cells += cellXml(`${columnName(i)}${r}`, cell, s, reg);
    else if (s > 0) cells += `<c r="${columnName(i)}${r}" s="${s}"/>`;
  });
  if (cells === '') return '';
  const format = s > 0 ? ` s="${s}" customFormat="1"` : '';
  // exceljs counts the left-out (null) cells in the span too.
  return `<row r="${r}" spans="1:${row.cells.length}"${format} x14ac:dyDescent="0.25">${cells}</row>`;
}

/** Column widths with neighbours of equal width in one range, as exceljs writes them. */
function colsXml(widths: readonly number[]): string {
  let xml = '';
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    xml += `<col min="${i + 1}" max="${j + 1}" width="${widths[i]}" customWidth="1"/>`;
    i = j + 1;
  }
  return xml === '' ? '' : `<cols>${xml}</cols>`;
}

function sheetXml(sheet: XlsxSheet, reg: Registry): string {
  const rows = sheet.rows.map((row, i) => rowXml(row, i + 1, reg)).join('');
  const width = Math.max(1, ...sheet.rows.map((row) => row.cells.length));
  const height = Math.max(1, sheet.rows.length);
  const frozen = sheet.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
    : '';
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<dimension ref="A1:${columnName(width - 1)}${height}"/>${frozen}<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>` +
    `${colsXml(sheet.widths ?? [])}<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>`
  );
}

const fontXml = (s: XlsxStyle): string => `<font>${s.bold ? '<b/>' : ''}${s.size ? `<sz val="${s.size}"/>` : ''}</font>`;

function stylesXml(reg: Registry): string {
  const fonts: string[] = ['<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>'];
  const xfs = reg.styles.map((s, i) => {
    if (i === 0) return '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    let fontId = 0;
    if (s.bold || s.size) {
      const font = fontXml(s);
      fontId = fonts.indexOf(font);
      if (fontId < 0) fontId = fonts.push(font) - 1;
    }
    const aligned = s.wrapText || s.vertical;
    const alignment = aligned ? `<alignment${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrapText ? ' wrapText="1"' : ''}/>` : '';
    return `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${fontId ? ' applyFont="1"' : ''}${aligned ? ' applyAlignment="1"' : ''}${alignment ? `>${alignment}</xf>` : '/>'}`;
  });
  return (
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
    `<fonts count="${fonts.length}" x14ac:knownFonts="1">${fonts.join('')}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>` +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
    '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'
  );
}

function sharedStringsXml(reg: Registry): string {
  const items = reg.strings.map((t) => `<si><t${/^\s|\n|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`).join('');
  return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${reg.stringCount}" uniqueCount="${reg.strings.length}">${items}</sst>`;
}

function packageParts(sheets: readonly XlsxSheet[]): Record<string, string> {
  const n = sheets.length;
  const sheetIds = sheets.map((_, i) => i + 1);
  const overrides = sheetIds.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CONTENT}.spreadsheetml.worksheet+xml"/>`).join('');
  const names = sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('');
  return {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/theme/theme1.xml" ContentType="${CONTENT}.theme+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.spreadsheetml.sharedStrings+xml"/>` +
      `<Default Extension="vml" ContentType="${CONTENT}.vmlDrawing"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CONTENT}.extended-properties+xml"/></Types>`,
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/app.xml':
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${names}</vt:vector></TitlesOfParts><Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    'docProps/core.xml':
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>${CREATOR}</dc:creator><dc:title></dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy><cp:lastPrinted>${DOCUMENT_DATE}</cp:lastPrinted>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${DOCUMENT_DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${DOCUMENT_DATE}</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
      `<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>` +
      `${sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="visible" r:id="rId${i + 4}"/>`).join('')}</sheets><calcPr calcId="171027"/></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>${sheetIds.map((i) => `<Relationship Id="rId${i + 3}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}</Relationships>`,
  };
}

/** The workbook's bytes; the same sheets give the same bytes. */
export function xlsxBytes(sheets: readonly XlsxSheet[]): Buffer {
  const reg = new Registry();
  const parts = packageParts(sheets);
  const worksheets = sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, reg)]);
  // Entries (folders too) in exceljs's order, so the bytes equal those of the same workbook written by exceljs.
  const entries: [string, string][] = [
    ['[Content_Types].xml', parts['[Content_Types].xml']],
    ['_rels/', ''],
    ['_rels/.rels', parts['_rels/.rels']],
    ['xl/', ''],
    ['xl/_rels/', ''],
    ['xl/_rels/workbook.xml.rels', parts['xl/_rels/workbook.xml.rels']],
    ['xl/worksheets/', ''],
    ...(worksheets as [string, string][]),
    ['xl/sharedStrings.xml', sharedStringsXml(reg)],
    ['xl/theme/', ''],
    ['xl/theme/theme1.xml', theme()],
    ['xl/styles.xml', stylesXml(reg)],
    ['docProps/', ''],
    ['docProps/app.xml', parts['docProps/app.xml']],
    ['docProps/core.xml', parts['docProps/core.xml']],
    ['xl/workbook.xml', parts['xl/workbook.xml']],
  ];
  return zipArchive(entries.map(([name, xml]) => ({ name, xml, cache: !/^xl\/(worksheets\/|sharedStrings)/.test(name) })));
}

/**
 * Deflated parts by content. The theme, the styles and the package parts are the same in every
 * answer template, and deflating them was most of the cost of writing one.
 */
const deflatedParts = new Map<string, { data: Uint8Array; crc: number; size: number }>();
const DEFLATED_KEPT = 64;
const encoder = new TextEncoder();

function deflatePart(xml: string, cache: boolean): { data: Uint8Array; crc: number; size: number } {
  const hit = cache ? deflatedParts.get(xml) : undefined;
  if (hit) return hit;
  const raw = encoder.encode(xml);
  const part = { data: deflateSync(raw, { level: 6 }), crc: crc32(raw), size: raw.length };
  if (cache && deflatedParts.size < DEFLATED_KEPT) deflatedParts.set(xml, part);
  return part;
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
}

/** DOS date of 1980-01-01 (time 00:00 is 0): the zip epoch, the same in every time zone. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip archive with deflated entries laid out as fflate's zipSync writes them (version 20, no
 * extra fields, no data descriptors), every entry stamped 1980-01-01 00:00.
 */
function zipArchive(parts: { name: string; xml: string; cache: boolean }[]): Buffer {
  const entries = parts.map((p) => ({ name: Buffer.from(p.name, 'utf8'), ...deflatePart(p.xml, p.cache) }));
  const header = (e: (typeof entries)[number], central: boolean, offset: number): Buffer => {
    const h = Buffer.alloc(central ? 46 : 30);
    const at = central ? 2 : 0;
    h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
    if (central) h.writeUInt8(20, 4);
    h.writeUInt8(20, 4 + at);
    h.writeUInt16LE(8, 8 + at);
    h.writeUInt16LE(DOS_DATE, 12 + at);
    h.writeUInt32LE(e.crc, 14 + at);
    h.writeUInt32LE(e.data.length, 18 + at);
    h.writeUInt32LE(e.size, 22 + at);
    h.writeUInt16LE(e.name.length, 26 + at);
    if (central) h.writeUInt32LE(offset, 42);
    return h;
  };
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    offsets.push(offset);
    chunks.push(header(e, false, 0), e.name, e.data);
    offset += 30 + e.name.length + e.data.length;
  }
  let centralSize = 0;
  entries.forEach((e, i) => {
    chunks.push(header(e, true, offsets[i]), e.name);
    centralSize += 46 + e.name.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}

/**
 * Sets every zip entry's DOS modification time/date to 1980-01-01 00:00 (local headers and the
 * central directory), because the zip writer stamps entries with the current time.
 */
export function fixZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && p + 46 <= out.length; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) break;
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (local + 30 <= out.length && out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(DOS_TIME, local + 10);
      out.writeUInt16LE(DOS_DATE, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

