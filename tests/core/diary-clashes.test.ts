import { afterEach, describe, expect, test } from 'vitest';
import { clashes, findClashes, SAME_COURT_GAP_MINUTES, type ClashCandidate } from '../../electron/core/services/diary';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { agendaOf, courtWeek, fix, HINA, IMAAN, rowOf, USMAN, type CourtWeek } from '../support/diary';
import { countRows, snapshotDb } from '../support/disk';

/*
 * Diary clashes: one lawyer fixed in two places on one date. The rules first, as pure functions,
 * then the one-step resolution through dispatch. Today: Monday 30 November 2026, 08:00 in Pakistan.
 */

const UNKNOWN = '6f1c2a4e-0000-4000-8000-00000000dead';

/** Imaan Hazir at the IHC, Court No. 2, at 09:30 on Tuesday 1 December. */
const base: ClashCandidate = {
  id: 'ihc',
  date: '2026-12-01',
  time: '09:30',
  courtId: 'seed:ihc',
  bench: 'Court No. 2',
  lawyerKey: 'imaan',
  outcome: null,
  adjournmentSought: false,
};
const at = (id: string, over: Partial<ClashCandidate>): ClashCandidate => ({ ...base, id, ...over });

describe('clashes (two hearings)', () => {
  test('the same lawyer in two forums on the same date clash, whatever the times', () => {
    expect(clashes(base, at('atc', { courtId: 'atc-rwp', time: '14:00', bench: null }))).toBe(true);
    expect(clashes(base, at('lhc-rwp', { courtId: 'seed:lhc-rwp', time: null }))).toBe(true);
  });

  test('the principal seat and a bench of the same High Court are different forums', () => {
    expect(clashes(at('lhc', { courtId: 'seed:lhc' }), at('rwp', { courtId: 'seed:lhc-rwp', time: '13:00' }))).toBe(
      true,
    );
  });

  test('different dates never clash', () => {
    expect(clashes(base, at('atc', { courtId: 'atc-rwp', date: '2026-12-02' }))).toBe(false);
  });

  test('different lawyers never clash', () => {
    expect(clashes(base, at('atc', { courtId: 'atc-rwp', lawyerKey: 'usman' }))).toBe(false);
  });

  test(`two benches of one forum clash within ${SAME_COURT_GAP_MINUTES} minutes, not 45 minutes apart`, () => {
    expect(SAME_COURT_GAP_MINUTES).toBe(30);
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: '09:45' }))).toBe(true);
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: '09:10' }))).toBe(true);
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: '09:59' }))).toBe(true);
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: '10:15' }))).toBe(false);
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: '08:45' }))).toBe(false);
    // Exactly the gap: one courtroom after the other is feasible.
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: '10:00' }))).toBe(false);
  });

  test('the same forum and bench is one courtroom: no clash, even at the same time', () => {
    expect(clashes(base, at('same', { time: '09:30' }))).toBe(false);
    expect(clashes(at('a', { bench: null }), at('b', { bench: null, time: '09:40' }))).toBe(false);
  });

  test('in one forum, a hearing with no time does not clash with another bench', () => {
    expect(clashes(base, at('c4', { bench: 'Court No. 4', time: null }))).toBe(false);
  });

  test('is symmetric', () => {
    const pairs: [ClashCandidate, ClashCandidate][] = [
      [base, at('atc', { courtId: 'atc-rwp' })],
      [base, at('c4', { bench: 'Court No. 4', time: '09:45' })],
      [base, at('c4', { bench: 'Court No. 4', time: '10:15' })],
    ];
    for (const [a, b] of pairs) expect(clashes(a, b)).toBe(clashes(b, a));
  });
});

