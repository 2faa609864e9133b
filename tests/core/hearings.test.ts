import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows } from '../support/disk';
import { addPersonas, ahmadiFir, habeas, peca } from '../support/personas';

/* The diary: hearings, outcomes and next dates. Today: Friday 27 November 2026 in Pakistan. */

let app: TestApp;
afterEach(() => app?.cleanup());

/** The habeas petition of Rukhsana Bibi for her son before the LHC, first fixed for 27 November. */
const habeasWithHearing = async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const p = await addPersonas(app);
  const c = await app.must('cases:create', habeas(p.mother.id, p.son.id));
  const h = await app.must('hearings:create', {
    caseId: c.id,
    date: '2026-11-27',
    time: '09:00',
    courtId: 'seed:lhc',
    bench: 'Court No. 5, Justice A',
    purpose: 'Report of IGP Punjab on the detenu',
  });
  return { ...p, c, h };
};

const hearingsOf = async (caseId: string) =>
  (await app.must('cases:get', { id: caseId })).hearings.map((h) => [h.date, h.outcome]);

describe('hearings:create and hearings:update', () => {
  test('adds a hearing with its forum and bench; the case shows it as the next hearing', async () => {
    const { c, h } = await habeasWithHearing();
    expect(h).toMatchObject({
      caseId: c.id,
      date: '2026-11-27',
      time: '09:00',
      courtId: 'seed:lhc',
      courtName: 'Lahore High Court',
      bench: 'Court No. 5, Justice A',
      purpose: 'Report of IGP Punjab on the detenu',
      outcome: null,
      shortOrder: null,
      nextDate: null,
      nextHearingId: null,
    });
    const detail = await app.must('cases:get', { id: c.id });
    expect(detail.nextHearing).toEqual(h);
    expect(detail.nextHearingDate).toBe('2026-11-27');
  });

  test("lists a case's hearings by date, then time", async () => {
    const { c } = await habeasWithHearing();
    await app.must('hearings:create', { caseId: c.id, date: '2026-11-26', time: '11:00', purpose: 'Notice' });
    await app.must('hearings:create', { caseId: c.id, date: '2026-11-27', time: '08:30', purpose: 'Early' });
    const detail = await app.must('cases:get', { id: c.id });
    expect(detail.hearings.map((h) => `${h.date} ${h.time}`)).toEqual([
      '2026-11-26 11:00',
      '2026-11-27 08:30',
      '2026-11-27 09:00',
    ]);
  });

  test('moves a hearing to another date, time and bench', async () => {
    const { c, h } = await habeasWithHearing();
    const moved = await app.must('hearings:update', {
      id: h.id,
      date: '2026-11-30',
      time: '11:30',
      courtId: 'seed:lhc-rwp',
      bench: 'Division Bench II',
      purpose: 'Report of IGP Punjab on the detenu',
    });
    expect(moved).toMatchObject({
      id: h.id,
      caseId: c.id,
      date: '2026-11-30',
      time: '11:30',
      courtName: 'Lahore High Court, Rawalpindi Bench',
      bench: 'Division Bench II',
    });
    expect(await hearingsOf(c.id)).toEqual([['2026-11-30', null]]);
  });

  test('moving a next hearing updates the next date shown on the hearing that fixed it', async () => {
    const { c, h } = await habeasWithHearing();
    const { next } = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      nextDate: '2026-12-04',
    });
    if (!next) throw new Error('expected a next hearing');
    await app.must('hearings:update', { id: next.id, date: '2026-12-07', purpose: next.purpose });
    const detail = await app.must('cases:get', { id: c.id });
    expect(detail.hearings.map((x) => [x.date, x.nextDate])).toEqual([
      ['2026-11-27', '2026-12-07'],
      ['2026-12-07', null],
    ]);
  });
});

