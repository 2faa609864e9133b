import { getDay, parseISO } from 'date-fns';
import type { ReminderNotice } from '../../shared/diary-schemas';
import { urduLongDate } from './petitions/merge-format';

/*
 * What a desktop notification says, in the interface language the lawyer chose (the window tells
 * the backend through app:set-language). Like the English title, it carries only the day and the
 * count: a notification shows on a screen others may see, and the system keeps it.
 */

export type UiLanguage = { language: 'en' | 'ur'; digits: 'western' | 'urdu' };
export const DEFAULT_UI_LANGUAGE: UiLanguage = { language: 'en', digits: 'western' };

/** Sunday first, as date-fns counts. */
const URDU_DAYS = ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ'] as const;
const URDU_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

const digitsOf = (text: string, ui: UiLanguage): string =>
  ui.digits === 'urdu' ? text.replace(/[0-9]/g, (d) => URDU_DIGITS[Number(d)] ?? d) : text;

const urduDay = (isoDate: string): string => `${URDU_DAYS[getDay(parseISO(isoDate))]}، ${urduLongDate(isoDate)}`;

const urduWhen = (notice: ReminderNotice, days: number): string =>
  notice.kind === 'morning' ? 'آج' : notice.kind === 'night-before' ? 'کل' : `${days} دن بعد`;

/** The notification's title: the notice's own (English) title, or the same facts in Urdu. */
export const notificationTitle = (notice: ReminderNotice, ui: UiLanguage): string => {
  if (ui.language === 'en') return notice.title;
  const count = notice.hearingIds.length;
  const days = Number(notice.id.split(':').at(-1)) || 1;
  const title = `${urduWhen(notice, days)}: ${count} ${count === 1 ? 'پیشی' : 'پیشیاں'} (${urduDay(notice.forDate)})`;
  return digitsOf(title, ui);
};

/** Where to look, never who or which case. */
export const notificationBody = (ui: UiLanguage): string =>
  ui.language === 'ur' ? 'فہرست دیکھنے کے لیے محافظ کھولیں۔' : 'Open Muhafiz to see the list.';
