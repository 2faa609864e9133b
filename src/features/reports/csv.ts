/** A table as printed and exported: a heading, its columns and its rows. */
export type ReportTable = {
  id: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
};

const cell = (v: string | number): string => {
  const s = String(v);
  // A cell a spreadsheet would run as a formula is written as text.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * RFC 4180 CSV with CRLF line ends, and a byte-order mark so that Excel reads Urdu names and
 * dashes as UTF-8.
 */
export const toCsv = (table: ReportTable): string =>
  `\uFEFF${[table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;

/** "cases-by-law-2026-01-01-to-2026-12-31.csv" */
export const csvName = (table: ReportTable, from: string, to: string): string => `${table.id}-${from}-to-${to}.csv`;
