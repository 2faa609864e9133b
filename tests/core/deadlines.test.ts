import { afterEach, describe, expect, test } from 'vitest';
import type { ChannelInput } from '../../electron/shared/contract';
import type { Deadline } from '../../electron/shared/deadline-schemas';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows, snapshotDb } from '../support/disk';
import { ATC_RAWALPINDI } from '../support/diary';
import { addPersonas, habeas, peca } from '../support/personas';

/*
 * Deadlines through dispatch, the way the case page and the dashboard use them: recorded facts
 * recompute their deadlines in place, in the same transaction; the lawyer's completed and
 * dismissed deadlines survive; rules and court calendars are data the office edits.
 * Today: Friday 27 November 2026, 10:00 in Pakistan.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

const NOW = '2026-11-27T05:00:00.000Z';

/** A Lahore and Rawalpindi office: district courts of its own, the five personas. */
const office = async () => {
  app = await makeUnlockedApp({ now: NOW });
  const sessionsLahore = await app.must('courts:create', {
    name: 'Sessions Judge, Lahore',
    forumType: 'sessions',
    city: 'Lahore',
    province: 'punjab',
  });
  const magistrate = await app.must('courts:create', {
    name: 'Judicial Magistrate Section 30, Lahore',
    forumType: 'magistrate',
    city: 'Lahore',
    province: 'punjab',
  });
  const atc = await app.must('courts:create', ATC_RAWALPINDI);
  const p = await addPersonas(app);
  return { sessionsLahore, magistrate, atc, ...p };
};
type Office = Awaited<ReturnType<typeof office>>;

/** Sadia Jaffar (journalist): PECA 26-A FIR of Fri 2 Oct 2026, arrested Sat 3 Oct, IHC bail. */
const journalistCase = (o: Office, over: Partial<ChannelInput<'cases:create'>> = {}) =>
  app.must('cases:create', { ...peca(o.journalist.id), ...over });

/** Zarghuna Khattak ("Chinar"): ATA 7 trial before ATC Rawalpindi, in custody since Sat 15 Aug 2026. */
const atcCase = (o: Office, over: Partial<ChannelInput<'cases:create'>> = {}) =>
  app.must('cases:create', {
    caseType: 'trial',
    stage: 'Prosecution evidence',
    parties: [{ clientId: o.whrd.id, role: 'accused' }],
    firNumber: '19/2026',
    firDate: '2026-08-14',
    firDistrict: 'Rawalpindi',
    investigatingAgency: 'ctd',
    offences: [{ statute: 'ATA', section: '7' }],
    forumId: o.atc.id,
    caseNumber: 'Special Case No. 41 of 2026',
    custodyStatus: 'in_custody',
    arrestDate: '2026-08-15',
    team: ['Imaan Hazir'],
    ...over,
  });

/** Naseer Ahmad ("Falcon"): PPC 298-C trial before the Sessions Judge, Lahore, on bail. */
const sessionsTrial = (o: Office, over: Partial<ChannelInput<'cases:create'>> = {}) =>
  app.must('cases:create', {
    caseType: 'trial',
    parties: [{ clientId: o.ahmadi.id, role: 'accused' }],
    firNumber: '45/2026',
    firDistrict: 'Lahore',
    investigatingAgency: 'police',
    offences: [{ statute: 'PPC', section: '298-C' }],
    forumId: o.sessionsLahore.id,
    caseNumber: 'Sessions Case No. 88 of 2026',
    custodyStatus: 'on_bail',
    team: ['Imaan Hazir'],
    ...over,
  });

const deadlinesOf = async (caseId: string) => (await app.must('deadlines:for-case', { caseId })).deadlines;
const eventsOf = async (caseId: string) => (await app.must('deadlines:for-case', { caseId })).events;
const only = (ds: Deadline[], ruleId: string): Deadline => {
  const found = ds.filter((d) => d.ruleId === ruleId);
  expect(
    found.map((d) => d.dueDate),
    ruleId,
  ).toHaveLength(1);
  return found[0] as Deadline;
};
const rulesOf = (ds: Deadline[]) => ds.map((d) => d.ruleId).sort();

/** A conviction recorded on a case, by a court, with a sentence band. */
const conviction = (
  caseId: string,
  courtId: string,
  date: string,
  sentence: 'up_to_3y' | 'over_3y_to_7y' | 'over_7y' | 'life' | 'death' = 'over_3y_to_7y',
) =>
  app.must('events:create', {
    caseId,
    kind: 'judgment',
    date,
    courtId,
    details: { result: 'conviction', sentence },
  });

const abortWhen = (name: string, when: string) =>
  app.vault.db.$client.exec(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);

const expectRefusedUnchanged = async (channel: string, input: unknown) => {
  const before = snapshotDb(app);
  const r = await app.call(channel, input);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.code).not.toBe('INTERNAL');
  expect(snapshotDb(app)).toEqual(before);
  return r;
};

