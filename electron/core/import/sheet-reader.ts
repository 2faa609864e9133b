import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppFailure } from '../errors';
import { loadExcel } from './excel';

/*
 * A picked spreadsheet as a grid of cells: strings, numbers, real dates or null. Merged cells
 * carry their value into every cell they cover (a heading merged over two columns names both).
 */

export type Cell = string | number | Date | null;

export type Grid = {
  kind: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  rows: Cell[][];
  /** Merged areas, 0-based inclusive: a heading spanning columns, a title across the sheet. */
  merges: { top: number; left: number; bottom: number; right: number }[];
};

const MAX_ROWS = 60_000;
const MAX_COLUMNS = 200;

const unreadable = (what: string) =>
  new AppFailure('VALIDATION', `Muhafiz could not read this file: ${what}`, { base64: what });

/** Text from whatever exceljs holds in a cell: rich text, a formula's result, a hyperlink, an error. */
const cellValue = (v: ExcelJS.CellValue): Cell => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return null;
};

const decodeA1 = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]) - 1, col: col - 1 };
};

/** What a workbook may unpack to: a real diary of 60,000 rows is a few tens of MB of XML. */
export const MAX_UNPACKED_BYTES = 300 * 2 ** 20;

/**
 * The unpacked size a zip (an .xlsx is one) declares in its central directory, read before
 * anything is inflated, so a small file that unpacks to gigabytes is refused instead of filling the
 * memory of the app. Null when the file has no readable central directory (not a zip).
 */
export const declaredUnpackedSize = (bytes: Buffer): number | null => {
  // The end-of-central-directory record: within the last 64 KiB (its comment) + 22 bytes.
  const from = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const size = bytes.readUInt32LE(at + 24);
    // 0xFFFFFFFF: the real size is in a ZIP64 field; count it as too big rather than parse further.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
};

const readXlsx = async (bytes: Buffer, wanted: string | null | undefined): Promise<Grid> => {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES)
    throw unreadable(
      `it unpacks to more than ${MAX_UNPACKED_BYTES / 2 ** 20} MB, far more than a diary holds; save it again from Excel, or as CSV.`,
    );
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('it is not an Excel workbook (.xlsx), or it is damaged or password-protected.');
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = wanted
    ? wb.worksheets.find((w) => w.name === wanted)
    : (wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0]);
  if (!ws) {
    if (wanted)
      throw new AppFailure('NOT_FOUND', `The workbook has no sheet named "${wanted}".`, { sheet: 'No such sheet' });
    throw unreadable('the workbook has no sheets.');
  }
  if (ws.rowCount > MAX_ROWS)
    throw unreadable(`the sheet has more than ${MAX_ROWS} rows; split it, one year per file.`);
  const width = Math.min(ws.columnCount, MAX_COLUMNS);
  const rows: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).flatMap((range) => {
    const [a, b] = range.split(':').map(decodeA1);
    return a && b ? [{ top: a.row, left: a.col, bottom: b.row, right: b.col }] : [];
  });
  return { kind: 'xlsx', sheets, sheet: ws.name, rows, merges };
};

/** UTF-8 (with or without a BOM), UTF-16 from Excel's "Unicode text", else the Urdu Windows code page. */
const decodeText = (bytes: Buffer): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
};

const readCsv = (bytes: Buffer): Grid => {
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw unreadable('it is not a text (CSV) file.');
  }
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false });
  if (parsed.data.length > MAX_ROWS)
    throw unreadable(`it has more than ${MAX_ROWS} rows; split it, one year per file.`);
  const rows = parsed.data.map((r) => r.slice(0, MAX_COLUMNS).map((v) => (v.trim() === '' ? null : v)));
  // The line break that ends the file is not a blank row of the diary.
  while (rows.length && (rows.at(-1) as Cell[]).every((c) => c === null)) rows.pop();
  return { kind: 'csv', sheets: [], sheet: null, rows, merges: [] };
};

export const readGrid = async (filename: string, base64: string, sheet?: string | null): Promise<Grid> => {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw unreadable('the file is empty.');
  if (/\.xlsx$/i.test(filename)) return readXlsx(bytes, sheet);
  return readCsv(bytes);
};

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
