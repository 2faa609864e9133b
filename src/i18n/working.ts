import { URDU_MONTHS, URDU_WEEKDAYS, localDigits } from '../lib/localize';
import { getPrefs } from './language';
import { holidayName } from './rule-names';

/*
 * "How this date was worked out" is written by the deadline engine in English (it is also what the
 * engine's tests read). In Urdu each line it writes is said in Urdu, with its dates in Urdu; a line
 * this table does not know is shown as written.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Mon 2 Nov 2026" (the engine's dates) → "پیر 2 نومبر 2026". */
const dates = (text: string): string =>
  text.replace(
    /\b(?:(Sun|Mon|Tue|Wed|Thu|Fri|Sat) )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g,
    (_, day: string | undefined, d: string, mon: string, y: string) => {
      const weekday = day ? `${URDU_WEEKDAYS[DAYS.indexOf(day)] ?? ''} ` : '';
      return `${weekday}${d} ${URDU_MONTHS[MONTHS.indexOf(mon)] ?? mon} ${y}`;
    },
  );

const UNITS: Record<string, string> = {
  hour: 'گھنٹہ',
  hours: 'گھنٹے',
  day: 'دن',
  days: 'دن',
  month: 'مہینہ',
  months: 'مہینے',
  year: 'سال',
  years: 'سال',
};
const period = (p: string): string =>
  p === 'the date in the order'
    ? 'حکم میں دی گئی تاریخ'
    : p.replace(/^(\d+) (\w+)$/, (_, n: string, u: string) => `${n} ${UNITS[u] ?? u}`);

const TRIGGERS: Record<string, string> = {
  Arrest: 'گرفتاری',
  'FIR registered': 'ایف آئی آر کا اندراج',
  'First police remand order': 'جسمانی ریمانڈ کا پہلا حکم',
  'Police remand order': 'جسمانی ریمانڈ کا حکم',
  'Judicial remand order': 'جوڈیشل ریمانڈ کا حکم',
  'ATA remand order': 'انسدادِ دہشت گردی ایکٹ کے تحت ریمانڈ کا حکم',
  Judgment: 'فیصلہ',
  'Protective bail order': 'حفاظتی ضمانت کا حکم',
  'Detention order': 'نظربندی کا حکم',
};

/** Why a court is closed: a weekly off day or a (seeded) holiday. */
const reason = (r: string): string => {
  const weekly = /^(\w+), the weekly off day$/.exec(r);
  if (weekly) return `${URDU_WEEKDAYS[WEEKDAYS.indexOf(weekly[1] ?? '')] ?? weekly[1] ?? ''}، ہفتہ وار چھٹی`;
  const provisional = /^(.+) \(provisional date\)$/.exec(r);
  if (provisional) return `${holidayName(provisional[1] ?? '')} (عارضی تاریخ)`;
  if (r === 'Time requisite for the certified copy (s.12(2), (5))') return 'مصدقہ نقل کے حصول کا وقت (دفعہ 12(2)، (5))';
  return holidayName(r);
};

const EXACT: Record<string, string> = {
  'No copy application recorded: no copy time excluded yet (record it to move the date).':
    'نقل کی درخواست درج نہیں: ابھی نقل کا وقت منہا نہیں ہوا (اسے درج کریں تو تاریخ آگے ہو گی)۔',
  'Time not recorded: counted from the start of the day, to be safe.':
    'وقت درج نہیں: احتیاطاً دن کے آغاز سے شمار کیا گیا۔',
  'Delay may be condoned for sufficient cause (s.5), each day explained.':
    'معقول وجہ پر تاخیر معاف ہو سکتی ہے (دفعہ 5)، ہر دن کی وضاحت کے ساتھ۔',
  'A special period: no condonation of delay.': 'خصوصی میعاد: تاخیر معاف نہیں ہو سکتی۔',
  'This rule is marked "needs checking": confirm it before relying on it.':
    'یہ قاعدہ "تصدیق طلب" ہے: اس پر بھروسا کرنے سے پہلے اس کی تصدیق کریں۔',
};

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^Copy applied for on (.+) but not yet ready: the date will move when you record it\.$/,
    (m) => `نقل کی درخواست ${m[1] ?? ''} کو دی گئی مگر نقل ابھی تیار نہیں: اسے درج کرنے پر تاریخ آگے ہو گی۔`,
  ],
  [
    /^Copy time excluded: (.+) \(applied (.+), ready (.+)\)\.$/,
    (m) => `نقل کا وقت منہا کیا گیا: ${period(m[1] ?? '')} (درخواست ${m[2] ?? ''}، تیار ${m[3] ?? ''})۔`,
  ],
  [
    /^The court is closed on (.+): the last day moves to (.+) \(s\.4\)\.$/,
    (m) => `${m[1] ?? ''} کو عدالت بند ہے: آخری دن ${m[2] ?? ''} ہو جاتا ہے (دفعہ 4)۔`,
  ],
  [
    /^(.+?): ([^:]+? \d{4})(?: at (\d{2}:\d{2}))?(?:, running to (.+))?\.$/,
    (m) =>
      TRIGGERS[m[1] ?? '']
        ? `${TRIGGERS[m[1] ?? ''] ?? ''}: ${m[2] ?? ''}${m[3] ? `، وقت ${m[3]}` : ''}${m[4] ? `، تا ${m[4]}` : ''}۔`
        : '',
  ],
  [
    /^(\d+ hours?) later: (.+) at (\d{2}:\d{2})\.$/,
    (m) => `${period(m[1] ?? '')} بعد: ${m[2] ?? ''}، وقت ${m[3] ?? ''}۔`,
  ],
  [/^Due on the date the order runs to: (.+)\.$/, (m) => `حکم کی آخری تاریخ پر واجب: ${m[1] ?? ''}۔`],
  [
    /^(the date in the order|\d+ \w+) from (.+?)(, not counting that day \(s\.12\(1\)\))?: (.+)\.$/,
    (m) => `${m[2] ?? ''} سے ${period(m[1] ?? '')}${m[3] ? '، وہ دن شمار کیے بغیر (دفعہ 12(1))' : ''}: ${m[4] ?? ''}۔`,
  ],
  [
    /^(.+) is a day the court is closed \((.*)\): act before it\.$/,
    (m) => `${m[1] ?? ''} کو عدالت بند ہے (${reason(m[2] ?? '')}): اس سے پہلے کارروائی کریں۔`,
  ],
  [
    /^Falls in the (.+): vacations do not extend the period; urgent matters are heard\.$/,
    (m) => `${holidayName(m[1] ?? '')} میں آتی ہے: تعطیلات میعاد نہیں بڑھاتیں؛ فوری نوعیت کے مقدمات سنے جاتے ہیں۔`,
  ],
];

/** One line of a deadline's working, in the interface language. */
export const workingLine = (line: string): string => {
  if (getPrefs().language !== 'ur') return line;
  const exact = EXACT[line];
  if (exact) return localDigits(exact);
  for (const [re, urdu] of PATTERNS) {
    const m = re.exec(line);
    const said = m ? urdu(m) : '';
    if (said) return localDigits(dates(said));
  }
  return line;
};

/** Why a day was skipped or excluded, in the interface language. */
export const workingReason = (r: string): string => (getPrefs().language === 'ur' ? reason(r) : r);
