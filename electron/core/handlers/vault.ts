import { pkDate } from '../lib/time';
import type { Db } from '../db/client';
import { recomputeAll } from '../repos/deadlines';
import { autoBackupIfDue } from '../services/backup';
import type { HandlerContext, HandlerGroup } from './context';

const refreshDeadlines = (ctx: HandlerContext) =>
  ctx.vault.db.transaction((tx) => recomputeAll(tx as unknown as Db, pkDate(ctx.now()), ctx.now().toISOString()));

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
    if (wasLocked) {
      // Deadlines move with time (a recurring milestone's next year) and with migrations that add
      // rules: bring every case up to date before the lawyer looks.
      refreshDeadlines(ctx);
      // What fell due while the app was closed or locked is shown once the diary opens.
      ctx.reminders.collectMissed();
      // The day's automatic backup (7 daily and 4 weekly kept); a failure is shown, never blocks.
      autoBackupIfDue(ctx.vault);
    }
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
