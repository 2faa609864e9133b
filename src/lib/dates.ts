import { addDays, format, parseISO } from 'date-fns';

export const shiftDate = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
