import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaseloadReport } from '../../electron/shared/report-schemas';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { seedReportsCaseload } from '../support/reports-fixture';

/*
 * The caseload report on the fixture of tests/support/reports-fixture.ts, every number counted by
 * hand from the table there. Today: Friday 27 November 2026.
 */

let app: TestApp;

beforeAll(async () => {
  app = await makeUnlockedApp();
  await seedReportsCaseload(app.must);
});
afterAll(() => app.cleanup());

const report = (from: string, to: string, redacted = true) =>
  app.must('reports:caseload', { from, to, redacted }) as Promise<CaseloadReport>;

describe('the caseload report for 2026', () => {
  let r: CaseloadReport;
  beforeAll(async () => {
    r = await report('2026-01-01', '2026-12-31');
  });

  test('counts A, B, C, D, E, F, J and K: not G (disposed in 2025) nor H (archived)', () => {
    // Clients: Ayesha, Baba Jan, Rukhsana, Naseer, Gulalai (E and J), Idris (F and K).
    expect(r.totals).toEqual({ cases: 8, clients: 6, hearings: 14, bailPetitions: 8, inCustody: 2 });
    expect(r.asOf).toBe('2026-11-27');
  });

  test('by law: a case under two laws counts under each', () => {
    expect(Object.fromEntries(r.byLaw.map((x) => [x.group, x.cases]))).toEqual({
      peca: 2, // A (26-A), F (20)
      ata: 1, // B
      blasphemy: 1, // D (295-C, 298C written without the hyphen)
      sedition_505: 3, // A (505), B (505), J (124-A)
      mpo: 1, // E
      enforced_disappearance: 1, // C: habeas corpus, whereabouts unknown
      other: 1, // K (PPC 506)
    });
  });

  test('by forum, by stage (the same words in any case and spacing) and by district', () => {
    expect(r.byForum.map((x) => [x.forum, x.cases])).toEqual([
      ['Islamabad High Court', 2], // A, K
      ['Judicial Magistrate, Quetta', 2], // E, J
      ['Anti-Terrorism Court-I, Rawalpindi', 1], // B
      ['Court of Sessions Judge, Islamabad (West)', 1], // F
      ['Court of Sessions Judge, Lahore', 1], // D
      ['Lahore High Court, Rawalpindi Bench', 1], // C
    ]);
    expect(r.byStage.map((x) => [x.stage, x.cases])).toEqual([
      [null, 3], // C, E, K
      ['Arguments on bail', 2], // A, F ("arguments on  bail")
      ['Evidence', 2], // B, D ("Evidence ")
      ['Charge framed', 1], // J
    ]);
    expect(r.byDistrict.map((x) => [x.district, x.cases])).toEqual([
      ['Islamabad', 3], // A, F, K (Kohsar police station)
      ['Quetta', 2], // E, J
      ['Rawalpindi', 2], // B, C
      ['Lahore', 1], // D
    ]);
  });

  test('bail petitions filed in 2026 by forum, lowest rung first (D filed in 2025: not counted)', () => {
    const rows = r.bailByForum.map((x) => [x.forum, x.granted, x.dismissed, x.pending, x.withdrawn, x.total]);
    expect(rows).toEqual([
      ['Judicial Magistrate, Quetta', 2, 0, 0, 0, 2], // E, J
      ['Anti-Terrorism Court-I, Rawalpindi', 0, 1, 0, 0, 1], // B
      ['Court of Sessions Judge, Islamabad (West)', 1, 1, 0, 0, 2], // F confirmed, A dismissed
      ['Islamabad High Court', 0, 0, 1, 1, 2], // A pending, K withdrawn
      ['Lahore High Court, Rawalpindi Bench', 1, 0, 0, 0, 1], // B
    ]);
  });

  test('median days from arrest to bail: B 75 (1 Mar to 15 May), E 10 (2 Feb to 12 Feb): 42.5', () => {
    expect(r.arrestToBail).toEqual({
      median: 42.5,
      grants: 2,
      min: 10,
      max: 75,
      undated: 1, // J: granted, no order recorded
      noArrest: 0,
      days: [10, 75],
    });
  });

  test('clients in custody and for how long, longest first, by codename or number when redacted', () => {
    expect(r.custody).toEqual([
      { client: 'Client 1', cases: 'Sessions Case No. 88/2025', arrestDate: '2025-08-14', days: 470 },
      { client: 'Falcon', cases: 'Crl. Misc. No. 1412-B of 2026', arrestDate: '2026-10-03', days: 55 },
    ]);
    expect(r.custodyBands.filter((b) => b.clients > 0)).toEqual([
      { band: '31-90', clients: 1 },
      { band: 'over-365', clients: 1 },
    ]);
    expect(r.custodyBands.map((b) => b.band)).toEqual(['0-14', '15-30', '31-90', '91-180', '181-365', 'over-365']);
  });

  test('hearings per month up to today (30 Nov and 2 Dec are still ahead; H is archived)', () => {
    expect(r.hearingsByMonth.map((m) => [m.month.slice(5), m.hearings, m.adjourned])).toEqual([
      ['01', 1, 1],
      ['02', 0, 0],
      ['03', 2, 1],
      ['04', 1, 0],
      ['05', 1, 0],
      ['06', 2, 1],
      ['07', 1, 1],
      ['08', 0, 0],
      ['09', 2, 1],
      ['10', 1, 0],
      ['11', 3, 2],
      ['12', 0, 0],
    ]);
  });

  test('names appear only when the lawyer turns redaction off', async () => {
    const named = await report('2026-01-01', '2026-12-31', false);
    expect(named.custody.map((c) => c.client)).toEqual(['Naseer Ahmad', 'Ayesha Siddiqa']);
    expect(JSON.stringify(r)).not.toMatch(/Naseer|Ayesha|Siddiqa/);
  });
});

describe('the caseload report for January to June 2026', () => {
  test('cases begun by 30 June; custody counted to 30 June; grants ordered in the period', async () => {
    const r = await report('2026-01-01', '2026-06-30');
    // B, C (first hearing 10 June), D, E, F, J (FIR on 30 June); A and K began later.
    expect(r.totals).toEqual({ cases: 6, clients: 5, hearings: 7, bailPetitions: 4, inCustody: 1 });
    expect(r.asOf).toBe('2026-06-30');
    // Naseer: 14 Aug 2025 to 30 Jun 2026.
    expect(r.custody).toEqual([
      { client: 'Client 1', cases: 'Sessions Case No. 88/2025', arrestDate: '2025-08-14', days: 320 },
    ]);
    expect(r.arrestToBail).toMatchObject({ median: 42.5, grants: 2, undated: 0 });
    expect(r.byLaw.find((x) => x.group === 'peca')?.cases).toBe(1);
    expect(r.hearingsByMonth.map((m) => m.hearings)).toEqual([1, 0, 2, 1, 1, 2]);
  });

  test('a single month: one row, and nothing in it', async () => {
    const r = await report('2026-08-01', '2026-08-31');
    expect(r.hearingsByMonth).toEqual([{ month: '2026-08', hearings: 0, adjourned: 0 }]);
    expect(r.arrestToBail.median).toBeNull();
    expect(r.bailByForum).toEqual([]);
  });
});
