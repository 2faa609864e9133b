import {
  DATE_FIELDS,
  type DateOrder,
  type ImportField,
  type IssueCode,
  type RowIssue,
} from '../../shared/import-schemas';
import { parseDateCell } from './dates';
import { cellText, type DataRow } from './headers';
import type { Cell } from './sheet-reader';
import { columnLetter } from './sheet-reader';

/*
 * One data row read through the lawyer's mapping: the text of each mapped field, its dates read,
 * and problems named by the spreadsheet's own row number, column letter and heading.
 */

export type Mapping = (ImportField | null)[];

export type RowReader = {
  row: number;
  text: (f: ImportField) => string | null;
  date: (f: ImportField) => string | null;
  has: (f: ImportField) => boolean;
  issue: (f: ImportField | null, message: string, code?: IssueCode, value?: string | null) => void;
  issues: RowIssue[];
  /** The row's mapped values, for spotting a row repeated in the file. */
  signature: string;
};

/** A value Muhafiz's CSV export escaped against formula injection ('=…, '+…) reads back as written. */
const unescape = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

export const rowReader = (
  data: DataRow,
  mapping: Mapping,
  headers: string[],
  dateOrder: Record<string, DateOrder>,
): RowReader => {
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((f, i) => f && !columnOf.has(f) && columnOf.set(f, i));
  const issues: RowIssue[] = [];
  const cell = (f: ImportField): Cell | undefined => {
    const i = columnOf.get(f);
    return i === undefined ? undefined : data.cells[i];
  };
  const issue = (f: ImportField | null, message: string, code: IssueCode = 'other', value: string | null = null) => {
    const i = f ? columnOf.get(f) : undefined;
    issues.push({
      column: i === undefined ? null : columnLetter(i),
      header: i === undefined ? null : (headers[i] ?? null),
      code,
      value,
      message,
    });
  };
  const text = (f: ImportField): string | null => {
    const c = cell(f);
    if (c instanceof Date) return c.toISOString().slice(0, 10);
    const t = unescape(cellText(c ?? null));
    return t === '' ? null : t;
  };
  const dates = new Map<ImportField, string | null>();
  for (const f of DATE_FIELDS) {
    const c = cell(f);
    if (c === undefined || c === null || cellText(c) === '') continue;
    const i = columnOf.get(f) as number;
    const p = parseDateCell(c, dateOrder[String(i)] ?? 'dmy');
    if (p.ok) dates.set(f, p.date);
    else {
      dates.set(f, null);
      issue(f, `"${cellText(c)}" ${p.message}`, p.real ? 'date_invalid' : 'date_unreadable', cellText(c));
    }
  }
  const signature = JSON.stringify(
    mapping.map((f, i) =>
      f ? (DATE_FIELDS.includes(f) ? (dates.get(f) ?? null) : cellText(data.cells[i] ?? null)) : null,
    ),
  );
  return {
    row: data.row,
    text,
    date: (f) => dates.get(f) ?? null,
    has: (f) => text(f) !== null,
    issue,
    issues,
    signature,
  };
};
