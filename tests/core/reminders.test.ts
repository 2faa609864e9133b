import { afterEach, describe, expect, test } from 'vitest';
import type { AgendaItem } from '../../electron/shared/contract';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../../electron/shared/diary-schemas';
import { pkInstant, scheduleNotices } from '../../electron/core/services/reminders';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { courtWeek, fix, titled, type CourtWeek } from '../support/diary';
import { snapshotDb } from '../support/disk';

/*
 * Reminders: the night-before list, the morning list and earlier notice for appeals and writs,
 * all in Pakistan time (UTC+5, no daylight saving). First the pure schedule with a fixed window,
 * then the runner on a real database with the clock moved by hand. Each block states its "today".
 */

const iso = (d: Date) => d.toISOString();

describe('pkInstant', () => {
  test.each([
    ['2026-11-27', '09:30', '2026-11-27T04:30:00.000Z'],
    ['2026-12-01', '02:00', '2026-11-30T21:00:00.000Z'],
    ['2026-12-31', '23:30', '2026-12-31T18:30:00.000Z'],
    ['2027-01-01', '00:00', '2026-12-31T19:00:00.000Z'],
    ['2028-02-29', '20:00', '2028-02-29T15:00:00.000Z'],
    // Pakistan keeps the same offset in summer.
    ['2026-07-15', '07:30', '2026-07-15T02:30:00.000Z'],
  ])('%s %s in Pakistan is %s', (date, time, expected) => {
    expect(iso(pkInstant(date, time))).toBe(expected);
  });
});

/* ---------- the pure schedule ---------- */

const SADIA = { clientId: 'c-sadia', role: 'accused' as const, fullName: 'Sadia Jaffar', codename: 'Kingfisher' };
const ZARGHUNA = { clientId: 'c-zar', role: 'accused' as const, fullName: 'Zarghuna Khattak', codename: 'Chinar' };

/** A row of the agenda, as the runner receives it. Defaults: Sadia Jaffar's bail before the IHC. */
const item = (id: string, over: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  caseId: `case-${id}`,
  date: '2026-12-02',
  time: '09:30',
  courtId: 'seed:ihc',
  courtName: 'Islamabad High Court',
  bench: 'Court No. 2',
  purpose: 'Arguments on bail',
  outcome: null,
  shortOrder: null,
  nextDate: null,
  nextHearingId: null,
  bailPetitionId: null,
  caseTitle: 'State v. Sadia Jaffar',
  caseNumber: 'Crl. Misc. No. 1412-B of 2026',
  firNumber: '112/2026',
  custodyStatus: 'in_custody',
  parties: [{ ...SADIA, sensitive: false }],
  caseType: 'bail',
  forumType: 'high_court',
  lawyer: { id: 'l-imaan', name: 'Imaan Hazir' },
  adjournmentSought: false,
  clashNote: null,
  previous: null,
  clashesWith: [],
  ...over,
});

/** All of November and December 2026. */
const WIDE = { after: new Date('2026-11-01T00:00:00Z'), upTo: new Date('2027-01-01T00:00:00Z') };
const schedule = (items: AgendaItem[], s: ReminderSettings = DEFAULT_REMINDERS, window = WIDE) =>
  scheduleNotices(items, s, window);
const brief = (items: AgendaItem[], s?: ReminderSettings, window?: typeof WIDE) =>
  schedule(items, s, window).map((n) => [n.id, n.fireAt, n.hearingIds]);

