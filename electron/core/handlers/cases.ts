import { AppFailure } from '../errors';
import { pkDate } from '../lib/time';
import { getCaseDetail, listCaseSummaries, saveCase } from '../repos/cases';
import { insertNote } from '../repos/notes';
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

export const caseHandlers = {
  'cases:list': (ctx, input) => listCaseSummaries(ctx.vault.db, input),
  'cases:get': (ctx, { id }) => getCaseDetail(ctx.vault.db, id),
  'cases:create': (ctx, input) => {
    checkPastDates(ctx, input);
    const id = saveCase(ctx.vault.db, null, input, ctx.now().toISOString());
    return getCaseDetail(ctx.vault.db, id);
  },
  'cases:update': (ctx, { id, data }) => {
    checkPastDates(ctx, data);
    saveCase(ctx.vault.db, id, data, ctx.now().toISOString());
    return getCaseDetail(ctx.vault.db, id);
  },
  'notes:create': (ctx, input) => insertNote(ctx.vault.db, input, ctx.now().toISOString()),
} satisfies HandlerGroup<'cases:list' | 'cases:get' | 'cases:create' | 'cases:update' | 'notes:create'>;
