import { format, parseISO } from 'date-fns';
import { i18n } from '../i18n';
import { URDU_MONTHS, URDU_WEEKDAYS, isUrdu, localDigits } from './localize';

const urduDate = (d: Date): string => `${d.getDate()} ${URDU_MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()}`;

/** 27 Nov 2026 (in Urdu 27 نومبر 2026) — the way dates are written on Pakistani cause lists. */
export const formatDate = (date: string | null | undefined): string => {
  if (!date) return '';
  const d = parseISO(date);
  return isUrdu() ? localDigits(urduDate(d)) : format(d, 'd MMM yyyy');
};

/** Friday 27 November 2026 (جمعہ، 27 نومبر 2026). */
export const formatDay = (date: string): string => {
  const d = parseISO(date);
  return isUrdu() ? localDigits(`${URDU_WEEKDAYS[d.getDay()] ?? ''}، ${urduDate(d)}`) : format(d, 'EEEE d MMMM yyyy');
};

/** The part of the day a court clerk names with a time in Urdu: صبح 10:30, دوپہر 1:00, سہ پہر 3:30. */
const urduDayPart = (h: number): string => {
  if (h < 12) return 'صبح';
  if (h < 15) return 'دوپہر';
  if (h < 18) return 'سہ پہر';
  if (h < 20) return 'شام';
  return 'رات';
};

export const formatTime = (time: string | null | undefined): string => {
  if (!time) return '';
  const [h = 0, m = 0] = time.split(':').map(Number);
  const at = new Date(2000, 0, 1, h, m);
  return isUrdu() ? localDigits(`${urduDayPart(h)} ${format(at, 'h:mm')}`) : format(at, 'h:mm a');
};

/**
 * A date and a time of day (wall clock, `HH:mm`): 27 Nov 2026, 3:04 PM (27 نومبر 2026، سہ پہر 3:04);
 * `clock24` keeps English on the 24-hour clock (27 Nov 2026, 15:04).
 */
export const formatDateAndTime = (date: string, time: string, clock24 = false): string => {
  if (isUrdu()) return `${formatDate(date)}، ${formatTime(time)}`;
  return `${formatDate(date)}, ${clock24 ? time : formatTime(time)}`;
};

export const offenceLabel = (o: { statute: string; section: string }): string => `${o.statute} ${o.section}`;

type Party = { fullName: string; codename: string | null; sensitive: boolean };
/** Names as the lawyer sees them in the app; `redacted` shows codenames for sensitive clients. */
export const partyNames = (parties: Party[], redacted = false): string =>
  parties.map((p) => (redacted && p.sensitive ? (p.codename ?? i18n.t('cases.fields.client')) : p.fullName)).join(', ');

/** 27/11/2026: how a date field shows it. */
export const formatDayFirst = (date: string | null | undefined): string =>
  date ? localDigits(format(parseISO(date), 'dd/MM/yyyy')) : '';
