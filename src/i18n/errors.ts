import type { ErrorCode } from '../../electron/shared/result';
import { FSI, PDI, localDigits } from '../lib/localize';
import { getPrefs } from './language';

/*
 * The backend answers in English (its messages are also its log and its tests' language). In Urdu the
 * renderer shows the Urdu of each message it knows, word for word the same meaning, and for one it does
 * not know, the Urdu of its error code with the English kept beside it (isolated, left to right).
 */

const EXACT: Record<string, string> = {
  Required: 'ضروری ہے',
  'Already exists': 'پہلے سے موجود ہے',
  '"from" must not be after "to"': '"از" کی تاریخ "تا" کے بعد نہیں ہو سکتی',
  'A Muhafiz database already exists here; unlock it instead.':
    'یہاں محافظ کا ڈیٹا بیس پہلے سے موجود ہے؛ نیا بنانے کے بجائے اسے کھولیں۔',
  'A backup is already being made.': 'ایک بیک اپ پہلے ہی بن رہا ہے۔',
  'A bail petition stays with its case.': 'درخواستِ ضمانت اپنے ہی مقدمے میں رہتی ہے۔',
  'A client is listed twice': 'ایک موکل دو بار درج ہے',
  'A client on this case was not found.': 'اس مقدمے کا ایک موکل نہیں ملا۔',
  'A copy must belong to a judgment recorded on this case.': 'نقل اسی مقدمے میں درج کسی فیصلے کی ہونی چاہیے۔',
  'A court, or a forum type and province: not both': 'یا تو عدالت، یا عدالت کی قسم اور صوبہ: دونوں نہیں',
  'A disposed case has no next date': 'نمٹائے گئے مقدمے کی کوئی آئندہ تاریخ نہیں ہوتی',
  'A file name, not a path': 'صرف فائل کا نام، پتا نہیں',
  'A note belongs to exactly one case or one client': 'نوٹ یا تو ایک مقدمے کا ہوتا ہے یا ایک موکل کا',
  'A record cannot move to another client.': 'اندراج کسی دوسرے موکل کو منتقل نہیں ہو سکتا۔',
  'A record this refers to does not exist.': 'جس اندراج کا یہ حوالہ دیتا ہے وہ موجود نہیں۔',
  'A recurring period cannot be zero': 'دہرائی جانے والی مدت صفر نہیں ہو سکتی',
  'A report cannot be dated after today.': 'رپورٹ کی تاریخ آج کے بعد کی نہیں ہو سکتی۔',
  'A report cannot be made before the incident': 'رپورٹ واقعے سے پہلے نہیں ہو سکتی',
  'A sensitive client needs a codename for printouts and exports':
    'حساس موکل کے پرنٹ اور ایکسپورٹ کے لیے فرضی نام ضروری ہے',
  'Add at least one client': 'کم از کم ایک موکل شامل کریں',
  'An event cannot move to another case.': 'واقعہ کسی دوسرے مقدمے میں منتقل نہیں ہو سکتا۔',
  'An import is already running.': 'ایک امپورٹ پہلے ہی جاری ہے۔',
  'An incident cannot be dated after today.': 'واقعے کی تاریخ آج کے بعد کی نہیں ہو سکتی۔',
  'An incident stays with its client.': 'واقعہ اپنے ہی موکل کے ساتھ رہتا ہے۔',
  'At least 1 minute': 'کم از کم 1 منٹ',
  'At least 3 tries': 'کم از کم 3 کوششیں',
  'At most 100 tries': 'زیادہ سے زیادہ 100 کوششیں',
  'At most 120 days': 'زیادہ سے زیادہ 120 دن',
  'At most 20 reports': 'زیادہ سے زیادہ 20 رپورٹیں',
  'At most 240 minutes (4 hours)': 'زیادہ سے زیادہ 240 منٹ (4 گھنٹے)',
  'At most ten years in one report': 'ایک رپورٹ میں زیادہ سے زیادہ دس سال',
  'Attach a file': 'فائل منسلک کریں',
  'Backup not saved: Muhafiz may not write to that folder.':
    'بیک اپ محفوظ نہیں ہوا: محافظ کو اس فولڈر میں لکھنے کی اجازت نہیں۔',
  'Backup not saved: the copy could not be verified. Your database is unchanged.':
    'بیک اپ محفوظ نہیں ہوا: نقل کی تصدیق نہیں ہو سکی۔ آپ کا ڈیٹا بیس جوں کا توں ہے۔',
  'Backup not saved: the disk is full. Free some space and try again.':
    'بیک اپ محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں۔',
  'CNIC must look like 12345-1234567-1': `شناختی کارڈ نمبر اس طرح ہو: ${FSI}12345-1234567-1${PDI}`,
  'Cannot end before it starts': 'شروع ہونے سے پہلے ختم نہیں ہو سکتا',
  'Choose a case type': 'مقدمے کی قسم چنیں',
  'Choose a category': 'قسم چنیں',
  'Choose a folder': 'فولڈر چنیں',
  'Choose a forum type': 'عدالت کی قسم چنیں',
  'Choose a range of at most a year': 'زیادہ سے زیادہ ایک سال کی مدت چنیں',
  'Choose a statute': 'قانون چنیں',
  'Choose the outcome': 'کارروائی چنیں',
  'Choose the recipient': 'وصول کنندہ چنیں',
  'Enter a number of minutes': 'منٹوں کی تعداد درج کریں',
  'Enter a number of tries': 'کوششوں کی تعداد درج کریں',
  'Enter the date of arrest': 'تاریخِ گرفتاری درج کریں',
  'Enter the passphrase': 'پاس فریز درج کریں',
  'Enter your passphrase': 'اپنا پاس فریز درج کریں',
  'Give a case or a table, not both': 'مقدمہ یا جدول دیں، دونوں نہیں',
  'Give a case, or a range with "from" not after "to"': 'مقدمہ دیں، یا ایسی مدت جس میں "از" "تا" کے بعد نہ ہو',
  'Give the full path of the folder': 'فولڈر کا پورا پتا دیں',
  'Muhafiz is locked. Unlock it with your passphrase.': 'محافظ پر تالا لگا ہے۔ اپنے پاس فریز سے کھولیں۔',
  'Name the organisation': 'تنظیم کا نام دیں',
  'Not a real calendar date': 'یہ کیلنڈر کی اصل تاریخ نہیں',
  'Not a valid folder path': 'فولڈر کا پتا درست نہیں',
  'Not a valid id': 'شناخت درست نہیں',
  'Not restored: the backup could not be copied. Nothing was changed.':
    'بحال نہیں ہوا: بیک اپ کی نقل نہیں بن سکی۔ کچھ نہیں بدلا۔',
  'Not restored: the disk is full. Free some space and try again; nothing was changed.':
    'بحال نہیں ہوا: ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں؛ کچھ نہیں بدلا۔',
  'Not saved: the disk is full. Free some space (empty the Recycle Bin, move videos or downloads) and save again; everything saved before is safe.':
    'محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کریں (ری سائیکل بن خالی کریں، ویڈیو یا ڈاؤن لوڈز ہٹائیں) اور دوبارہ محفوظ کریں؛ پہلے سے محفوظ سب کچھ سلامت ہے۔',
  'Phone must be digits, e.g. 0300-1234567 or +92 300 1234567': `فون نمبر ہندسوں میں ہو، مثلاً ${FSI}0300-1234567${PDI} یا ${FSI}+92 300 1234567${PDI}`,
  'Release cannot be before arrest': 'رہائی گرفتاری سے پہلے نہیں ہو سکتی',
  'Something went wrong; nothing was saved. Details are in the log.':
    'کچھ غلط ہو گیا؛ کچھ محفوظ نہیں ہوا۔ تفصیل لاگ میں ہے۔',
  'That bail petition belongs to another case.': 'یہ درخواستِ ضمانت کسی اور مقدمے کی ہے۔',
  'That case is not one of this client’s cases.': 'یہ مقدمہ اس موکل کے مقدمات میں سے نہیں۔',
  'That folder does not exist.': 'یہ فولڈر موجود نہیں۔',
  'The case was not found.': 'مقدمہ نہیں ملا۔',
  'The client was not found.': 'موکل نہیں ملا۔',
  'The database file is damaged or does not match its key file. Nothing was changed; restore from a backup.':
    'ڈیٹا بیس کی فائل خراب ہے یا اپنی چابی والی فائل سے میل نہیں کھاتی۔ کچھ نہیں بدلا؛ بیک اپ سے بحال کریں۔',
  'The database is busy; try again.': 'ڈیٹا بیس مصروف ہے؛ دوبارہ کوشش کریں۔',
  'The file is empty': 'فائل خالی ہے',
  'The forum was not found.': 'عدالت نہیں ملی۔',
  'The key file beside the database is damaged (not readable).':
    'ڈیٹا بیس کے ساتھ والی چابی کی فائل خراب ہے (پڑھی نہیں جا سکتی)۔',
  'The key file beside the database is damaged or from an unknown version.':
    'ڈیٹا بیس کے ساتھ والی چابی کی فائل خراب ہے یا کسی نامعلوم ورژن کی ہے۔',
  'The period cannot end before it starts': 'مدت شروع ہونے سے پہلے ختم نہیں ہو سکتی',
  'The police station was not found.': 'تھانہ نہیں ملا۔',
  'There are no hearings to export in that choice.': 'اس انتخاب میں ایکسپورٹ کے لیے کوئی پیشی نہیں۔',
  'This Word file could not be read as a template.': 'یہ ورڈ فائل ٹیمپلیٹ کے طور پر پڑھی نہیں جا سکی۔',
  'This file is not a Muhafiz rule pack (not JSON).': 'یہ فائل محافظ کا قواعد پیک نہیں (JSON نہیں)۔',
  'This is not a Word (.docx) file.': 'یہ ورڈ (.docx) فائل نہیں۔',
  'This would break a rule of the database.': 'اس سے ڈیٹا بیس کا ایک اصول ٹوٹ جائے گا۔',
  'Use at least 12 characters: a few unrelated words are easy to remember and hard to guess':
    'کم از کم 12 حروف استعمال کریں: چند بے ربط الفاظ یاد رکھنے میں آسان اور اندازہ لگانے میں مشکل ہوتے ہیں',
  'Use the 24-hour format HH:MM': `24 گھنٹے والا وقت لکھیں، جیسے ${FSI}14:30${PDI}`,
  'Use the format YYYY-MM-DD': `تاریخ اس طرح لکھیں: ${FSI}YYYY-MM-DD${PDI}`,
  'Wrong passphrase.': 'غلط پاس فریز۔',
};

