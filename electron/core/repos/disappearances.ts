import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { z } from 'zod';
import type {
  createLinkedCaseInput,
  DisappearanceDetail,
  disappearanceInput,
  entryInput,
  orderInput,
} from '../../shared/disappearance-schemas';
import { LINK_ROLES, type LinkRole } from '../../shared/disappearance-enums';
import type { Db } from '../db/client';
import { cases, clients, courts, hearings, petitionDrafts, petitionVersions } from '../db/schema';
import {
  appealDrafts,
  disappearanceCases,
  disappearanceEntries,
  disappearances,
  productionDeadlines,
  productionOrders,
} from '../db/schema/disappearances';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { HIGH_COURT_ID } from '../services/petitions/merge-format';
import { saveCase } from './cases';
import { listConsents } from './consents';
import { recomputeCase } from './deadlines';
import { orderDeadline, refreshOrderDeadline } from './production-deadlines';

type Row = typeof disappearances.$inferSelect;

/** Days missing: from the day last seen to today, or to the day it ended (traced, released, produced, found). */
export const daysMissing = (r: Pick<Row, 'lastSeenDate' | 'outcome' | 'outcomeDate'>, today: string): number => {
  const end = r.outcome !== 'still_missing' && r.outcomeDate ? r.outcomeDate : today;
  return Math.max(0, differenceInCalendarDays(parseISO(end), parseISO(r.lastSeenDate)));
};

const recordRow = (db: Db, id: string): Row =>
  must(db.select().from(disappearances).where(eq(disappearances.id, id)).get(), 'The disappearance record');

const clientOf = (db: Db, id: string) => must(db.select().from(clients).where(eq(clients.id, id)).get(), 'The client');

const notAfter = (date: string | null, today: string, field: string) => {
  if (date && date > today)
    throw new AppFailure('VALIDATION', `${field}: cannot be after today (${today})`, {
      [field]: `Cannot be after today (${today})`,
    });
};

export const listDisappearances = (
  db: Db,
  { clientId, caseId }: { clientId?: string | undefined; caseId?: string | undefined },
  today: string,
) => {
  if (clientId) clientOf(db, clientId);
  if (caseId) must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).get(), 'The case');
  const linkedTo = caseId
    ? inArray(
        disappearances.id,
        db
          .select({ id: disappearanceCases.recordId })
          .from(disappearanceCases)
          .where(eq(disappearanceCases.caseId, caseId)),
      )
    : undefined;
  return db
    .select({ r: disappearances, clientName: clients.fullName, codename: clients.codename })
    .from(disappearances)
    .innerJoin(clients, eq(clients.id, disappearances.clientId))
    .where(and(clientId ? eq(disappearances.clientId, clientId) : undefined, linkedTo))
    .orderBy(desc(disappearances.lastSeenDate))
    .all()
    .map(({ r, clientName, codename }) => ({
      id: r.id,
      clientId: r.clientId,
      clientName,
      codename,
      lastSeenDate: r.lastSeenDate,
      outcome: r.outcome,
      outcomeDate: r.outcomeDate,
      daysMissing: daysMissing(r, today),
    }));
};

/** The linked cases with their next hearing (the first unrecorded date from today). */
const linkedCases = (db: Db, recordId: string, today: string) => {
  const rows = db
    .select({
      caseId: cases.id,
      role: disappearanceCases.role,
      title: cases.title,
      caseType: cases.caseType,
      status: cases.status,
      caseNumber: cases.caseNumber,
      forumName: courts.name,
    })
    .from(disappearanceCases)
    .innerJoin(cases, eq(cases.id, disappearanceCases.caseId))
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .where(eq(disappearanceCases.recordId, recordId))
    .orderBy(asc(disappearanceCases.createdAt))
    .all();
  const next = new Map<string, { date: string; purpose: string }>();
  if (rows.length > 0) {
    for (const h of db
      .select({ caseId: hearings.caseId, date: hearings.date, purpose: hearings.purpose })
      .from(hearings)
      .where(
        and(
          inArray(
            hearings.caseId,
            rows.map((r) => r.caseId),
          ),
          isNull(hearings.outcome),
          gte(hearings.date, today),
        ),
      )
      .orderBy(asc(hearings.date), asc(hearings.time))
      .all()) {
      if (!next.has(h.caseId)) next.set(h.caseId, h);
    }
  }
  // Both tracks in a fixed order: the habeas petition, the Commission complaint, then the rest.
  rows.sort((a, b) => LINK_ROLES.indexOf(a.role) - LINK_ROLES.indexOf(b.role));
  return rows.map((r) => ({
    ...r,
    nextHearingDate: next.get(r.caseId)?.date ?? null,
    nextHearingPurpose: next.get(r.caseId)?.purpose ?? null,
  }));
};

