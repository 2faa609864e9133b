import type { ImportField } from '../../shared/import-schemas';
import { westernDigits } from './dates';
import type { Cell, Grid } from './sheet-reader';

/*
 * Finding the headings of a diary (below any title rows, under any merged group headings) and
 * suggesting which Muhafiz field each column fills, from English and common Urdu headings.
 */

export const normalizeHeader = (s: string): string =>
  westernDigits(s)
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670]/g, '') // Urdu diacritics (zer, zabar, pesh…)
    .replace(/[.:#()/\\_\-–—'"،؛?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Headings each field is known by, already normalized. The first is what Muhafiz's own export writes. */
export const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  clientName: [
    'client name',
    'client',
    'name',
    'name of client',
    'accused',
    'name of accused',
    'accused name',
    'party',
    'petitioner',
    'موکل',
    'مؤکل',
    'نام موکل',
    'نام مؤکل',
    'نام',
    'ملزم',
    'نام ملزم',
    'سائل',
  ],
  clientNameUr: ['name urdu', 'name in urdu', 'urdu name', 'client name urdu', 'نام اردو', 'اردو نام', 'نام اردو میں'],
  codename: ['codename', 'code name', 'کوڈ نام'],
  sensitive: ['sensitive', 'حساس'],
  cnic: ['cnic', 'cnic no', 'cnic number', 'nic', 'nic no', 'id card', 'id card no', 'شناختی کارڈ', 'شناختی کارڈ نمبر'],
  phone: [
    'phone',
    'phone no',
    'mobile',
    'mobile no',
    'cell',
    'cell no',
    'contact',
    'contact no',
    'فون',
    'فون نمبر',
    'موبائل',
    'موبائل نمبر',
    'رابطہ',
  ],
  category: ['category', 'hrd category', 'زمرہ'],
  riskLevel: ['risk level', 'risk', 'خطرہ'],
  address: ['address', 'پتہ', 'پتا'],
  guardianName: [
    'father s name',
    'father name',
    'fathers name',
    'father husband name',
    's o',
    'son of',
    'parentage',
    'ولدیت',
    'والد کا نام',
    'ولد',
  ],
  contactPerson: ['contact person', 'family contact', 'relative', 'next of kin', 'رشتہ دار', 'رابطہ شخص'],
  lawyer: ['counsel', 'lawyer', 'advocate', 'lawyer name', 'counsel name', 'وکیل', 'ایڈووکیٹ', 'وکیل صاحب'],
  firNumber: [
    'fir number',
    'fir',
    'fir no',
    'fir #',
    'f i r',
    'f i r no',
    'ایف آئی آر',
    'ایف آئی آر نمبر',
    'مقدمہ نمبر',
    'نمبر مقدمہ',
  ],
  firYear: ['fir year', 'year', 'سال', 'بابت سال'],
  firDate: ['fir date', 'date of fir', 'fir dated', 'تاریخ ایف آئی آر', 'تاریخ مقدمہ'],
  policeStation: ['police station', 'ps', 'p s', 'thana', 'station', 'fir police station', 'تھانہ', 'تھانا'],
  district: ['district', 'distt', 'ضلع'],
  sections: [
    'offence sections',
    'sections',
    'section',
    'offence',
    'offences',
    'u s',
    'under section',
    'charges',
    'fir sections',
    'fir u s',
    'دفعات',
    'دفعہ',
    'زیر دفعہ',
    'جرم',
  ],
  caseNumber: [
    'case number',
    'case no',
    'case #',
    'case',
    'petition no',
    'writ petition no',
    'suit no',
    'کیس نمبر',
    'نمبر کیس',
  ],
  forum: ['forum', 'court', 'court name', 'name of court', 'عدالت', 'فورم'],
  caseType: ['case type', 'type of case', 'nature of case', 'نوعیت'],
  stage: ['stage', 'stage of case', 'مرحلہ'],
  status: ['status', 'case status', 'اسٹیٹس'],
  custody: ['custody', 'custody status', 'حراست'],
  arrestDate: ['arrest date', 'date of arrest', 'arrested on', 'تاریخ گرفتاری'],
  hearingDate: [
    'hearing date',
    'date',
    'date of hearing',
    'last date',
    'previous date',
    'تاریخ',
    'تاریخ پیشی',
    'پیشی',
    'تاریخ سماعت',
  ],
  judge: ['judge', 'bench', 'before', 'presiding officer', 'court of', 'جج', 'جج صاحب', 'بینچ'],
  purpose: ['purpose', 'fixed for', 'for', 'مقصد'],
  outcome: ['outcome', 'result', 'نتیجہ'],
  shortOrder: [
    'short order',
    'order',
    'proceedings',
    'proceedings of the day',
    'what happened',
    'کارروائی',
    'حکم',
    'مختصر حکم',
  ],
  nextDate: [
    'next date',
    'next hearing',
    'adjourned to',
    'n d',
    'nd',
    'آئندہ تاریخ',
    'اگلی تاریخ',
    'آئندہ پیشی',
    'تاریخ آئندہ',
  ],
  notes: ['notes', 'note', 'remarks', 'comments', 'details', 'نوٹ', 'کیفیت', 'تفصیل', 'ریمارکس'],
};

const EXACT = new Map<string, ImportField>();
for (const [field, names] of Object.entries(HEADER_SYNONYMS) as [ImportField, string[]][]) {
  for (const n of names) if (!EXACT.has(n)) EXACT.set(n, field);
}

export const cellText = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

const mergeAt = (grid: Grid, row: number, col: number) =>
  grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);

