import type { ForumType, HolidayKind, Province } from '../../shared/enums';

/*
 * Court calendars, pure: on which days a forum does not sit. Weekly off days come from the most
 * specific rows that exist for the forum (the court or its parent court; then its forum type in
 * its province; the forum type; the province; everywhere). Gazetted, provincial and local
 * holidays close a court for the purposes of Limitation Act s.4; vacations do not (offices stay
 * open and urgent matters are heard: pakistan-law.md §3.4, §4.3), so they are only reported.
 */

export type ForumRef = {
  courtId: string | null;
  parentId: string | null;
  forumType: ForumType | null;
  province: Province | null;
  name: string | null;
};

export type ClosureRow = {
  courtId: string | null;
  forumType: ForumType | null;
  province: Province | null;
  weekday: number;
};

export type HolidayRow = {
  name: string;
  kind: HolidayKind;
  dateFrom: string;
  dateTo: string;
  courtId: string | null;
  forumType: ForumType | null;
  province: Province | null;
  provisional: boolean;
};

export type CourtCalendar = { closures: ClosureRow[]; holidays: HolidayRow[] };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday (calendar arithmetic, no time zone). */
export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

const isCourt = (f: ForumRef, courtId: string | null) =>
  courtId !== null && (courtId === f.courtId || courtId === f.parentId);

const weeklyOffDays = (rows: ClosureRow[], f: ForumRef): Set<number> => {
  const levels: ((r: ClosureRow) => boolean)[] = [
    (r) => isCourt(f, r.courtId),
    (r) =>
      !r.courtId &&
      r.forumType !== null &&
      r.forumType === f.forumType &&
      r.province !== null &&
      r.province === f.province,
    (r) => !r.courtId && r.forumType !== null && r.forumType === f.forumType && r.province === null,
    (r) => !r.courtId && r.forumType === null && r.province !== null && r.province === f.province,
    (r) => !r.courtId && r.forumType === null && r.province === null,
  ];
  for (const level of levels) {
    const found = rows.filter(level);
    if (found.length > 0) return new Set(found.map((r) => r.weekday));
  }
  return new Set();
};

const holidayApplies = (h: HolidayRow, f: ForumRef, date: string): boolean =>
  h.dateFrom <= date &&
  date <= h.dateTo &&
  (h.courtId === null || isCourt(f, h.courtId)) &&
  (h.forumType === null || h.forumType === f.forumType) &&
  (h.province === null || h.province === f.province);

/** Why the forum is closed on that date (a weekly off day or a holiday), or null when it sits. */
export const closedReason = (cal: CourtCalendar, f: ForumRef, date: string): string | null => {
  const day = weekdayOf(date);
  if (weeklyOffDays(cal.closures, f).has(day)) return `${WEEKDAYS[day] ?? ''}, the weekly off day`;
  const holiday = cal.holidays.find((h) => h.kind !== 'vacation' && holidayApplies(h, f, date));
  if (!holiday) return null;
  return holiday.provisional ? `${holiday.name} (provisional date)` : holiday.name;
};

/** The vacation the date falls in, if any (reported, never used to extend a period). */
export const vacationOn = (cal: CourtCalendar, f: ForumRef, date: string): string | null =>
  cal.holidays.find((h) => h.kind === 'vacation' && holidayApplies(h, f, date))?.name ?? null;
