import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChannelInput, ChannelOutput, Channel } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { dispatch } from '../../electron/core/dispatch';
import { handlers, type HandlerContext } from '../../electron/core/handlers';
import { Vault } from '../../electron/core/db/vault';
import { ReminderRunner } from '../../electron/core/services/reminder-runner';
import type { ReminderNotice } from '../../electron/shared/diary-schemas';
import type { KdfParams } from '../../electron/core/db/envelope';

const RESOURCES = resolve(__dirname, '../../resources');

export const MIGRATIONS = resolve(__dirname, '../../electron/core/db/migrations');
/** Cheap scrypt for tests that are not about the KDF; the production default is tested on its own. */
export const TEST_KDF: KdfParams = { N: 2 ** 12, r: 8, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

export type TestApp = {
  dir: string;
  ctx: HandlerContext;
  vault: Vault;
  /** What the reminder runner handed to its notifier (desktop notifications in the app). */
  notices: ReminderNotice[];
  /** Raw dispatch, exactly as IPC calls it. */
  call: (channel: string, input: unknown) => Promise<Result<unknown>>;
  /** Typed dispatch that throws on failure, for arranging a test. */
  must: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  setToday: (isoInstant: string) => void;
  cleanup: () => void;
};

export const makeTestApp = (
  opts: { dir?: string; now?: string; kdf?: KdfParams; wholeCheckUpToBytes?: number } = {},
): TestApp => {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'muhafiz-test-'));
  let now = new Date(opts.now ?? '2026-11-27T05:00:00.000Z');
  const vault = new Vault({
    dir,
    migrationsFolder: MIGRATIONS,
    kdf: opts.kdf ?? TEST_KDF,
    now: () => now,
    ...(opts.wholeCheckUpToBytes === undefined ? {} : { wholeCheckUpToBytes: opts.wholeCheckUpToBytes }),
  });
  const notices: ReminderNotice[] = [];
  const reminders = new ReminderRunner({ vault, now: () => now, notify: (n) => notices.push(n) });
  const ctx: HandlerContext = { vault, now: () => now, version: '0.0.0-test', reminders, resourcesDir: RESOURCES };
  const call = (channel: string, input: unknown) =>
    dispatch(handlers, ctx, channel, input, { validateOutput: true, log: (m, e) => console.error(m, e) });
  const must = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  };
  return {
    dir,
    ctx,
    vault,
    notices,
    call,
    must,
    setToday: (iso) => {
      now = new Date(iso);
    },
    cleanup: () => {
      vault.lock();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** A created and unlocked app. */
export const makeUnlockedApp = async (opts: { now?: string } = {}): Promise<TestApp> => {
  const app = makeTestApp(opts);
  await app.must('vault:create', { passphrase: PASSPHRASE });
  return app;
};
