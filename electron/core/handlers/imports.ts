import { AppFailure } from '../errors';
import { applyImport, getBatch, importProgress, listBatches } from '../import/apply';
import { exportCsv, exportWorkbook } from '../import/export';
import { planImport, rememberMapping } from '../import/preview';
import { undoImport } from '../import/undo';
import { pkDate } from '../lib/time';
import type { HandlerGroup } from './context';

/* Import from a spreadsheet (preview, run, progress, undo) and export back to one (issue 9). */

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importHandlers = {
  'import:preview': async (ctx, input) => (await planImport(ctx.vault.db, input, pkDate(ctx.now()))).preview,
  'import:run': async (ctx, { expected, ...input }) => {
    const db = ctx.vault.db;
    const today = pkDate(ctx.now());
    const plan = await planImport(db, input, today);
    const { preview } = plan;
    const unanswered = preview.dateQuestions.filter((d) => !preview.dateOrder[String(d.column)]);
    if (unanswered.length) {
      const q = unanswered[0];
      throw new AppFailure(
        'VALIDATION',
        `Say how the dates in column ${q?.letter} (${q?.header}) are written before importing.`,
        {
          dateOrder: 'Answer the date question',
        },
      );
    }
    const c = preview.counts.create;
    if (c.clients !== expected.clients || c.cases !== expected.cases || c.hearings !== expected.hearings) {
      throw new AppFailure(
        'CONFLICT',
        'The diary changed since the preview, so the import would not do what the preview showed. Look at the preview again.',
      );
    }
    if (plan.ops.length === 0)
      throw new AppFailure(
        'VALIDATION',
        'There is nothing new to import: every row is already in Muhafiz or has an error.',
      );
    const now = ctx.now().toISOString();
    const batchId = await applyImport(
      () => ctx.vault.db,
      plan.ops,
      {
        filename: input.filename,
        sheet: preview.sheet,
        rowsRead: preview.counts.rows,
        rowsImported: preview.counts.new,
        rowsSkipped: preview.counts.error,
      },
      now,
      today,
    );
    rememberMapping(ctx.vault.db, plan.headers, plan.mapping, plan.dateOrder, now);
    return getBatch(ctx.vault.db, batchId);
  },
  'import:progress': (ctx) => importProgress(ctx.vault.db),
  'import:batches': (ctx) => listBatches(ctx.vault.db),
  'import:undo': (ctx, { id }) => {
    // An import writing in chunks holds its transaction open: an undo now would land inside it.
    if (importProgress(ctx.vault.db))
      throw new AppFailure('CONFLICT', 'An import is running; undo when it has finished.');
    return undoImport(ctx.vault.db, id, ctx.now().toISOString());
  },
  'export:diary': async (ctx, input) => {
    const db = ctx.vault.db;
    const date = pkDate(ctx.now());
    if (input.format === 'csv' && input.sheet) {
      const csv = exportCsv(db, input.sheet);
      return {
        filename: `muhafiz-${input.sheet}-${date}.csv`,
        mime: 'text/csv;charset=utf-8',
        base64: Buffer.from(csv, 'utf8').toString('base64'),
      };
    }
    const bytes = await exportWorkbook(db);
    return { filename: `muhafiz-diary-${date}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
  },
} satisfies HandlerGroup<
  'import:preview' | 'import:run' | 'import:progress' | 'import:batches' | 'import:undo' | 'export:diary'
>;