describe('findClashes (a day of hearings)', () => {
  test('maps each clashing hearing to the others it clashes with, and leaves the rest out', () => {
    const found = findClashes([
      base,
      at('atc', { courtId: 'atc-rwp', time: '11:00' }),
      at('sessions', { courtId: 'sessions-isb', time: '14:00' }),
      at('usman', { courtId: 'seed:lhc-rwp', lawyerKey: 'usman' }),
      at('next-day', { courtId: 'atc-rwp', date: '2026-12-02' }),
    ]);
    expect(Object.fromEntries(found)).toEqual({
      ihc: ['atc', 'sessions'],
      atc: ['ihc', 'sessions'],
      sessions: ['ihc', 'atc'],
    });
  });

  test('decided hearings and hearings where an adjournment will be sought no longer clash', () => {
    expect(findClashes([base, at('atc', { courtId: 'atc-rwp', outcome: 'adjourned' })]).size).toBe(0);
    expect(findClashes([base, at('atc', { courtId: 'atc-rwp', adjournmentSought: true })]).size).toBe(0);
    expect(findClashes([at('ihc', { outcome: 'bail_granted' }), at('atc', { courtId: 'atc-rwp' })]).size).toBe(0);
  });

  test('hearings with nobody named share the key "unassigned", and clash with each other only', () => {
    const found = findClashes([
      at('a', { lawyerKey: 'unassigned' }),
      at('b', { lawyerKey: 'unassigned', courtId: 'seed:coied', time: null }),
      at('c', { courtId: 'atc-rwp' }),
    ]);
    expect(Object.fromEntries(found)).toEqual({ a: ['b'], b: ['a'] });
  });

  test('an empty day has no clashes', () => {
    expect(findClashes([]).size).toBe(0);
  });
});

