import type { VaultState } from '../core/db/vault';

export type PowerMonitorPort = { on(event: 'suspend' | 'lock-screen', listener: () => void): unknown };
export type LockableVault = { state(): VaultState; lock(): void };

/**
 * Closes the database when the machine sleeps or the screen locks: a laptop seized while
 * asleep or at a checkpoint must not hold an open, keyed connection. `notify` tells the
 * window so it can show the unlock screen at once. Returns the lock action for other callers.
 */
export const lockOnSleep = (
  powerMonitor: PowerMonitorPort,
  deps: { vault: LockableVault; notify: () => void },
): (() => void) => {
  const lockNow = (): void => {
    if (deps.vault.state() !== 'unlocked') return;
    deps.vault.lock();
    deps.notify();
  };
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
  return lockNow;
};
