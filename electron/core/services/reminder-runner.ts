import { z } from 'zod';
import { DEFAULT_REMINDERS, reminderSettings, type ReminderNotice } from '../../shared/diary-schemas';
import type { Vault } from '../db/vault';
import { pkDate, type Clock } from '../lib/time';
import { agendaBetween } from '../repos/agenda';
import { readSetting, writeSetting } from '../repos/settings';
import { datesCovered, scheduleNotices } from './reminders';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from './reminder-text';

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
  /** The interface language the window last reported (app:set-language), for desktop notifications. */
  language: UiLanguage = DEFAULT_UI_LANGUAGE;

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

  /**
   * Fires the notices that fell due since the last run. One that is already stale (the computer
   * slept, or a tick came late) is not popped up out of time: it joins the missed list instead.
   */
  tick(): ReminderNotice[] {
    if (this.deps.vault.state() !== 'unlocked') return [];
    // An import is being written: its transaction is open on the connection; try at the next tick.
    if (this.deps.vault.writeInProgress) return [];
    const now = this.deps.now();
    const last = this.lastRun() ?? new Date(now.getTime() - FRESH_MS);
    const due = this.window(last, now);
    const freshAfter = now.getTime() - FRESH_MS;
    const fresh = due.filter((n) => Date.parse(n.fireAt) > freshAfter);
    this.remember(due.filter((n) => Date.parse(n.fireAt) <= freshAfter));
    fresh.forEach((n) => this.deps.notify(n));
    this.markRun(now);
    return fresh;
  }

  /** Adds notices to the missed list (once each), keeping those about today or later. */
  private remember(notices: ReminderNotice[]): void {
    const today = pkDate(this.deps.now());
    const known = new Set(this.missed.map((n) => n.id));
    this.missed = [...this.missed, ...notices.filter((n) => n.forDate >= today && !known.has(n.id))];
  }

  /** At unlock: keeps what fell due while closed or locked and still concerns today or later. */
  collectMissed(): void {
    const now = this.deps.now();
    const last = this.lastRun();
    if (last && last < now) this.remember(this.window(last, now));
    this.markRun(now);
  }

  /** Missed notices still about today or later (a list kept across a sleep may have aged). */
  missedNotices(): ReminderNotice[] {
    const today = pkDate(this.deps.now());
    this.missed = this.missed.filter((n) => n.forDate >= today);
    return this.missed;
  }

  dismissMissed(): ReminderNotice[] {
    this.missed = [];
    return this.missed;
  }
}