/** What a backend `${what} was not found` names, in Urdu. */
const THINGS: Record<string, string> = {
  Case: 'مقدمہ',
  Client: 'موکل',
  Hearing: 'پیشی',
  Note: 'نوٹ',
  Court: 'عدالت',
  'Police station': 'تھانہ',
  Lawyer: 'وکیل',
  Deadline: 'میعاد',
  Rule: 'قاعدہ',
  Holiday: 'چھٹی',
  Event: 'واقعہ',
  'Bail petition': 'درخواستِ ضمانت',
};
const thing = (what: string) => THINGS[what] ?? `${FSI}${what}${PDI}`;

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(.+) was not found\.?$/, (m) => `${thing(m[1] ?? '')} نہیں ملا`],
  [/^(.+) with this name already exists\.$/, (m) => `اس نام کا ${thing(m[1] ?? '')} پہلے سے موجود ہے۔`],
  [/^At most (\d+) characters$/, (m) => `زیادہ سے زیادہ ${m[1] ?? ''} حروف`],
  [/^Too big: expected string to have <=(\d+) characters?$/, (m) => `زیادہ سے زیادہ ${m[1] ?? ''} حروف`],
  [/^Too small: expected string to have >=1 characters?$/, () => 'ضروری ہے'],
  [/^Too small: expected string to have >=(\d+) characters?$/, (m) => `کم از کم ${m[1] ?? ''} حروف`],
  [/^Too small: expected number to be >=?(-?\d+)$/, (m) => `کم از کم ${m[1] ?? ''}`],
  [/^Too big: expected number to be <=?(-?\d+)$/, (m) => `زیادہ سے زیادہ ${m[1] ?? ''}`],
  [/^Invalid option/, () => 'فہرست میں سے انتخاب کریں'],
  [/^Invalid input: expected (string|number|boolean), received (undefined|null)$/, () => 'ضروری ہے'],
  [/^Invalid input/, () => 'یہ اندراج درست نہیں'],
  [
    /^(?:date: )?Cannot be after today \((\d{4}-\d{2}-\d{2})\)$/i,
    (m) => `آج (${FSI}${m[1] ?? ''}${PDI}) کے بعد نہیں ہو سکتی`,
  ],
  [
    /^The next date must be after the hearing on (\S+)\.$/,
    (m) => `آئندہ تاریخ ${FSI}${m[1] ?? ''}${PDI} کی پیشی کے بعد ہونی چاہیے۔`,
  ],
  [
    /^The petition it follows was filed on (\S+)\.$/,
    (m) => `جس درخواست کے بعد یہ ہے وہ ${FSI}${m[1] ?? ''}${PDI} کو دائر ہوئی تھی۔`,
  ],
  [
    /^Too many wrong passphrases\. Wait (\d+) (second|seconds|minutes) before trying again\.$/,
    (m) =>
      `بہت زیادہ غلط پاس فریز۔ دوبارہ کوشش سے پہلے ${m[1] ?? ''} ${m[2] === 'minutes' ? 'منٹ' : 'سیکنڈ'} انتظار کریں۔`,
  ],
  [
    /^(.+) is not a party to this case; add them to the case first\.$/,
    (m) => `${FSI}${m[1] ?? ''}${PDI} اس مقدمے کا فریق نہیں؛ پہلے انہیں مقدمے میں شامل کریں۔`,
  ],
];

