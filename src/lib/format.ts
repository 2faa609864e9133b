import { format, parseISO } from 'date-fns';

/** 27 Nov 2026 — the way dates are written on Pakistani cause lists. */
export const formatDate = (date: string | null | undefined): string =>
  date ? format(parseISO(date), 'd MMM yyyy') : '';

export const formatDay = (date: string): string => format(parseISO(date), 'EEEE d MMMM yyyy');

export const formatTime = (time: string | null | undefined): string => {
  if (!time) return '';
  const [h = 0, m = 0] = time.split(':').map(Number);
  return format(new Date(2000, 0, 1, h, m), 'h:mm a');
};

export const offenceLabel = (o: { statute: string; section: string }): string => `${o.statute} ${o.section}`;

type Party = { fullName: string; codename: string | null; sensitive: boolean };
/** Names as the lawyer sees them in the app; `redacted` shows codenames for sensitive clients. */
export const partyNames = (parties: Party[], redacted = false): string =>
  parties.map((p) => (redacted && p.sensitive ? (p.codename ?? 'Client') : p.fullName)).join(', ');

/** 27/11/2026: how a date field shows it. */
export const formatDayFirst = (date: string | null | undefined): string =>
  date ? format(parseISO(date), 'dd/MM/yyyy') : '';
