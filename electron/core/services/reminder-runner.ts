import { z } from 'zod';
import { DEFAULT_REMINDERS, reminderSettings, type ReminderNotice } from '../../shared/diary-schemas';
import type { Vault } from '../db/vault';
import { pkDate, type Clock } from '../lib/time';
import { agendaBetween } from '../repos/agenda';
import { readSetting, writeSetting } from '../repos/settings';
import { datesCovered, scheduleNotices } from './reminders';

export const REMINDER_SETTINGS_KEY = 'reminders';
const LAST_RUN_KEY = 'reminders.lastRunAt';
/** A notice older than this when the app looks is no longer "now": it is shown as missed instead. */
const FRESH_MS = 5 * 60_000;

export type Notifier = (notice: ReminderNotice) => void;

/**
 * Runs the reminder schedule against the diary. main calls tick() every minute and turns what it
 * fires into desktop notifications; at unlock, collectMissed() gathers what fell due while the
 * app was closed or locked, for the app to show. The last run time lives in the encrypted database.
 */
export class ReminderRunner {
  private missed: ReminderNotice[] = [];

  constructor(private readonly deps: { vault: Vault; now: Clock; notify: Notifier }) {}

  private window(after: Date, upTo: Date): ReminderNotice[] {
    const db = this.deps.vault.db;
    const s = readSetting(db, REMINDER_SETTINGS_KEY, reminderSettings, DEFAULT_REMINDERS);
    const { from, to } = datesCovered(s, { after, upTo }, pkDate);
    return scheduleNotices(agendaBetween(db, from, to), s, { after, upTo });
  }

  private lastRun(): Date | null {
    const iso = readSetting(this.deps.vault.db, LAST_RUN_KEY, z.iso.datetime(), '');
    return iso ? new Date(iso) : null;
  }

  private markRun(now: Date): void {
    writeSetting(this.deps.vault.db, LAST_RUN_KEY, now.toISOString(), now.toISOString());
  }

  /** Fires the notices that fell due since the last run (and only fresh ones). */
  tick(): ReminderNotice[] {
    if (this.deps.vault.state() !== 'unlocked') return [];
    const now = this.deps.now();
    const last = this.lastRun();
    const after = new Date(Math.max(last?.getTime() ?? 0, now.getTime() - FRESH_MS));
    const due = this.window(after, now);
    due.forEach((n) => this.deps.notify(n));
    this.markRun(now);
    return due;
  }

  /** At unlock: keeps what fell due while closed or locked and still concerns today or later. */
  collectMissed(): void {
    const now = this.deps.now();
    const last = this.lastRun();
    if (last && last < now) {
      const today = pkDate(now);
      const fresh = this.window(last, now).filter((n) => n.forDate >= today);
      const known = new Set(this.missed.map((n) => n.id));
      this.missed = [...this.missed, ...fresh.filter((n) => !known.has(n.id))];
    }
    this.markRun(now);
  }

  missedNotices(): ReminderNotice[] {
    return this.missed;
  }

  dismissMissed(): ReminderNotice[] {
    this.missed = [];
    return this.missed;
  }
}
