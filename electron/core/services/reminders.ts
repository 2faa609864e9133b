import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { AgendaItem } from '../../shared/contract';
import type { ReminderNotice, ReminderSettings } from '../../shared/diary-schemas';
import { PK_ZONE, shiftDate } from '../lib/time';

/*
 * The reminder schedule, pure: for each court date, a list the night before and on the morning,
 * and an earlier notice for kinds of case the lawyer wants more time for. Times are Pakistan
 * time; each notice says when it fell due as a UTC instant. Notices name sensitive clients by
 * codename only: a desktop notification shows on a screen others may see.
 */

/** The UTC instant of a Pakistan date and time of day. */
export const pkInstant = (date: string, time: string): Date => {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, PK_ZONE).getTime());
};

const clientLabel = (h: AgendaItem): string =>
  h.parties.map((p) => (p.sensitive ? (p.codename ?? 'client') : p.fullName)).join(', ');

const line = (h: AgendaItem): string =>
  [h.time, h.courtName, h.caseNumber ?? `FIR ${h.firNumber ?? ''}`.trim(), clientLabel(h) && `(${clientLabel(h)})`]
    .filter(Boolean)
    .join(' · ');

const when = (kind: ReminderNotice['kind'], days: number): string =>
  kind === 'morning' ? 'Today' : kind === 'night-before' ? 'Tomorrow' : `In ${days} days`;

const notice = (kind: ReminderNotice['kind'], forDate: string, fireAt: Date, items: AgendaItem[], days = 1) => ({
  id: `${kind}:${forDate}:${days}`,
  kind,
  fireAt: fireAt.toISOString(),
  forDate,
  hearingIds: items.map((h) => h.id),
  title: `${when(kind, days)}: ${items.length} hearing${items.length === 1 ? '' : 's'} (${format(parseISO(forDate), 'EEE d MMM yyyy')})`,
  body: items.map(line).join('\n'),
});

/** Every notice for the given hearings whose time falls in (after, upTo]. */
export const scheduleNotices = (
  items: AgendaItem[],
  s: ReminderSettings,
  window: { after: Date; upTo: Date },
): ReminderNotice[] => {
  if (!s.enabled) return [];
  const pending = items.filter((h) => h.outcome === null);
  const byDate = new Map<string, AgendaItem[]>();
  for (const h of pending) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h]);
  const out: ReminderNotice[] = [];
  for (const [date, list] of byDate) {
    out.push(notice('night-before', date, pkInstant(shiftDate(date, -1), s.nightBefore), list));
    out.push(notice('morning', date, pkInstant(date, s.morning), list));
    const leads = new Set(list.map((h) => s.leadDays[h.caseType]).filter((d): d is number => d !== undefined));
    for (const days of leads) {
      const early = list.filter((h) => s.leadDays[h.caseType] === days);
      out.push(notice('lead', date, pkInstant(shiftDate(date, -days), s.nightBefore), early, days));
    }
  }
  const after = window.after.getTime();
  const upTo = window.upTo.getTime();
  return out
    .filter((n) => Date.parse(n.fireAt) > after && Date.parse(n.fireAt) <= upTo)
    .sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.id.localeCompare(b.id));
};

/** The court dates a window of notices can be about: up to the longest lead time after it. */
export const datesCovered = (s: ReminderSettings, window: { after: Date; upTo: Date }, pkDate: (d: Date) => string) => {
  const maxLead = Math.max(1, ...Object.values(s.leadDays).filter((d): d is number => d !== undefined));
  return { from: pkDate(window.after), to: shiftDate(pkDate(window.upTo), maxLead + 1) };
};