describe('scheduleNotices', () => {
  test('a bail hearing on Wednesday 2 December: the list at 20:00 PKT on Tuesday (15:00Z) and at 07:30 PKT on the day (02:30Z)', () => {
    expect(schedule([item('ihc')])).toEqual([
      {
        id: 'night-before:2026-12-02:1',
        kind: 'night-before',
        fireAt: '2026-12-01T15:00:00.000Z',
        forDate: '2026-12-02',
        hearingIds: ['ihc'],
        title: expect.stringMatching(titled('Tomorrow: 1 hearing', '2026-12-02', 'Wed 2 Dec 2026')),
        body: '09:30 · Islamabad High Court · Crl. Misc. No. 1412-B of 2026 · (Sadia Jaffar)',
      },
      {
        id: 'morning:2026-12-02:1',
        kind: 'morning',
        fireAt: '2026-12-02T02:30:00.000Z',
        forDate: '2026-12-02',
        hearingIds: ['ihc'],
        title: expect.stringMatching(titled('Today: 1 hearing', '2026-12-02', 'Wed 2 Dec 2026')),
        body: '09:30 · Islamabad High Court · Crl. Misc. No. 1412-B of 2026 · (Sadia Jaffar)',
      },
    ]);
  });

  test("one list per date, naming each of that day's hearings", () => {
    const notices = schedule([
      item('ihc'),
      item('atc', {
        time: '11:00',
        courtName: 'Anti-Terrorism Court No. 1, Rawalpindi',
        caseNumber: 'Special Case No. 41 of 2026',
        caseType: 'trial',
        parties: [{ ...ZARGHUNA, sensitive: true }],
      }),
      item('next-day', { date: '2026-12-03' }),
    ]);
    const nightBefore = notices.find((n) => n.id === 'night-before:2026-12-02:1');
    expect(nightBefore?.hearingIds).toEqual(['ihc', 'atc']);
    expect(nightBefore?.title).toMatch(titled('Tomorrow: 2 hearings', '2026-12-02', 'Wed 2 Dec 2026'));
    expect(nightBefore?.body.split('\n')).toEqual([
      '09:30 · Islamabad High Court · Crl. Misc. No. 1412-B of 2026 · (Sadia Jaffar)',
      '11:00 · Anti-Terrorism Court No. 1, Rawalpindi · Special Case No. 41 of 2026 · (Chinar)',
    ]);
    expect(notices.map((n) => n.id)).toEqual([
      'night-before:2026-12-02:1',
      'morning:2026-12-02:1',
      'night-before:2026-12-03:1',
      'morning:2026-12-03:1',
    ]);
  });

  test('lead notices by case type at the night-before time: an appeal 3 days ahead, a writ petition 2 (the defaults)', () => {
    expect(DEFAULT_REMINDERS.leadDays).toEqual({ appeal: 3, constitutional_petition: 2 });
    const appeal = item('appeal', { date: '2026-12-04', caseType: 'appeal', courtId: 'seed:lhc-rwp' });
    const writ = item('writ', { date: '2026-12-04', caseType: 'constitutional_petition' });
    const bail = item('bail', { date: '2026-12-04' });
    expect(brief([appeal, writ, bail])).toEqual([
      ['lead:2026-12-04:3', '2026-12-01T15:00:00.000Z', ['appeal']],
      ['lead:2026-12-04:2', '2026-12-02T15:00:00.000Z', ['writ']],
      ['night-before:2026-12-04:1', '2026-12-03T15:00:00.000Z', ['appeal', 'writ', 'bail']],
      ['morning:2026-12-04:1', '2026-12-04T02:30:00.000Z', ['appeal', 'writ', 'bail']],
    ]);
    const lead = schedule([appeal]).find((n) => n.kind === 'lead');
    expect(lead?.title).toMatch(titled('In 3 days: 1 hearing', '2026-12-04', 'Fri 4 Dec 2026'));
    expect(lead?.forDate).toBe('2026-12-04');
  });

  test('lead times follow the settings: a trial before the ATC a week ahead, none for appeals when removed', () => {
    const s: ReminderSettings = { ...DEFAULT_REMINDERS, leadDays: { trial: 7 } };
    const trial = item('atc', { date: '2026-12-10', caseType: 'trial' });
    const appeal = item('appeal', { date: '2026-12-10', caseType: 'appeal' });
    expect(brief([trial, appeal], s).filter(([id]) => String(id).startsWith('lead'))).toEqual([
      ['lead:2026-12-10:7', '2026-12-03T15:00:00.000Z', ['atc']],
    ]);
  });

  test('times follow the settings: night-before at 21:00 PKT is 16:00Z, morning at 06:45 PKT is 01:45Z', () => {
    const s: ReminderSettings = { ...DEFAULT_REMINDERS, nightBefore: '21:00', morning: '06:45' };
    expect(brief([item('ihc')], s)).toEqual([
      ['night-before:2026-12-02:1', '2026-12-01T16:00:00.000Z', ['ihc']],
      ['morning:2026-12-02:1', '2026-12-02T01:45:00.000Z', ['ihc']],
    ]);
  });

  test('a late-evening remand at 23:30 and one at 00:30 belong to their Pakistan date, across midnight UTC', () => {
    // 1 December 23:30 PKT is 18:30Z the same day; 00:30 PKT on 1 December is 19:30Z on 30 November.
    const late = item('late', { date: '2026-12-01', time: '23:30', courtName: 'Duty Magistrate, Islamabad' });
    const early = item('early', { date: '2026-12-01', time: '00:30', courtName: 'Duty Magistrate, Islamabad' });
    const notices = schedule([late, early]);
    expect(notices.map((n) => [n.id, n.forDate, n.fireAt, n.hearingIds])).toEqual([
      ['night-before:2026-12-01:1', '2026-12-01', '2026-11-30T15:00:00.000Z', ['late', 'early']],
      ['morning:2026-12-01:1', '2026-12-01', '2026-12-01T02:30:00.000Z', ['late', 'early']],
    ]);
    // The night-before list comes before either hearing, even the one that is still 30 November in UTC.
    const nightBefore = Date.parse(notices[0]?.fireAt ?? '');
    expect(nightBefore).toBeLessThan(pkInstant('2026-12-01', '00:30').getTime());
    expect(iso(pkInstant('2026-12-01', '00:30'))).toBe('2026-11-30T19:30:00.000Z');
    expect(iso(pkInstant('2026-12-01', '23:30'))).toBe('2026-12-01T18:30:00.000Z');
  });

  test('a hearing on 1 January is reminded at 20:00 PKT on 31 December, across the year', () => {
    expect(
      brief([item('ny', { date: '2027-01-01' })], DEFAULT_REMINDERS, {
        after: WIDE.after,
        upTo: new Date('2027-01-02T00:00:00Z'),
      }),
    ).toEqual([
      ['night-before:2027-01-01:1', '2026-12-31T15:00:00.000Z', ['ny']],
      ['morning:2027-01-01:1', '2027-01-01T02:30:00.000Z', ['ny']],
    ]);
  });

  test('keeps only notices due after the window opens and up to its end, inclusive', () => {
    const at = (after: string, upTo: string) =>
      brief([item('ihc')], DEFAULT_REMINDERS, { after: new Date(after), upTo: new Date(upTo) }).map(([id]) => id);
    expect(at('2026-12-01T14:59:00Z', '2026-12-01T15:00:00Z')).toEqual(['night-before:2026-12-02:1']);
    expect(at('2026-12-01T15:00:00Z', '2026-12-01T15:01:00Z')).toEqual([]);
    expect(at('2026-12-01T14:00:00Z', '2026-12-01T14:59:59Z')).toEqual([]);
    expect(at('2026-12-01T15:00:00Z', '2026-12-02T02:30:00Z')).toEqual(['morning:2026-12-02:1']);
  });

  test('nothing when reminders are turned off', () => {
    expect(schedule([item('ihc')], { ...DEFAULT_REMINDERS, enabled: false })).toEqual([]);
  });

  test('decided hearings are not reminded; the rest of the day still is', () => {
    expect(schedule([item('ihc', { outcome: 'bail_granted' })])).toEqual([]);
    const notices = schedule([item('ihc', { outcome: 'adjourned' }), item('atc', { time: '11:00' })]);
    expect(notices.map((n) => n.hearingIds)).toEqual([['atc'], ['atc']]);
    expect(notices[0]?.title).toMatch(titled('Tomorrow: 1 hearing', '2026-12-02', 'Wed 2 Dec 2026'));
  });

  test('name sensitive clients by codename only, in the body and the title', () => {
    const notices = schedule([
      item('atc', {
        caseTitle: 'State v. Zarghuna Khattak',
        caseNumber: null,
        firNumber: '19/2026',
        courtName: 'Anti-Terrorism Court No. 1, Rawalpindi',
        parties: [{ ...ZARGHUNA, sensitive: true }],
        caseType: 'appeal',
      }),
    ]);
    expect(notices).toHaveLength(3);
    for (const n of notices) {
      expect(n.body).toBe('09:30 · Anti-Terrorism Court No. 1, Rawalpindi · FIR 19/2026 · (Chinar)');
      expect(JSON.stringify(n)).not.toMatch(/Zarghuna|Khattak/);
    }
  });

  test('a habeas petition names the mother and the detenu (neither is sensitive)', () => {
    const [n] = schedule([
      item('habeas', {
        courtName: 'Lahore High Court',
        caseNumber: 'Crl. Misc. No. 27821-H of 2026',
        time: null,
        parties: [
          { clientId: 'm', role: 'petitioner', fullName: 'Rukhsana Bibi', codename: null, sensitive: false },
          { clientId: 's', role: 'detenu', fullName: 'Imran Qureshi', codename: null, sensitive: false },
        ],
      }),
    ]);
    expect(n?.body).toBe('Lahore High Court · Crl. Misc. No. 27821-H of 2026 · (Rukhsana Bibi, Imran Qureshi)');
  });

  test('notice ids are stable: the same in any window and when more hearings join the date', () => {
    const one = schedule([item('ihc')]).map((n) => n.id);
    const narrow = schedule([item('ihc'), item('atc', { time: '11:00' })], DEFAULT_REMINDERS, {
      after: new Date('2026-12-01T14:00:00Z'),
      upTo: new Date('2026-12-02T03:00:00Z'),
    }).map((n) => n.id);
    expect(narrow).toEqual(one);
    expect(new Set(schedule([item('a'), item('b', { date: '2026-12-03' })]).map((n) => n.id)).size).toBe(4);
  });
});

