import type { VaultState } from '../core/db/vault';

/*
 * Auto-lock after a spell of no keyboard or mouse use. Main asks the system how long it has been
 * idle (Electron's powerMonitor.getSystemIdleTime) every few seconds, so a laptop left open on a
 * desk locks even if the window is in the background; the renderer is not trusted with the timer.
 * The clock, the idle reading and the timers are injected: tests drive them by hand.
 */

export type IdleDeps = {
  vault: { state(): VaultState };
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  idleSeconds: () => number;
  /** The lawyer's setting, read on every check so a change applies at once. */
  idleMinutes: () => number;
  /** Locks and tells the window (the same action as a suspend or a screen lock). */
  lock: () => void;
};

export type IdleTimers = {
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: never) => void;
};

/** How often the idle time is read: the lock comes at most this late after the set minutes. */
export const IDLE_CHECK_MS = 5_000;

/** One check: locks when unlocked and idle for at least the set minutes. Returns whether it locked. */
export const checkIdle = (deps: IdleDeps): boolean => {
  if (deps.vault.state() !== 'unlocked') return false;
  if (deps.idleSeconds() < deps.idleMinutes() * 60) return false;
  deps.lock();
  return true;
};

export const startIdleLock = (
  deps: IdleDeps,
  log: (message: string, error: unknown) => void,
  timers: IdleTimers = { setInterval, clearInterval: clearInterval as (h: never) => void },
  everyMs = IDLE_CHECK_MS,
): (() => void) => {
  const handle = timers.setInterval(() => {
    try {
      checkIdle(deps);
    } catch (e) {
      log('idle check failed', e);
    }
  }, everyMs);
  return () => timers.clearInterval(handle as never);
};
