import type { ReminderNotice } from '../shared/diary-schemas';

/** The part of Electron's Notification class the reminders use. */
export type NotificationClass = {
  isSupported(): boolean;
  new (options: { title: string; body: string }): { show(): void };
};

/** Turns reminder notices into desktop notifications (their text uses codenames for sensitive clients). */
export const desktopNotifier =
  (Notification: NotificationClass) =>
  (notice: ReminderNotice): void => {
    if (!Notification.isSupported()) return;
    new Notification({ title: notice.title, body: notice.body }).show();
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