describe('a case save recomputes its deadlines in place', () => {
  test('the arrest date changes: the same deadlines, moved', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const before = await deadlinesOf(c.id);
    // FIR Fri 2 Oct 2026, arrest Sat 3 Oct 2026 (no time): production by 4 Oct 00:00, challan
    // on day 14 (16 Oct) and day 17 (19 Oct), statutory bail a year on (3 Oct 2027).
    expect(before.map((d) => [d.ruleId, d.dueDate, d.dueTime])).toEqual([
      ['production-24h', '2026-10-04', '00:00'],
      ['challan-14', '2026-10-16', null],
      ['challan-17', '2026-10-19', null],
      ['statutory-bail-1y', '2027-10-03', null],
    ]);

    // The family's account was wrong: picked up on Sat 10 Oct at 18:30.
    await app.must('cases:update', {
      id: c.id,
      data: { ...peca(o.journalist.id), arrestDate: '2026-10-10', arrestTime: '18:30' },
    });
    const after = await deadlinesOf(c.id);
    expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort());
    const moved = (ruleId: string) => [
      only(before, ruleId).id,
      only(after, ruleId).dueDate,
      only(after, ruleId).dueTime,
    ];
    expect(moved('production-24h')).toEqual([only(before, 'production-24h').id, '2026-10-11', '18:30']);
    expect(moved('statutory-bail-1y')).toEqual([only(before, 'statutory-bail-1y').id, '2027-10-10', null]);
    // The FIR did not change, nor did the challan dates.
    expect(only(after, 'challan-17')).toEqual(only(before, 'challan-17'));
    expect(only(after, 'production-24h').explanation.trigger).toMatchObject({ date: '2026-10-10', time: '18:30' });
  });

  test('completed and dismissed deadlines stay so; without their trigger they become obsolete, open ones go', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const ds = await deadlinesOf(c.id);
    const production = await app.must('deadlines:set-status', {
      id: only(ds, 'production-24h').id,
      status: 'completed',
      note: 'Produced before the Duty Magistrate, Islamabad, on 4 Oct',
    });
    expect(production).toMatchObject({
      status: 'completed',
      statusNote: 'Produced before the Duty Magistrate, Islamabad, on 4 Oct',
    });
    await app.must('deadlines:set-status', { id: only(ds, 'challan-14').id, status: 'dismissed', note: null });

    // A new arrest date and a new FIR date: dates move, statuses stay.
    await app.must('cases:update', {
      id: c.id,
      data: { ...peca(o.journalist.id), firDate: '2026-10-05', arrestDate: '2026-10-06' },
    });
    const moved = await deadlinesOf(c.id);
    expect(only(moved, 'production-24h')).toMatchObject({
      id: production.id,
      status: 'completed',
      dueDate: '2026-10-07',
      obsolete: false,
    });
    expect(only(moved, 'challan-14')).toMatchObject({ status: 'dismissed', dueDate: '2026-10-19', obsolete: false });

    // The arrest was recorded on the wrong case: it is taken off.
    await app.must('cases:update', {
      id: c.id,
      data: { ...peca(o.journalist.id), firDate: '2026-10-05', custodyStatus: 'not_arrested', arrestDate: null },
    });
    const gone = await deadlinesOf(c.id);
    expect(only(gone, 'production-24h')).toMatchObject({ id: production.id, status: 'completed', obsolete: true });
    expect(gone.filter((d) => d.ruleId === 'statutory-bail-1y')).toEqual([]);
    expect(only(gone, 'challan-14')).toMatchObject({ status: 'dismissed', obsolete: false });

    // Put back, the completed deadline is the same one again, no longer obsolete.
    await app.must('cases:update', {
      id: c.id,
      data: { ...peca(o.journalist.id), firDate: '2026-10-05', arrestDate: '2026-10-06' },
    });
    const back = await deadlinesOf(c.id);
    expect(only(back, 'production-24h')).toMatchObject({ id: production.id, status: 'completed', obsolete: false });
    expect(only(back, 'statutory-bail-1y')).toMatchObject({ status: 'open', dueDate: '2027-10-06' });
  });

  test('nothing is duplicated after many recomputations of every kind', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const twin = await journalistCase(o);
    const judgment = await conviction(c.id, o.sessionsLahore.id, '2026-10-01');
    for (let i = 0; i < 6; i += 1) {
      const arrestDate = i % 2 ? '2026-10-05' : '2026-10-03';
      await app.must('cases:update', { id: c.id, data: { ...peca(o.journalist.id), arrestDate } });
      await app.must('events:update', {
        id: judgment.id,
        data: {
          caseId: c.id,
          kind: 'judgment',
          date: '2026-10-01',
          courtId: o.sessionsLahore.id,
          details: { result: 'conviction', sentence: i % 2 ? 'up_to_3y' : 'over_3y_to_7y' },
        },
      });
      const h = await app.must('holidays:save', {
        data: {
          name: 'Punjab public holiday',
          kind: 'provincial',
          dateFrom: '2026-11-30',
          dateTo: '2026-11-30',
          province: 'punjab',
          source: 'Punjab Government notification',
        },
      });
      await app.must('holidays:delete', { id: h.id });
      await app.must('calendar:set-closures', {
        courtId: 'seed:lhc',
        weekdays: i % 2 ? [0] : [0, 6],
        source: 'LHC notification',
      });
    }
    await app.must('cases:update', { id: c.id, data: { ...peca(o.journalist.id), arrestDate: '2026-10-03' } });
    await app.must('events:update', {
      id: judgment.id,
      data: {
        caseId: c.id,
        kind: 'judgment',
        date: '2026-10-01',
        courtId: o.sessionsLahore.id,
        details: { result: 'conviction', sentence: 'over_3y_to_7y' },
      },
    });
    // The case has what its twin computes (the same facts, saved once) plus what the judgment adds.
    await conviction(twin.id, o.sessionsLahore.id, '2026-10-01');
    const shape = (ds: Deadline[]) =>
      ds.map((d) => [d.ruleId, d.occurrence, d.dueDate, d.dueTime, d.status, d.obsolete]);
    const mine = await deadlinesOf(c.id);
    expect(shape(mine)).toEqual(shape(await deadlinesOf(twin.id)));
    expect(new Set(mine.map((d) => `${d.ruleId}|${d.occurrence}`)).size).toBe(mine.length);
    // The 3-7 year band only: the up-to-3-years deadline of the odd rounds is gone, not kept beside it.
    expect(rulesOf(mine)).toEqual(
      ['art155-appeal-hc', 'challan-14', 'challan-17', 'production-24h', 's426-1y', 'statutory-bail-1y'].sort(),
    );
    expect(countRows(app, 'deadlines')).toBe(mine.length * 2);
  });

  test('archived cases are not recomputed by calendar changes, and do not appear on the dashboard', async () => {
    const o = await office();
    const c = await sessionsTrial(o, { status: 'archived' });
    await conviction(c.id, o.sessionsLahore.id, '2026-10-01');
    const before = await deadlinesOf(c.id);
    expect(only(before, 'art155-appeal-hc').dueDate).toBe('2026-11-30');
    await app.must('holidays:save', {
      data: {
        name: 'Punjab public holiday',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'punjab',
        source: 'Punjab Government notification',
      },
    });
    expect(await deadlinesOf(c.id)).toEqual(before);
    const dash = await app.must('deadlines:dashboard', {});
    expect([...dash.overdue, ...dash.dueToday, ...dash.next7, ...dash.next30].map((d) => d.caseId)).not.toContain(c.id);
  });
});

