import { escalateBail, listBail, saveBail } from '../repos/bail';
import type { HandlerGroup } from './context';

export const bailHandlers = {
  'bail:list': (ctx, { caseId }) => listBail(ctx.vault.db, caseId),
  'bail:save': (ctx, { id, data }) => saveBail(ctx.vault.db, id ?? null, data, ctx.now().toISOString()),
  'bail:escalate': (ctx, input) => escalateBail(ctx.vault.db, input, ctx.now().toISOString()),
} satisfies HandlerGroup<'bail:list' | 'bail:save' | 'bail:escalate'>;
