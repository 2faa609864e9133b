import { pkDate } from '../lib/time';
import type { HandlerContext, HandlerGroup } from './context';

const status = (ctx: HandlerContext) => ({ state: ctx.vault.state() });

export const vaultHandlers = {
  'app:info': (ctx) => ({ today: pkDate(ctx.now()), version: ctx.version }),
  'vault:status': status,
  'vault:create': (ctx, { passphrase }) => {
    ctx.vault.create(passphrase);
    ctx.reminders.collectMissed();
    return status(ctx);
  },
  'vault:unlock': (ctx, { passphrase }) => {
    const wasLocked = ctx.vault.state() !== 'unlocked';
    ctx.vault.unlock(passphrase);
    // What fell due while the app was closed or locked is shown once the diary opens.
    if (wasLocked) ctx.reminders.collectMissed();
    return status(ctx);
  },
  'vault:lock': (ctx) => {
    ctx.vault.lock();
    ctx.reminders.dismissMissed();
    return status(ctx);
  },
  'vault:change-passphrase': (ctx, { current, next }) => {
    ctx.vault.changePassphrase(current, next);
    return status(ctx);
  },
} satisfies HandlerGroup<
  'app:info' | 'vault:status' | 'vault:create' | 'vault:unlock' | 'vault:lock' | 'vault:change-passphrase'
>;
