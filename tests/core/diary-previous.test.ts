import { afterEach, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { agendaOf, courtWeek, fix, rowOf } from '../support/diary';

/*
 * Issue 8: a date range's "last date" of each row is found from one scan of the weeks before the
 * range, and by a seek only when the case's previous hearing is older than that. Both ways give the
 * same answer as the hearing just before, by date and then time (no time counts as earliest).
 * Today: Monday 30 November 2026.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

test('a previous hearing five months back (past the scanned weeks) is still found, in a month and in a day', async () => {
  app = await makeUnlockedApp({ now: '2026-11-30T04:00:00.000Z' });
  const w = await courtWeek(app);
  const june = await fix(app, w.atcCase.id, '2026-06-15', 'Framing of charge', { courtId: w.courts.atc.id });
  await app.must('hearings:record-outcome', {
    hearingId: june.id,
    outcome: 'adjourned',
    shortOrder: 'Charge not framed; the accused not produced from Adiala',
  });
  const nov = await fix(app, w.atcCase.id, '2026-11-24', 'Framing of charge', { courtId: w.courts.atc.id });
  const expected = {
    date: '2026-06-15',
    outcome: 'adjourned',
    shortOrder: 'Charge not framed; the accused not produced from Adiala',
  };
  expect(rowOf(await agendaOf(app, '2026-11-01', '2026-11-30'), nov.id).previous).toEqual(expected);
  expect(rowOf(await agendaOf(app, '2026-11-24'), nov.id).previous).toEqual(expected);
  expect(rowOf(await agendaOf(app, '2026-06-01', '2026-06-30'), june.id).previous).toBeNull();
});

test('on one day a hearing with no time comes before a timed one, and a range agrees with the unrecorded list', async () => {
  app = await makeUnlockedApp({ now: '2026-11-30T04:00:00.000Z' });
  const w = await courtWeek(app);
  const untimed = await fix(app, w.atcCase.id, '2026-11-26', 'Application for bail', { courtId: w.courts.atc.id });
  const timed = await fix(app, w.atcCase.id, '2026-11-26', 'Prosecution evidence', {
    time: '09:00',
    courtId: w.courts.atc.id,
  });
  const month = await agendaOf(app, '2026-11-01', '2026-11-30');
  expect(rowOf(month, timed.id).previous).toEqual({ date: '2026-11-26', outcome: null, shortOrder: null });
  // The unrecorded list finds previous hearings one seek a row: the same answers for every row both show.
  const unrecorded = await app.must('hearings:unrecorded', { before: '2026-11-30' });
  const shown = unrecorded.filter((u) => month.some((m) => m.id === u.id));
  expect(shown.map((u) => u.id)).toEqual(expect.arrayContaining([untimed.id, timed.id]));
  for (const u of shown) expect(rowOf(month, u.id).previous).toEqual(u.previous);
});