const ordersOf = (db: Db, recordId: string) =>
  db
    .select({ o: productionOrders, caseTitle: cases.title })
    .from(productionOrders)
    .innerJoin(cases, eq(cases.id, productionOrders.caseId))
    .where(eq(productionOrders.recordId, recordId))
    .orderBy(asc(productionOrders.orderedOn))
    .all()
    .map(({ o, caseTitle }) => ({
      id: o.id,
      caseId: o.caseId,
      caseTitle,
      court: o.court,
      orderedOn: o.orderedOn,
      produceBy: o.produceBy,
      status: o.status,
      obeyedOn: o.obeyedOn,
      note: o.note,
      deadline: orderDeadline(db, o.id),
    }));

const appealsOf = (db: Db, recordId: string) =>
  db
    .select({
      draftId: appealDrafts.draftId,
      caseId: petitionDrafts.caseId,
      title: petitionDrafts.title,
      recipient: appealDrafts.recipient,
      organisation: appealDrafts.organisation,
      anonymised: appealDrafts.anonymised,
      updatedAt: petitionDrafts.updatedAt,
    })
    .from(appealDrafts)
    .innerJoin(petitionDrafts, eq(petitionDrafts.id, appealDrafts.draftId))
    .where(eq(appealDrafts.recordId, recordId))
    .orderBy(desc(petitionDrafts.updatedAt))
    .all();

export const getDisappearance = (db: Db, id: string, today: string): DisappearanceDetail => {
  const r = recordRow(db, id);
  const c = clientOf(db, r.clientId);
  return {
    ...r,
    clientName: c.fullName,
    codename: c.codename,
    daysMissing: daysMissing(r, today),
    client: {
      fullName: c.fullName,
      category: c.category,
      gender: c.gender,
      district: c.district,
      sensitive: c.sensitive,
    },
    today,
    cases: linkedCases(db, id, today),
    entries: db
      .select({
        id: disappearanceEntries.id,
        kind: disappearanceEntries.kind,
        date: disappearanceEntries.date,
        reference: disappearanceEntries.reference,
        person: disappearanceEntries.person,
        note: disappearanceEntries.note,
      })
      .from(disappearanceEntries)
      .where(eq(disappearanceEntries.recordId, id))
      .orderBy(asc(disappearanceEntries.date), asc(disappearanceEntries.createdAt))
      .all(),
    orders: ordersOf(db, id),
    consents: listConsents(db, r.clientId),
    appeals: appealsOf(db, id),
  };
};

const tx = <T>(db: Db, fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db));

export const saveDisappearance = (
  db: Db,
  id: string | null,
  data: z.output<typeof disappearanceInput>,
  today: string,
  now: string,
): DisappearanceDetail =>
  tx(db, (t) => {
    notAfter(data.lastSeenDate, today, 'lastSeenDate');
    notAfter(data.outcomeDate, today, 'outcomeDate');
    clientOf(t, data.clientId);
    if (id) {
      const current = recordRow(t, id);
      if (current.clientId !== data.clientId)
        throw new AppFailure('VALIDATION', 'A record cannot move to another client.', { clientId: 'Not this client' });
      t.update(disappearances)
        .set({ ...data, updatedAt: now })
        .where(eq(disappearances.id, id))
        .run();
    }
    const recordId = id ?? newId();
    if (!id)
      t.insert(disappearances)
        .values({ ...data, id: recordId, createdAt: now, updatedAt: now })
        .run();
    return getDisappearance(t, recordId, today);
  });

