import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaseSummaryReport, ClientDossier } from '../../electron/shared/report-schemas';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { AYESHA, AYESHA_SENSITIVE, LEAKY_ORDER, seedReportsCaseload } from '../support/reports-fixture';

/*
 * The printed case summary and client dossier, as the print views receive them: what a lawyer
 * needs before a hearing, and, redacted, nothing that identifies the client. Today: Friday
 * 27 November 2026.
 */

let app: TestApp;
let fx: Awaited<ReturnType<typeof seedReportsCaseload>>;

beforeAll(async () => {
  app = await makeUnlockedApp();
  fx = await seedReportsCaseload(app.must);
});
afterAll(() => app.cleanup());

const summary = (caseId: string, redacted?: boolean) =>
  app.must(
    'reports:case-summary',
    redacted === undefined ? { caseId } : { caseId, redacted },
  ) as Promise<CaseSummaryReport>;
const dossier = (clientId: string, redacted?: boolean) =>
  app.must(
    'reports:client-dossier',
    redacted === undefined ? { clientId } : { clientId, redacted },
  ) as Promise<ClientDossier>;

/** Every string anywhere in the data, as the page would print it. */
const textOf = (value: unknown): string => JSON.stringify(value);

describe("Ayesha's case summary (sensitive, high risk)", () => {
  test('is redacted unless the lawyer asks otherwise', async () => {
    const s = await summary(fx.cases.a.id);
    expect(s.redacted).toBe(true);
    expect(s.redactedByDefault).toBe(true);
  });

  test('redacted: no name, Urdu name, CNIC, phone, address or family detail anywhere, even in the short order', async () => {
    const s = await summary(fx.cases.a.id, true);
    const text = textOf(s);
    for (const secret of AYESHA_SENSITIVE) expect(text, secret).not.toContain(secret);
    expect(s.parties).toEqual([
      expect.objectContaining({
        label: 'Falcon',
        withheld: true,
        nameUr: null,
        cnic: null,
        phone: null,
        address: null,
        guardianRelation: null,
        guardianName: null,
        contactPerson: null,
      }),
    ]);
    expect(s.title).toBe('Falcon — Crl. Misc. No. 1412-B of 2026');
    const order = s.lastHearings.at(-1)?.shortOrder;
    expect(order).toBe(
      'Arguments of counsel for Falcon heard; her brother withheld (withheld) present as surety. Adjourned.',
    );
    expect(s.lastHearings.at(-1)?.purpose).toBe('Bail of Ms Falcon (CNIC withheld): arguments');
  });

  test('not redacted when the lawyer turns it off: every field is there (so the check above can fail)', async () => {
    const s = await summary(fx.cases.a.id, false);
    const text = textOf(s);
    for (const value of Object.values(AYESHA)) expect(text, value).toContain(value);
    expect(s.lastHearings.at(-1)?.shortOrder).toBe(LEAKY_ORDER);
    expect(s.parties[0]).toMatchObject({ label: 'Ayesha Siddiqa', guardianRelation: 'daughter_of', withheld: false });
  });

  test('FIR particulars, offences in words, forum, custody and its next milestone', async () => {
    const s = await summary(fx.cases.a.id);
    expect(s.fir).toEqual({
      number: '112/2026',
      date: '2026-10-02',
      policeStation: null,
      district: 'Islamabad',
      agency: 'fia_nccia',
    });
    expect(s.offences.map((o) => o.label)).toEqual([
      'PECA s.26-A: false and fake information',
      'PPC s.505: statements conducing to public mischief',
    ]);
    expect(s.offences.every((o) => o.source?.includes('pakistan-law.md §6'))).toBe(true);
    expect([s.forum, s.forumType, s.caseNumber, s.stage]).toEqual([
      'Islamabad High Court',
      'high_court',
      'Crl. Misc. No. 1412-B of 2026',
      'Arguments on bail',
    ]);
    // 3 October to 27 November: 55 days. Statutory bail (CrPC 497 third proviso) one year from arrest.
    expect(s.custody).toEqual({
      status: 'in_custody',
      arrestDate: '2026-10-03',
      arrestTime: null,
      releaseDate: null,
      days: 55,
      capitalCharge: false,
      nextMilestone: {
        title: 'Statutory bail for delay ripens (offence not punishable with death)',
        dueDate: '2027-10-03',
        source: 'CrPC s.497(1) third proviso',
      },
    });
  });

  test('the last three hearings with outcome and order, the next date, bail across forums, counsel', async () => {
    const s = await summary(fx.cases.a.id, false);
    expect(s.lastHearings.map((h) => [h.date, h.forum, h.outcome])).toEqual([
      ['2026-10-20', 'Court of Sessions Judge, Islamabad (West)', 'bail_dismissed'],
      ['2026-11-05', 'Islamabad High Court', 'adjourned'],
      ['2026-11-20', 'Islamabad High Court', 'adjourned'],
    ]);
    expect(s.lastHearings[0]?.shortOrder).toBe('Bail refused: the post is said to have caused unrest');
    expect(s.nextDate).toMatchObject({
      date: '2026-11-30',
      time: '09:30',
      purpose: 'Report of NCCIA; arguments on bail',
    });
    expect(s.unrecorded).toBe(0);
    expect(s.bail.map((b) => [b.forum, b.status, b.filingDate, b.orderDate, b.escalatedFromId !== null])).toEqual([
      ['Court of Sessions Judge, Islamabad (West)', 'dismissed', '2026-10-10', '2026-10-20', false],
      ['Islamabad High Court', 'filed', '2026-10-25', null, true],
    ]);
    expect(s.counsel).toEqual({
      team: ['Imaan Hazir', 'Usman Warraich'],
      prosecutor: 'State counsel, NCCIA',
      opposingCounsel: null,
    });
    expect(s.printedOn).toBe('2026-11-27');
  });

  test('open deadlines, those past their date marked overdue', async () => {
    const s = await summary(fx.cases.a.id);
    expect(s.openDeadlines.length).toBeGreaterThan(0);
    for (const d of s.openDeadlines) expect(d.overdue).toBe(d.dueDate < '2026-11-27');
    expect(s.openDeadlines.map((d) => d.title)).toContain(
      'Statutory bail for delay ripens (offence not punishable with death)',
    );
  });
});

