import { afterEach, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { makeCase } from '../support/factories';

let app: TestApp;
afterEach(() => app?.cleanup());

test('a case with a hearing round-trips', async () => {
  app = await makeUnlockedApp();
  const c = await makeCase(app);
  const h = await app.must('hearings:create', {
    caseId: c.id,
    date: '2026-11-27',
    courtId: 'seed:ihc',
    purpose: 'Arguments on bail',
  });
  const r = await app.must('hearings:record-outcome', {
    hearingId: h.id,
    outcome: 'adjourned',
    shortOrder: 'Notice to State',
    nextDate: '2026-12-04',
  });
  expect(r.next?.date).toBe('2026-12-04');
  const d = await app.must('cases:get', { id: c.id });
  expect(d.hearings).toHaveLength(2);
  expect(d.nextHearing?.date).toBe('2026-12-04');
});