describe('hearings:record-outcome', () => {
  test('with a next date, creates the next hearing in the same court and bench', async () => {
    const { c, h } = await habeasWithHearing();
    const r = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      shortOrder: 'IGP to file report; detenu to be produced',
      nextDate: '2026-12-04',
      nextTime: '10:00',
      nextPurpose: 'Production of the detenu',
    });
    expect(r.hearing).toMatchObject({
      id: h.id,
      outcome: 'adjourned',
      shortOrder: 'IGP to file report; detenu to be produced',
      nextDate: '2026-12-04',
      nextHearingId: r.next?.id,
    });
    expect(r.next).toMatchObject({
      caseId: c.id,
      date: '2026-12-04',
      time: '10:00',
      courtId: 'seed:lhc',
      bench: 'Court No. 5, Justice A',
      purpose: 'Production of the detenu',
      outcome: null,
    });
    const detail = await app.must('cases:get', { id: c.id });
    expect(detail.nextHearing?.id).toBe(r.next?.id);
    expect(detail.status).toBe('active');
  });

  test('without a next purpose, the next hearing keeps the purpose of this one', async () => {
    const { h } = await habeasWithHearing();
    const r = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      nextDate: '2026-12-01',
    });
    expect(r.next?.purpose).toBe('Report of IGP Punjab on the detenu');
    expect(r.next?.time).toBeNull();
  });

  test('re-recorded with another next date, moves that next hearing instead of adding a second', async () => {
    const { c, h } = await habeasWithHearing();
    const first = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      nextDate: '2026-12-04',
    });
    const second = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      shortOrder: 'Corrected: court fixed the 8th',
      nextDate: '2026-12-08',
    });
    expect(second.next?.id).toBe(first.next?.id);
    expect(second.next?.date).toBe('2026-12-08');
    expect(second.hearing.nextDate).toBe('2026-12-08');
    expect(await hearingsOf(c.id)).toEqual([
      ['2026-11-27', 'adjourned'],
      ['2026-12-08', null],
    ]);
  });

  test('re-recorded without a next date, deletes the next hearing that had no outcome yet', async () => {
    const { c, h } = await habeasWithHearing();
    await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', nextDate: '2026-12-04' });
    const r = await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'order_reserved' });
    expect(r.next).toBeNull();
    expect(r.hearing).toMatchObject({ outcome: 'order_reserved', nextDate: null, nextHearingId: null });
    expect(await hearingsOf(c.id)).toEqual([['2026-11-27', 'order_reserved']]);
  });

  test('will not move or delete a next hearing that already has its own outcome', async () => {
    const { c, h } = await habeasWithHearing();
    const first = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      nextDate: '2026-12-04',
    });
    await app.must('hearings:record-outcome', { hearingId: first.next?.id as string, outcome: 'heard' });
    for (const change of [{ nextDate: '2026-12-05' }, {}]) {
      const r = await app.call('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', ...change });
      expect(!r.ok && r.error.code).toBe('CONFLICT');
      expect(!r.ok && r.error.message).toContain('2026-12-04');
    }
    expect(await hearingsOf(c.id)).toEqual([
      ['2026-11-27', 'adjourned'],
      ['2026-12-04', 'heard'],
    ]);
  });

  test('refuses a next date on or before the hearing itself', async () => {
    const { c, h } = await habeasWithHearing();
    for (const nextDate of ['2026-11-27', '2026-11-20']) {
      const r = await app.call('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', nextDate });
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.fields?.nextDate).toMatch(/after 2026-11-27/);
    }
    expect(await hearingsOf(c.id)).toEqual([['2026-11-27', null]]);
  });

  test('"disposed" closes the case, refuses a next date and drops a pending next hearing', async () => {
    const { c, h } = await habeasWithHearing();
    const refused = await app.call('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'disposed',
      nextDate: '2026-12-04',
    });
    expect(!refused.ok && refused.error.fields?.nextDate).toMatch(/disposed/);
    expect((await app.must('cases:get', { id: c.id })).status).toBe('active');

    await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', nextDate: '2026-12-04' });
    const r = await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'disposed',
      shortOrder: 'Detenu produced and set at liberty; petition disposed of',
    });
    expect(r.next).toBeNull();
    const detail = await app.must('cases:get', { id: c.id });
    expect(detail.status).toBe('disposed');
    expect(detail.nextHearing).toBeNull();
    expect(await hearingsOf(c.id)).toEqual([['2026-11-27', 'disposed']]);
  });

  test('correcting a mistaken "disposed" to an adjournment reopens the case', async () => {
    const { c, h } = await habeasWithHearing();
    await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'disposed' });
    await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', nextDate: '2026-12-04' });
    expect((await app.must('cases:get', { id: c.id })).status).toBe('active');
  });
});

