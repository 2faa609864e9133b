import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { ahmadiFir, peca } from '../support/personas';
import { agendaOf, courtWeek, fix, HINA, IMAAN, rowOf, USMAN, type CourtWeek } from '../support/diary';

/*
 * The diary's agenda: what a lawyer reads off the cause list each morning. Today: Monday
 * 30 November 2026, 09:00 in Pakistan (04:00 UTC).
 */

const TODAY = '2026-11-30T04:00:00.000Z';

let app: TestApp;
let w: CourtWeek;
afterEach(() => app?.cleanup());

const open = async () => {
  app = await makeUnlockedApp({ now: TODAY });
  w = await courtWeek(app);
};

describe('hearings:agenda rows', () => {
  test("carry the case type, the forum type, the lead lawyer and the last date's outcome and short order", async () => {
    await open();
    const first = await fix(app, w.pecaCase.id, '2026-11-23', 'Arguments on bail', {
      time: '09:30',
      courtId: 'seed:ihc',
      bench: 'Court No. 2',
    });
    const { next } = await app.must('hearings:record-outcome', {
      hearingId: first.id,
      outcome: 'adjourned',
      shortOrder: 'Notice to the State; NCCIA to produce the record of the YouTube videos',
      nextDate: '2026-11-30',
      nextTime: '09:30',
    });
    const rows = await agendaOf(app, '2026-11-30');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: next?.id,
      caseId: w.pecaCase.id,
      caseType: 'bail',
      forumType: 'high_court',
      courtName: 'Islamabad High Court',
      bench: 'Court No. 2',
      caseNumber: 'Crl. Misc. No. 1412-B of 2026',
      custodyStatus: 'in_custody',
      lawyer: { id: w.lawyerId(IMAAN), name: IMAAN },
      adjournmentSought: false,
      clashNote: null,
      previous: {
        date: '2026-11-23',
        outcome: 'adjourned',
        shortOrder: 'Notice to the State; NCCIA to produce the record of the YouTube videos',
      },
      clashesWith: [],
    });
    // The first hearing of a case has no last date.
    expect((await agendaOf(app, '2026-11-23'))[0]?.previous).toBeNull();
  });

  test("show the hearing's own appearing lawyer when one is named, else the first of the case team", async () => {
    await open();
    const h = await fix(app, w.writCase.id, '2026-11-30', 'Comments of the Ministry of Interior', {
      courtId: 'seed:ihc',
    });
    expect((await agendaOf(app, '2026-11-30'))[0]?.lawyer).toEqual({ id: w.lawyerId(HINA), name: HINA });
    await app.must('hearings:resolve-clash', { hearingId: h.id, appearingLawyer: IMAAN, adjournmentSought: false });
    expect((await agendaOf(app, '2026-11-30'))[0]?.lawyer).toEqual({ id: w.lawyerId(IMAAN), name: IMAAN });
  });

  test('a case with no team has no lawyer on its rows', async () => {
    await open();
    const c = await app.must('cases:create', {
      caseType: 'commission_complaint',
      parties: [{ clientId: w.son.id, role: 'detenu' }],
      forumId: 'seed:coied',
      custodyStatus: 'missing',
    });
    await fix(app, c.id, '2026-11-30', 'JIT meeting on the production of the missing person', {
      courtId: 'seed:coied',
    });
    const [row] = await agendaOf(app, '2026-11-30');
    expect(row).toMatchObject({ caseType: 'commission_complaint', forumType: 'commission', lawyer: null });
  });

  test('a hearing with no forum has a null forum type', async () => {
    await open();
    const c = await app.must('cases:create', { ...peca(w.journalist.id), firNumber: '140/2026', forumId: null });
    await fix(app, c.id, '2026-12-01', 'Appearance before the NCCIA investigating officer');
    const [row] = await agendaOf(app, '2026-12-01');
    expect(row?.forumType).toBeNull();
    expect(row?.courtName).toBeNull();
  });

  test('list the days in date order, then time, untimed hearings last', async () => {
    await open();
    await fix(app, w.habeasCase.id, '2026-12-01', 'Report of IGP Punjab', { courtId: 'seed:lhc' });
    await fix(app, w.atcCase.id, '2026-12-01', 'Prosecution evidence', { time: '11:00', courtId: w.courts.atc.id });
    await fix(app, w.pecaCase.id, '2026-12-01', 'Arguments on bail', { time: '09:30', courtId: 'seed:ihc' });
    await fix(app, w.appealCase.id, '2026-11-30', 'Hearing of the appeal', { courtId: 'seed:lhc-rwp' });
    const rows = await agendaOf(app, '2026-11-30', '2026-12-01');
    expect(rows.map((r) => [r.date, r.time, r.courtName])).toEqual([
      ['2026-11-30', null, 'Lahore High Court, Rawalpindi Bench'],
      ['2026-12-01', '09:30', 'Islamabad High Court'],
      ['2026-12-01', '11:00', 'Anti-Terrorism Court No. 1, Rawalpindi'],
      ['2026-12-01', null, 'Lahore High Court'],
    ]);
  });
});

