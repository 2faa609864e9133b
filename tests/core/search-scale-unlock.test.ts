import { afterEach, describe, expect, test } from 'vitest';
import { refreshDeadlinesAtUnlock } from '../../electron/core/repos/deadline-refresh';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { addPersonas, ahmadiFir, peca } from '../support/personas';

/* Issue 8: the deadline recomputation at unlock, cheap at scale but still right. */

let app: TestApp;
afterEach(() => app?.cleanup());

const setup = async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const p = await addPersonas(app);
  const custody = await app.must('cases:create', peca(p.journalist.id)); // in custody since 2026-10-03
  const free = await app.must('cases:create', ahmadiFir(p.ahmadi.id)); // not arrested
  return { custody, free };
};
const refresh = (today: string) => {
  const db = app.vault.db;
  return db.transaction(() => refreshDeadlinesAtUnlock(db, today, `${today}T05:00:00.000Z`));
};

describe('deadlines at unlock', () => {
  test('the same day with the same rules recomputes nothing', async () => {
    await setup();
    expect(refresh('2026-11-27')).toBe('none');
  });

  test('a new day recomputes the cases in custody only, when every recurring rule needs custody', async () => {
    await setup();
    expect(refresh('2026-11-28')).toBe('custody');
    expect(refresh('2026-11-28')).toBe('none');
  });

  test('a rule changed behind the app (a migration) recomputes every case, once', async () => {
    await setup();
    app.vault.db.$client.prepare("UPDATE legal_rules SET period = period + 1 WHERE id = 'statutory-bail-1y'").run();
    expect(refresh('2026-11-27')).toBe('all');
    expect(refresh('2026-11-27')).toBe('none');
  });

  test('a recurring rule that applies out of custody makes a new day recompute every case', async () => {
    await setup();
    app.vault.db.$client
      .prepare("UPDATE legal_rules SET conditions = '{\"capital\":false}' WHERE id = 'statutory-bail-1y'")
      .run();
    expect(refresh('2026-11-27')).toBe('all');
    expect(refresh('2026-11-28')).toBe('all');
  });

  test("a year on, the custody case's next statutory-bail occurrence appears at unlock, without a save", async () => {
    const { custody } = await setup();
    const before = (await app.must('deadlines:for-case', { caseId: custody.id })).deadlines.filter(
      (d) => d.ruleId === 'statutory-bail-1y',
    );
    await app.must('vault:lock', {});
    app.setToday('2027-11-01T05:00:00.000Z');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const after = (await app.must('deadlines:for-case', { caseId: custody.id })).deadlines.filter(
      (d) => d.ruleId === 'statutory-bail-1y',
    );
    expect(after.length).toBe(before.length + 1);
  });
});
