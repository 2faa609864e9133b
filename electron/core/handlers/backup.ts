import { existsSync, statSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import { AppFailure } from '../errors';
import { readLockFile, updateLockFile } from '../db/lock-file';
import { listQuarantine, type QuarantineNote } from '../db/quarantine';
import { listBackups } from '../services/backup-format';
import { appBackupsDir, backupProgress, backupToFolder, lastAutoBackup } from '../services/backup';
import { restoreBackup } from '../services/backup-restore';
import type { HandlerContext, HandlerGroup } from './context';
import { vaultHandlers } from './vault';

/*
 * Lock settings, backups, restore and quick erase. Only the two that need the open database
 * (a manual backup, changing the lock settings) answer LOCKED; the rest must work at the unlock
 * screen: a damaged database is restored from there, and erase may be needed before anyone unlocks.
 */

const lockStatus = (ctx: HandlerContext) => {
  const f = readLockFile(ctx.vault.dir);
  const guard = ctx.vault.guard.status();
  return {
    idleMinutes: f.idleMinutes,
    eraseAfterFailures: f.eraseAfterFailures,
    failures: guard.failures,
    waitSeconds: guard.waitSeconds,
  };
};

const quarantineOut = (q: QuarantineNote) => ({ folder: q.folder, at: q.at, reason: q.reason, what: q.what });

const inside = (child: string, parent: string) => {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A folder that exists, outside Muhafiz's own folder (a backup there would go with a quick erase). */
const backupTarget = (ctx: HandlerContext, folder: string): string => {
  const path = resolve(folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new AppFailure('VALIDATION', 'That folder does not exist.', { folder: 'That folder does not exist' });
  }
  if (inside(path, ctx.vault.dir)) {
    throw new AppFailure('VALIDATION', "Choose a folder outside Muhafiz's own folder, such as a USB drive.", {
      folder: "Choose a folder outside Muhafiz's own folder",
    });
  }
  return path;
};

export const backupHandlers = {
  'lock:status': (ctx) => lockStatus(ctx),
  'lock:update': (ctx, input) => {
    // Only the lawyer, unlocked, may change how the lock behaves.
    void ctx.vault.db;
    updateLockFile(ctx.vault.dir, (c) => ({ ...c, ...input }));
    return lockStatus(ctx);
  },
  'backup:status': (ctx) => {
    const last = lastAutoBackup(ctx.vault);
    return {
      backups: listBackups(appBackupsDir(ctx.vault)),
      lastAutomatic: last && {
        at: last.at,
        ok: last.ok,
        message: last.ok ? null : last.message,
        backup: last.ok ? last.backup : null,
      },
      quarantined: listQuarantine(ctx.vault.dir).map(quarantineOut),
      recovery: ctx.vault.recovery && quarantineOut(ctx.vault.recovery),
    };
  },
  'backup:progress': (ctx) => backupProgress(ctx.vault),
  'backup:pick-folder': async (ctx, { purpose }) =>
    ctx.pickFolder ? { supported: true, path: await ctx.pickFolder(purpose) } : { supported: false, path: null },
  'backup:create': async (ctx, { folder }) => {
    void ctx.vault.db;
    if (backupProgress(ctx.vault)) throw new AppFailure('CONFLICT', 'A backup is already being made.');
    return backupToFolder(ctx.vault, backupTarget(ctx, folder));
  },
  'backup:list-folder': (_ctx, { folder }) => listBackups(resolve(folder)),
  'backup:restore': async (ctx, { path, passphrase }) => {
    const outcome = await restoreBackup(ctx.vault, resolve(path), passphrase);
    ctx.reminders.dismissMissed();
    // Unlock as an unlock from the lock screen does: deadlines brought up to date, missed reminders.
    const status = await vaultHandlers['vault:unlock'](ctx, { passphrase });
    return { ...status, restored: outcome.restored, safetyCopy: outcome.safetyCopy };
  },
  'vault:erase': async (ctx) => {
    ctx.vault.erase();
    ctx.reminders.dismissMissed();
    // The keys are gone at once; a file a background worker still holds open (Windows) goes when it
    // lets go, which the answer waits for (a minute at most: the keys are gone whatever happens).
    await Promise.race([ctx.vault.erased, new Promise((r) => setTimeout(r, 60_000).unref())]);
    return { state: ctx.vault.state() };
  },
} satisfies HandlerGroup<
  | 'lock:status'
  | 'lock:update'
  | 'backup:status'
  | 'backup:progress'
  | 'backup:pick-folder'
  | 'backup:create'
  | 'backup:list-folder'
  | 'backup:restore'
  | 'vault:erase'
>;
