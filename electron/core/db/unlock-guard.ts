import { AppFailure } from '../errors';
import { readLockFile, updateLockFile, type LockFile } from './lock-file';

/*
 * Failed unlocks slow down: the first four are free (typos happen), then each further try waits
 * 30 seconds, doubling with every failure up to an hour. The count survives a restart (it lives in
 * the lock file) and is cleared by the right passphrase. Optionally, N failures in a row erase
 * everything (off unless the lawyer turns it on).
 */

export const FREE_FAILURES = 4;
const FIRST_WAIT_S = 30;
const MAX_WAIT_S = 3600;

/** Seconds to wait after `failures` wrong passphrases in a row. */
export const waitAfter = (failures: number): number =>
  failures <= FREE_FAILURES ? 0 : Math.min(FIRST_WAIT_S * 2 ** (failures - FREE_FAILURES - 1), MAX_WAIT_S);

/** Seconds still to wait before the next try is allowed. */
export const secondsLeft = (f: LockFile, now: Date): number => {
  const wait = waitAfter(f.failures);
  if (wait === 0 || !f.lastFailureAt) return 0;
  const elapsed = (now.getTime() - Date.parse(f.lastFailureAt)) / 1000;
  // A clock set back must not lock the lawyer out until it catches up: wait once more, in full.
  if (elapsed < 0) return wait;
  return Math.max(0, Math.ceil(wait - elapsed));
};

export const describeWait = (seconds: number): string =>
  seconds < 120 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;

export type FailureOutcome = { failures: number; erase: boolean; message: string };

export class UnlockGuard {
  constructor(
    private readonly dir: string,
    private readonly now: () => Date,
  ) {}

  status(): { failures: number; waitSeconds: number } {
    const f = readLockFile(this.dir);
    return { failures: f.failures, waitSeconds: secondsLeft(f, this.now()) };
  }

  /** Refuses (TOO_MANY_ATTEMPTS) while a wait is running; the passphrase is not even tried. */
  assertMayTry(): void {
    const f = readLockFile(this.dir);
    const now = this.now();
    if (f.lastFailureAt && Date.parse(f.lastFailureAt) > now.getTime()) {
      // The clock went back: restart the wait from now rather than from a time still to come.
      updateLockFile(this.dir, (c) => ({ ...c, lastFailureAt: now.toISOString() }));
    }
    const left = secondsLeft(readLockFile(this.dir), now);
    if (left > 0) {
      throw new AppFailure(
        'TOO_MANY_ATTEMPTS',
        `Too many wrong passphrases. Wait ${describeWait(left)} before trying again.`,
      );
    }
  }

  failed(): FailureOutcome {
    const f = updateLockFile(this.dir, (c) => ({
      ...c,
      failures: c.failures + 1,
      lastFailureAt: this.now().toISOString(),
    }));
    const erase = f.eraseAfterFailures !== null && f.failures >= f.eraseAfterFailures;
    const parts = ['Wrong passphrase.'];
    const wait = waitAfter(f.failures);
    if (wait > 0) parts.push(`After ${f.failures} wrong tries, wait ${describeWait(wait)} before the next one.`);
    if (f.eraseAfterFailures !== null && !erase) {
      const left = f.eraseAfterFailures - f.failures;
      if (left <= 3)
        parts.push(`${left} more wrong ${left === 1 ? 'try erases' : 'tries erase'} everything in Muhafiz.`);
    }
    return { failures: f.failures, erase, message: parts.join(' ') };
  }

  succeeded(): void {
    const f = readLockFile(this.dir);
    if (f.failures > 0 || f.lastFailureAt) {
      updateLockFile(this.dir, (c) => ({ ...c, failures: 0, lastFailureAt: null }));
    }
  }
}
