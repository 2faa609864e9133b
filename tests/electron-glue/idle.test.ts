import { afterEach, describe, expect, test } from 'vitest';
import { checkIdle, IDLE_CHECK_MS, startIdleLock } from '../../electron/main/idle';
import { folderPicker } from '../../electron/main/folder-dialog';
import { lockOnSleep } from '../../electron/main/lock';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { FakePowerMonitor } from './stand-ins';

/*
 * Auto-lock after idle, against a real vault: a stand-in for the system's idle clock and for the
 * timers; the lock action is the one main wires to suspend and screen lock.
 */

let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

const manualTimers = () => {
  let fn: (() => void) | undefined;
  let ms = 0;
  const cleared: unknown[] = [];
  return {
    timers: {
      setInterval: (f: () => void, every: number) => ((fn = f), (ms = every), 'handle'),
      clearInterval: (h: never) => void cleared.push(h),
    },
    tick: () => fn?.(),
    every: () => ms,
    cleared,
  };
};

describe('idle lock', () => {
  test('locks the vault within one check of the set minutes of system idle time, and tells the window once', async () => {
    app = await makeUnlockedApp();
    let idle = 0;
    let told = 0;
    const lockNow = lockOnSleep(new FakePowerMonitor(), { vault: app.vault, notify: () => told++ });
    const t = manualTimers();
    const stop = startIdleLock(
      { vault: app.vault, idleSeconds: () => idle, idleMinutes: () => 5, lock: lockNow },
      () => {},
      t.timers,
    );
    expect(t.every()).toBe(IDLE_CHECK_MS);

    idle = 299;
    t.tick();
    expect(app.vault.state()).toBe('unlocked');
    idle = 300;
    const started = performance.now();
    t.tick();
    expect(app.vault.state()).toBe('locked');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(told).toBe(1);
    const r = await app.call('clients:list', {});
    expect(!r.ok && r.error.code).toBe('LOCKED');

    idle = 900;
    t.tick();
    expect(told).toBe(1); // already locked
    stop();
    expect(t.cleared).toEqual(['handle']);
  });

  test('follows a changed setting at the next check', async () => {
    app = await makeUnlockedApp();
    let minutes = 5;
    let locked = 0;
    const deps = { vault: app.vault, idleSeconds: () => 120, idleMinutes: () => minutes, lock: () => locked++ };
    expect(checkIdle(deps)).toBe(false);
    minutes = 2;
    expect(checkIdle(deps)).toBe(true);
    expect(locked).toBe(1);
  });

  test('does nothing while locked or before a vault exists, and a failing check is logged, not thrown', async () => {
    app = await makeUnlockedApp();
    app.vault.lock();
    let locked = 0;
    expect(checkIdle({ vault: app.vault, idleSeconds: () => 9999, idleMinutes: () => 1, lock: () => locked++ })).toBe(
      false,
    );
    expect(locked).toBe(0);
    const logged: string[] = [];
    const t = manualTimers();
    startIdleLock(
      {
        vault: { state: () => 'unlocked' },
        idleSeconds: () => {
          throw new Error('no idle time on this system');
        },
        idleMinutes: () => 5,
        lock: () => locked++,
      },
      (m) => logged.push(m),
      t.timers,
    );
    expect(() => t.tick()).not.toThrow();
    expect(logged).toEqual(['idle check failed']);
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
  });
});

describe('the folder picker', () => {
  test('opens a folder dialog on the window and returns the chosen path, or null when cancelled', async () => {
    const calls: { window: string; title: string; properties: string[] }[] = [];
    let answer = { canceled: false, filePaths: ['/media/lawyer/USB'] };
    const dialog = {
      showOpenDialog: (window: string, o: { title: string; buttonLabel: string; properties: string[] }) => {
        calls.push({ window, title: o.title, properties: o.properties });
        return Promise.resolve(answer);
      },
    };
    const pick = folderPicker(dialog, () => 'main-window');
    expect(await pick('backup')).toBe('/media/lawyer/USB');
    expect(calls).toEqual([
      { window: 'main-window', title: 'Back up Muhafiz to a folder', properties: ['openDirectory', 'createDirectory'] },
    ]);
    answer = { canceled: true, filePaths: [] };
    expect(await pick('restore')).toBeNull();
    expect(await folderPicker(dialog, () => null)('backup')).toBeNull();
  });
});