describe('hearings:resolve-clash', () => {
  let app: TestApp;
  let w: CourtWeek;
  afterEach(() => app?.cleanup());

  /** Tuesday 1 December: Imaan is fixed at the IHC at 09:30 and before ATC Rawalpindi at 10:00. */
  const clashingTuesday = async () => {
    app = await makeUnlockedApp({ now: '2026-11-30T03:00:00.000Z' });
    w = await courtWeek(app);
    const ihc = await fix(app, w.pecaCase.id, '2026-12-01', 'Arguments on bail', {
      time: '09:30',
      courtId: 'seed:ihc',
      bench: 'Court No. 2',
    });
    const atc = await fix(app, w.atcCase.id, '2026-12-01', 'Cross-examination of PW-3', {
      time: '10:00',
      courtId: w.courts.atc.id,
    });
    const rows = await agendaOf(app, '2026-12-01');
    expect(rowOf(rows, ihc.id).clashesWith).toEqual([atc.id]);
    expect(rowOf(rows, atc.id).clashesWith).toEqual([ihc.id]);
    return { ihc, atc };
  };

  test('naming another lawyer of the office removes the clash on both hearings and keeps the note', async () => {
    const { ihc, atc } = await clashingTuesday();
    const lawyersBefore = await app.must('lawyers:list', {});
    const saved = await app.must('hearings:resolve-clash', {
      hearingId: atc.id,
      // Typed in lower case: the office's Usman Warraich, not a new lawyer.
      appearingLawyer: '  usman warraich ',
      adjournmentSought: false,
      note: 'Imaan is arguing bail at the IHC; Usman to cross-examine PW-3',
    });
    expect(saved).toMatchObject({ id: atc.id, date: '2026-12-01', time: '10:00', outcome: null });
    expect(await app.must('lawyers:list', {})).toEqual(lawyersBefore);
    const rows = await agendaOf(app, '2026-12-01');
    expect(rowOf(rows, atc.id)).toMatchObject({
      lawyer: { id: w.lawyerId(USMAN), name: USMAN },
      clashNote: 'Imaan is arguing bail at the IHC; Usman to cross-examine PW-3',
      adjournmentSought: false,
      clashesWith: [],
    });
    expect(rowOf(rows, ihc.id)).toMatchObject({ lawyer: { name: IMAAN }, clashesWith: [] });
  });

  test('moving a hearing to another date clears how its clash was settled; a new time on the day keeps it', async () => {
    const { atc } = await clashingTuesday();
    await app.must('hearings:resolve-clash', {
      hearingId: atc.id,
      appearingLawyer: USMAN,
      adjournmentSought: true,
      note: 'Usman to seek a date after the IHC bail',
    });
    const settled = {
      lawyer: { name: USMAN },
      adjournmentSought: true,
      clashNote: 'Usman to seek a date after the IHC bail',
    };
    await app.must('hearings:update', {
      id: atc.id,
      date: '2026-12-01',
      time: '11:00',
      courtId: w.courts.atc.id,
      purpose: atc.purpose,
    });
    expect(rowOf(await agendaOf(app, '2026-12-01'), atc.id)).toMatchObject(settled);
    await app.must('hearings:update', {
      id: atc.id,
      date: '2026-12-03',
      time: '10:00',
      courtId: w.courts.atc.id,
      purpose: atc.purpose,
    });
    expect(rowOf(await agendaOf(app, '2026-12-03'), atc.id)).toMatchObject({
      lawyer: { name: IMAAN },
      adjournmentSought: false,
      clashNote: null,
    });
  });

  test('naming a lawyer new to the office adds them to lawyers:list', async () => {
    const { ihc, atc } = await clashingTuesday();
    await app.must('hearings:resolve-clash', {
      hearingId: ihc.id,
      appearingLawyer: 'Abuzar Salman Niazi',
      adjournmentSought: false,
    });
    const lawyers = await app.must('lawyers:list', {});
    expect(lawyers.map((l) => l.name)).toEqual(['Abuzar Salman Niazi', HINA, IMAAN, USMAN]);
    const niazi = lawyers.find((l) => l.name === 'Abuzar Salman Niazi');
    const rows = await agendaOf(app, '2026-12-01');
    expect(rowOf(rows, ihc.id).lawyer).toEqual(niazi);
    expect(rowOf(rows, atc.id).clashesWith).toEqual([]);
  });

  test('naming a lawyer who is elsewhere that day moves the clash to them', async () => {
    const { ihc, atc } = await clashingTuesday();
    const rwp = await fix(app, w.appealCase.id, '2026-12-01', 'Hearing of the appeal', {
      time: '11:00',
      courtId: 'seed:lhc-rwp',
    });
    await app.must('hearings:resolve-clash', { hearingId: atc.id, appearingLawyer: USMAN, adjournmentSought: false });
    const rows = await agendaOf(app, '2026-12-01');
    expect(rowOf(rows, ihc.id).clashesWith).toEqual([]);
    expect(rowOf(rows, atc.id).clashesWith).toEqual([rwp.id]);
    expect(rowOf(rows, rwp.id).clashesWith).toEqual([atc.id]);
  });

  test('noting that an adjournment will be sought removes the clash on both hearings', async () => {
    const { ihc, atc } = await clashingTuesday();
    await app.must('hearings:resolve-clash', {
      hearingId: atc.id,
      appearingLawyer: null,
      adjournmentSought: true,
      note: 'Adjournment application to be moved through the clerk',
    });
    const rows = await agendaOf(app, '2026-12-01');
    expect(rowOf(rows, atc.id)).toMatchObject({
      adjournmentSought: true,
      clashNote: 'Adjournment application to be moved through the clerk',
      lawyer: { name: IMAAN },
      clashesWith: [],
    });
    expect(rowOf(rows, ihc.id).clashesWith).toEqual([]);
  });

  test('a blank name returns the hearing to the lead lawyer, and the clash comes back', async () => {
    const { ihc, atc } = await clashingTuesday();
    await app.must('hearings:resolve-clash', { hearingId: atc.id, appearingLawyer: USMAN, adjournmentSought: false });
    for (const blank of ['', '   ', null]) {
      await app.must('hearings:resolve-clash', {
        hearingId: atc.id,
        appearingLawyer: blank,
        adjournmentSought: false,
      });
      const rows = await agendaOf(app, '2026-12-01');
      expect(rowOf(rows, atc.id).lawyer, String(blank)).toEqual({ id: w.lawyerId(IMAAN), name: IMAAN });
      expect(rowOf(rows, atc.id).clashNote).toBeNull();
      expect(rowOf(rows, atc.id).clashesWith).toEqual([ihc.id]);
      await app.must('hearings:resolve-clash', { hearingId: atc.id, appearingLawyer: USMAN, adjournmentSought: false });
    }
  });

  test('an unknown hearing is NOT_FOUND and no lawyer is added', async () => {
    await clashingTuesday();
    const before = snapshotDb(app);
    const r = await app.call('hearings:resolve-clash', {
      hearingId: UNKNOWN,
      appearingLawyer: 'Abuzar Salman Niazi',
      adjournmentSought: false,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(snapshotDb(app)).toEqual(before);
  });

  test('is one transaction: when saving the hearing fails, the new lawyer is not kept either', async () => {
    const { atc } = await clashingTuesday();
    const lawyers = countRows(app, 'lawyers');
    const before = snapshotDb(app);
    app.vault.db.$client.exec(
      "CREATE TRIGGER fail_resolve BEFORE UPDATE ON hearings BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    );
    const r = await app.call('hearings:resolve-clash', {
      hearingId: atc.id,
      appearingLawyer: 'Abuzar Salman Niazi',
      adjournmentSought: true,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).not.toBe('INTERNAL');
    app.vault.db.$client.exec('DROP TRIGGER fail_resolve');
    expect(countRows(app, 'lawyers')).toBe(lawyers);
    expect(snapshotDb(app)).toEqual(before);
  });
});
