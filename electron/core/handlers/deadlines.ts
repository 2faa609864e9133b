import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cases } from '../db/schema';
import { AppFailure, must } from '../errors';
import { pkDate } from '../lib/time';
import { deleteHoliday, getCalendar, saveHoliday, setClosures } from '../repos/calendar';
import { dashboard, deadlineWorking } from '../repos/deadline-dashboard';
import { listCaseDeadlines, recomputeAll, recomputeCase, setDeadlineStatus } from '../repos/deadlines';
import { deleteEvent, listEvents, saveEvent } from '../repos/events';
import { exportRules, importRules, listRules, saveRule } from '../repos/rules';
import type { HandlerContext, HandlerGroup } from './context';

/** An order or a judgment is recorded once it is made (a remand may still run into the future). */
const notAfterToday = (date: string, today: string) => {
  if (date > today)
    throw new AppFailure('VALIDATION', `date: Cannot be after today (${today})`, {
      date: `Cannot be after today (${today})`,
    });
};

/** Runs a write and the recomputation it calls for as one transaction. */
const inTx = <T>(ctx: HandlerContext, work: (db: Db, today: string, now: string) => T): T =>
  ctx.vault.db.transaction((tx) => work(tx as unknown as Db, pkDate(ctx.now()), ctx.now().toISOString()));

export const deadlineHandlers = {
  'rules:list': (ctx) => listRules(ctx.vault.db),
  'rules:save': (ctx, { id, data }) =>
    inTx(ctx, (db, today, now) => {
      const rule = saveRule(db, id, data, now);
      recomputeAll(db, today, now);
      return rule;
    }),
  'rules:export': (ctx) => exportRules(ctx.vault.db, ctx.now()),
  'rules:import': (ctx, { content }) =>
    inTx(ctx, (db, today, now) => {
      const counts = importRules(db, content, now);
      recomputeAll(db, today, now);
      return counts;
    }),
  'calendar:get': (ctx) => getCalendar(ctx.vault.db),
  'calendar:set-closures': (ctx, input) =>
    inTx(ctx, (db, today, now) => {
      const rows = setClosures(db, input, now);
      recomputeAll(db, today, now);
      return rows;
    }),
  'holidays:save': (ctx, { id, data }) =>
    inTx(ctx, (db, today, now) => {
      const h = saveHoliday(db, id, data, now);
      recomputeAll(db, today, now);
      return h;
    }),
  'holidays:delete': (ctx, { id }) =>
    inTx(ctx, (db, today, now) => {
      const done = deleteHoliday(db, id);
      recomputeAll(db, today, now);
      return done;
    }),
  'events:create': (ctx, input) =>
    inTx(ctx, (db, today, now) => {
      notAfterToday(input.date, today);
      const event = saveEvent(db, null, input, now);
      recomputeCase(db, event.caseId, today, now);
      return event;
    }),
  'events:update': (ctx, { id, data }) =>
    inTx(ctx, (db, today, now) => {
      notAfterToday(data.date, today);
      const event = saveEvent(db, id, data, now);
      recomputeCase(db, event.caseId, today, now);
      return event;
    }),
  'events:delete': (ctx, { id }) =>
    inTx(ctx, (db, today, now) => {
      const event = deleteEvent(db, id);
      recomputeCase(db, event.caseId, today, now);
      return { id: event.id };
    }),
  'deadlines:for-case': (ctx, { caseId }) => {
    const db = ctx.vault.db;
    must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).get(), 'The case');
    return { events: listEvents(db, caseId), deadlines: listCaseDeadlines(db, caseId) };
  },
  'deadlines:set-status': (ctx, { id, status, note }) =>
    setDeadlineStatus(ctx.vault.db, id, status, note, ctx.now().toISOString()),
  'deadlines:dashboard': (ctx) => dashboard(ctx.vault.db, pkDate(ctx.now())),
  'deadlines:working': (ctx, { id }) => deadlineWorking(ctx.vault.db, id),
} satisfies HandlerGroup<
  | 'rules:list'
  | 'rules:save'
  | 'rules:export'
  | 'rules:import'
  | 'calendar:get'
  | 'calendar:set-closures'
  | 'holidays:save'
  | 'holidays:delete'
  | 'events:create'
  | 'events:update'
  | 'events:delete'
  | 'deadlines:for-case'
  | 'deadlines:set-status'
  | 'deadlines:dashboard'
  | 'deadlines:working'
>;