describe('events', () => {
  test('a remand order: create, update and delete move, add and remove its deadlines', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const first = await app.must('events:create', {
      caseId: c.id,
      kind: 'police_remand',
      date: '2026-10-04',
      endDate: '2026-10-08',
      courtId: o.magistrate.id,
      note: 'Physical remand, 4 days, for recovery of the phone',
    });
    expect(first).toMatchObject({
      kind: 'police_remand',
      courtName: 'Judicial Magistrate Section 30, Lahore',
      endDate: '2026-10-08',
    });
    let ds = await deadlinesOf(c.id);
    // The order ends Thu 8 Oct; the 15 days in the whole run from Sun 4 Oct: Mon 19 Oct.
    const ends = only(ds, 'police-remand-ends');
    const cap = only(ds, 'police-remand-cap');
    expect([ends.dueDate, cap.dueDate]).toEqual(['2026-10-08', '2026-10-19']);

    await app.must('events:update', {
      id: first.id,
      data: {
        caseId: c.id,
        kind: 'police_remand',
        date: '2026-10-04',
        endDate: '2026-10-06',
        courtId: o.magistrate.id,
      },
    });
    ds = await deadlinesOf(c.id);
    expect(only(ds, 'police-remand-ends')).toMatchObject({ id: ends.id, dueDate: '2026-10-06' });

    // A second order, Tue 6 Oct to Tue 13 Oct: a second end, still one cap.
    const second = await app.must('events:create', {
      caseId: c.id,
      kind: 'police_remand',
      date: '2026-10-06',
      endDate: '2026-10-13',
      courtId: o.magistrate.id,
    });
    ds = await deadlinesOf(c.id);
    expect(ds.filter((d) => d.ruleId === 'police-remand-ends').map((d) => d.dueDate)).toEqual([
      '2026-10-06',
      '2026-10-13',
    ]);
    expect(only(ds, 'police-remand-cap')).toMatchObject({ id: cap.id, dueDate: '2026-10-19' });

    // The first order is deleted (entered twice by mistake): its end goes; the cap now runs
    // from the second order (6 Oct + 15 = Wed 21 Oct) and is still the same deadline.
    expect(await app.must('events:delete', { id: first.id })).toEqual({ id: first.id });
    ds = await deadlinesOf(c.id);
    expect(ds.filter((d) => d.ruleId === 'police-remand-ends').map((d) => d.dueDate)).toEqual(['2026-10-13']);
    expect(only(ds, 'police-remand-cap')).toMatchObject({ id: cap.id, dueDate: '2026-10-21' });
    expect((await eventsOf(c.id)).map((e) => e.id)).toEqual([second.id]);
  });

  test('a completed deadline of a deleted event stays, marked obsolete; an open one is removed', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const order = await app.must('events:create', {
      caseId: c.id,
      kind: 'police_remand',
      date: '2026-10-04',
      endDate: '2026-10-08',
      courtId: o.magistrate.id,
    });
    const ends = only(await deadlinesOf(c.id), 'police-remand-ends');
    await app.must('deadlines:set-status', { id: ends.id, status: 'completed', note: 'Produced; remand refused' });
    await app.must('events:delete', { id: order.id });
    const ds = await deadlinesOf(c.id);
    expect(only(ds, 'police-remand-ends')).toMatchObject({ id: ends.id, status: 'completed', obsolete: true });
    expect(ds.filter((d) => d.ruleId === 'police-remand-cap')).toEqual([]);
  });

  test('copy time: the appeal date moves when the copy is applied for and when it is ready', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    // Convicted Thu 1 Oct 2026 (over 3 to 7 years): 60 days = Mon 30 Nov, filed in the LHC.
    const judgment = await conviction(c.id, o.sessionsLahore.id, '2026-10-01');
    const appeal = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(appeal.dueDate).toBe('2026-11-30');
    expect(appeal.explanation.warnings.join('\n')).toMatch(/No copy application recorded/);

    await app.must('events:create', {
      caseId: c.id,
      kind: 'copy_applied',
      date: '2026-10-03',
      relatedEventId: judgment.id,
    });
    const applied = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(applied).toMatchObject({ id: appeal.id, dueDate: '2026-11-30' });
    expect(applied.explanation.warnings.join('\n')).toMatch(/Copy applied for on Sat 3 Oct 2026 but not yet ready/);

    // Ready Tue 13 Oct: 10 days excluded, 30 Nov + 10 = Thu 10 Dec.
    await app.must('events:create', {
      caseId: c.id,
      kind: 'copy_ready',
      date: '2026-10-13',
      relatedEventId: judgment.id,
    });
    const ready = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(ready).toMatchObject({ id: appeal.id, dueDate: '2026-12-10' });
    expect(ready.explanation.excluded).toEqual([
      expect.objectContaining({ from: '2026-10-03', to: '2026-10-13', days: 10 }),
    ]);

    // Deleting the judgment takes its copies and its deadlines with it.
    await app.must('events:delete', { id: judgment.id });
    expect(await eventsOf(c.id)).toEqual([]);
    expect((await deadlinesOf(c.id)).filter((d) => d.ruleId === 'art155-appeal-hc')).toEqual([]);
  });

  test('a copy must belong to a judgment of the same case', async () => {
    const o = await office();
    const mine = await sessionsTrial(o);
    const other = await journalistCase(o);
    const otherJudgment = await conviction(other.id, o.sessionsLahore.id, '2026-10-01');
    const remand = await app.must('events:create', {
      caseId: mine.id,
      kind: 'judicial_remand',
      date: '2026-10-01',
      endDate: '2026-10-14',
    });
    for (const relatedEventId of [otherJudgment.id, remand.id]) {
      const r = await expectRefusedUnchanged('events:create', {
        caseId: mine.id,
        kind: 'copy_applied',
        date: '2026-10-03',
        relatedEventId,
      });
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.fields).toEqual({ relatedEventId: 'Choose a judgment of this case' });
    }
  });

  test('an order dated after today is refused, as a FIR or arrest dated after today is', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    const r = await app.call('events:create', {
      caseId: c.id,
      kind: 'judgment',
      date: '2027-10-01',
      courtId: o.sessionsLahore.id,
      details: { result: 'conviction', sentence: 'over_3y_to_7y' },
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
  });

  test('an event cannot move to another case', async () => {
    const o = await office();
    const mine = await sessionsTrial(o);
    const other = await journalistCase(o);
    const j = await conviction(mine.id, o.sessionsLahore.id, '2026-10-01');
    const r = await expectRefusedUnchanged('events:update', {
      id: j.id,
      data: { caseId: other.id, kind: 'judgment', date: '2026-10-01', details: { result: 'acquittal' } },
    });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
  });
});

