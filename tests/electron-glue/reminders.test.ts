import { afterEach, describe, expect, test } from 'vitest';
import { ReminderRunner } from '../../electron/core/services/reminder-runner';
import { lockOnSleep } from '../../electron/main/lock';
import { desktopNotifier, NOTIFICATION_BODY, startReminderClock } from '../../electron/main/reminders';
import type { ReminderNotice } from '../../electron/shared/diary-schemas';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { courtWeek, fix, titled } from '../support/diary';
import { FakePowerMonitor } from './stand-ins';

/*
 * The Electron side of reminders: notices become desktop notifications, and a minute timer
 * drives the runner. Stand-ins replace Electron's Notification class and the timers.
 */

const notice: ReminderNotice = {
  id: 'night-before:2026-12-01:1',
  kind: 'night-before',
  fireAt: '2026-11-30T15:00:00.000Z',
  forDate: '2026-12-01',
  hearingIds: ['h1'],
  title: 'Tomorrow: 1 hearing (2026-12-01)',
  body: '10:00 · Anti-Terrorism Court No. 1, Rawalpindi · Special Case No. 41 of 2026 · (Chinar)',
};

/** Like Electron's Notification: constructed with options, shown with show(). */
const fakeNotificationClass = (supported: boolean) => {
  const created: { title: string; body: string; shown: number }[] = [];
  class FakeNotification {
    static isSupported(): boolean {
      return supported;
    }
    private readonly record: { title: string; body: string; shown: number };
    constructor(options: { title: string; body: string }) {
      this.record = { ...options, shown: 0 };
      created.push(this.record);
    }
    show(): void {
      this.record.shown++;
    }
  }
  return { FakeNotification, created };
};

describe('desktopNotifier', () => {
  test("shows a notification with the notice's title and a body that names no one and no case", () => {
    const { FakeNotification, created } = fakeNotificationClass(true);
    desktopNotifier(FakeNotification)(notice);
    expect(created).toEqual([{ title: notice.title, body: NOTIFICATION_BODY, shown: 1 }]);
    expect(JSON.stringify(created)).not.toMatch(/Chinar|Special Case|Anti-Terrorism/);
  });

  test('in Urdu once the window says so (app:set-language): the day and count in Urdu, with Urdu digits if chosen', async () => {
    const app = await makeUnlockedApp();
    try {
      const { FakeNotification, created } = fakeNotificationClass(true);
      const notify = desktopNotifier(FakeNotification, () => app.ctx.reminders.language);
      notify(notice);
      await app.must('app:set-language', { language: 'ur', digits: 'western' });
      notify(notice);
      await app.must('app:set-language', { language: 'ur', digits: 'urdu' });
      notify({ ...notice, id: 'lead:2026-12-01:3', kind: 'lead', hearingIds: ['a', 'b'] });
      expect(created.map((c) => [c.title, c.body])).toEqual([
        [notice.title, NOTIFICATION_BODY],
        ['کل: 1 پیشی (منگل، 1 دسمبر 2026)', 'فہرست دیکھنے کے لیے محافظ کھولیں۔'],
        ['۳ دن بعد: ۲ پیشیاں (منگل، ۱ دسمبر ۲۰۲۶)', 'فہرست دیکھنے کے لیے محافظ کھولیں۔'],
      ]);
      // The language is not a secret: it is accepted while locked too, and still names no one.
      await app.must('vault:lock', {});
      expect((await app.call('app:set-language', { language: 'en', digits: 'western' })).ok).toBe(true);
      expect(JSON.stringify(created)).not.toMatch(/Chinar|Special Case|Anti-Terrorism/);
    } finally {
      app.cleanup();
    }
  });

  test('does nothing where the system has no notifications', () => {
    const { FakeNotification, created } = fakeNotificationClass(false);
    expect(() => desktopNotifier(FakeNotification)(notice)).not.toThrow();
    expect(created).toEqual([]);
  });

  describe('driven by the runner on a real diary', () => {
    let app: TestApp | undefined;
    afterEach(() => {
      app?.cleanup();
      app = undefined;
    });

    test('the night-before notification says how many and when, never who or which case', async () => {
      // Today: Tuesday 1 December 2026, 19:59 PKT; Zarghuna Khattak ("Chinar") is before ATC Rawalpindi tomorrow.
      app = await makeUnlockedApp({ now: '2026-12-01T14:59:00.000Z' });
      const w = await courtWeek(app);
      await fix(app, w.atcCase.id, '2026-12-02', 'Cross-examination of PW-3', {
        time: '10:00',
        courtId: w.courts.atc.id,
      });
      let now = new Date('2026-12-01T14:59:00.000Z');
      const { FakeNotification, created } = fakeNotificationClass(true);
      const runner = new ReminderRunner({
        vault: app.vault,
        now: () => now,
        notify: desktopNotifier(FakeNotification),
      });
      runner.tick();
      expect(created).toEqual([]);
      now = new Date('2026-12-01T15:00:00.000Z');
      runner.tick();
      expect(created).toEqual([
        {
          title: expect.stringMatching(titled('Tomorrow: 1 hearing', '2026-12-02', 'Wed 2 Dec 2026')),
          body: NOTIFICATION_BODY,
          shown: 1,
        },
      ]);
      expect(JSON.stringify(created)).not.toMatch(/Zarghuna|Khattak|Chinar|Special Case|41 of 2026/);
    });
  });
});

