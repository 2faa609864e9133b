import { afterEach, describe, expect, test } from 'vitest';
import type { AgendaItem, ChannelInput } from '../../electron/shared/contract';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { agendaOf, courtWeek, fix, HINA, IMAAN, USMAN, type CourtWeek } from '../support/diary';

/*
 * The diary's month grid (hearings:month): for each day, how many hearings and how many clash, and
 * the first few in full. It must tell the same story as the agenda for the same days and filter:
 * the same counts, the same clashes, the same first rows with the same last dates. Today: Monday
 * 30 November 2026 in Pakistan.
 */

const TODAY = '2026-11-30T04:00:00.000Z';

let app: TestApp;
let w: CourtWeek;
afterEach(() => app?.cleanup());

type Filter = Partial<Pick<ChannelInput<'hearings:month'>, 'lawyerId' | 'forumType' | 'courtId'>>;

/** What the grid should say, worked out from the agenda of the same days. */
const expected = (rows: AgendaItem[], perDay: number) => {
  const byDay = new Map<string, AgendaItem[]>();
  for (const r of rows) byDay.set(r.date, [...(byDay.get(r.date) ?? []), r]);
  return {
    days: [...byDay].map(([date, list]) => ({
      date,
      total: list.length,
      clashes: list.filter((r) => r.clashesWith.length > 0).length,
    })),
    items: [...byDay.values()].flatMap((list) => list.slice(0, perDay)),
  };
};

/** A busy month: 3 lawyers, 6 cases, 5 forums, outcomes recorded before today, clashes, an archived case. */
const busyMonth = async () => {
  app = await makeUnlockedApp({ now: TODAY });
  w = await courtWeek(app);
  const cases = [w.pecaCase, w.habeasCase, w.atcCase, w.ahmadiCase, w.appealCase, w.writCase];
  const courts = ['seed:ihc', 'seed:lhc-rwp', w.courts.atc.id, w.courts.sessionsIsb.id, w.courts.magistrate.id];
  const times = [null, '09:00', '09:30', '10:00', '11:15', '13:00'];
  const lawyers = [null, IMAAN, USMAN, HINA];
  let n = 0;
  for (let day = 1; day <= 30; day += 1 + (day % 3 === 0 ? 1 : 0)) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    for (let k = 0; k < 2 + (day % 5); k++, n++) {
      const c = cases[(n * 7 + day) % cases.length];
      if (!c) throw new Error('no case');
      const h = await fix(app, c.id, date, `Hearing ${n}`, {
        time: times[n % times.length] ?? null,
        courtId: courts[(n * 3 + k) % courts.length] ?? null,
        bench: k % 2 ? 'Court No. 2' : null,
      });
      const lawyer = lawyers[n % lawyers.length];
      if (lawyer)
        await app.must('hearings:resolve-clash', {
          hearingId: h.id,
          appearingLawyer: lawyer,
          adjournmentSought: n % 11 === 0,
        });
      if (date < '2026-11-20' && n % 4 !== 0)
        await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', shortOrder: `Order ${n}` });
    }
  }
  // An archived case's hearings are in neither the agenda nor the grid.
  const archived = await app.must('cases:create', {
    caseType: 'bail',
    parties: [{ clientId: w.journalist.id, role: 'accused' }],
    forumId: 'seed:ihc',
    custodyStatus: 'on_bail',
    status: 'archived',
  });
  await fix(app, archived.id, '2026-11-24', 'Old matter', { courtId: 'seed:ihc' });
};

describe('hearings:month', () => {
  test('agrees with the agenda on every day: counts, clashes and the first rows, unfiltered and filtered', async () => {
    await busyMonth();
    const filters: Filter[] = [
      {},
      { lawyerId: w.lawyerId(IMAAN) },
      { lawyerId: w.lawyerId(HINA) },
      { forumType: 'high_court' },
      { courtId: w.courts.atc.id },
      { forumType: 'sessions', lawyerId: w.lawyerId(USMAN) },
    ];
    let clashDays = 0;
    for (const filter of filters) {
      for (const perDay of [1, 3, 50]) {
        const agenda = await agendaOf(app, '2026-11-01', '2026-12-13', filter);
        const grid = await app.must('hearings:month', { from: '2026-11-01', to: '2026-12-13', perDay, ...filter });
        const want = expected(agenda, perDay);
        expect(grid.days, JSON.stringify({ filter, perDay })).toEqual(want.days);
        expect(grid.items, JSON.stringify({ filter, perDay })).toEqual(want.items);
        clashDays += grid.days.filter((d) => d.clashes > 0).length;
      }
    }
    // The data holds real clashes and whole days, so the comparison above is not between empties.
    expect(clashDays).toBeGreaterThan(5);
    const all = await app.must('hearings:month', { from: '2026-11-01', to: '2026-11-30', perDay: 2 });
    expect(all.days.reduce((s, d) => s + d.total, 0)).toBeGreaterThan(all.items.length);
    expect(all.items.some((h) => h.previous !== null)).toBe(true);
  });

  test('an empty month has no days and no items; four a day unless asked', async () => {
    app = await makeUnlockedApp({ now: TODAY });
    w = await courtWeek(app);
    expect(await app.must('hearings:month', { from: '2027-02-01', to: '2027-02-28' })).toEqual({ days: [], items: [] });
    for (const t of ['09:00', '09:10', '09:20', '09:30', '09:40', '09:50'])
      await fix(app, w.pecaCase.id, '2027-02-03', `At ${t}`, { time: t, courtId: 'seed:ihc' });
    const grid = await app.must('hearings:month', { from: '2027-02-01', to: '2027-02-28' });
    expect(grid.days).toEqual([{ date: '2027-02-03', total: 6, clashes: 0 }]);
    expect(grid.items.map((h) => h.time)).toEqual(['09:00', '09:10', '09:20', '09:30']);
  });
});