describe('rules are data the office edits', () => {
  const ata25 = async () => {
    const rule = (await app.must('rules:list', {})).find((r) => r.id === 'ata25-convict-appeal');
    if (!rule) throw new Error('no seeded ATA 25 rule');
    const { id: _id, updatedAt: _u, ...data } = rule;
    return data;
  };

  test('switching a "needs checking" rule on adds its deadlines to existing cases in the same call; off removes open ones', async () => {
    const o = await office();
    const c = await atcCase(o);
    // Convicted by ATC Rawalpindi Mon 2 Nov 2026, imprisonment for life.
    await conviction(c.id, o.atc.id, '2026-11-02', 'life');
    expect((await deadlinesOf(c.id)).filter((d) => d.ruleId === 'ata25-convict-appeal')).toEqual([]);

    const on = await app.must('rules:save', {
      id: 'ata25-convict-appeal',
      data: { ...(await ata25()), active: true, confidence: 'verified', source: 'ATA s.25(3), checked by Hina Jilani' },
    });
    expect(on).toMatchObject({ id: 'ata25-convict-appeal', active: true, confidence: 'verified', updatedAt: NOW });
    // 2 Nov + 30 = Wed 2 Dec 2026, filed in the LHC.
    const appeal = only(await deadlinesOf(c.id), 'ata25-convict-appeal');
    expect(appeal.dueDate).toBe('2026-12-02');
    expect(appeal.explanation.source).toBe('ATA s.25(3), checked by Hina Jilani');

    await app.must('rules:save', { id: 'ata25-convict-appeal', data: { ...(await ata25()), active: false } });
    expect((await deadlinesOf(c.id)).filter((d) => d.ruleId === 'ata25-convict-appeal')).toEqual([]);
  });

  test('switching a rule off keeps a completed deadline, marked obsolete', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const challan = only(await deadlinesOf(c.id), 'challan-17');
    await app.must('deadlines:set-status', {
      id: challan.id,
      status: 'completed',
      note: 'Interim report seen on file',
    });
    const rule = (await app.must('rules:list', {})).find((r) => r.id === 'challan-17');
    if (!rule) throw new Error('no challan rule');
    const { id: _id, updatedAt: _u, ...data } = rule;
    await app.must('rules:save', { id: 'challan-17', data: { ...data, active: false } });
    expect(only(await deadlinesOf(c.id), 'challan-17')).toMatchObject({
      id: challan.id,
      status: 'completed',
      obsolete: true,
    });
  });

  test('a changed period moves the deadlines of every case at once', async () => {
    const o = await office();
    const a = await sessionsTrial(o);
    const b = await journalistCase(o);
    await conviction(a.id, o.sessionsLahore.id, '2026-10-01');
    await conviction(b.id, o.sessionsLahore.id, '2026-10-02');
    const rule = (await app.must('rules:list', {})).find((r) => r.id === 'art155-appeal-hc');
    if (!rule) throw new Error('no Art. 155 rule');
    const { id: _id, updatedAt: _u, ...data } = rule;
    await app.must('rules:save', { id: 'art155-appeal-hc', data: { ...data, period: 90 } });
    // 1 Oct + 90 = Wed 30 Dec; 2 Oct + 90 = Thu 31 Dec 2026.
    expect(only(await deadlinesOf(a.id), 'art155-appeal-hc').dueDate).toBe('2026-12-30');
    expect(only(await deadlinesOf(b.id), 'art155-appeal-hc').dueDate).toBe('2026-12-31');
    expect(only(await deadlinesOf(b.id), 'art155-appeal-hc').explanation.period).toBe('90 days');
  });

  test('a new rule of the office’s own applies to every case in the same call', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const juvenile = await app.must('rules:save', {
      data: {
        name: 'Juvenile: statutory bail after 6 months in custody',
        statute: 'Juvenile Justice System Act 2018',
        section: 's.6',
        trigger: 'arrest',
        period: 6,
        unit: 'months',
        source: 'pakistan-law.md §2.1 [M]: PHC Feb 2026 report',
        confidence: 'verified',
        active: true,
      },
    });
    expect(juvenile.id).toMatch(/^[0-9a-f-]{36}$/);
    // Arrested Sat 3 Oct 2026 + 6 months = Sat 3 Apr 2027.
    expect(only(await deadlinesOf(c.id), juvenile.id).dueDate).toBe('2027-04-03');
  });

  test('export, then import: the same rules come back and the deadlines with them', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    await conviction(c.id, o.sessionsLahore.id, '2026-10-01');
    const rulesBefore = await app.must('rules:list', {});
    const exported = await app.must('rules:export', {});
    expect(exported.filename).toBe('muhafiz-rules-2026-11-27.json');
    const pack = JSON.parse(exported.content) as { format: string; version: number; rules: { id: string }[] };
    expect(pack).toMatchObject({ format: 'muhafiz-rule-pack', version: 1, exportedAt: NOW });
    expect(pack.rules.map((r) => r.id).sort()).toEqual(rulesBefore.map((r) => r.id).sort());

    // Someone changes Art. 155 to 90 days by mistake...
    const art155 = rulesBefore.find((r) => r.id === 'art155-appeal-hc');
    if (!art155) throw new Error('no Art. 155 rule');
    const { id: _id, updatedAt: _u, ...data } = art155;
    await app.must('rules:save', { id: art155.id, data: { ...data, period: 90 } });
    const appeal = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(appeal.dueDate).toBe('2026-12-30');

    // ...and the reviewed pack is imported again: 60 days, the same deadline, 30 Nov.
    expect(await app.must('rules:import', { content: exported.content })).toEqual({ created: 0, updated: 30 });
    const strip = (rs: typeof rulesBefore) => rs.map(({ updatedAt: _x, ...r }) => r);
    expect(strip(await app.must('rules:list', {}))).toEqual(strip(rulesBefore));
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc')).toMatchObject({ id: appeal.id, dueDate: '2026-11-30' });
  });

  test('a pack from another office adds its own rules and replaces the shared ones', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const other = await makeUnlockedApp({ now: NOW });
    try {
      const theirs = await other.must('rules:save', {
        data: {
          name: 'Juvenile: statutory bail after 6 months in custody',
          statute: 'Juvenile Justice System Act 2018',
          section: 's.6',
          trigger: 'arrest',
          period: 6,
          unit: 'months',
          source: 'pakistan-law.md §2.1 [M]',
          confidence: 'verified',
          active: true,
        },
      });
      const { content } = await other.must('rules:export', {});
      expect(await app.must('rules:import', { content })).toEqual({ created: 1, updated: 30 });
      expect((await app.must('rules:list', {})).map((r) => r.id)).toContain(theirs.id);
      expect(only(await deadlinesOf(c.id), theirs.id).dueDate).toBe('2027-04-03');
    } finally {
      other.cleanup();
    }
  });

  test('a tampered pack is refused as VALIDATION and nothing changes, not even the rules before the bad one', async () => {
    const o = await office();
    await journalistCase(o);
    const { content } = await app.must('rules:export', {});
    const pack = JSON.parse(content) as { rules: Record<string, unknown>[] };
    pack.rules = pack.rules.map((r) => ({ ...r, period: (r.period as number) + 1 }));
    const last = pack.rules.at(-1) as Record<string, unknown>;
    last.period = 'sixty';
    const r = await expectRefusedUnchanged('rules:import', { content: JSON.stringify(pack) });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.message).toMatch(/rule pack is not valid/);
    expect(!r.ok && r.error.fields).toEqual({ content: 'Not a valid rule pack' });
  });

  test('an imported rule can always be switched off again', async () => {
    await office();
    const { content } = await app.must('rules:export', {});
    const pack = JSON.parse(content) as { rules: Record<string, unknown>[] };
    const shared = {
      ...(pack.rules.find((r) => r.id === 'challan-17') as Record<string, unknown>),
      id: 'Challan 17 (ours)',
    };
    const imported = await app.call('rules:import', { content: JSON.stringify({ ...pack, rules: [shared] }) });
    if (!imported.ok) return; // refused: the bug is fixed that way (then drop .fails)
    const rule = (await app.must('rules:list', {})).find((r) => r.id === 'Challan 17 (ours)');
    if (!rule) throw new Error('not imported');
    const { id, updatedAt: _u, ...data } = rule;
    const off = await app.call('rules:save', { id, data: { ...data, active: false } });
    expect(off.ok ? 'ok' : off.error.message).toBe('ok');
  });
});

