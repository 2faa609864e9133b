import { AppFailure } from '../errors';
import { pkDate } from '../lib/time';
import { getCaseDetail, listCaseSummaries, pageCaseSummaries, saveCase } from '../repos/cases';
import { recomputeCase } from '../repos/deadlines';
import { insertNote } from '../repos/notes';
import type { Db } from '../db/client';
import type { HandlerContext, HandlerGroup } from './context';
import type { ChannelParsedInput } from '../../shared/contract';

/** Dates that cannot lie in the future (FIR, arrest, release), judged in Pakistan time. */
const checkPastDates = (ctx: HandlerContext, data: ChannelParsedInput<'cases:create'>) => {
  const today = pkDate(ctx.now());
  const fields: Record<string, string> = {};
  for (const key of ['firDate', 'arrestDate', 'releaseDate'] as const) {
    const value = data[key];
    if (value && value > today) fields[key] = `Cannot be after today (${today})`;
  }
  const [first] = Object.entries(fields);
  if (first) throw new AppFailure('VALIDATION', `${first[0]}: ${first[1]}`, fields);
};

/** A case's FIR, arrest and release dates drive its deadlines: save and recompute as one transaction. */
const saveAndRecompute = (ctx: HandlerContext, id: string | null, data: ChannelParsedInput<'cases:create'>) =>
  ctx.vault.db.transaction((tx) => {
    const db = tx as unknown as Db;
    const now = ctx.now().toISOString();
    const caseId = saveCase(db, id, data, now);
    recomputeCase(db, caseId, pkDate(ctx.now()), now);
    return getCaseDetail(db, caseId);
  });

export const caseHandlers = {
  'cases:list': (ctx, input) => listCaseSummaries(ctx.vault.db, input),
  'cases:page': (ctx, input) => pageCaseSummaries(ctx.vault.db, input),
  'cases:get': (ctx, { id }) => getCaseDetail(ctx.vault.db, id),
  'cases:create': (ctx, input) => {
    checkPastDates(ctx, input);
    return saveAndRecompute(ctx, null, input);
  },
  'cases:update': (ctx, { id, data }) => {
    checkPastDates(ctx, data);
    return saveAndRecompute(ctx, id, data);
  },
  'notes:create': (ctx, input) => insertNote(ctx.vault.db, input, ctx.now().toISOString()),
} satisfies HandlerGroup<'cases:list' | 'cases:page' | 'cases:get' | 'cases:create' | 'cases:update' | 'notes:create'>;