/* ---------- the runner on a real database ---------- */

describe('ReminderRunner.tick', () => {
  let app: TestApp;
  let w: CourtWeek;
  afterEach(() => app?.cleanup());

  /**
   * Today: Monday 30 November 2026, 09:00 PKT. Tuesday: Sadia Jaffar's bail at the IHC. Friday:
   * her appeal at the LHC Rawalpindi bench. The lawyer wants lists at 21:00 and 07:00.
   */
  const week = async (s: Partial<ReminderSettings> = {}) => {
    app = await makeUnlockedApp({ now: '2026-11-30T04:00:00.000Z' });
    w = await courtWeek(app);
    const bail = await fix(app, w.pecaCase.id, '2026-12-01', 'Arguments on bail', {
      time: '09:30',
      courtId: 'seed:ihc',
    });
    const appeal = await fix(app, w.appealCase.id, '2026-12-04', 'Hearing of the appeal', {
      time: '11:00',
      courtId: 'seed:lhc-rwp',
    });
    await app.must('settings:update-reminders', {
      enabled: true,
      nightBefore: '21:00',
      morning: '07:00',
      leadDays: { appeal: 3 },
      ...s,
    });
    return { bail, appeal };
  };
  const tickAt = (instant: string) => {
    app.setToday(instant);
    return app.ctx.reminders.tick().map((n) => n.id);
  };

  test('fires each notice once, when it falls due, through the notifier', async () => {
    const { bail, appeal } = await week();
    expect(tickAt('2026-11-30T15:59:00Z')).toEqual([]);
    expect(tickAt('2026-11-30T16:00:00Z')).toEqual(['night-before:2026-12-01:1']);
    expect(tickAt('2026-11-30T16:01:00Z')).toEqual([]);
    expect(tickAt('2026-11-30T16:02:00Z')).toEqual([]);
    expect(tickAt('2026-12-01T01:59:30Z')).toEqual([]);
    expect(tickAt('2026-12-01T02:00:30Z')).toEqual(['morning:2026-12-01:1']);
    // A tick two minutes late still fires: the minute timer may drift.
    expect(tickAt('2026-12-01T16:02:00Z')).toEqual(['lead:2026-12-04:3']);
    expect(tickAt('2026-12-01T16:03:00Z')).toEqual([]);
    expect(app.notices.map((n) => [n.id, n.hearingIds])).toEqual([
      ['night-before:2026-12-01:1', [bail.id]],
      ['morning:2026-12-01:1', [bail.id]],
      ['lead:2026-12-04:3', [appeal.id]],
    ]);
    expect(app.notices[0]?.body).toBe('09:30 · Islamabad High Court · Crl. Misc. No. 1412-B of 2026 · (Sadia Jaffar)');
  });

  test('the last run is kept in the database: after lock and unlock a notice already fired is not fired again', async () => {
    await week();
    expect(tickAt('2026-11-30T16:00:00Z')).toEqual(['night-before:2026-12-01:1']);
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(tickAt('2026-11-30T16:01:00Z')).toEqual([]);
    expect(await app.must('reminders:missed', {})).toEqual([]);
    expect(app.notices).toHaveLength(1);
  });

  test('does not fire a notice more than 5 minutes late', async () => {
    await week();
    expect(tickAt('2026-11-30T15:50:00Z')).toEqual([]);
    expect(tickAt('2026-11-30T16:06:00Z')).toEqual([]);
    expect(tickAt('2026-11-30T16:07:00Z')).toEqual([]);
    expect(app.notices).toEqual([]);
  });

  test('a notice too late to fire is shown as missed instead', async () => {
    await week();
    tickAt('2026-11-30T15:50:00Z');
    tickAt('2026-11-30T16:06:00Z');
    expect((await app.must('reminders:missed', {})).map((n) => n.id)).toEqual(['night-before:2026-12-01:1']);
  });

  test('fires nothing when reminders are turned off, or while the vault is locked', async () => {
    await week({ enabled: false });
    expect(tickAt('2026-11-30T16:00:00Z')).toEqual([]);
    await app.must('settings:update-reminders', { ...DEFAULT_REMINDERS, nightBefore: '21:00', morning: '07:00' });
    await app.must('vault:lock', {});
    expect(tickAt('2026-12-01T02:00:00Z')).toEqual([]);
    expect(app.notices).toEqual([]);
  });

  test('a decided hearing is no longer reminded', async () => {
    const { bail } = await week();
    await app.must('hearings:record-outcome', {
      hearingId: bail.id,
      outcome: 'adjourned',
      shortOrder: 'Adjourned on the request of the State; bench not available',
    });
    expect(tickAt('2026-11-30T16:00:00Z')).toEqual([]);
  });
});

