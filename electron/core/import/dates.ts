import { isValid } from 'date-fns';
import type { DateOrder } from '../../shared/import-schemas';

/*
 * Dates as Pakistani diaries write them: 12-03-2026, 12/3/26, 12.03.2026, 12 Mar 2026,
 * 12 March, 2026, ۱۲ مارچ ۲۰۲۶, Excel dates and Excel serial numbers. Day first unless the
 * lawyer says otherwise for a column; a column that could be read either way is asked about.
 */

const URDU_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

/** Extended Arabic-Indic (Urdu) and Arabic-Indic digits become 0-9. */
export const westernDigits = (s: string): string => s.replace(URDU_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // Urdu month names as diaries and cause lists write them (with the common spellings).
  جنوری: 1,
  فروری: 2,
  مارچ: 3,
  اپریل: 4,
  اپريل: 4,
  مئی: 5,
  مئ: 5,
  مے: 5,
  جون: 6,
  جولائی: 7,
  جولائ: 7,
  جولای: 7,
  اگست: 8,
  ستمبر: 9,
  اکتوبر: 10,
  اكتوبر: 10,
  نومبر: 11,
  دسمبر: 12,
};

export type ParsedDate =
  | { ok: true; date: string; ambiguous: boolean; order?: 'dmy' | 'mdy' | 'settled-dmy' | 'settled-mdy' }
  | { ok: false; message: string; real?: boolean };

const iso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (!isValid(dt) || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Two-digit years are this century (a diary's dates are recent). */
const fullYear = (y: string): number => (y.length <= 2 ? 2000 + Number(y) : Number(y));

/** An Excel serial day number (1900 date system) as a calendar date. */
export const fromSerial = (serial: number): string | null => {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** An Excel date: exceljs gives the calendar date at midnight UTC. */
export const fromExcelDate = (d: Date): string | null =>
  isValid(d) ? iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : null;

const NOT_A_DATE = 'is not a date Muhafiz can read (write it like 12-03-2026 or 12 March 2026)';

const numeric = (a: string, b: string, y: string, order: DateOrder): ParsedDate => {
  const first = Number(a);
  const second = Number(b);
  const year = fullYear(y);
  const settled = first > 12 ? 'settled-dmy' : second > 12 ? 'settled-mdy' : undefined;
  const ambiguous = !settled && first !== second;
  const [d, m] = settled === 'settled-mdy' || (!settled && order === 'mdy') ? [second, first] : [first, second];
  const date = iso(year, m, d);
  if (!date) return { ok: false, message: 'is not a real calendar date', real: true };
  return { ok: true, date, ambiguous, order: settled ?? order };
};

const named = (s: string): ParsedDate | null => {
  const words = s
    .toLowerCase()
    .replace(/[,،]/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s\-/.]+/)
    .filter(Boolean);
  const monthAt = words.findIndex((w) => MONTHS[w] !== undefined);
  if (monthAt < 0 || words.length !== 3) return null;
  const month = MONTHS[words[monthAt] as string] as number;
  const others = words.filter((_, i) => i !== monthAt);
  if (!others.every((w) => /^\d{1,4}$/.test(w))) return null;
  // "12 March 2026", "March 12, 2026", "2026 March 12"
  const [x, y] = others as [string, string];
  const [day, year] = x.length === 4 ? [y, x] : [x, y];
  const date = iso(fullYear(year), month, Number(day));
  return date
    ? { ok: true, date, ambiguous: false }
    : { ok: false, message: 'is not a real calendar date', real: true };
};

/** Reads one cell as a calendar date. `order` decides a numeric date that could be read either way. */
export const parseDateCell = (value: unknown, order: DateOrder = 'dmy'): ParsedDate => {
  if (value instanceof Date) {
    const date = fromExcelDate(value);
    return date ? { ok: true, date, ambiguous: false } : { ok: false, message: NOT_A_DATE };
  }
  if (typeof value === 'number') {
    const date = fromSerial(value);
    return date ? { ok: true, date, ambiguous: false } : { ok: false, message: NOT_A_DATE };
  }
  // A time written after the date ("12-03-2026 10:30 am") is the court's sitting, not part of the date.
  const s = westernDigits(String(value ?? ''))
    .trim()
    .replace(/[\s,]+\d{1,2}[:.]\d{2}(\s*[ap]\.?\s?m\.?)?$/i, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return date
      ? { ok: true, date, ambiguous: false }
      : { ok: false, message: 'is not a real calendar date', real: true };
  }
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(s);
  if (m) return numeric(m[1] as string, m[2] as string, m[3] as string, order);
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const date = fromSerial(Number(s));
    if (date) return { ok: true, date, ambiguous: false };
  }
  return named(s) ?? { ok: false, message: NOT_A_DATE };
};

/**
 * How a column's numeric dates read: settled day-first or month-first when some value can only
 * be read one way, 'ask' when every value could be read either way and some would differ.
 */
export const columnDateOrder = (values: unknown[]): 'dmy' | 'mdy' | 'ask' | 'none' => {
  let ambiguous = false;
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const p = parseDateCell(v, 'dmy');
    if (!p.ok) continue;
    if (p.order === 'settled-dmy') dmy = true;
    else if (p.order === 'settled-mdy') mdy = true;
    else if (p.ambiguous) ambiguous = true;
  }
  if (dmy) return 'dmy';
  if (mdy) return 'mdy';
  return ambiguous ? 'ask' : 'none';
};
