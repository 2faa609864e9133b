import type { LocaleInput } from '@fullcalendar/core';
import enGb from '@fullcalendar/core/locales/en-gb';
import type { LanguagePrefs } from '../../i18n/language';

/*
 * FullCalendar ships no Urdu locale: this one lays the calendar out right to left and lets Intl write
 * the Urdu month and day names ('ur'), with Urdu digits when chosen ('ur-u-nu-arabext').
 */
const urdu = (digits: LanguagePrefs['digits']): LocaleInput => ({
  code: digits === 'urdu' ? 'ur-u-nu-arabext' : 'ur',
  direction: 'rtl',
  buttonText: {
    prev: 'پچھلا',
    next: 'اگلا',
    today: 'آج',
    year: 'سال',
    month: 'مہینہ',
    week: 'ہفتہ',
    day: 'دن',
    list: 'فہرست',
  },
  weekText: 'ہفتہ',
  allDayText: '',
  moreLinkText: (n: number) => `+${String(n)} مزید`,
  noEventsText: 'کوئی پیشی نہیں',
});

export const calendarLocale = (prefs: LanguagePrefs): LocaleInput =>
  prefs.language === 'ur' ? urdu(prefs.digits) : enGb;