/** The heading row: among the first 20, the one that reads most like headings. */
export const findHeaderRow = (grid: Grid): number => {
  let best = 0;
  let bestScore = -1;
  grid.rows.slice(0, 20).forEach((row, r) => {
    // Distinct texts: a group heading merged over three columns ("FIR") counts once.
    const texts = [...new Set(row.map(cellText).filter(Boolean))];
    if (texts.length < 2) return;
    const known = texts.filter((t) => EXACT.has(normalizeHeader(t))).length;
    const words = new Set(row.filter((c) => typeof c === 'string' && c.trim() !== '')).size;
    const score = known * 3 + words;
    if (score > bestScore) [best, bestScore] = [r, score];
  });
  return best;
};

/**
 * Each column's heading. A group heading merged across a few columns in the row above is put in
 * front ("FIR" over "No." and "Year" gives "FIR No.", "FIR Year"); a title merged across (nearly)
 * the whole sheet is not.
 */
export const columnHeaders = (grid: Grid, headerRow: number): string[] => {
  const row = grid.rows[headerRow] ?? [];
  const above = grid.rows[headerRow - 1] ?? [];
  const width = Math.max(row.length, 1);
  return row.map((cell, c) => {
    const own = cellText(cell);
    const group = cellText(above[c]);
    const m = mergeAt(grid, headerRow - 1, c);
    const isGroup = m && m.right > m.left && m.bottom < headerRow && m.right - m.left + 1 < width * 0.75;
    if (!own) return group && !m ? group : '';
    return isGroup && group && normalizeHeader(group) !== normalizeHeader(own) ? `${group} ${own}` : own;
  });
};

const score = (header: string, field: ImportField): number => {
  const h = normalizeHeader(header);
  if (!h) return 0;
  const names = HEADER_SYNONYMS[field];
  if (names.includes(h)) return 100 - names.indexOf(h);
  // "Name of accused / ملزم کا نام": a longer known heading inside this one, as whole words.
  const padded = ` ${h} `;
  const inside = names.filter((n) => n.length >= 3 && padded.includes(` ${n} `));
  return inside.length ? 10 + Math.max(...inside.map((n) => n.length)) / 10 : 0;
};

/** A suggested field per column, each field given at most once (to the column that fits it best). */
export const suggestMapping = (headers: string[], urduColumns: boolean[] = []): (ImportField | null)[] => {
  const candidates: { col: number; field: ImportField; s: number }[] = [];
  headers.forEach((header, col) => {
    for (const field of Object.keys(HEADER_SYNONYMS) as ImportField[]) {
      const s = score(header, field);
      // A name column written in Urdu ("موکل" over Urdu names) is the name in Urdu.
      const f = field === 'clientName' && urduColumns[col] ? 'clientNameUr' : field;
      if (s > 0) candidates.push({ col, field: f, s });
    }
  });
  candidates.sort((a, b) => b.s - a.s || a.col - b.col);
  const out: (ImportField | null)[] = headers.map(() => null);
  const used = new Set<ImportField>();
  for (const c of candidates) {
    if (out[c.col] !== null || used.has(c.field)) continue;
    out[c.col] = c.field;
    used.add(c.field);
  }
  return out;
};

export type DataRow = { row: number; cells: Cell[] };

const URDU_LETTERS = /[\u0600-\u06FF]/;

/** Columns whose filled cells are mostly in Urdu (Arabic) script. */
export const urduColumns = (rows: DataRow[], width: number): boolean[] =>
  Array.from({ length: width }, (_, col) => {
    const texts = rows.map((r) => cellText(r.cells[col] ?? null)).filter(Boolean);
    return texts.length > 0 && texts.filter((t) => URDU_LETTERS.test(t)).length > texts.length / 2;
  });

/**
 * The rows under the headings, with what was left out: blank rows, and rows that are not data
 * (the headings repeated, a section title such as "2025" merged across the sheet).
 */
export const dataRows = (grid: Grid, headerRow: number) => {
  const headerTexts = (grid.rows[headerRow] ?? []).map((c) => normalizeHeader(cellText(c)));
  const rows: DataRow[] = [];
  let blank = 0;
  let skipped = 0;
  grid.rows.slice(headerRow + 1).forEach((cells, i) => {
    const r = headerRow + 1 + i;
    const filled = cells.map((c, col) => ({ col, t: cellText(c) })).filter((x) => x.t !== '');
    if (filled.length === 0) return void blank++;
    const repeats = filled.filter((x) => headerTexts[x.col] && normalizeHeader(x.t) === headerTexts[x.col]).length;
    if (repeats >= Math.max(2, filled.length / 2)) return void skipped++;
    // A section title ("2025") merged across the row: every filled cell is that one merged cell.
    const m = mergeAt(grid, r, (filled[0] as { col: number }).col);
    if (
      m &&
      m.right > m.left &&
      filled.every((x) => x.col >= m.left && x.col <= m.right && r >= m.top && r <= m.bottom)
    ) {
      return void skipped++;
    }
    rows.push({ row: r + 1, cells });
  });
  return { rows, blank, skipped };
};