describe('the last date (previous)', () => {
  test('is found when the earlier hearing was added by hand, with no next-date link', async () => {
    await open();
    const earlier = await fix(app, w.habeasCase.id, '2026-11-20', 'Notice to the respondents', {
      time: '10:00',
      courtId: 'seed:lhc',
    });
    // The outcome is recorded without a next date: the clerk wrote the next date in by hand.
    await app.must('hearings:record-outcome', {
      hearingId: earlier.id,
      outcome: 'adjourned',
      shortOrder: 'IGP Punjab to file a report on the whereabouts of the detenu',
    });
    const later = await fix(app, w.habeasCase.id, '2026-11-30', 'Report of IGP Punjab', {
      time: '09:00',
      courtId: 'seed:lhc',
    });
    expect(later.nextHearingId).toBeNull();
    const row = rowOf(await agendaOf(app, '2026-11-30'), later.id);
    expect(row.previous).toEqual({
      date: '2026-11-20',
      outcome: 'adjourned',
      shortOrder: 'IGP Punjab to file a report on the whereabouts of the detenu',
    });
  });

  test("is the case's hearing just before, not an older one and not another case's", async () => {
    await open();
    await fix(app, w.atcCase.id, '2026-10-12', 'Framing of charge', { courtId: w.courts.atc.id });
    const nov = await fix(app, w.atcCase.id, '2026-11-16', 'Prosecution evidence', { courtId: w.courts.atc.id });
    await app.must('hearings:record-outcome', {
      hearingId: nov.id,
      outcome: 'adjourned',
      shortOrder: 'PW-3 (CTD inspector) absent; bailable warrants issued',
    });
    // Another case's hearing in between must not be taken for this one's last date.
    await fix(app, w.pecaCase.id, '2026-11-25', 'Arguments on bail', { courtId: 'seed:ihc' });
    const dec = await fix(app, w.atcCase.id, '2026-11-30', 'Prosecution evidence', {
      time: '10:00',
      courtId: w.courts.atc.id,
    });
    expect(rowOf(await agendaOf(app, '2026-11-30'), dec.id).previous).toEqual({
      date: '2026-11-16',
      outcome: 'adjourned',
      shortOrder: 'PW-3 (CTD inspector) absent; bailable warrants issued',
    });
  });

  test('on the same day, is the earlier hearing by time; an earlier one still awaiting its outcome shows no outcome', async () => {
    await open();
    const morning = await fix(app, w.atcCase.id, '2026-11-30', 'Application for transfer of the accused to Adiala', {
      time: '09:00',
      courtId: w.courts.atc.id,
    });
    const afternoon = await fix(app, w.atcCase.id, '2026-11-30', 'Prosecution evidence', {
      time: '13:00',
      courtId: w.courts.atc.id,
    });
    const rows = await agendaOf(app, '2026-11-30');
    expect(rowOf(rows, afternoon.id).previous).toEqual({ date: '2026-11-30', outcome: null, shortOrder: null });
    expect(rowOf(rows, morning.id).previous).toBeNull();
  });
});

