import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows, snapshotDb } from '../support/disk';
import { caseData } from '../support/factories';
import {
  commissionHearing,
  firApplication,
  HABEAS_NUMBER,
  lastSeen,
  naheed,
  productionOrder,
  seedDisappearance,
} from '../support/disappearance-fixture';

/*
 * The enforced-disappearance track (issue 10, part B): the record, its linked cases (the habeas
 * petition and the Commission complaint) with their next dates, days missing counted with a
 * fixed clock, and production orders whose dates become deadlines to act, on the dashboard.
 * Today: Friday 27 November 2026 in Pakistan (05:00 UTC is 10:00 PKT).
 */

let app: TestApp;
afterEach(() => app?.cleanup());

const UNKNOWN = '6f1c2a4e-0000-4000-8000-00000000dead';

const family = async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const client = await app.must('clients:create', naheed);
  const record = await app.must('disappearances:save', { data: lastSeen(client.id) });
  return { client, record };
};

const withHabeas = async () => {
  const f = await family();
  const linked = await app.must('disappearances:create-case', {
    recordId: f.record.id,
    role: 'habeas',
    forumId: 'seed:bhc',
    caseNumber: HABEAS_NUMBER,
  });
  const habeas = linked.cases[0];
  if (!habeas) throw new Error('no habeas case');
  return { ...f, habeasId: habeas.caseId };
};

describe('a disappearance record', () => {
  test('counts the days missing from the day last seen to today, and stops at the outcome', async () => {
    const { record, client } = await family();
    // 14 October to 27 November 2026.
    expect(record.daysMissing).toBe(44);
    expect(record).toMatchObject({
      clientId: client.id,
      outcome: 'still_missing',
      lastSeenPlace: lastSeen('').lastSeenPlace,
    });

    app.setToday('2026-12-31T19:30:00.000Z'); // 1 January 2027, 00:30 in Pakistan
    expect((await app.must('disappearances:get', { id: record.id })).daysMissing).toBe(79);

    const traced = await app.must('disappearances:save', {
      id: record.id,
      data: {
        ...lastSeen(client.id),
        outcome: 'produced_in_case',
        outcomeDate: '2026-12-02',
        outcomeNote: 'Shown arrested in FIR 45/2026, PS CTD Quetta',
      },
    });
    expect(traced.daysMissing).toBe(49);
    app.setToday('2027-03-01T05:00:00.000Z');
    expect((await app.must('disappearances:get', { id: record.id })).daysMissing).toBe(49);
    expect(await app.must('disappearances:list', { clientId: client.id })).toEqual([
      expect.objectContaining({ id: record.id, daysMissing: 49, outcome: 'produced_in_case' }),
    ]);
  });

  test('refuses a last-seen date after today, an outcome without its date, and an unknown client', async () => {
    const { client } = await family();
    const future = await app.call('disappearances:save', {
      data: { ...lastSeen(client.id), lastSeenDate: '2026-11-28' },
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { lastSeenDate: expect.any(String) } },
    });
    const noDate = await app.call('disappearances:save', { data: { ...lastSeen(client.id), outcome: 'released' } });
    expect(noDate).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'data.outcomeDate': expect.any(String) } },
    });
    const nobody = await app.call('disappearances:save', { data: lastSeen(UNKNOWN) });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('keeps steps, sittings and the contact log in date order', async () => {
    const { record } = await family();
    await app.must('disappearances:save-entry', { data: commissionHearing(record.id) });
    await app.must('disappearances:save-entry', { data: firApplication(record.id) });
    const r = await app.must('disappearances:save-entry', {
      data: {
        recordId: record.id,
        kind: 'contact',
        date: '2026-11-26',
        person: 'Hameeda Bibi',
        note: 'Told her of the order of 10 November',
      },
    });
    expect(r.entries.map((e) => [e.kind, e.date])).toEqual([
      ['fir_application', '2026-10-15'],
      ['contact', '2026-11-26'],
      ['commission_hearing', '2026-12-03'],
    ]);
    // A step taken cannot be dated in the future; a Commission hearing can be fixed ahead.
    const ahead = await app.call('disappearances:save-entry', {
      data: { ...firApplication(record.id), date: '2026-12-01' },
    });
    expect(ahead).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: expect.any(String) } } });
    const gone = await app.must('disappearances:delete-entry', { id: r.entries[1]?.id ?? '' });
    expect(gone.entries.map((e) => e.kind)).toEqual(['fir_application', 'commission_hearing']);
  });
});