describe('other clients', () => {
  test('a low-risk client who is not sensitive is named by default', async () => {
    const s = await summary(fx.cases.b.id);
    expect(s.redactedByDefault).toBe(false);
    expect(s.parties[0]?.label).toBe('Baba Jan Hunzai');
    // ATC refused, the LHC Rawalpindi Bench granted on 15 May; 1 March to release on 16 May: 76 days.
    expect(s.bail.map((b) => [b.forumType, b.status, b.orderDate])).toEqual([
      ['atc', 'dismissed', '2026-03-20'],
      ['high_court', 'granted', '2026-05-15'],
    ]);
    expect(s.custody.days).toBe(76);
    expect(s.offences.map((o) => o.label)).toEqual([
      'ATA s.7: acts of terrorism',
      'PPC s.505: statements conducing to public mischief',
    ]);
  });

  test('a critical-risk client without a codename is "Client A" when redacted', async () => {
    const s = await summary(fx.cases.d.id);
    expect(s.redacted).toBe(true);
    expect(s.parties[0]?.label).toBe('Client A');
    expect(textOf(s)).not.toMatch(/\bNaseer\b|\bAhmad\b|35201/);
    expect(s.offences.map((o) => o.label)).toEqual([
      'PPC s.295-C: derogatory remarks in respect of the Holy Prophet',
      'PPC s.298C: an Ahmadi calling himself a Muslim, or preaching or propagating his faith',
    ]);
    expect(s.custody).toMatchObject({ days: 470, capitalCharge: true });
  });

  test('an unknown case is NOT_FOUND', async () => {
    const r = await app.call('reports:case-summary', { caseId: '6f1c2a4e-0000-4000-8000-00000000dead' });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  });
});

describe('client dossiers', () => {
  test('Idris: his cases across forums, not the archived one, with one list of what comes next', async () => {
    const d = await dossier(fx.clients.idris.id);
    expect(d.redactedByDefault).toBe(false);
    expect(d.person.label).toBe('Idris Khattak');
    // Active first, K (next date 10 December) before F (none fixed), then G, disposed.
    expect(d.cases.map((c) => [c.caseNumber, c.status, c.forum])).toEqual([
      ['Crl. Misc. No. 2210-M of 2026', 'active', 'Islamabad High Court'],
      ['B.A. No. 1190/2026', 'active', 'Court of Sessions Judge, Islamabad (West)'],
      ['Case No. 12/2025', 'disposed', 'Court of Sessions Judge, Islamabad (West)'],
    ]);
    expect(d.upcoming.map((u) => [u.date, u.kind, u.what])).toEqual([
      ['2026-12-10', 'hearing', 'Arguments on quashment'],
    ]);
    expect(d.cases[1]?.bail).toMatchObject({ kind: 'crpc_498', status: 'confirmed', orderDate: '2026-06-15' });
    expect(d.cases[2]?.offences.map((o) => o.label)).toEqual(['PPC s.506']);
  });

  test("Ayesha's dossier: redacted by default, with the next dates of her case in date order", async () => {
    const d = await dossier(fx.clients.ayesha.id);
    expect(d.redacted).toBe(true);
    for (const secret of AYESHA_SENSITIVE) expect(textOf(d), secret).not.toContain(secret);
    expect(d.cases.map((c) => c.title)).toEqual(['Crl. Misc. No. 1412-B of 2026']);
    expect(d.cases[0]).toMatchObject({ daysInCustody: 55, nextDate: { date: '2026-11-30' } });
    const dates = d.upcoming.map((u) => u.date);
    expect(dates).toEqual([...dates].sort());
    expect(d.upcoming[0]).toMatchObject({
      date: '2026-11-30',
      kind: 'hearing',
      caseRef: 'Crl. Misc. No. 1412-B of 2026',
    });
    expect(d.upcoming.some((u) => u.kind === 'deadline' && u.date === '2027-10-03')).toBe(true);
  });

  test('Gulalai, redacted on request: the two Quetta cases, the disposed one last', async () => {
    const d = await dossier(fx.clients.gulalai.id, true);
    expect(d.redactedByDefault).toBe(false);
    expect(d.person).toMatchObject({ label: 'Client A', withheld: true });
    expect(textOf(d)).not.toMatch(/\bGulalai\b|\bIsmail\b/);
    expect(d.cases.map((c) => [c.caseNumber, c.status])).toEqual([
      ['Case No. 210/2026', 'active'],
      ['Case No. 51/2026', 'disposed'],
    ]);
  });
});
