import { addDays, addMonths, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Explanation, LegalRule } from '../../shared/deadline-schemas';
import type { ForumType } from '../../shared/enums';
import { closedReason, vacationOn, type CourtCalendar, type ForumRef } from './court-calendar';
import { conditionsHold, triggersOf, type CaseFacts, type Trigger } from './deadline-triggers';

/*
 * The deadline engine, pure: from a case's facts, the active rules and the court calendar, every
 * deadline and milestone with its working. Counting follows the Limitation Act 1908 as recorded in
 * pakistan-law.md §3.4: the trigger day is excluded (s.12(1)); for appeals, the time to obtain a
 * certified copy is excluded (s.12(2), (5)); a last day on which the court is closed moves to the
 * next day it sits (s.4); vacations never extend a period. Dates are calendar dates; hours are
 * counted on Pakistan wall-clock time.
 */

export type Computed = {
  ruleId: string;
  triggerKey: string;
  occurrence: number;
  dueDate: string;
  dueTime: string | null;
  explanation: Explanation;
};

/** High Court of each province, for appeals filed there (seeded court ids). */
const HIGH_COURT_OF: Record<string, string> = {
  punjab: 'seed:lhc',
  sindh: 'seed:shc',
  kp: 'seed:phc',
  balochistan: 'seed:bhc',
  ict: 'seed:ihc',
};

const iso = (d: Date): string => format(d, 'yyyy-MM-dd');
const nice = (date: string): string => format(parseISO(date), 'EEE d MMM yyyy');
const plural = (n: number, unit: string) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;

/** Where the next step is filed, whose closed days count: the rule's forum type, placed in the case's province. */
export const filingForum = (rule: LegalRule, from: ForumRef | null): ForumRef | null => {
  const type: ForumType | null = rule.filingForumType;
  if (!type || type === from?.forumType) return from;
  const province = from?.province ?? null;
  const courtId =
    type === 'high_court' && province ? (HIGH_COURT_OF[province] ?? null) : type === 'supreme_court' ? 'seed:sc' : null;
  return { courtId, parentId: null, forumType: type, province, name: null };
};

/** How far the k-th occurrence lies: the period, then the repeat interval each time after. */
const span = (rule: LegalRule, k: number): number => rule.period + (k - 1) * (rule.repeatEvery ?? rule.period);

const addPeriod = (base: string, rule: LegalRule, k: number): Date => {
  const start = parseISO(base);
  const n = span(rule, k);
  if (rule.unit === 'months') return addMonths(start, n);
  if (rule.unit === 'years') return addYears(start, n);
  // Days: the trigger day itself is excluded, so the period ends n days later (s.12(1)).
  return addDays(start, rule.excludeTriggerDay || n === 0 ? n : n - 1);
};

type Working = Pick<Explanation, 'steps' | 'excluded' | 'skipped' | 'warnings'>;

/** Limitation Act s.12(2), (5): the days between applying for the certified copy and its being ready. */
const copyTime = (facts: CaseFacts, t: Trigger, w: Working): number => {
  const applied = facts.events.find((e) => e.kind === 'copy_applied' && e.relatedEventId === t.key);
  const ready = facts.events.find((e) => e.kind === 'copy_ready' && e.relatedEventId === t.key);
  if (!applied) {
    w.warnings.push('No copy application recorded: no copy time excluded yet (record it to move the date).');
    return 0;
  }
  if (!ready) {
    w.warnings.push(
      `Copy applied for on ${nice(applied.date)} but not yet ready: the date will move when you record it.`,
    );
    return 0;
  }
  const days = Math.max(0, differenceInCalendarDays(parseISO(ready.date), parseISO(applied.date)));
  w.excluded.push({
    from: applied.date,
    to: ready.date,
    days,
    reason: 'Time requisite for the certified copy (s.12(2), (5))',
  });
  w.steps.push(
    `Copy time excluded: ${plural(days, 'days')} (applied ${nice(applied.date)}, ready ${nice(ready.date)}).`,
  );
  return days;
};

/** Limitation Act s.4: a last day on which the filing forum is closed moves to the next day it sits. */
const rollOver = (date: string, cal: CourtCalendar, forum: ForumRef | null, w: Working): string => {
  if (!forum) return date;
  let day = date;
  for (let i = 0; i < 60; i += 1) {
    const reason = closedReason(cal, forum, day);
    if (!reason) break;
    w.skipped.push({ date: day, reason });
    day = iso(addDays(parseISO(day), 1));
  }
  if (day !== date) w.steps.push(`The court is closed on ${nice(date)}: the last day moves to ${nice(day)} (s.4).`);
  return day;
};