describe('court calendars are data the office edits', () => {
  test('holidays:save on a due date moves an appeal deadline; holidays:delete moves it back', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    await conviction(c.id, o.sessionsLahore.id, '2026-10-01');
    const appeal = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(appeal.dueDate).toBe('2026-11-30');
    // Punjab declares Mon 30 Nov 2026 a public holiday: the LHC is closed, filed Tue 1 Dec.
    const h = await app.must('holidays:save', {
      data: {
        name: 'Public holiday (Punjab)',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'punjab',
        source: 'Punjab Government notification of 26 Nov 2026',
      },
    });
    expect(h).toMatchObject({ kind: 'provincial', province: 'punjab', provisional: false, courtId: null });
    const moved = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(moved).toMatchObject({ id: appeal.id, dueDate: '2026-12-01' });
    expect(moved.explanation.skipped).toEqual([{ date: '2026-11-30', reason: 'Public holiday (Punjab)' }]);

    // Corrected to Sindh only: Punjab's court sits, the date comes back.
    await app.must('holidays:save', {
      id: h.id,
      data: {
        name: 'Public holiday (Sindh)',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'sindh',
        source: 'Sindh Government notification',
      },
    });
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc').dueDate).toBe('2026-11-30');
    await app.must('holidays:save', {
      id: h.id,
      data: {
        name: 'Public holiday (Punjab)',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'punjab',
        source: 'Punjab Government notification',
      },
    });
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc').dueDate).toBe('2026-12-01');
    await app.must('holidays:delete', { id: h.id });
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc')).toMatchObject({ id: appeal.id, dueDate: '2026-11-30' });
  });

  test('a vacation over the due date does not move it, and says so', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    await conviction(c.id, o.sessionsLahore.id, '2026-10-01');
    await app.must('holidays:save', {
      data: {
        name: 'LHC winter vacation 2026-27',
        kind: 'vacation',
        dateFrom: '2026-11-28',
        dateTo: '2026-12-08',
        courtId: 'seed:lhc',
        source: 'LHC notification (dates for the test)',
      },
    });
    const appeal = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(appeal.dueDate).toBe('2026-11-30');
    expect(appeal.explanation.warnings.join('\n')).toMatch(
      /LHC winter vacation 2026-27: vacations do not extend the period/,
    );
  });

  test('calendar:set-closures changes a court’s weekly off days, for its benches too', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    // Convicted Tue 29 Sep 2026 + 60 = Sat 28 Nov: the LHC does not sit Sat or Sun, Mon 30 Nov.
    await conviction(c.id, o.sessionsLahore.id, '2026-09-29');
    const appeal = only(await deadlinesOf(c.id), 'art155-appeal-hc');
    expect(appeal.dueDate).toBe('2026-11-30');
    const rows = await app.must('calendar:set-closures', {
      courtId: 'seed:lhc',
      weekdays: [0],
      source: 'LHC notification: Saturday sittings restored',
    });
    expect(rows.map((r) => [r.courtId, r.weekday, r.source])).toEqual([
      ['seed:lhc', 0, 'LHC notification: Saturday sittings restored'],
    ]);
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc')).toMatchObject({ id: appeal.id, dueDate: '2026-11-28' });
    const cal = await app.must('calendar:get', {});
    expect(cal.closures.filter((r) => r.courtId === 'seed:lhc').map((r) => r.weekday)).toEqual([0]);

    // A bench keeps its High Court's days: a writ order of the Rawalpindi Bench, Mon 2 Nov + 20 =
    // Sun 22 Nov, still moves to Mon 23 Nov for the intra-court appeal.
    const writ = await app.must('cases:create', habeas(o.mother.id, o.son.id));
    await app.must('events:create', {
      caseId: writ.id,
      kind: 'judgment',
      date: '2026-11-02',
      courtId: 'seed:lhc-rwp',
      details: { result: 'order', writ: true },
    });
    expect(only(await deadlinesOf(writ.id), 'ica-20').dueDate).toBe('2026-11-23');
    await app.must('calendar:set-closures', {
      courtId: 'seed:lhc',
      weekdays: [],
      source: 'LHC: no weekly closure (for the test)',
    });
    // With no rows of its own, the LHC falls back to the High Court rows (Saturday and Sunday).
    expect(only(await deadlinesOf(writ.id), 'ica-20').dueDate).toBe('2026-11-23');
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc').dueDate).toBe('2026-11-30');
  });

  test('district courts by forum type and province: Punjab sessions courts closed on Friday too', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    // A magistrate's conviction Wed 28 Oct 2026 + 30 = Fri 27 Nov: filed in the Sessions Court.
    await app.must('events:create', {
      caseId: c.id,
      kind: 'judgment',
      date: '2026-10-28',
      courtId: o.magistrate.id,
      details: { result: 'conviction', sentence: 'up_to_3y' },
    });
    expect(only(await deadlinesOf(c.id), 'art154-appeal-sessions').dueDate).toBe('2026-11-27');
    await app.must('calendar:set-closures', {
      forumType: 'sessions',
      province: 'punjab',
      weekdays: [5, 0],
      source: 'Office note: Friday closures during the bar strike (for the test)',
    });
    expect(only(await deadlinesOf(c.id), 'art154-appeal-sessions').dueDate).toBe('2026-11-28');
  });
});