describe('missed reminders', () => {
  let app: TestApp;
  let w: CourtWeek;
  afterEach(() => app?.cleanup());

  /**
   * Sunday 29 November 2026, 18:00 PKT: the lawyer locks Muhafiz and goes to Lahore. Hearings:
   * Monday at the IHC, Tuesday at the LHC, Wednesday at ATC Rawalpindi, Friday the appeal at
   * the Rawalpindi bench. Default settings: 20:00 and 07:30 PKT; appeals 3 days ahead.
   */
  const lockedWeekend = async () => {
    app = await makeUnlockedApp({ now: '2026-11-29T13:00:00.000Z' });
    w = await courtWeek(app);
    const h = {
      monday: await fix(app, w.pecaCase.id, '2026-11-30', 'Arguments on bail', { time: '09:30', courtId: 'seed:ihc' }),
      tuesday: await fix(app, w.habeasCase.id, '2026-12-01', 'Report of IGP Punjab', {
        time: '14:00',
        courtId: 'seed:lhc',
      }),
      wednesday: await fix(app, w.atcCase.id, '2026-12-02', 'Cross-examination of PW-3', {
        time: '10:00',
        courtId: w.courts.atc.id,
      }),
      friday: await fix(app, w.appealCase.id, '2026-12-04', 'Hearing of the appeal', { courtId: 'seed:lhc-rwp' }),
    };
    await app.must('vault:lock', {});
    return h;
  };

  test('at unlock, lists what fell due while locked for today or later, not for dates already past', async () => {
    const h = await lockedWeekend();
    // Unlocked on Tuesday 1 December at 22:00 PKT.
    app.setToday('2026-12-01T17:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const missed = await app.must('reminders:missed', {});
    expect(missed.map((n) => [n.id, n.fireAt, n.hearingIds])).toEqual([
      ['night-before:2026-12-01:1', '2026-11-30T15:00:00.000Z', [h.tuesday.id]],
      ['morning:2026-12-01:1', '2026-12-01T02:30:00.000Z', [h.tuesday.id]],
      ['lead:2026-12-04:3', '2026-12-01T15:00:00.000Z', [h.friday.id]],
      ['night-before:2026-12-02:1', '2026-12-01T15:00:00.000Z', [h.wednesday.id]],
    ]);
    // Monday's lists are for a date already past; nothing was shown as a desktop notification.
    expect(missed.map((n) => n.forDate)).not.toContain('2026-11-30');
    expect(app.notices).toEqual([]);
    // Nor is any of it fired again by the clock.
    expect(app.ctx.reminders.tick()).toEqual([]);
    // Sensitive Zarghuna Khattak ("Chinar") is named by codename.
    const wednesday = missed.find((n) => n.id === 'night-before:2026-12-02:1');
    expect(wednesday?.body).toBe(
      '10:00 · Anti-Terrorism Court No. 1, Rawalpindi · Special Case No. 41 of 2026 · (Chinar)',
    );
    expect(JSON.stringify(missed)).not.toMatch(/Zarghuna|Khattak/);
  });

  test('reminders:dismiss empties the list', async () => {
    await lockedWeekend();
    app.setToday('2026-12-01T17:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('reminders:missed', {})).toHaveLength(4);
    expect(await app.must('reminders:dismiss', {})).toEqual([]);
    expect(await app.must('reminders:missed', {})).toEqual([]);
  });

  test('locking empties the list; the next unlock lists only what fell due since', async () => {
    await lockedWeekend();
    app.setToday('2026-12-01T17:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('reminders:missed', {})).toHaveLength(4);
    await app.must('vault:lock', {});
    app.setToday('2026-12-01T17:30:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('reminders:missed', {})).toEqual([]);
    await app.must('vault:lock', {});
    // Wednesday 07:45 PKT: the morning list for Wednesday fell due at 07:30.
    app.setToday('2026-12-02T02:45:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect((await app.must('reminders:missed', {})).map((n) => n.id)).toEqual(['morning:2026-12-02:1']);
  });

  test('a wrong passphrase collects nothing; the right one still finds what was missed', async () => {
    await lockedWeekend();
    app.setToday('2026-12-01T17:00:00.000Z');
    expect((await app.call('vault:unlock', { passphrase: 'wrong horse battery staple' })).ok).toBe(false);
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('reminders:missed', {})).toHaveLength(4);
  });

  test('nothing is missed when reminders are off', async () => {
    app = await makeUnlockedApp({ now: '2026-11-29T13:00:00.000Z' });
    w = await courtWeek(app);
    await fix(app, w.habeasCase.id, '2026-12-01', 'Report of IGP Punjab', { courtId: 'seed:lhc' });
    await app.must('settings:update-reminders', { ...DEFAULT_REMINDERS, enabled: false });
    await app.must('vault:lock', {});
    app.setToday('2026-12-01T03:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('reminders:missed', {})).toEqual([]);
  });
});

describe('reminder settings', () => {
  let app: TestApp;
  afterEach(() => app?.cleanup());
  const today = () => makeUnlockedApp({ now: '2026-11-30T04:00:00.000Z' });

  test('default to 20:00 the night before and 07:30 on the day, appeals 3 days and writs 2 days ahead', async () => {
    app = await today();
    expect(await app.must('settings:get', {})).toEqual({
      reminders: {
        enabled: true,
        nightBefore: '20:00',
        morning: '07:30',
        leadDays: { appeal: 3, constitutional_petition: 2 },
      },
    });
  });

  test('are saved in the vault and read back after lock and unlock', async () => {
    app = await today();
    const chosen: ReminderSettings = {
      enabled: true,
      nightBefore: '21:30',
      morning: '06:45',
      leadDays: { appeal: 14, trial: 2, habeas_corpus: 5 },
    };
    expect(await app.must('settings:update-reminders', chosen)).toEqual({ reminders: chosen });
    expect(await app.must('settings:get', {})).toEqual({ reminders: chosen });
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('settings:get', {})).toEqual({ reminders: chosen });
    const none: ReminderSettings = { enabled: false, nightBefore: '20:00', morning: '07:30', leadDays: {} };
    expect(await app.must('settings:update-reminders', none)).toEqual({ reminders: none });
  });

  test.each([
    ['a night-before time of 25:00', { nightBefore: '25:00' }, 'nightBefore'],
    ['a morning time of 7:30', { morning: '7:30' }, 'morning'],
    ['a lead time of 1 day', { leadDays: { appeal: 1 } }, 'leadDays.appeal'],
    ['a lead time of 15 days', { leadDays: { appeal: 15 } }, 'leadDays.appeal'],
    ['a lead time for a case type that does not exist', { leadDays: { civil_suit: 3 } }, 'leadDays'],
  ])('%s is refused as VALIDATION and nothing changes', async (_why, change, field) => {
    app = await today();
    const mine: ReminderSettings = { enabled: true, nightBefore: '21:00', morning: '07:00', leadDays: { appeal: 4 } };
    await app.must('settings:update-reminders', mine);
    const before = snapshotDb(app);
    const r = await app.call('settings:update-reminders', { ...mine, ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && Object.keys(r.error.fields ?? {})).toContain(field);
    expect(snapshotDb(app)).toEqual(before);
    expect(await app.must('settings:get', {})).toEqual({ reminders: mine });
  });
});
