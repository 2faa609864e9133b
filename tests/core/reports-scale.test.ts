import { randomUUID } from 'node:crypto';
import { afterEach, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { makeClient } from '../support/factories';

/*
 * Issue 8: a national network's caseload is more cases than SQLite takes as parameters in one
 * statement (32,766). The caseload report read its parties, hearings and bail petitions by a list of
 * every case id, and failed there ("too many SQL variables"); it now reads them by a subquery.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

test('a caseload of 33,000 cases is reported, each case counted', async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const client = await makeClient(app, { fullName: 'Baba Jan Hunzai' });
  const db = app.vault.db.$client;
  const N = 33_000;
  const insertCase = db.prepare(`INSERT INTO cases (id, title, case_type, status, fir_number, fir_date, custody_status,
      created_at, updated_at) VALUES (?, ?, 'bail', 'active', ?, '2026-03-01', 'on_bail', ?, ?)`);
  const insertParty = db.prepare(
    `INSERT INTO case_parties (case_id, client_id, role, position) VALUES (?, ?, 'accused', 0)`,
  );
  const insertHearing = db.prepare(`INSERT INTO hearings (id, case_id, date, purpose, outcome, created_at, updated_at)
      VALUES (?, ?, '2026-06-10', 'Arguments', 'adjourned', ?, ?)`);
  db.transaction(() => {
    const at = '2026-03-01T05:00:00.000Z';
    for (let i = 0; i < N; i++) {
      const id = randomUUID();
      insertCase.run(id, `State v. Baba Jan Hunzai (${i})`, `${i}/2026`, at, at);
      insertParty.run(id, client.id);
      if (i % 10 === 0) insertHearing.run(randomUUID(), id, at, at);
    }
  })();
  const r = await app.call('reports:caseload', { from: '2026-01-01', to: '2026-11-27' });
  expect(r.ok ? 'ok' : r.error.message).toBe('ok');
  if (!r.ok) return;
  const report = r.value as { totals: { cases: number; clients: number; hearings: number } };
  expect(report.totals).toMatchObject({ cases: N, clients: 1, hearings: N / 10 });
}, 120_000);
