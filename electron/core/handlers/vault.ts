import { pkDate } from '../lib/time';
import type { HandlerContext, HandlerGroup } from './context';

const status = (ctx: HandlerContext) => ({ state: ctx.vault.state() });

export const vaultHandlers = {
  'app:info': (ctx) => ({ today: pkDate(ctx.now()), version: ctx.version }),
  'vault:status': status,
  'vault:create': (ctx, { passphrase }) => {
    ctx.vault.create(passphrase);
    return status(ctx);
  },
  'vault:unlock': (ctx, { passphrase }) => {
    ctx.vault.unlock(passphrase);
    return status(ctx);
  },
  'vault:lock': (ctx) => {
    ctx.vault.lock();
    return status(ctx);
  },
  'vault:change-passphrase': (ctx, { current, next }) => {
    ctx.vault.changePassphrase(current, next);
    return status(ctx);
  },
} satisfies HandlerGroup<
  'app:info' | 'vault:status' | 'vault:create' | 'vault:unlock' | 'vault:lock' | 'vault:change-passphrase'
>;
