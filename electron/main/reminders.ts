import {
  DEFAULT_UI_LANGUAGE,
  notificationBody,
  notificationTitle,
  type UiLanguage,
} from '../core/services/reminder-text';
import type { ReminderNotice } from '../shared/diary-schemas';

/** The part of Electron's Notification class the reminders use. */
export type NotificationClass = {
  isSupported(): boolean;
  new (options: { title: string; body: string }): { show(): void };
};

/** What a desktop notification says beyond its title: where to look, never who or which case. */
export const NOTIFICATION_BODY = notificationBody(DEFAULT_UI_LANGUAGE);

/**
 * Turns reminder notices into desktop notifications. A notification shows on a screen others may
 * see (and is kept by the system's notification centre), so it carries only the count and the day
 * ("Tomorrow: 2 hearings"); the names, courts and case numbers stay inside the app. It speaks
 * the interface language the window last reported (English until it does).
 */
export const desktopNotifier =
  (Notification: NotificationClass, ui: () => UiLanguage = () => DEFAULT_UI_LANGUAGE) =>
  (notice: ReminderNotice): void => {
    if (!Notification.isSupported()) return;
    const lang = ui();
    new Notification({ title: notificationTitle(notice, lang), body: notificationBody(lang) }).show();
  };

type Timers = {
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: never) => void;
};

/** Runs the reminder schedule every minute while the app runs; returns a stop function. */
export const startReminderClock = (
  runner: { tick(): unknown },
  log: (message: string, error: unknown) => void,
  timers: Timers = { setInterval, clearInterval: clearInterval as (h: never) => void },
  everyMs = 60_000,
): (() => void) => {
  const handle = timers.setInterval(() => {
    try {
      runner.tick();
    } catch (e) {
      log('reminder tick failed', e);
    }
  }, everyMs);
  return () => timers.clearInterval(handle as never);
};
