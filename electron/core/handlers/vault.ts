import { pkDate } from '../lib/time';
import { markDeadlinesFresh, refreshDeadlinesAtUnlock } from '../repos/deadline-refresh';
import { autoBackupAfterCheck } from '../services/backup';
import type { HandlerContext, HandlerGroup } from './context';

/** One transaction; the connection's own Db (with its raw client) runs inside it. */
const refreshDeadlines = (ctx: HandlerContext) => {
  const db = ctx.vault.db;
  return db.transaction(() => refreshDeadlinesAtUnlock(db, pkDate(ctx.now()), ctx.now().toISOString()));
};

const status = (ctx: HandlerContext) => ({ state: ctx.vault.state() });

export const vaultHandlers = {
  'app:info': (ctx) => ({ today: pkDate(ctx.now()), version: ctx.version }),
  'app:set-language': (ctx, input) => {
    ctx.reminders.language = input;
    return input;
  },
  'vault:status': status,
  'vault:create': (ctx, { passphrase }) => {
    ctx.vault.create(passphrase);
    markDeadlinesFresh(ctx.vault.db, pkDate(ctx.now()), ctx.now().toISOString());
    ctx.reminders.collectMissed();
    return status(ctx);
  },
  'vault:unlock': (ctx, { passphrase }) => {
    const wasLocked = ctx.vault.state() !== 'unlocked';
    ctx.vault.unlock(passphrase);
    if (wasLocked) {
      // Deadlines move with time (a recurring milestone's next year) and with migrations that add
      // rules: bring the cases that can have moved up to date before the lawyer looks.
      refreshDeadlines(ctx);
      // What fell due while the app was closed or locked is shown once the diary opens.
      ctx.reminders.collectMissed();
      // The day's automatic backup (7 daily and 4 weekly kept); a failure is shown, never blocks.
      // A large file's waits for its whole check, which runs after unlock (see Vault.unlock).
      autoBackupAfterCheck(ctx.vault);
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
  | 'app:info'
  | 'app:set-language'
  | 'vault:status'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:lock'
  | 'vault:change-passphrase'
>;