describe('filters', () => {
  /** Monday's list: Imaan at the IHC and ATC Rawalpindi, Usman at the LHC Rawalpindi bench, Hina at the LHC. */
  const monday = async () => {
    await open();
    return {
      ihc: await fix(app, w.pecaCase.id, '2026-11-30', 'Arguments on bail', {
        time: '09:30',
        courtId: 'seed:ihc',
        bench: 'Court No. 2',
      }),
      atc: await fix(app, w.atcCase.id, '2026-11-30', 'Prosecution evidence', {
        time: '11:00',
        courtId: w.courts.atc.id,
      }),
      rwp: await fix(app, w.appealCase.id, '2026-11-30', 'Hearing of the appeal', {
        time: '10:00',
        courtId: 'seed:lhc-rwp',
        bench: 'Court No. 4',
      }),
      lhc: await fix(app, w.habeasCase.id, '2026-11-30', 'Report of IGP Punjab', { courtId: 'seed:lhc' }),
    };
  };
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

  test("lawyerId keeps that lawyer's hearings (by who appears, not only who leads)", async () => {
    const h = await monday();
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { lawyerId: w.lawyerId(IMAAN) }))).toEqual(
      [h.ihc.id, h.atc.id].sort(),
    );
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { lawyerId: w.lawyerId(USMAN) }))).toEqual([h.rwp.id]);
    await app.must('hearings:resolve-clash', { hearingId: h.atc.id, appearingLawyer: USMAN, adjournmentSought: false });
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { lawyerId: w.lawyerId(USMAN) }))).toEqual(
      [h.rwp.id, h.atc.id].sort(),
    );
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { lawyerId: w.lawyerId(IMAAN) }))).toEqual([h.ihc.id]);
  });

  test('forumType keeps one kind of forum', async () => {
    const h = await monday();
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { forumType: 'atc' }))).toEqual([h.atc.id]);
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { forumType: 'high_court' }))).toEqual(
      [h.ihc.id, h.rwp.id, h.lhc.id].sort(),
    );
    expect(await agendaOf(app, '2026-11-30', '2026-11-30', { forumType: 'supreme_court' })).toEqual([]);
  });

  test('courtId keeps one court exactly: the Rawalpindi bench is not the principal seat', async () => {
    const h = await monday();
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { courtId: 'seed:lhc-rwp' }))).toEqual([h.rwp.id]);
    expect(ids(await agendaOf(app, '2026-11-30', '2026-11-30', { courtId: 'seed:lhc' }))).toEqual([h.lhc.id]);
  });

  test('filters combine', async () => {
    const h = await monday();
    const rows = await agendaOf(app, '2026-11-30', '2026-11-30', {
      lawyerId: w.lawyerId(IMAAN),
      forumType: 'high_court',
    });
    expect(ids(rows)).toEqual([h.ihc.id]);
    expect(
      await agendaOf(app, '2026-11-30', '2026-11-30', { lawyerId: w.lawyerId(HINA), courtId: 'seed:ihc' }),
    ).toEqual([]);
  });

  test('clashes are found on the whole day before filtering: a clash with a hearing filtered out still shows', async () => {
    const h = await monday();
    const all = await agendaOf(app, '2026-11-30');
    expect(rowOf(all, h.ihc.id).clashesWith).toEqual([h.atc.id]);
    expect(rowOf(all, h.atc.id).clashesWith).toEqual([h.ihc.id]);
    const atcOnly = await agendaOf(app, '2026-11-30', '2026-11-30', { forumType: 'atc' });
    expect(atcOnly).toHaveLength(1);
    expect(atcOnly[0]?.clashesWith).toEqual([h.ihc.id]);
    const ihcOnly = await agendaOf(app, '2026-11-30', '2026-11-30', { courtId: 'seed:ihc' });
    expect(ihcOnly[0]?.clashesWith).toEqual([h.atc.id]);
    // Usman and Hina have one hearing each that day: no clash.
    expect(rowOf(all, h.rwp.id).clashesWith).toEqual([]);
    expect(rowOf(all, h.lhc.id).clashesWith).toEqual([]);
  });
});

describe('the range', () => {
  test('of a year is accepted; over a year is refused as VALIDATION on "to"', async () => {
    await open();
    await fix(app, w.appealCase.id, '2027-11-29', 'Final arguments', { courtId: 'seed:lhc-rwp' });
    expect(await agendaOf(app, '2026-11-30', '2027-11-30')).toHaveLength(1);
    const r = await app.call('hearings:agenda', { from: '2026-11-30', to: '2028-01-31' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.fields?.to).toMatch(/at most a year/);
  });

  test('includes both ends and nothing outside', async () => {
    await open();
    const before = await fix(app, w.pecaCase.id, '2026-11-29', 'Arguments on bail');
    const first = await fix(app, w.pecaCase.id, '2026-11-30', 'Arguments on bail');
    const last = await fix(app, w.pecaCase.id, '2026-12-06', 'Arguments on bail');
    const after = await fix(app, w.pecaCase.id, '2026-12-07', 'Arguments on bail');
    const rows = await agendaOf(app, '2026-11-30', '2026-12-06');
    expect(rows.map((r) => r.id)).toEqual([first.id, last.id]);
    expect(rows.map((r) => r.id)).not.toContain(before.id);
    expect(rows.map((r) => r.id)).not.toContain(after.id);
  });
});

describe('archived cases', () => {
  test('are left out of the agenda and of the unrecorded list', async () => {
    await open();
    const archived = await fix(app, w.ahmadiCase.id, '2026-11-30', 'Arguments on pre-arrest bail', {
      courtId: w.courts.sessionsChiniot.id,
    });
    const pastArchived = await fix(app, w.ahmadiCase.id, '2026-11-20', 'Notice to the complainant');
    const kept = await fix(app, w.pecaCase.id, '2026-11-30', 'Arguments on bail', { courtId: 'seed:ihc' });
    await app.must('cases:update', {
      id: w.ahmadiCase.id,
      data: { ...ahmadiFir(w.ahmadi.id, { forumId: w.courts.sessionsChiniot.id }), status: 'archived' },
    });
    const rows = await agendaOf(app, '2026-11-01', '2026-12-31');
    expect(rows.map((r) => r.id)).toEqual([kept.id]);
    const unrecorded = await app.must('hearings:unrecorded', { before: '2026-11-30' });
    expect(unrecorded.map((r) => r.id)).not.toContain(pastArchived.id);
    expect(rows.map((r) => r.id)).not.toContain(archived.id);
  });
});