describe('the dashboard', () => {
  test('buckets open deadlines by a fixed today: overdue, today, next 7 days and next 30 days', async () => {
    const o = await office();
    const journalist = await journalistCase(o);
    // Death sentence Fri 20 Nov 2026: appeal in 7 days, today.
    const death = await sessionsTrial(o, {
      custodyStatus: 'in_custody',
      arrestDate: '2026-01-10',
      capitalCharge: true,
    });
    await conviction(death.id, o.sessionsLahore.id, '2026-11-20', 'death');
    // Protective bail to Fri 4 Dec (day 7), Sat 5 Dec (day 8), Sun 27 Dec (day 30), Mon 28 Dec (day 31).
    const protective = await app.must('cases:create', {
      caseType: 'bail',
      stage: 'Protective bail',
      parties: [{ clientId: o.whrd.id, role: 'petitioner' }],
      firNumber: '402/2026',
      firDistrict: 'Karachi South',
      offences: [{ statute: 'PPC', section: '505' }],
      forumId: 'seed:ihc',
      custodyStatus: 'not_arrested',
      team: ['Hina Jilani'],
    });
    for (const endDate of ['2026-12-04', '2026-12-05', '2026-12-27', '2026-12-28']) {
      await app.must('events:create', {
        caseId: protective.id,
        kind: 'protective_bail',
        date: '2026-11-20',
        endDate,
        courtId: 'seed:ihc',
      });
    }
    // Production of Sadia Jaffar was done: completed deadlines are not on the dashboard.
    const production = only(await deadlinesOf(journalist.id), 'production-24h');
    await app.must('deadlines:set-status', { id: production.id, status: 'completed', note: null });

    const dash = await app.must('deadlines:dashboard', {});
    expect(dash.today).toBe('2026-11-27');
    const line = (d: (typeof dash.overdue)[number]) => `${d.dueDate} ${d.ruleId}`;
    // Overdue: challan days 14 and 17 from the FIR of 2 Oct; production on 11 Jan for the arrest of 10 Jan, and so on.
    expect(dash.overdue.map(line)).toEqual([
      '2026-01-11 production-24h',
      '2026-10-16 challan-14',
      '2026-10-19 challan-17',
    ]);
    expect(dash.dueToday.map(line)).toEqual(['2026-11-27 art150-death-appeal']);
    expect(dash.next7.map(line)).toEqual(['2026-12-04 protective-bail-ends']);
    expect(dash.next30.map(line)).toEqual(['2026-12-05 protective-bail-ends', '2026-12-27 protective-bail-ends']);
    const today = dash.dueToday[0];
    expect(today).toMatchObject({
      caseId: death.id,
      title: 'Appeal to the High Court from a sentence of death',
      status: 'open',
    });
    expect(today?.parties.map((p) => [p.fullName, p.codename, p.sensitive])).toEqual([
      ['Naseer Ahmad', 'Falcon', true],
    ]);
    // The list carries the statute and section, not the working (issue 8): that comes when an item is opened.
    expect(today).toMatchObject({ statute: 'Limitation Act 1908', section: 'First Schedule Art. 150' });
    expect(today).not.toHaveProperty('explanation');

    // Three days later, without any recomputation, the same deadlines fall in new buckets.
    app.setToday('2026-11-30T05:00:00.000Z');
    const later = await app.must('deadlines:dashboard', {});
    expect(later.today).toBe('2026-11-30');
    expect(later.overdue.map(line)).toContain('2026-11-27 art150-death-appeal');
    expect(later.next7.map(line)).toEqual(['2026-12-04 protective-bail-ends', '2026-12-05 protective-bail-ends']);
    expect(later.next30.map(line)).toEqual(['2026-12-27 protective-bail-ends', '2026-12-28 protective-bail-ends']);
  });

  test('an opened item: deadlines:working gives the working the case page shows; an unknown id is NOT_FOUND', async () => {
    const o = await office();
    const journalist = await journalistCase(o);
    const death = await sessionsTrial(o, {
      custodyStatus: 'in_custody',
      arrestDate: '2026-01-10',
      capitalCharge: true,
    });
    await conviction(death.id, o.sessionsLahore.id, '2026-11-20', 'death');
    const dash = await app.must('deadlines:dashboard', {});
    const items = [...dash.overdue, ...dash.dueToday, ...dash.next7, ...dash.next30];
    expect(items.length).toBeGreaterThan(3);
    const onCasePages = [...(await deadlinesOf(journalist.id)), ...(await deadlinesOf(death.id))];
    for (const item of items) {
      const working = await app.must('deadlines:working', { id: item.id });
      expect(working, item.ruleId).toEqual(onCasePages.find((d) => d.id === item.id)?.explanation);
      expect([working.statute, working.section, working.dueDate, working.ruleId], item.ruleId).toEqual([
        item.statute,
        item.section,
        item.dueDate,
        item.ruleId,
      ]);
    }
    const appeal = only(onCasePages, 'art150-death-appeal');
    expect((await app.must('deadlines:working', { id: appeal.id })).steps.length).toBeGreaterThan(0);
    const unknown = await app.call('deadlines:working', { id: 'no-such-deadline' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('today is the date in Pakistan: at 20:00 UTC on 26 Nov it is already 27 Nov in Lahore', async () => {
    const o = await office();
    const death = await sessionsTrial(o);
    await conviction(death.id, o.sessionsLahore.id, '2026-11-20', 'death');
    app.setToday('2026-11-26T20:00:00.000Z');
    const dash = await app.must('deadlines:dashboard', {});
    expect(dash.today).toBe('2026-11-27');
    expect(dash.dueToday.map((d) => d.ruleId)).toEqual(['art150-death-appeal']);
  });

  test('clients in custody: days in custody and the next milestone, longest in custody first', async () => {
    const o = await office();
    const journalist = await journalistCase(o);
    const chinar = await atcCase(o, { capitalCharge: true });
    await sessionsTrial(o); // on bail: not in the custody list
    await app.must('cases:create', habeas(o.mother.id, o.son.id)); // missing: not in custody either
    const dash = await app.must('deadlines:dashboard', {});
    expect(dash.custody.map((c) => [c.caseId, c.arrestDate, c.daysInCustody, c.next])).toEqual([
      // Sat 15 Aug to Fri 27 Nov 2026: 104 days; punishable with death, bail ripens after 2 years.
      [
        chinar.id,
        '2026-08-15',
        104,
        { title: 'Statutory bail for delay ripens (offence punishable with death)', dueDate: '2028-08-15' },
      ],
      // Sat 3 Oct to Fri 27 Nov: 55 days; the next milestone is a year from arrest.
      [
        journalist.id,
        '2026-10-03',
        55,
        { title: 'Statutory bail for delay ripens (offence not punishable with death)', dueDate: '2027-10-03' },
      ],
    ]);
    const item = dash.custody[0];
    expect(item).toMatchObject({ caseNumber: 'Special Case No. 41 of 2026', custodyStatus: 'in_custody' });
    expect(item?.parties.map((p) => p.codename)).toEqual(['Chinar']);

    // The next milestone skips what the lawyer has dealt with.
    const ds = await deadlinesOf(journalist.id);
    await app.must('events:create', {
      caseId: journalist.id,
      kind: 'judicial_remand',
      date: '2026-11-20',
      endDate: '2026-12-04',
    });
    expect((await app.must('deadlines:dashboard', {})).custody[1]?.next).toEqual({
      title: 'Judicial remand ends (at most 15 days at a time)',
      dueDate: '2026-12-04',
    });
    const remandEnds = only(await deadlinesOf(journalist.id), 'judicial-remand-ends');
    await app.must('deadlines:set-status', { id: remandEnds.id, status: 'completed', note: 'Remand extended' });
    expect((await app.must('deadlines:dashboard', {})).custody[1]?.next?.dueDate).toBe(
      only(ds, 'statutory-bail-1y').dueDate,
    );
  });
});

describe('every deadline explains itself', () => {
  test('rule, statute, section, source and confidence, as the rule says; trigger, period and steps', async () => {
    const o = await office();
    const j = await journalistCase(o);
    const a = await atcCase(o, { capitalCharge: true });
    const s = await sessionsTrial(o);
    const judgment = await conviction(s.id, o.sessionsLahore.id, '2026-10-01');
    await app.must('events:create', {
      caseId: s.id,
      kind: 'copy_applied',
      date: '2026-10-03',
      relatedEventId: judgment.id,
    });
    await app.must('events:create', { caseId: j.id, kind: 'police_remand', date: '2026-10-04', endDate: '2026-10-08' });
    await app.must('events:create', {
      caseId: a.id,
      kind: 'ata_remand',
      date: '2026-08-16',
      endDate: '2026-09-14',
      courtId: o.atc.id,
    });
    await app.must('events:create', { caseId: j.id, kind: 'detention_order', date: '2026-11-01' });
    const rules = new Map((await app.must('rules:list', {})).map((r) => [r.id, r]));
    const all = [...(await deadlinesOf(j.id)), ...(await deadlinesOf(a.id)), ...(await deadlinesOf(s.id))];
    expect(all.length).toBeGreaterThan(15);
    for (const d of all) {
      const r = rules.get(d.ruleId);
      expect(r, d.ruleId).toBeDefined();
      expect(d.title).toBe(r?.name);
      expect(d.explanation, d.ruleId).toMatchObject({
        ruleId: r?.id,
        ruleName: r?.name,
        statute: r?.statute,
        section: r?.section,
        source: r?.source,
        confidence: r?.confidence,
        condonable: r?.condonable,
        dueDate: d.dueDate,
        dueTime: d.dueTime,
      });
      expect(d.explanation.source, d.ruleId).toMatch(/pakistan-law\.md §\d/);
      expect(d.explanation.trigger.date, d.ruleId).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.explanation.period, d.ruleId).toMatch(/^\d+ (hour|day|month|year)s?$|the date in the order/);
      expect(d.explanation.steps.length, d.ruleId).toBeGreaterThan(0);
    }
  });
});

describe('one transaction: a write and its recomputation stand or fall together', () => {
  test('cases:update of the arrest date failing in the recomputation keeps the old date and deadlines', async () => {
    const o = await office();
    const c = await journalistCase(o);
    abortWhen('fail_recompute', 'BEFORE UPDATE ON deadlines');
    await expectRefusedUnchanged('cases:update', {
      id: c.id,
      data: { ...peca(o.journalist.id), arrestDate: '2026-10-10' },
    });
    expect((await app.must('cases:get', { id: c.id })).arrestDate).toBe('2026-10-03');
  });

  test('cases:create failing while writing its deadlines leaves no case', async () => {
    const o = await office();
    abortWhen('fail_insert', 'BEFORE INSERT ON deadlines');
    await expectRefusedUnchanged('cases:create', peca(o.journalist.id));
    expect(countRows(app, 'cases')).toBe(0);
  });

  test('events:create, events:update and events:delete failing in the recomputation change nothing', async () => {
    const o = await office();
    const c = await journalistCase(o);
    const order = await app.must('events:create', {
      caseId: c.id,
      kind: 'police_remand',
      date: '2026-10-04',
      endDate: '2026-10-08',
    });
    abortWhen('fail_insert', 'BEFORE INSERT ON deadlines');
    abortWhen('fail_update', 'BEFORE UPDATE ON deadlines');
    abortWhen('fail_delete', 'BEFORE DELETE ON deadlines');
    await expectRefusedUnchanged('events:create', { caseId: c.id, kind: 'detention_order', date: '2026-11-01' });
    await expectRefusedUnchanged('events:update', {
      id: order.id,
      data: { caseId: c.id, kind: 'police_remand', date: '2026-10-04', endDate: '2026-10-06' },
    });
    await expectRefusedUnchanged('events:delete', { id: order.id });
    expect((await eventsOf(c.id)).map((e) => e.endDate)).toEqual(['2026-10-08']);
  });

  test('rules:save failing while adding deadlines leaves the rule as it was', async () => {
    const o = await office();
    const c = await atcCase(o);
    await conviction(c.id, o.atc.id, '2026-11-02', 'life');
    const rule = (await app.must('rules:list', {})).find((r) => r.id === 'ata25-convict-appeal');
    if (!rule) throw new Error('no ATA 25 rule');
    const { id: _id, updatedAt: _u, ...data } = rule;
    abortWhen('fail_insert', 'BEFORE INSERT ON deadlines');
    await expectRefusedUnchanged('rules:save', { id: rule.id, data: { ...data, active: true } });
    expect((await app.must('rules:list', {})).find((r) => r.id === rule.id)?.active).toBe(false);
  });

  test('rules:import failing on a later rule keeps the earlier ones as they were', async () => {
    const o = await office();
    await journalistCase(o);
    const { content } = await app.must('rules:export', {});
    const pack = JSON.parse(content) as { rules: Record<string, unknown>[] };
    pack.rules = pack.rules.map((r) => ({ ...r, notes: 'Reviewed' }));
    abortWhen('fail_rule', "BEFORE UPDATE ON legal_rules WHEN NEW.id = 'sc-review'");
    await expectRefusedUnchanged('rules:import', { content: JSON.stringify(pack) });
    expect((await app.must('rules:list', {})).filter((r) => r.notes === 'Reviewed')).toEqual([]);
  });

  test('holidays:save, holidays:delete and calendar:set-closures failing in the recomputation change nothing', async () => {
    const o = await office();
    const c = await sessionsTrial(o);
    await conviction(c.id, o.sessionsLahore.id, '2026-09-29'); // due Sat 28 Nov, filed Mon 30 Nov
    const h = await app.must('holidays:save', {
      data: {
        name: 'Public holiday (Punjab)',
        kind: 'provincial',
        dateFrom: '2026-12-02',
        dateTo: '2026-12-02',
        province: 'punjab',
        source: 'Notification',
      },
    });
    abortWhen('fail_update', 'BEFORE UPDATE ON deadlines');
    await expectRefusedUnchanged('holidays:save', {
      data: {
        name: 'Public holiday (Punjab)',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'punjab',
        source: 'Notification',
      },
    });
    await expectRefusedUnchanged('holidays:save', {
      id: h.id,
      data: {
        name: 'Public holiday (Punjab)',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'punjab',
        source: 'Notification',
      },
    });
    await expectRefusedUnchanged('calendar:set-closures', {
      courtId: 'seed:lhc',
      weekdays: [0],
      source: 'LHC notification',
    });
    expect((await app.must('calendar:get', {})).closures.filter((r) => r.courtId === 'seed:lhc')).toHaveLength(2);
    app.vault.db.$client.exec('DROP TRIGGER fail_update');
    // holidays:delete of a holiday that is the due date: the recomputation must move the deadline back.
    await app.must('holidays:save', {
      id: h.id,
      data: {
        name: 'Public holiday (Punjab)',
        kind: 'provincial',
        dateFrom: '2026-11-30',
        dateTo: '2026-11-30',
        province: 'punjab',
        source: 'Notification',
      },
    });
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc').dueDate).toBe('2026-12-01');
    abortWhen('fail_update', 'BEFORE UPDATE ON deadlines');
    await expectRefusedUnchanged('holidays:delete', { id: h.id });
    expect(only(await deadlinesOf(c.id), 'art155-appeal-hc').dueDate).toBe('2026-12-01');
  });
});