describe('linked cases', () => {
  test('the habeas case is created in the diary from the record, with the client as detenu, and shows its next date', async () => {
    const { record, client, habeasId } = await withHabeas();
    const c = await app.must('cases:get', { id: habeasId });
    expect(c).toMatchObject({
      caseType: 'habeas_corpus',
      caseNumber: HABEAS_NUMBER,
      forumName: 'Balochistan High Court',
    });
    expect(c.parties).toEqual([expect.objectContaining({ clientId: client.id, role: 'detenu' })]);
    // A sensitive client's derived title carries the codename.
    expect(c.title).toContain('Saffron');
    expect(c.title).not.toContain('Naheed');

    await app.must('hearings:create', {
      caseId: habeasId,
      date: '2026-11-20',
      courtId: 'seed:bhc',
      purpose: 'Report of the Home Department',
    });
    await app.must('hearings:create', {
      caseId: habeasId,
      date: '2026-12-08',
      time: '09:00',
      courtId: 'seed:bhc',
      purpose: 'Compliance of the production order',
    });
    const r = await app.must('disappearances:get', { id: record.id });
    expect(r.cases).toEqual([
      expect.objectContaining({
        caseId: habeasId,
        role: 'habeas',
        nextHearingDate: '2026-12-08',
        nextHearingPurpose: 'Compliance of the production order',
      }),
    ]);
  });

  test('links an existing Commission complaint, shows both tracks, and unlinks it again', async () => {
    const { record, client, habeasId } = await withHabeas();
    const complaint = await app.must(
      'cases:create',
      caseData([client.id], {
        caseType: 'commission_complaint',
        forumId: 'seed:coied',
        caseNumber: 'CoIoED Case No. 9021/2026',
        firNumber: null,
        firDate: null,
        offences: [],
        custodyStatus: 'unknown',
        arrestDate: null,
        parties: [{ clientId: client.id, role: 'detenu' }],
      }),
    );
    await app.must('hearings:create', {
      caseId: complaint.id,
      date: '2026-12-03',
      courtId: 'seed:coied',
      purpose: 'Hearing at Quetta',
    });
    const both = await app.must('disappearances:link-case', {
      recordId: record.id,
      caseId: complaint.id,
      role: 'commission',
    });
    expect(both.cases.map((c) => [c.role, c.caseId, c.nextHearingDate])).toEqual([
      ['habeas', habeasId, null],
      ['commission', complaint.id, '2026-12-03'],
    ]);
    // Each case finds the record it pursues (its page links back).
    expect((await app.must('disappearances:list', { caseId: complaint.id })).map((r) => r.id)).toEqual([record.id]);
    const one = await app.must('disappearances:unlink-case', { recordId: record.id, caseId: complaint.id });
    expect(await app.must('disappearances:list', { caseId: complaint.id })).toEqual([]);
    expect(one.cases.map((c) => c.caseId)).toEqual([habeasId]);
    // The case itself stays in the diary.
    expect((await app.must('cases:get', { id: complaint.id })).id).toBe(complaint.id);
    expect(await app.call('disappearances:unlink-case', { recordId: record.id, caseId: complaint.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('production orders', () => {
  test('an order sets a deadline on its date; not obeyed by then, it is overdue on the dashboard with its working', async () => {
    const { record, habeasId } = await withHabeas();
    app.setToday('2026-11-12T05:00:00.000Z');
    const r = await app.must('disappearances:save-order', { data: productionOrder(record.id, habeasId) });
    const order = r.orders[0];
    expect(order?.deadline).toMatchObject({ dueDate: '2026-11-24', status: 'open', caseId: habeasId });
    let dash = await app.must('deadlines:dashboard', {});
    expect(dash.next30.map((d) => d.id)).toContain(order?.deadline?.id);
    expect(dash.overdue).toEqual([]);

    app.setToday('2026-11-27T05:00:00.000Z');
    dash = await app.must('deadlines:dashboard', {});
    const overdue = dash.overdue.find((d) => d.id === order?.deadline?.id);
    expect(overdue).toMatchObject({
      dueDate: '2026-11-24',
      caseNumber: HABEAS_NUMBER,
      title: 'Production order not obeyed: act',
    });
    // The list shows the statute and section; the working comes when the item is opened.
    expect(overdue).toMatchObject({ statute: 'Constitution Art. 199(1)(b)(i); CrPC', section: 's.491' });
    const working = await app.must('deadlines:working', { id: order?.deadline?.id ?? '' });
    expect(working.steps.join(' ')).toContain(
      'ordered on 10.11.2026 that the missing person be produced by 24.11.2026',
    );
    expect(working).toMatchObject({
      statute: 'Constitution Art. 199(1)(b)(i); CrPC',
      section: 's.491',
      trigger: { date: '2026-11-10' },
    });
    // The habeas case's own deadlines list it too.
    const forCase = await app.must('deadlines:for-case', { caseId: habeasId });
    expect(forCase.deadlines.map((d) => d.id)).toContain(order?.deadline?.id);

    // Recorded as not obeyed: the title says to act.
    const notObeyed = await app.must('disappearances:save-order', {
      id: order?.id,
      data: productionOrder(record.id, habeasId, { status: 'not_obeyed' }),
    });
    expect(notObeyed.orders[0]?.deadline).toMatchObject({ title: 'Production order not obeyed: act', status: 'open' });
  });

  test('a changed date moves the deadline; obeyed closes it; taken back, it opens again', async () => {
    const { record, habeasId } = await withHabeas();
    const first = await app.must('disappearances:save-order', {
      data: productionOrder(record.id, habeasId, { produceBy: '2026-12-01' }),
    });
    const id = first.orders[0]?.id ?? '';
    const deadlineId = first.orders[0]?.deadline?.id;
    const moved = await app.must('disappearances:save-order', {
      id,
      data: productionOrder(record.id, habeasId, { produceBy: '2026-12-04' }),
    });
    expect(moved.orders[0]?.deadline).toMatchObject({ id: deadlineId, dueDate: '2026-12-04', status: 'open' });

    const obeyed = await app.must('disappearances:save-order', {
      id,
      data: productionOrder(record.id, habeasId, { produceBy: '2026-12-04', status: 'obeyed', obeyedOn: '2026-11-26' }),
    });
    expect(obeyed.orders[0]?.deadline).toMatchObject({
      id: deadlineId,
      status: 'completed',
      statusNote: 'Produced on 26.11.2026',
    });
    const dash = await app.must('deadlines:dashboard', {});
    expect([...dash.overdue, ...dash.dueToday, ...dash.next7, ...dash.next30].map((d) => d.id)).not.toContain(
      deadlineId,
    );

    const back = await app.must('disappearances:save-order', {
      id,
      data: productionOrder(record.id, habeasId, { produceBy: '2026-12-04' }),
    });
    expect(back.orders[0]?.deadline).toMatchObject({ id: deadlineId, status: 'open', statusNote: null });
  });

  test('the lawyer can dismiss the deadline from the dashboard; it stays dismissed while the order is pending', async () => {
    const { record, habeasId } = await withHabeas();
    const r = await app.must('disappearances:save-order', { data: productionOrder(record.id, habeasId) });
    const deadlineId = r.orders[0]?.deadline?.id ?? '';
    const done = await app.must('deadlines:set-status', {
      id: deadlineId,
      status: 'completed',
      note: 'Contempt application filed, C.M.A. 77/2026',
    });
    expect(done).toMatchObject({ id: deadlineId, status: 'completed', ruleId: 'production-order' });
    const again = await app.must('disappearances:save-order', {
      id: r.orders[0]?.id,
      data: productionOrder(record.id, habeasId, { note: 'Second notice issued' }),
    });
    expect(again.orders[0]?.deadline).toMatchObject({
      status: 'completed',
      statusNote: 'Contempt application filed, C.M.A. 77/2026',
    });
  });

  test('dismissed for one date, the deadline opens again when the court fixes a new date to produce by', async () => {
    const { record, habeasId } = await withHabeas();
    const r = await app.must('disappearances:save-order', { data: productionOrder(record.id, habeasId) });
    const deadlineId = r.orders[0]?.deadline?.id ?? '';
    await app.must('deadlines:set-status', { id: deadlineId, status: 'dismissed', note: 'Order recalled' });
    const moved = await app.must('disappearances:save-order', {
      id: r.orders[0]?.id,
      data: productionOrder(record.id, habeasId, { produceBy: '2026-12-08' }),
    });
    expect(moved.orders[0]?.deadline).toMatchObject({ id: deadlineId, status: 'open', dueDate: '2026-12-08' });
  });

  test('an order of the Commission counts under the Commissions of Inquiry Act; its case is opened in the Commission by default', async () => {
    const { record } = await family();
    const r = await app.must('disappearances:create-case', {
      recordId: record.id,
      role: 'commission',
      caseNumber: 'CoIoED Case No. 9021/2026',
    });
    const complaint = r.cases[0];
    expect(complaint).toMatchObject({
      role: 'commission',
      forumName: 'Commission of Inquiry on Enforced Disappearances',
    });
    const withOrder = await app.must('disappearances:save-order', {
      data: productionOrder(record.id, complaint?.caseId ?? '', {
        court: 'Commission of Inquiry on Enforced Disappearances',
      }),
    });
    expect(withOrder.orders[0]?.deadline?.explanation).toMatchObject({
      statute: 'Pakistan Commissions of Inquiry Act 1956;',
      section: 'SRO 149(I)/2011',
    });
    expect(withOrder.orders[0]?.deadline?.explanation.steps[1]).toContain('move the Commission at once');
  });

  test('an order must be made in a linked case, and that case cannot be unlinked while it holds the order', async () => {
    const { record, client, habeasId } = await withHabeas();
    const other = await app.must('cases:create', caseData([client.id]));
    const r = await app.call('disappearances:save-order', { data: productionOrder(record.id, other.id) });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { caseId: expect.any(String) } } });
    const bad = await app.call('disappearances:save-order', {
      data: productionOrder(record.id, habeasId, { produceBy: '2026-11-01' }),
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await app.must('disappearances:save-order', { data: productionOrder(record.id, habeasId) });
    expect(await app.call('disappearances:unlink-case', { recordId: record.id, caseId: habeasId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('deleting a record opened by mistake', () => {
  /** The record with both cases, a step, an order and its deadline, the mother's consent and an appeal. */
  const seeded = async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const ids = await seedDisappearance(app);
    await app.must('hearings:create', {
      caseId: ids.habeasCaseId,
      date: '2026-12-08',
      courtId: 'seed:bhc',
      purpose: 'Compliance of the production order',
    });
    return ids;
  };
  const rowsOf = (sql: string, id: string) => (app.vault.db.$client.prepare(sql).get(id) as { n: number }).n;

  test('refuses while an appeal drafted from it is not confirmed, naming the appeal, and changes nothing', async () => {
    const ids = await seeded();
    const before = snapshotDb(app);
    const r = await app.call('disappearances:delete', { id: ids.disappearanceId });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!r.ok && r.error.message).toMatch(/1 appeal draft\(s\) were drafted from this record: "[^"]+"/);
    expect(snapshotDb(app)).toEqual(before);
  });

  test('removes the record, its entries, orders, deadlines, links and appeals; keeps the cases, hearings and consent', async () => {
    const ids = await seeded();
    const orderDeadline = (await app.must('disappearances:get', { id: ids.disappearanceId })).orders[0]?.deadline?.id;
    expect(orderDeadline).toBeTruthy();
    await app.must('profile:update', { name: 'Jalila Haider' });
    const gone = await app.must('disappearances:delete', { id: ids.disappearanceId, deleteAppeals: true });
    expect(gone).toEqual({ id: ids.disappearanceId });

    expect(await app.call('disappearances:get', { id: ids.disappearanceId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await app.must('disappearances:list', { clientId: ids.missingClientId })).toEqual([]);
    for (const table of [
      'disappearances',
      'disappearance_entries',
      'disappearance_cases',
      'production_orders',
      'production_deadlines',
      'appeal_drafts',
    ]) {
      expect(countRows(app, table), table).toBe(0);
    }
    expect(rowsOf('SELECT count(*) AS n FROM petition_drafts WHERE id = ?', ids.appealDraftId)).toBe(0);
    expect(rowsOf('SELECT count(*) AS n FROM petition_versions WHERE draft_id = ?', ids.appealDraftId)).toBe(0);

    // Both cases stay in the diary, the habeas case with its hearing; no deadline of the order is left.
    const habeas = await app.must('cases:get', { id: ids.habeasCaseId });
    expect(habeas.caseNumber).toBe(HABEAS_NUMBER);
    expect((await app.must('cases:get', { id: ids.commissionCaseId })).id).toBe(ids.commissionCaseId);
    expect(rowsOf('SELECT count(*) AS n FROM hearings WHERE case_id = ?', ids.habeasCaseId)).toBe(1);
    expect(await app.must('disappearances:list', { caseId: ids.habeasCaseId })).toEqual([]);
    const forCase = await app.must('deadlines:for-case', { caseId: ids.habeasCaseId });
    expect(forCase.deadlines.map((d) => d.id)).not.toContain(orderDeadline);
    // The client and the family's consent belong to the client, not to the record.
    expect((await app.must('clients:get', { id: ids.missingClientId })).id).toBe(ids.missingClientId);
    expect((await app.must('consents:list', { clientId: ids.missingClientId })).map((c) => c.id)).toEqual([
      ids.consentId,
    ]);

    // The audit log keeps that each row was deleted, and by whom; the chain still holds.
    const deletes = (await app.must('audit:list', { limit: 500 })).filter((e) => e.op === 'delete');
    const deleted = (table: string) => deletes.filter((e) => e.table === table).map((e) => e.recordId);
    expect(deleted('disappearances')).toEqual([ids.disappearanceId]);
    expect(deleted('disappearance_entries')).toEqual([ids.entryId]);
    expect(deleted('production_orders')).toEqual([ids.orderId]);
    expect(deleted('production_deadlines')).toEqual([orderDeadline]);
    expect(deleted('disappearance_cases').sort()).toEqual(
      [`${ids.disappearanceId}/${ids.habeasCaseId}`, `${ids.disappearanceId}/${ids.commissionCaseId}`].sort(),
    );
    expect(deleted('appeal_drafts')).toEqual([ids.appealDraftId]);
    expect(deleted('petition_drafts')).toEqual([ids.appealDraftId]);
    expect(deletes.find((e) => e.table === 'appeal_drafts')?.caseId).toBe(ids.habeasCaseId);
    expect(new Set(deletes.map((e) => e.actor))).toEqual(new Set(['Jalila Haider']));
    expect(await app.must('audit:verify', {})).toMatchObject({ ok: true, firstBroken: null });
  });

  test('a record with nothing drafted from it is deleted without further confirmation', async () => {
    const { record, client } = await family();
    await app.must('disappearances:save-entry', { data: firApplication(record.id) });
    expect(await app.must('disappearances:delete', { id: record.id })).toEqual({ id: record.id });
    expect(await app.must('disappearances:list', { clientId: client.id })).toEqual([]);
    expect(countRows(app, 'disappearance_entries')).toBe(0);
  });

  test('an unknown record is NOT_FOUND, and a record deleted twice too', async () => {
    const { record } = await family();
    expect(await app.call('disappearances:delete', { id: UNKNOWN })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/disappearance record/i) },
    });
    await app.must('disappearances:delete', { id: record.id });
    expect(await app.call('disappearances:delete', { id: record.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('failing at its last step (the record itself) leaves every entry, order, link and appeal in place', async () => {
    const ids = await seeded();
    app.vault.db.$client.exec(
      "CREATE TRIGGER fail_record BEFORE DELETE ON disappearances BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    );
    const before = snapshotDb(app);
    const r = await app.call('disappearances:delete', { id: ids.disappearanceId, deleteAppeals: true });
    expect(r.ok).toBe(false);
    expect(snapshotDb(app)).toEqual(before);
    app.vault.db.$client.exec('DROP TRIGGER fail_record');
    const still = await app.must('disappearances:get', { id: ids.disappearanceId });
    expect([still.entries.length, still.orders.length, still.cases.length, still.appeals.length]).toEqual([1, 1, 2, 1]);
  });
});
