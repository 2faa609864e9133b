import { getPrefs } from './language';

/*
 * The seeded rules of time (migration 0004) are data, named in English; deadlines carry the rule's name
 * as their title. In Urdu the seeded names are shown in Urdu; a rule the lawyer added or renamed is
 * shown as written.
 */
const URDU: Record<string, string> = {
  'Produce before a magistrate (24 hours from arrest)': 'مجسٹریٹ کے سامنے پیشی (گرفتاری سے 24 گھنٹے)',
  'Police remand: 15 days in the whole': 'جسمانی ریمانڈ: کل ملا کر 15 دن',
  'Police remand ends: production before the magistrate': 'جسمانی ریمانڈ ختم: مجسٹریٹ کے سامنے پیشی',
  'Judicial remand ends (at most 15 days at a time)': 'جوڈیشل ریمانڈ ختم (ایک وقت میں زیادہ سے زیادہ 15 دن)',
  'ATA police remand ends': 'انسدادِ دہشت گردی ایکٹ کے تحت جسمانی ریمانڈ ختم',
  'ATA remand order: at most 30 days at one time': 'انسدادِ دہشت گردی ایکٹ ریمانڈ: ایک وقت میں زیادہ سے زیادہ 30 دن',
  'ATA remand: 90 days in total': 'انسدادِ دہشت گردی ایکٹ ریمانڈ: کل 90 دن',
  'Investigation to be completed (14 days from the FIR)': 'تفتیش مکمل ہونی ہے (ایف آئی آر سے 14 دن)',
  'Interim police report due (day 17 from the FIR)': 'عبوری پولیس رپورٹ (چالان) واجب (ایف آئی آر سے 17واں دن)',
  'Statutory bail for delay ripens (offence not punishable with death)':
    'تاخیر کی بنیاد پر قانونی ضمانت کا حق (جرم کی سزا موت نہیں)',
  'Statutory bail for delay ripens (offence punishable with death)':
    'تاخیر کی بنیاد پر قانونی ضمانت کا حق (جرم کی سزا موت)',
  'Suspension of sentence due (sentence up to 3 years)': 'معطلیٔ سزا کا حق (3 سال تک کی سزا)',
  'Suspension of sentence due (over 3 and up to 7 years)': 'معطلیٔ سزا کا حق (3 سے زیادہ، 7 سال تک)',
  'Suspension of sentence due (over 7 years or life)': 'معطلیٔ سزا کا حق (7 سال سے زیادہ یا عمر قید)',
  'Appeal to the High Court against conviction': 'سزا کے خلاف ہائی کورٹ میں اپیل',
  'Appeal to the High Court from a sentence of death': 'سزائے موت کے خلاف ہائی کورٹ میں اپیل',
  "Appeal to the Court of Session against a magistrate's conviction": 'مجسٹریٹ کی سزا کے خلاف سیشن عدالت میں اپیل',
  "State's time to appeal an acquittal": 'بریت کے خلاف سرکار کی اپیل کی میعاد',
  "Victim's appeal against acquittal": 'بریت کے خلاف متاثرہ فریق کی اپیل',
  "Complainant's application for special leave (complaint case)": 'مستغیث کی خصوصی اجازت کی درخواست (استغاثہ)',
  'Appeal against an ATC conviction': 'انسدادِ دہشت گردی عدالت کی سزا کے خلاف اپیل',
  "Victim's appeal against an ATC acquittal": 'انسدادِ دہشت گردی عدالت کی بریت کے خلاف متاثرہ فریق کی اپیل',
  'Appeal from a PECA court judgment': 'پیکا عدالت کے فیصلے کے خلاف اپیل',
  'Criminal petition for leave to appeal to the Supreme Court': 'سپریم کورٹ میں اپیل کی اجازت کی فوجداری درخواست',
  "Intra-court appeal against a single judge's writ order": 'سنگل جج کے رٹ حکم کے خلاف انٹرا کورٹ اپیل',
  'Review petition in the Supreme Court': 'سپریم کورٹ میں نظرِ ثانی کی درخواست',
  'Protective bail ends: appear before the competent court': 'حفاظتی ضمانت ختم: مجاز عدالت کے سامنے پیش ہوں',
  'Grounds of detention to be communicated': 'نظربندی کی وجوہات سے آگاہ کیا جانا ہے',
  'Review Board report needed before 3 months': '3 ماہ سے پہلے ریویو بورڈ کی رپورٹ درکار',
  'Preventive detention cap (public order): 8 months in any 24':
    'حفاظتی نظربندی کی حد (امنِ عامہ): کسی بھی 24 ماہ میں 8 ماہ',
};

/** A rule's (or its deadline's) name in the interface language. */
export const ruleName = (name: string): string => (getPrefs().language === 'ur' ? (URDU[name] ?? name) : name);

export const SEEDED_RULE_NAMES = Object.keys(URDU);

/* The seeded holidays and vacations (migration 0004), named in English; a holiday the lawyer adds is shown as written. */
const HOLIDAYS: Record<string, string> = {
  'Ashura (9th and 10th Muharram)': 'عاشورہ (9 اور 10 محرم)',
  'Ashura (estimate)': 'عاشورہ (متوقع)',
  'Eid Milad-un-Nabi': 'عید میلاد النبی',
  'Eid Milad-un-Nabi (estimate)': 'عید میلاد النبی (متوقع)',
  'Eid-ul-Azha': 'عید الاضحیٰ',
  'Eid-ul-Azha (estimate)': 'عید الاضحیٰ (متوقع)',
  'Eid-ul-Fitr': 'عید الفطر',
  'Eid-ul-Fitr (estimate)': 'عید الفطر (متوقع)',
  'IHC summer vacation 2024': 'اسلام آباد ہائی کورٹ موسمِ گرما کی تعطیلات 2024',
  'IHC winter vacation 2025-26': 'اسلام آباد ہائی کورٹ موسمِ سرما کی تعطیلات 2025-26',
  'Independence Day': 'یومِ آزادی',
  'Iqbal Day': 'یومِ اقبال',
  'Kashmir Solidarity Day': 'یومِ یکجہتیٔ کشمیر',
  'LHC summer vacation 2025': 'لاہور ہائی کورٹ موسمِ گرما کی تعطیلات 2025',
  'LHC winter vacation 2024-25': 'لاہور ہائی کورٹ موسمِ سرما کی تعطیلات 2024-25',
  'Labour Day': 'یومِ مزدور',
  'Pakistan Day': 'یومِ پاکستان',
  'Quaid-e-Azam Day / Christmas': 'یومِ قائداعظم / کرسمس',
  'SHC winter vacation 2025-26': 'سندھ ہائی کورٹ موسمِ سرما کی تعطیلات 2025-26',
  'Supreme Court summer vacation 2025': 'سپریم کورٹ موسمِ گرما کی تعطیلات 2025',
  'Supreme Court winter vacation 2025': 'سپریم کورٹ موسمِ سرما کی تعطیلات 2025',
  'Youm-e-Takbeer': 'یومِ تکبیر',
};

export const holidayName = (name: string): string => (getPrefs().language === 'ur' ? (HOLIDAYS[name] ?? name) : name);

export const SEEDED_HOLIDAY_NAMES = Object.keys(HOLIDAYS);
