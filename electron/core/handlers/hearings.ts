import { agendaBetween, unrecordedBefore } from '../repos/agenda';
import { monthGrid } from '../repos/month';
import { insertHearing, recordOutcome, updateHearing } from '../repos/hearings';
import type { HandlerGroup } from './context';

export const hearingHandlers = {
  'hearings:create': (ctx, input) => insertHearing(ctx.vault.db, input, ctx.now().toISOString()),
  'hearings:update': (ctx, { id, ...data }) => updateHearing(ctx.vault.db, id, data, ctx.now().toISOString()),
  'hearings:record-outcome': (ctx, input) => recordOutcome(ctx.vault.db, input, ctx.now().toISOString()),
  'hearings:agenda': (ctx, { from, to, ...filter }) => agendaBetween(ctx.vault.db, from, to, filter),
  'hearings:month': (ctx, { from, to, perDay, ...filter }) => monthGrid(ctx.vault.db, from, to, perDay, filter),
  'hearings:unrecorded': (ctx, { before }) => unrecordedBefore(ctx.vault.db, before),
} satisfies HandlerGroup<
  | 'hearings:create'
  | 'hearings:update'
  | 'hearings:record-outcome'
  | 'hearings:agenda'
  | 'hearings:month'
  | 'hearings:unrecorded'
>;
