import { TZDate } from '@date-fns/tz';
import { addDays, format, parseISO } from 'date-fns';

/** Pakistan Standard Time: UTC+05:00, no daylight saving. */
export const PK_ZONE = 'Asia/Karachi';

export type Clock = () => Date;

/** The calendar date in Pakistan at the given instant, as YYYY-MM-DD. */
export const pkDate = (instant: Date): string => format(new TZDate(instant.getTime(), PK_ZONE), 'yyyy-MM-dd');

export const shiftDate = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
