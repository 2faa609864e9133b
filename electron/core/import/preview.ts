import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  DATE_FIELDS,
  DATE_ORDERS,
  IMPORT_FIELDS,
  type DateOrder,
  type ImportPreview,
  type ImportRequest,
} from '../../shared/import-schemas';
import type { Db } from '../db/client';
import { AppFailure } from '../errors';
import { readSetting, writeSetting } from '../repos/settings';
import { columnDateOrder } from './dates';
import {
  cellText,
  columnHeaders,
  dataRows,
  findHeaderRow,
  normalizeHeader,
  suggestMapping,
  urduColumns,
} from './headers';
import { loadExisting } from './lookups';
import { makePlanner, planRow, type Op } from './plan';
import { rowReader, type Mapping } from './row-values';
import { columnLetter, readGrid } from './sheet-reader';

/*
 * The preview: the file read, its columns mapped (as given, as remembered for these headings, or
 * suggested), ambiguous date columns asked about, and every row planned against the diary.
 */

type Request = Omit<ImportRequest, 'mapping' | 'dateOrder' | 'headerRow' | 'sheet'> & {
  sheet?: string | null | undefined;
  headerRow?: number | null | undefined;
  mapping?: Mapping | null | undefined;
  dateOrder?: Record<string, DateOrder> | null | undefined;
};

const remembered = z.object({
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()),
  dateOrder: z.record(z.string(), z.enum(DATE_ORDERS)),
});

/** The settings key a file's mapping is kept under: its headings, normalized, hashed. */
export const mappingKey = (headers: string[]): string =>
  `import.mapping.${createHash('sha256')
    .update(JSON.stringify(headers.map(normalizeHeader)))
    .digest('hex')
    .slice(0, 32)}`;

export const rememberMapping = (
  db: Db,
  headers: string[],
  mapping: Mapping,
  dateOrder: Record<string, DateOrder>,
  now: string,
) => writeSetting(db, mappingKey(headers), { mapping, dateOrder }, now);

export type Planned = {
  preview: ImportPreview;
  ops: Op[];
  headers: string[];
  mapping: Mapping;
  dateOrder: Record<string, DateOrder>;
};

export const planImport = async (db: Db, req: Request, today: string): Promise<Planned> => {
  const grid = await readGrid(req.filename, req.base64, req.sheet);
  const headerIndex = req.headerRow ? req.headerRow - 1 : findHeaderRow(grid);
  if (!grid.rows[headerIndex]) {
    throw new AppFailure('VALIDATION', `The file has no row ${headerIndex + 1}.`, { headerRow: 'No such row' });
  }
  const headers = columnHeaders(grid, headerIndex);
  const saved = readSetting(db, mappingKey(headers), remembered, { mapping: [], dateOrder: {} });
  const source = req.mapping ? 'given' : saved.mapping.length === headers.length ? 'remembered' : 'suggested';
  const mapping: Mapping = headers.map(
    (_, i) => (source === 'given' ? req.mapping?.[i] : source === 'remembered' ? saved.mapping[i] : null) ?? null,
  );
  const { rows, blank, skipped } = dataRows(grid, headerIndex);
  if (source === 'suggested')
    suggestMapping(headers, urduColumns(rows, headers.length)).forEach((f, i) => (mapping[i] = f));
  const dups = mapping.filter((f, i) => f && mapping.indexOf(f) !== i);
  if (dups.length) {
    throw new AppFailure('VALIDATION', 'Each Muhafiz field can take one column only.', {
      mapping: 'A field is used twice',
    });
  }
  const dateOrder: Record<string, DateOrder> = {
    ...(source === 'remembered' ? saved.dateOrder : {}),
    ...(req.dateOrder ?? {}),
  };
  const dateQuestions: ImportPreview['dateQuestions'] = [];
  mapping.forEach((f, i) => {
    if (!f || !DATE_FIELDS.includes(f)) return;
    const values = rows.map((r) => r.cells[i] ?? null);
    const order = columnDateOrder(values);
    if (order === 'mdy' && !dateOrder[String(i)]) dateOrder[String(i)] = 'mdy';
    if (order === 'ask') {
      const samples = values.map(cellText).filter(Boolean).slice(0, 4);
      dateQuestions.push({ column: i, letter: columnLetter(i), header: headers[i] ?? '', samples });
    }
  });
  const existing = loadExisting(db);
  const planner = makePlanner(existing, today);
  const planned = rows.map((row) => planRow(planner, existing, rowReader(row, mapping, headers, dateOrder)));
  const sum = (k: keyof ImportPreview['counts']['create']) => planned.reduce((n, r) => n + r.creates[k], 0);
  const preview: ImportPreview = {
    filename: req.filename,
    kind: grid.kind,
    sheets: grid.sheets,
    sheet: grid.sheet,
    headerRow: headerIndex + 1,
    columns: headers.map((header, index) => ({
      index,
      letter: columnLetter(index),
      header,
      samples: rows
        .map((r) => cellText(r.cells[index] ?? null))
        .filter(Boolean)
        .slice(0, 3),
      suggested: mapping[index] ?? null,
    })),
    mapping,
    mappingSource: source,
    dateQuestions,
    dateOrder,
    rows: planned,
    counts: {
      rows: rows.length,
      blank,
      skipped,
      new: planned.filter((r) => r.status === 'new').length,
      match: planned.filter((r) => r.status === 'match').length,
      error: planned.filter((r) => r.status === 'error').length,
      create: {
        clients: sum('clients'),
        cases: sum('cases'),
        hearings: sum('hearings'),
        notes: sum('notes'),
        courts: sum('courts'),
        policeStations: sum('policeStations'),
      },
      matched: {
        clients: planner.matched.clients.size,
        cases: planner.matched.cases.size,
        hearings: planner.matched.hearings.size,
      },
    },
  };
  return { preview, ops: planner.ops, headers, mapping, dateOrder };
};