const CODES: Record<ErrorCode, string> = {
  VALIDATION: 'کچھ اندراجات درست نہیں',
  NOT_FOUND: 'نہیں ملا',
  CONFLICT: 'یہ تبدیلی موجودہ اندراج سے ٹکراتی ہے',
  LOCKED: 'محافظ پر تالا لگا ہے۔ اپنے پاس فریز سے کھولیں۔',
  WRONG_PASSPHRASE: 'غلط پاس فریز۔',
  DAMAGED: 'ڈیٹا بیس خراب ہے؛ بیک اپ سے بحال کریں۔',
  UNSUPPORTED_VERSION: 'یہ ڈائری محافظ کے نئے ورژن کی ہے؛ اسے کھولنے کے لیے محافظ اپ ڈیٹ کریں۔',
  FORBIDDEN_SENDER: 'یہ درخواست محافظ کے اپنے صفحے سے نہیں آئی۔',
  TOO_MANY_ATTEMPTS: 'بہت زیادہ غلط پاس فریز۔ کچھ دیر بعد دوبارہ کوشش کریں۔',
  DISK_FULL: 'محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے۔',
  INTERNAL: 'کچھ غلط ہو گیا؛ کچھ محفوظ نہیں ہوا۔',
};

const known = (message: string): string | null => {
  const exact = EXACT[message];
  if (exact) return exact;
  for (const [re, urdu] of PATTERNS) {
    const m = re.exec(message);
    if (m) return urdu(m);
  }
  // A validation summary from the backend: "field.path: message (and 2 more)".
  const summary = /^[\w.]+: (.+?)(?: \(and (\d+) more\))?$/.exec(message);
  if (summary?.[1]) {
    const first = known(summary[1]);
    if (first) return summary[2] ? `${first} (اور ${summary[2]} مزید)` : first;
  }
  return null;
};

/** A message from the backend (or a contract schema) in the interface language. */
export const localMessage = (message: string, code?: ErrorCode | undefined): string => {
  if (getPrefs().language !== 'ur') return message;
  const urdu = known(message);
  if (urdu) return localDigits(urdu);
  const prefix = code ? CODES[code] : CODES.INTERNAL;
  return `${prefix}: ${FSI}${message}${PDI}`;
};

/** Every message of a field-error map, in the interface language. */
export const localFieldMessages = (fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localMessage(v, 'VALIDATION')]));
