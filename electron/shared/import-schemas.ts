import { z } from 'zod';
import { id, text } from './fields';

/*
 * Bringing a diary in from a spreadsheet, and taking it out again (issue 9). The renderer reads
 * the picked file and sends its bytes (base64); the backend parses, plans and writes.
 */

/** The Muhafiz fields a spreadsheet column can be mapped to, grouped by the record they fill. */
export const IMPORT_FIELDS = [
  // client
  'clientName',
  'clientNameUr',
  'codename',
  'sensitive',
  'cnic',
  'phone',
  'category',
  'riskLevel',
  'address',
  'guardianName',
  'contactPerson',
  // case
  'firNumber',
  'firYear',
  'firDate',
  'policeStation',
  'district',
  'sections',
  'caseNumber',
  'forum',
  'caseType',
  'stage',
  'status',
  'custody',
  'arrestDate',
  'lawyer',
  // hearing
  'hearingDate',
  'judge',
  'purpose',
  'outcome',
  'shortOrder',
  'nextDate',
  // a dated note on the case
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_GROUPS: Record<'client' | 'case' | 'hearing' | 'other', readonly ImportField[]> = {
  client: [
    'clientName',
    'clientNameUr',
    'guardianName',
    'codename',
    'sensitive',
    'cnic',
    'phone',
    'category',
    'riskLevel',
    'address',
    'contactPerson',
  ],
  case: [
    'firNumber',
    'firYear',
    'firDate',
    'policeStation',
    'district',
    'sections',
    'caseNumber',
    'forum',
    'caseType',
    'stage',
    'status',
    'custody',
    'arrestDate',
    'lawyer',
  ],
  hearing: ['hearingDate', 'judge', 'purpose', 'outcome', 'shortOrder', 'nextDate'],
  other: ['notes'],
};

export const DATE_FIELDS: readonly ImportField[] = ['firDate', 'arrestDate', 'hearingDate', 'nextDate'];

/** Tables an import creates records in (and undo deletes from). */
export const IMPORT_RECORD_TABLES = ['clients', 'cases', 'hearings', 'notes', 'courts', 'police_stations'] as const;
export type ImportRecordTable = (typeof IMPORT_RECORD_TABLES)[number];

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** 10 MB of spreadsheet: about 40,000 diary rows; base64 makes it a third longer. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const importRequest = z.strictObject({
  /** The picked file's name, without its folder: .xlsx or .csv. */
  filename: text(255)
    .refine((n) => !/[\\/\0]/.test(n), 'Give the file name only, without its folder')
    .refine((n) => /\.(xlsx|csv)$/i.test(n), 'Choose an Excel workbook (.xlsx) or a CSV file (.csv)'),
  base64: z
    .string({ error: 'Required' })
    .min(4, 'The file is empty')
    .max(MAX_BASE64, 'The file is larger than 10 MB: split it, one year per file')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive whole; pick it again'),
  /** A workbook's sheet, by name; the first sheet with data when absent. */
  sheet: z.string().trim().min(1).max(100).nullish(),
  /** The spreadsheet row (1-based) holding the column headings; found automatically when absent. */
  headerRow: z
    .number()
    .int('A whole row number')
    .min(1, 'At least row 1')
    .max(50, 'The headings must be within the first 50 rows')
    .nullish(),
  /** One entry per column: the field it fills, or null to leave it out. Suggested when absent. */
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(200, 'At most 200 columns').nullish(),
  /** For columns whose dates could be day-first or month-first: the lawyer's answer, by column index. */
  dateOrder: z.record(z.string().regex(/^\d{1,3}$/, 'A column number'), z.enum(DATE_ORDERS)).nullish(),
});
export type ImportRequest = z.input<typeof importRequest>;

const recordCounts = z.object({
  clients: z.number(),
  cases: z.number(),
  hearings: z.number(),
  notes: z.number(),
  courts: z.number(),
  policeStations: z.number(),
});
export type RecordCounts = z.infer<typeof recordCounts>;

export const importRunInput = importRequest.extend({
  /** What the preview said would be created: if the diary changed since, the import is refused. */
  expected: z.strictObject({
    clients: z.number().int().min(0),
    cases: z.number().int().min(0),
    hearings: z.number().int().min(0),
  }),
});

export const ROW_STATUSES = ['new', 'match', 'error'] as const;

/** What is wrong with a cell, for the window to say in the lawyer's language (message: the English). */
export const ISSUE_CODES = [
  'date_unreadable',
  'date_invalid',
  'cnic',
  'phone',
  'category',
  'risk',
  'sensitive',
  'case_ref',
  'client_name',
  'case_type',
  'status',
  'custody',
  'future',
  'next_before',
  'disposed_next',
  'other',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const rowIssue = z.object({
  /** Column letter as the spreadsheet shows it (A, B, … AA), and its heading. */
  column: z.string().nullable(),
  header: z.string().nullable(),
  code: z.enum(ISSUE_CODES),
  /** The cell as written, or the date the problem is about. */
  value: z.string().nullable(),
  message: z.string(),
});
export type RowIssue = z.infer<typeof rowIssue>;

export const rowMatch = z.object({
  kind: z.enum(['client', 'case', 'hearing', 'note', 'duplicate']),
  label: z.string(),
  row: z.number().nullable(),
});
export type RowMatch = z.infer<typeof rowMatch>;

export const previewRow = z.object({
  /** The row number as the spreadsheet shows it. */
  row: z.number(),
  status: z.enum(ROW_STATUSES),
  client: z.string().nullable(),
  caseRef: z.string().nullable(),
  hearingDates: z.array(z.string()),
  /** What the row matched: in the diary (row null) or planned by an earlier row of the file. */
  matches: z.array(rowMatch),
  /** An earlier row of the file this one repeats. */
  duplicateOf: z.number().nullable(),
  creates: recordCounts,
  errors: z.array(rowIssue),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const previewColumn = z.object({
  index: z.number(),
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
  suggested: z.enum(IMPORT_FIELDS).nullable(),
});

export const dateQuestion = z.object({
  column: z.number(),
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
});

export const importPreview = z.object({
  filename: z.string(),
  kind: z.enum(['xlsx', 'csv']),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headerRow: z.number(),
  columns: z.array(previewColumn),
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()),
  mappingSource: z.enum(['given', 'remembered', 'suggested']),
  /** Date columns that could be read either way: the import waits until each has an answer in dateOrder. */
  dateQuestions: z.array(dateQuestion),
  dateOrder: z.record(z.string(), z.enum(DATE_ORDERS)),
  rows: z.array(previewRow),
  counts: z.object({
    rows: z.number(),
    blank: z.number(),
    skipped: z.number(),
    new: z.number(),
    match: z.number(),
    error: z.number(),
    create: recordCounts,
    matched: z.object({ clients: z.number(), cases: z.number(), hearings: z.number() }),
  }),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importBatch = z.object({
  id: z.string(),
  createdAt: z.string(),
  filename: z.string(),
  sheet: z.string().nullable(),
  rowsRead: z.number(),
  rowsImported: z.number(),
  rowsSkipped: z.number(),
  created: recordCounts,
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof importBatch>;

export const importProgress = z.object({
  stage: z.enum(['reading', 'writing', 'done']),
  done: z.number(),
  total: z.number(),
});

export const EXPORT_SHEETS = ['clients', 'cases', 'hearings'] as const;

/** One workbook of three sheets, or one CSV of one of them. */
export const exportInput = z
  .strictObject({
    format: z.enum(['xlsx', 'csv'], { error: 'Choose Excel (xlsx) or CSV' }),
    sheet: z.enum(EXPORT_SHEETS, { error: 'Choose clients, cases or hearings' }).nullish(),
  })
  .superRefine((e, ctx) => {
    if (e.format === 'csv' && !e.sheet)
      ctx.addIssue({ code: 'custom', path: ['sheet'], message: 'Choose clients, cases or hearings' });
  });

export const exportFile = z.object({ filename: z.string(), mime: z.string(), base64: z.string() });

export const importContract = {
  'import:preview': { input: importRequest, output: importPreview },
  'import:run': { input: importRunInput, output: importBatch },
  'import:progress': { input: z.strictObject({}), output: importProgress.nullable() },
  'import:batches': { input: z.strictObject({}), output: z.array(importBatch) },
  'import:undo': { input: z.strictObject({ id }), output: importBatch },
  'export:diary': { input: exportInput, output: exportFile },
} as const;