/** Stand-in timers: record the interval and let the test run it. */
const fakeTimers = () => {
  const state = {
    fn: undefined as (() => void) | undefined,
    ms: undefined as number | undefined,
    cleared: [] as unknown[],
    handle: { id: 'interval-1' },
  };
  return {
    state,
    timers: {
      setInterval: (fn: () => void, ms: number) => {
        state.fn = fn;
        state.ms = ms;
        return state.handle;
      },
      clearInterval: (handle: unknown) => {
        state.cleared.push(handle);
      },
    },
    fire: () => {
      if (!state.fn) throw new Error('no interval set');
      state.fn();
    },
  };
};

describe('startReminderClock', () => {
  test('calls tick every interval, once a minute by default', () => {
    const t = fakeTimers();
    let ticks = 0;
    startReminderClock({ tick: () => ticks++ }, () => {}, t.timers);
    expect(t.state.ms).toBe(60_000);
    expect(ticks).toBe(0);
    t.fire();
    t.fire();
    t.fire();
    expect(ticks).toBe(3);
  });

  test('uses the interval it is given', () => {
    const t = fakeTimers();
    startReminderClock({ tick: () => [] }, () => {}, t.timers, 15_000);
    expect(t.state.ms).toBe(15_000);
  });

  test('a tick that throws is logged and the clock keeps going', () => {
    const t = fakeTimers();
    const logged: [string, unknown][] = [];
    const failure = new Error('database is busy');
    let calls = 0;
    const runner = {
      tick: () => {
        calls++;
        if (calls === 1) throw failure;
        return [];
      },
    };
    startReminderClock(runner, (message, error) => logged.push([message, error]), t.timers);
    expect(() => t.fire()).not.toThrow();
    expect(logged).toEqual([['reminder tick failed', failure]]);
    t.fire();
    expect(calls).toBe(2);
    expect(logged).toHaveLength(1);
  });

  test('the stop function clears that interval', () => {
    const t = fakeTimers();
    const stop = startReminderClock({ tick: () => [] }, () => {}, t.timers);
    expect(t.state.cleared).toEqual([]);
    stop();
    expect(t.state.cleared).toEqual([t.state.handle]);
  });

  test('with the real runner, a tick while locked does nothing and does not throw', async () => {
    const app = await makeUnlockedApp({ now: '2026-12-01T15:00:00.000Z' });
    try {
      await app.must('vault:lock', {});
      const t = fakeTimers();
      const logged: unknown[] = [];
      startReminderClock(app.ctx.reminders, (m) => logged.push(m), t.timers);
      t.fire();
      expect(logged).toEqual([]);
      expect(app.notices).toEqual([]);
    } finally {
      app.cleanup();
    }
  });
});

describe('missed reminders and the automatic lock', () => {
  let app: TestApp | undefined;
  afterEach(() => {
    app?.cleanup();
    app = undefined;
  });

  test('after a lock on sleep, the next unlock lists only what was missed since, for today or later', async () => {
    // Sunday 29 November 2026, 18:00 PKT: locked for the night.
    app = await makeUnlockedApp({ now: '2026-11-29T13:00:00.000Z' });
    const w = await courtWeek(app);
    await fix(app, w.pecaCase.id, '2026-11-30', 'Arguments on bail', { time: '09:30', courtId: 'seed:ihc' });
    await fix(app, w.habeasCase.id, '2026-12-01', 'Report of IGP Punjab', { time: '14:00', courtId: 'seed:lhc' });
    await app.must('vault:lock', {});
    const power = new FakePowerMonitor();
    lockOnSleep(power, { vault: app.vault, notify: () => {} });

    app.setToday('2026-11-30T03:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect((await app.must('reminders:missed', {})).map((n) => n.id)).toEqual([
      'night-before:2026-11-30:1',
      'morning:2026-11-30:1',
    ]);
    power.emit('suspend');
    expect(app.vault.state()).toBe('locked');

    app.setToday('2026-12-01T03:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect((await app.must('reminders:missed', {})).map((n) => n.id)).toEqual([
      'night-before:2026-12-01:1',
      'morning:2026-12-01:1',
    ]);
  });
});
