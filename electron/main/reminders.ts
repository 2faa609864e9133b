import type { ReminderNotice } from '../shared/diary-schemas';

/** The part of Electron's Notification class the reminders use. */
export type NotificationClass = {
  isSupported(): boolean;
  new (options: { title: string; body: string }): { show(): void };
};

/** What a desktop notification says beyond its title: where to look, never who or which case. */
export const NOTIFICATION_BODY = 'Open Muhafiz to see the list.';

/**
 * Turns reminder notices into desktop notifications. A notification shows on a screen others may
 * see (and is kept by the system's notification centre), so it carries only the count and the day
 * ("Tomorrow: 2 hearings"); the names, courts and case numbers stay inside the app.
 */
export const desktopNotifier =
  (Notification: NotificationClass) =>
  (notice: ReminderNotice): void => {
    if (!Notification.isSupported()) return;
    new Notification({ title: notice.title, body: NOTIFICATION_BODY }).show();
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