describe('hearings:agenda', () => {
  test('lists a range by date, then time (untimed last), then court, and leaves archived cases out', async () => {
    app = await makeUnlockedApp();
    const p = await addPersonas(app);
    const pecaCase = await app.must('cases:create', peca(p.journalist.id));
    const hc = await app.must('cases:create', habeas(p.mother.id, p.son.id));
    const ahmadi = await app.must('cases:create', ahmadiFir(p.ahmadi.id));
    const archived = await app.must('cases:create', { ...peca(p.whrd.id), firNumber: '8/2025', status: 'archived' });
    const add = (caseId: string, date: string, time: string | null, courtId: string | null, purpose: string) =>
      app.must('hearings:create', { caseId, date, time, courtId, purpose });
    await add(hc.id, '2026-12-01', '09:00', 'seed:lhc', 'LHC at nine');
    await add(pecaCase.id, '2026-12-01', '09:00', 'seed:ihc', 'IHC at nine');
    await add(ahmadi.id, '2026-12-01', null, 'seed:fcc', 'Untimed');
    await add(hc.id, '2026-12-01', '08:30', 'seed:lhc', 'LHC at half past eight');
    await add(pecaCase.id, '2026-11-30', '12:00', 'seed:ihc', 'Monday');
    await add(archived.id, '2026-12-01', '08:00', 'seed:ihc', 'Archived case');
    await add(pecaCase.id, '2026-12-02', '08:00', 'seed:ihc', 'After the range');
    await add(pecaCase.id, '2026-11-29', '08:00', 'seed:ihc', 'Before the range');

    const agenda = await app.must('hearings:agenda', { from: '2026-11-30', to: '2026-12-01' });
    expect(agenda.map((a) => a.purpose)).toEqual([
      'Monday',
      'LHC at half past eight',
      'IHC at nine',
      'LHC at nine',
      'Untimed',
    ]);
    const first = agenda[0];
    expect(first).toMatchObject({
      caseTitle: 'Sadia Jaffar — FIR 112/2026',
      caseNumber: 'Crl. Misc. No. 1412-B of 2026',
      firNumber: '112/2026',
      custodyStatus: 'in_custody',
      courtName: 'Islamabad High Court',
    });
    expect(first?.parties.map((x) => x.fullName)).toEqual(['Sadia Jaffar']);
    expect(await app.must('hearings:agenda', { from: '2026-12-25', to: '2026-12-31' })).toEqual([]);
    expect((await app.must('hearings:agenda', { from: '2026-12-02', to: '2026-12-02' })).map((a) => a.purpose)).toEqual(
      ['After the range'],
    );
  });
});

describe('hearings:unrecorded', () => {
  test('lists past hearings without an outcome until the outcome is recorded', async () => {
    const { c, h } = await habeasWithHearing();
    const earlier = await app.must('hearings:create', { caseId: c.id, date: '2026-11-20', purpose: 'Notice' });
    // On the 27th itself, today's hearing is not yet overdue.
    expect((await app.must('hearings:unrecorded', { before: '2026-11-27' })).map((x) => x.id)).toEqual([earlier.id]);
    // A day later both are waiting, oldest first.
    expect((await app.must('hearings:unrecorded', { before: '2026-11-28' })).map((x) => x.id)).toEqual([
      earlier.id,
      h.id,
    ]);
    await app.must('hearings:record-outcome', { hearingId: earlier.id, outcome: 'heard' });
    await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', nextDate: '2026-12-04' });
    expect(await app.must('hearings:unrecorded', { before: '2026-11-28' })).toEqual([]);
    // The next date appears once it has passed unrecorded.
    expect((await app.must('hearings:unrecorded', { before: '2026-12-05' })).map((x) => x.date)).toEqual([
      '2026-12-04',
    ]);
    expect(countRows(app, 'hearings')).toBe(3);
  });

  test('leaves out hearings of archived cases', async () => {
    const { c, mother, son } = await habeasWithHearing();
    expect(await app.must('hearings:unrecorded', { before: '2026-12-31' })).toHaveLength(1);
    await app.must('cases:update', { id: c.id, data: { ...habeas(mother.id, son.id), status: 'archived' } });
    expect(await app.must('hearings:unrecorded', { before: '2026-12-31' })).toEqual([]);
  });
});
