import { listAudit, readProfile, verifyAudit, writeProfile } from '../repos/audit';
import type { HandlerGroup } from './context';

export const auditHandlers = {
  'audit:list': (ctx, input) => listAudit(ctx.vault.db, input),
  'audit:verify': (ctx) => verifyAudit(ctx.vault.db),
  'profile:get': (ctx) => readProfile(ctx.vault.db),
  'profile:update': (ctx, { name }) => writeProfile(ctx.vault.db, name, ctx.now().toISOString()),
} satisfies HandlerGroup<'audit:list' | 'audit:verify' | 'profile:get' | 'profile:update'>;
