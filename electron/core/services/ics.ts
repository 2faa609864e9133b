import type { EventAttributes } from 'ics';
import type { AgendaItem } from '../../shared/contract';
import { AppFailure } from '../errors';
import { shiftDate } from '../lib/time';
import { pkInstant } from './reminders';

/*
 * Hearings as an iCalendar file (RFC 5545) for a phone's calendar. Timed hearings are exported
 * as UTC instants computed from Pakistan time, so any phone shows them at the right hour; a
 * hearing with no time is an all-day event. Sensitive clients appear by codename only: a phone
 * calendar syncs to servers we do not control.
 */

/** Courts give no end time; an hour keeps the phone's day view readable. */
const HEARING_MINUTES = 60;

const dateParts = (date: string): [number, number, number] => {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
};

const names = (h: AgendaItem): string =>
  h.parties.map((p) => (p.sensitive ? (p.codename ?? 'Client') : p.fullName)).join(', ');

const toEvent = (h: AgendaItem, stamp: number): EventAttributes => {
  const title = `${h.caseNumber ?? (h.firNumber ? `FIR ${h.firNumber}` : 'Hearing')}: ${h.purpose}`;
  const description = [
    `Client: ${names(h)}`,
    h.firNumber ? `FIR: ${h.firNumber}` : '',
    h.previous ? `Last date ${h.previous.date}: ${h.previous.shortOrder ?? h.previous.outcome ?? ''}` : '',
    h.custodyStatus === 'in_custody' ? 'Client in custody' : '',
  ]
    .filter(Boolean)
    .join('\n');
  const common = {
    uid: `${h.id}@muhafiz`,
    title,
    description,
    location: [h.courtName, h.bench].filter(Boolean).join(', ') || undefined,
    calName: 'Muhafiz hearings',
    productId: 'muhafiz/diary',
    timestamp: stamp,
  };
  if (!h.time) return { ...common, start: dateParts(h.date), end: dateParts(shiftDate(h.date, 1)) };
  const start = pkInstant(h.date, h.time);
  return {
    ...common,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: HEARING_MINUTES },
  };
};

/** The ics library (~10 MB resident) loads on the first export, not with the main process (issue 8). */
export const hearingsToIcs = async (items: AgendaItem[], now: Date): Promise<string> => {
  const { createEvents } = await import('ics');
  if (items.length === 0) throw new AppFailure('NOT_FOUND', 'There are no hearings to export in that choice.');
  const { error, value } = createEvents(items.map((h) => toEvent(h, now.getTime())));
  if (error || !value) throw new AppFailure('INTERNAL', `The calendar file could not be made: ${error?.message ?? ''}`);
  return value;
};
