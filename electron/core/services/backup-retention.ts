import { startOfISOWeek } from 'date-fns';
import { parseISO, format } from 'date-fns';

/*
 * Which automatic backups to keep: the newest of each of the last 7 days that have one (daily),
 * and, among those older than the oldest daily kept, the newest of each of the last 4 weeks
 * (Monday to Sunday) that have one (weekly). With a backup every day that is 7 + 4 = 11 folders
 * reaching back about five weeks. Dates are Pakistan calendar dates (YYYY-MM-DD).
 */

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

export type Dated = { name: string; date: string };

const weekOf = (date: string): string => format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');

/** The newest item per group, for the first `limit` groups met, newest first. */
const newestPerGroup = (sorted: Dated[], group: (d: Dated) => string, limit: number): Dated[] => {
  const seen = new Set<string>();
  const out: Dated[] = [];
  for (const item of sorted) {
    const g = group(item);
    if (seen.has(g)) continue;
    if (seen.size === limit) break;
    seen.add(g);
    out.push(item);
  }
  return out;
};

/** The names to keep; every other automatic backup may be deleted. */
export const backupsToKeep = (backups: Dated[], daily = KEEP_DAILY, weekly = KEEP_WEEKLY): Set<string> => {
  const sorted = [...backups].sort((a, b) => b.date.localeCompare(a.date) || b.name.localeCompare(a.name));
  const days = newestPerGroup(sorted, (d) => d.date, daily);
  const oldestDaily = days.at(-1)?.date;
  const older = oldestDaily === undefined ? [] : sorted.filter((d) => d.date < oldestDaily);
  const weeks = newestPerGroup(older, (d) => weekOf(d.date), weekly);
  return new Set([...days, ...weeks].map((d) => d.name));
};
