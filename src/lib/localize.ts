import { getPrefs } from '../i18n/language';

/** Extended Arabic-Indic digits, the ones written in Urdu (not the Arabic ٠١٢…). */
const URDU_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export const URDU_MONTHS = [
  'جنوری',
  'فروری',
  'مارچ',
  'اپریل',
  'مئی',
  'جون',
  'جولائی',
  'اگست',
  'ستمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
] as const;

/** Sunday first, as Date.getDay() counts. */
export const URDU_WEEKDAYS = ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ'] as const;

export const toUrduDigits = (text: string): string => text.replace(/[0-9]/g, (d) => URDU_DIGITS[Number(d)] ?? d);

/** Whether numbers are written in Urdu digits now (an Urdu interface with that option on). */
export const urduDigitsOn = (): boolean => {
  const p = getPrefs();
  return p.language === 'ur' && p.digits === 'urdu';
};

/** Digits of a formatted date or number, in the digits the lawyer chose. */
export const localDigits = (text: string): string => (urduDigitsOn() ? toUrduDigits(text) : text);

export const isUrdu = (): boolean => getPrefs().language === 'ur';

/** 1,234,567 (or ۱,۲۳۴,۵۶۷): grouped by thousands, as Pakistani forms write rupees. */
export const formatNumber = (n: number): string => localDigits(n.toLocaleString('en-GB'));

/** First Strong Isolate ... Pop Directional Isolate: a piece of text that keeps its own direction. */
export const FSI = '\u2068';
export const PDI = '\u2069';
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
export const hasRtl = (text: string): boolean => STRONG_RTL.test(text);

/** Converts digits outside isolated pieces (user data such as case numbers keeps its own digits). */
export const localDigitsOutsideIsolates = (text: string): string => {
  if (!urduDigitsOn()) return text;
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === FSI) depth += 1;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    out += depth === 0 ? toUrduDigits(ch) : ch;
  }
  return out;
};