const periodText = (rule: LegalRule, occurrence: number) =>
  rule.period === 0 ? 'the date in the order' : plural(span(rule, occurrence), rule.unit);

const computeOne = (
  rule: LegalRule,
  t: Trigger,
  facts: CaseFacts,
  cal: CourtCalendar,
  occurrence: number,
): Computed => {
  const w: Working = { steps: [], excluded: [], skipped: [], warnings: [] };
  const base = rule.anchor === 'end' ? (t.endDate ?? t.date) : t.date;
  w.steps.push(
    `${t.label}: ${nice(t.date)}${t.time ? ` at ${t.time}` : ''}${rule.anchor === 'end' && t.endDate ? `, running to ${nice(t.endDate)}` : ''}.`,
  );
  let dueDate: string;
  let dueTime: string | null = null;
  if (rule.unit === 'hours') {
    if (!t.time) w.warnings.push('Time not recorded: counted from the start of the day, to be safe.');
    // Wall-clock arithmetic in UTC, so the machine's own zone (and any daylight saving) plays no part.
    const due = new Date(Date.parse(`${base}T${t.time ?? '00:00'}:00Z`) + span(rule, occurrence) * 3_600_000);
    dueDate = due.toISOString().slice(0, 10);
    dueTime = due.toISOString().slice(11, 16);
    w.steps.push(`${plural(span(rule, occurrence), 'hours')} later: ${nice(dueDate)} at ${dueTime}.`);
  } else {
    dueDate = iso(addPeriod(base, rule, occurrence));
    w.steps.push(
      rule.period === 0
        ? `Due on the date the order runs to: ${nice(dueDate)}.`
        : `${periodText(rule, occurrence)} from ${nice(base)}${rule.unit === 'days' && rule.excludeTriggerDay ? ', not counting that day (s.12(1))' : ''}: ${nice(dueDate)}.`,
    );
  }
  if (rule.excludeCopyTime && t.kind === 'judgment') dueDate = iso(addDays(parseISO(dueDate), copyTime(facts, t, w)));
  const unrolledDate = dueDate;
  const forum = filingForum(rule, t.forum);
  if (rule.rollForward) dueDate = rollOver(dueDate, cal, forum, w);
  // Only a filing deadline is "before" a closed day; a milestone (bail ripening) merely falls on it.
  else if (rule.filingForumType && forum && closedReason(cal, forum, dueDate)) {
    w.warnings.push(
      `${nice(dueDate)} is a day the court is closed (${closedReason(cal, forum, dueDate) ?? ''}): act before it.`,
    );
  }
  const vacation = forum ? vacationOn(cal, forum, dueDate) : null;
  if (vacation)
    w.warnings.push(`Falls in the ${vacation}: vacations do not extend the period; urgent matters are heard.`);
  if (rule.rollForward) {
    w.steps.push(
      rule.condonable
        ? 'Delay may be condoned for sufficient cause (s.5), each day explained.'
        : 'A special period: no condonation of delay.',
    );
  }
  if (rule.confidence === 'needs_checking')
    w.warnings.push('This rule is marked "needs checking": confirm it before relying on it.');
  return {
    ruleId: rule.id,
    triggerKey: t.key,
    occurrence,
    dueDate,
    dueTime,
    explanation: {
      ruleId: rule.id,
      ruleName: rule.name,
      statute: rule.statute,
      section: rule.section,
      source: rule.source,
      confidence: rule.confidence,
      condonable: rule.condonable,
      trigger: { kind: t.kind, label: t.label, date: t.date, time: t.time },
      period: periodText(rule, occurrence),
      unrolledDate,
      dueDate,
      dueTime,
      ...w,
    },
  };
};

/** Recurring milestones (CrPC 497 third proviso): every occurrence up to the next one after today, until release. */
const occurrences = (rule: LegalRule, t: Trigger, facts: CaseFacts, today: string): number[] => {
  if (!rule.recurring) return [1];
  const out: number[] = [];
  for (let k = 1; k <= 25; k += 1) {
    const date = iso(addPeriod(t.date, rule, k));
    if (facts.releaseDate && date > facts.releaseDate) break;
    out.push(k);
    if (date > today) break;
  }
  return out;
};

/** Every deadline of a case under the active rules. */
export const computeDeadlines = (facts: CaseFacts, rules: LegalRule[], cal: CourtCalendar, today: string): Computed[] =>
  rules
    .filter((r) => r.active)
    .flatMap((rule) =>
      triggersOf(facts, rule.trigger)
        .filter((t) => conditionsHold(rule, t, facts))
        .flatMap((t) => occurrences(rule, t, facts, today).map((k) => computeOne(rule, t, facts, cal, k))),
    );
