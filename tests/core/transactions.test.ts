import { afterEach, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows, snapshotDb } from '../support/disk';
import { addPersonas, habeas, peca } from '../support/personas';

/*
 * Every multi-row change is all or nothing. To fail a write half way, a test installs a SQLite
 * trigger on its own database (plain SQL on the real connection, no mocks) that aborts one of the
 * later statements; everything written before it must be gone. Today: 27 November 2026.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

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

test('cases:create with one known and one unknown client: NOT_FOUND, and no case, party, offence or lawyer', async () => {
  app = await makeUnlockedApp();
  const { journalist } = await addPersonas(app);
  const r = await expectRefusedUnchanged('cases:create', {
    ...peca(journalist.id),
    parties: [
      { clientId: journalist.id, role: 'accused' },
      { clientId: '6f1c2a4e-0000-4000-8000-00000000dead', role: 'accused' },
    ],
    team: ['A Lawyer Never Seen Before'],
  });
  expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  for (const table of ['cases', 'case_parties', 'offences', 'case_lawyers', 'lawyers']) {
    expect(countRows(app, table), table).toBe(0);
  }
});

test('cases:create failing at its last step (the team) leaves no case, parties, offences or new lawyer', async () => {
  app = await makeUnlockedApp();
  const { journalist } = await addPersonas(app);
  abortWhen('fail_team', 'BEFORE INSERT ON case_lawyers');
  await expectRefusedUnchanged('cases:create', { ...peca(journalist.id), team: ['Hina Jilani'] });
  for (const table of ['cases', 'case_parties', 'offences', 'lawyers']) expect(countRows(app, table), table).toBe(0);
  // With the obstacle gone, the very same request succeeds.
  app.vault.db.$client.exec('DROP TRIGGER fail_team');
  expect((await app.must('cases:create', { ...peca(journalist.id), team: ['Hina Jilani'] })).team).toEqual([
    'Hina Jilani',
  ]);
});

test('cases:update failing half way keeps the old parties, offences and team', async () => {
  app = await makeUnlockedApp();
  const { journalist, whrd } = await addPersonas(app);
  const c = await app.must('cases:create', peca(journalist.id));
  abortWhen('fail_offence', "BEFORE INSERT ON offences WHEN NEW.section = '500'");
  await expectRefusedUnchanged('cases:update', {
    id: c.id,
    data: {
      ...peca(whrd.id),
      offences: [
        { statute: 'PPC', section: '506' },
        { statute: 'PPC', section: '500' },
      ],
      team: ['Hina Jilani'],
    },
  });
  const detail = await app.must('cases:get', { id: c.id });
  expect(detail.parties.map((p) => p.fullName)).toEqual(['Sadia Jaffar']);
  expect(detail.offences.map((o) => `${o.statute} ${o.section}`)).toEqual(['PECA 26-A', 'PPC 505']);
  expect(detail.team).toEqual(['Imaan Hazir', 'Usman Warraich']);
});

test('hearings:record-outcome failing after the next hearing was written leaves no next hearing', async () => {
  app = await makeUnlockedApp();
  const { mother, son } = await addPersonas(app);
  const c = await app.must('cases:create', habeas(mother.id, son.id));
  const h = await app.must('hearings:create', { caseId: c.id, date: '2026-11-27', purpose: 'Report of IGP Punjab' });
  abortWhen('fail_outcome', 'BEFORE UPDATE OF outcome ON hearings WHEN NEW.outcome IS NOT NULL');
  await expectRefusedUnchanged('hearings:record-outcome', {
    hearingId: h.id,
    outcome: 'adjourned',
    nextDate: '2026-12-04',
  });
  expect((await app.must('cases:get', { id: c.id })).hearings.map((x) => [x.date, x.outcome])).toEqual([
    ['2026-11-27', null],
  ]);
});

test('hearings:record-outcome failing while closing the case keeps the pending next hearing', async () => {
  app = await makeUnlockedApp();
  const { mother, son } = await addPersonas(app);
  const c = await app.must('cases:create', habeas(mother.id, son.id));
  const h = await app.must('hearings:create', { caseId: c.id, date: '2026-11-27', purpose: 'Report of IGP Punjab' });
  await app.must('hearings:record-outcome', { hearingId: h.id, outcome: 'adjourned', nextDate: '2026-12-04' });
  abortWhen('fail_close', "BEFORE UPDATE OF status ON cases WHEN NEW.status = 'disposed'");
  await expectRefusedUnchanged('hearings:record-outcome', { hearingId: h.id, outcome: 'disposed' });
  const detail = await app.must('cases:get', { id: c.id });
  expect(detail.status).toBe('active');
  expect(detail.hearings.map((x) => [x.date, x.outcome])).toEqual([
    ['2026-11-27', 'adjourned'],
    ['2026-12-04', null],
  ]);
});

test('hearings:create failing while touching its case leaves no hearing', async () => {
  app = await makeUnlockedApp();
  const { journalist } = await addPersonas(app);
  const c = await app.must('cases:create', peca(journalist.id));
  abortWhen('fail_touch', 'BEFORE UPDATE ON cases');
  await expectRefusedUnchanged('hearings:create', { caseId: c.id, date: '2026-12-03', purpose: 'Bail arguments' });
  expect(countRows(app, 'hearings')).toBe(0);
});