export const linkCase = (db: Db, recordId: string, caseId: string, role: LinkRole, today: string, now: string) =>
  tx(db, (t) => {
    recordRow(t, recordId);
    must(t.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).get(), 'The case');
    t.insert(disappearanceCases)
      .values({ recordId, caseId, role, createdAt: now })
      .onConflictDoUpdate({ target: [disappearanceCases.recordId, disappearanceCases.caseId], set: { role } })
      .run();
    return getDisappearance(t, recordId, today);
  });

export const unlinkCase = (db: Db, recordId: string, caseId: string, today: string) =>
  tx(db, (t) => {
    recordRow(t, recordId);
    const link = and(eq(disappearanceCases.recordId, recordId), eq(disappearanceCases.caseId, caseId));
    must(t.select({ id: disappearanceCases.caseId }).from(disappearanceCases).where(link).get(), 'The linked case');
    const orders = t
      .select({ id: productionOrders.id })
      .from(productionOrders)
      .where(and(eq(productionOrders.recordId, recordId), eq(productionOrders.caseId, caseId)))
      .all();
    if (orders.length > 0)
      throw new AppFailure('CONFLICT', 'Production orders were recorded in this case: it stays linked.', {
        caseId: 'Has production orders',
      });
    t.delete(disappearanceCases).where(link).run();
    return getDisappearance(t, recordId, today);
  });

const CASE_TYPE_OF = { habeas: 'habeas_corpus', commission: 'commission_complaint' } as const;

/** Opens the habeas petition or the Commission complaint in the diary and links it, in one transaction. */
export const createLinkedCase = (db: Db, input: z.output<typeof createLinkedCaseInput>, today: string, now: string) =>
  tx(db, (t) => {
    const r = recordRow(t, input.recordId);
    // No forum chosen: the habeas petition goes to the High Court of the client's province
    // (Art. 199 / s.491, pakistan-law.md §5.2), the complaint to the Commission.
    const province = clientOf(t, r.clientId).province;
    const forumId =
      input.forumId ?? (input.role === 'habeas' ? (province ? (HIGH_COURT_ID[province] ?? null) : null) : 'seed:coied');
    const caseId = saveCase(
      t,
      null,
      {
        title: input.title,
        caseType: CASE_TYPE_OF[input.role],
        stage: null,
        status: 'active',
        parties: [{ clientId: r.clientId, role: 'detenu' }],
        firNumber: null,
        firDate: null,
        policeStationId: null,
        firDistrict: r.lastSeenDistrict,
        investigatingAgency: null,
        offences: [],
        forumId,
        caseNumber: input.caseNumber,
        custodyStatus: 'unknown',
        arrestDate: null,
        arrestTime: null,
        releaseDate: null,
        capitalCharge: false,
        prosecutor: null,
        opposingCounsel: null,
        team: [],
      },
      now,
    );
    recomputeCase(t, caseId, today, now);
    t.insert(disappearanceCases).values({ recordId: r.id, caseId, role: input.role, createdAt: now }).run();
    return getDisappearance(t, r.id, today);
  });

export const saveEntry = (db: Db, id: string | null, data: z.output<typeof entryInput>, today: string, now: string) =>
  tx(db, (t) => {
    recordRow(t, data.recordId);
    // A Commission hearing or JIT sitting may be fixed ahead; a step taken or a contact cannot be in the future.
    if (data.kind !== 'commission_hearing' && data.kind !== 'jit_sitting') notAfter(data.date, today, 'date');
    const { recordId, ...values } = data;
    if (id) {
      const e = must(t.select().from(disappearanceEntries).where(eq(disappearanceEntries.id, id)).get(), 'The entry');
      if (e.recordId !== recordId) throw new AppFailure('NOT_FOUND', 'The entry was not found', { id: 'Not here' });
      t.update(disappearanceEntries)
        .set({ ...values, updatedAt: now })
        .where(eq(disappearanceEntries.id, id))
        .run();
    } else {
      t.insert(disappearanceEntries)
        .values({ ...values, recordId, id: newId(), createdAt: now, updatedAt: now })
        .run();
    }
    return getDisappearance(t, recordId, today);
  });

