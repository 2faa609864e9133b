import { afterEach, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows } from '../support/disk';
import { addPersonas, habeas } from '../support/personas';

/* Dated notes: what happened, on a case or about a client. Today: 27 November 2026. */

let app: TestApp;
afterEach(() => app?.cleanup());

test('a note on a case shows on the case, newest first, and not on its clients', async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const { mother, son } = await addPersonas(app);
  const c = await app.must('cases:create', habeas(mother.id, son.id));
  const older = await app.must('notes:create', {
    caseId: c.id,
    date: '2026-11-10',
    body: 'COIED hearing: JIT report awaited',
  });
  expect(older).toEqual({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    caseId: c.id,
    clientId: null,
    date: '2026-11-10',
    body: 'COIED hearing: JIT report awaited',
    createdAt: '2026-11-27T05:00:00.000Z',
  });
  const newer = await app.must('notes:create', { caseId: c.id, date: '2026-11-25', body: '  Petition filed in LHC  ' });
  expect(newer.body).toBe('Petition filed in LHC');
  expect((await app.must('cases:get', { id: c.id })).datedNotes.map((n) => n.id)).toEqual([newer.id, older.id]);
  expect((await app.must('clients:get', { id: mother.id })).datedNotes).toEqual([]);
});

test('a note on a client shows on the client', async () => {
  app = await makeUnlockedApp();
  const { whrd } = await addPersonas(app);
  const n = await app.must('notes:create', {
    clientId: whrd.id,
    date: '2026-11-27',
    body: 'زرغونہ نے بتایا کہ انہیں دھمکی آمیز کالیں موصول ہوئیں',
  });
  expect(n).toMatchObject({ clientId: whrd.id, caseId: null });
  expect((await app.must('clients:get', { id: whrd.id })).datedNotes).toEqual([n]);
});

test('a note belongs to exactly one case or one client', async () => {
  app = await makeUnlockedApp();
  const { mother, son } = await addPersonas(app);
  const c = await app.must('cases:create', habeas(mother.id, son.id));
  for (const owner of [{ caseId: c.id, clientId: mother.id }, {}, { caseId: null, clientId: null }]) {
    const r = await app.call('notes:create', { ...owner, date: '2026-11-27', body: 'Where does this go?' });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.fields?.caseId).toMatch(/exactly one case or one client/);
  }
  expect(countRows(app, 'notes')).toBe(0);
});