export const deleteEntry = (db: Db, id: string, today: string) =>
  tx(db, (t) => {
    const e = must(t.select().from(disappearanceEntries).where(eq(disappearanceEntries.id, id)).get(), 'The entry');
    t.delete(disappearanceEntries).where(eq(disappearanceEntries.id, id)).run();
    return getDisappearance(t, e.recordId, today);
  });

/** Saves a production order and recomputes its deadline in the same transaction. */
export const saveOrder = (db: Db, id: string | null, data: z.output<typeof orderInput>, today: string, now: string) =>
  tx(db, (t) => {
    recordRow(t, data.recordId);
    notAfter(data.orderedOn, today, 'orderedOn');
    notAfter(data.obeyedOn, today, 'obeyedOn');
    const linked = t
      .select({ id: disappearanceCases.caseId })
      .from(disappearanceCases)
      .where(and(eq(disappearanceCases.recordId, data.recordId), eq(disappearanceCases.caseId, data.caseId)))
      .get();
    if (!linked) {
      must(t.select({ id: cases.id }).from(cases).where(eq(cases.id, data.caseId)).get(), 'The case');
      throw new AppFailure('VALIDATION', 'The order must be made in a case linked to this record.', {
        caseId: 'Link the case first',
      });
    }
    let previous: (typeof productionOrders.$inferSelect)['status'] | null = null;
    const orderId = id ?? newId();
    if (id) {
      const o = must(t.select().from(productionOrders).where(eq(productionOrders.id, id)).get(), 'The order');
      if (o.recordId !== data.recordId)
        throw new AppFailure('NOT_FOUND', 'The order was not found', { id: 'Not here' });
      previous = o.status;
      t.update(productionOrders)
        .set({ ...data, updatedAt: now })
        .where(eq(productionOrders.id, id))
        .run();
    } else {
      t.insert(productionOrders)
        .values({ ...data, id: orderId, createdAt: now, updatedAt: now })
        .run();
    }
    refreshOrderDeadline(t, orderId, previous, now);
    return getDisappearance(t, data.recordId, today);
  });

/**
 * Deletes a record opened by mistake (a duplicate, the wrong person), in one transaction: its
 * dated entries, its production orders with the deadlines they set, and its links to cases. The
 * linked cases stay in the diary with their hearings, and the client's consents stay with the
 * client. Appeals drafted from the record are documents the lawyer may have sent: without
 * `deleteAppeals` the record is refused (CONFLICT, naming them); with it they go too, versions and
 * all. The audit log's triggers record every row removed, as for any other deletion.
 */
export const deleteDisappearance = (db: Db, id: string, deleteAppeals: boolean): { id: string } =>
  tx(db, (t) => {
    recordRow(t, id);
    const appeals = appealsOf(t, id);
    if (appeals.length > 0 && !deleteAppeals) {
      const titles = appeals.map((a) => `"${a.title}"`).join(', ');
      throw new AppFailure(
        'CONFLICT',
        `${appeals.length} appeal draft(s) were drafted from this record: ${titles}. ` +
          'Confirm that they are deleted with it, or keep the record.',
        { deleteAppeals: 'Appeals were drafted from this record' },
      );
    }
    const draftIds = appeals.map((a) => a.draftId);
    if (draftIds.length > 0) {
      // Children first, so each row's audit entry still finds the case it belonged to.
      t.delete(appealDrafts).where(inArray(appealDrafts.draftId, draftIds)).run();
      t.delete(petitionVersions).where(inArray(petitionVersions.draftId, draftIds)).run();
      t.delete(petitionDrafts).where(inArray(petitionDrafts.id, draftIds)).run();
    }
    const orderIds = t
      .select({ id: productionOrders.id })
      .from(productionOrders)
      .where(eq(productionOrders.recordId, id))
      .all()
      .map((o) => o.id);
    if (orderIds.length > 0) {
      t.delete(productionDeadlines).where(inArray(productionDeadlines.orderId, orderIds)).run();
      t.delete(productionOrders).where(inArray(productionOrders.id, orderIds)).run();
    }
    t.delete(disappearanceEntries).where(eq(disappearanceEntries.recordId, id)).run();
    t.delete(disappearanceCases).where(eq(disappearanceCases.recordId, id)).run();
    t.delete(disappearances).where(eq(disappearances.id, id)).run();
    return { id };
  });
