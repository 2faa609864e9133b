import { format, parseISO } from 'date-fns';
import type { ForumType, GuardianRelation, Province, Statute } from '../../../shared/enums';

/*
 * How Pakistani pleadings write dates, offences, courts and relations, in English and Urdu.
 * Pure functions: merge-data.ts reads the case and hands the values here.
 */

/** "02.10.2026": the form pleadings and orders use (pakistan-law.md §5.1). */
export const pleadingDate = (iso: string | null): string | null => (iso ? format(parseISO(iso), 'dd.MM.yyyy') : null);

const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** "27th day of November, 2026": the verification's form. */
export const verificationDate = (iso: string): string => {
  const d = parseISO(iso);
  return `${ordinal(d.getDate())} day of ${format(d, 'MMMM, yyyy')}`;
};

const URDU_MONTHS = [
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
];

/** "27 نومبر 2026". */
export const urduLongDate = (iso: string): string => {
  const d = parseISO(iso);
  return `${d.getDate()} ${URDU_MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()}`;
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

/** "one year", "six months": a legal period as a petition states it. */
export const periodWords = (n: number, unit: 'hours' | 'days' | 'months' | 'years'): string => {
  const word = NUMBER_WORDS[n] ?? String(n);
  const singular = unit.slice(0, -1);
  return `${word} ${n === 1 ? singular : unit}`;
};

// ---------- relations ----------

export const RELATION_EN: Record<GuardianRelation, string> = { son_of: 's/o', daughter_of: 'd/o', wife_of: 'w/o' };
export const RELATION_UR: Record<GuardianRelation, string> = { son_of: 'ولد', daughter_of: 'دختر', wife_of: 'زوجہ' };

// ---------- offences ----------

const STATUTE_UR: Record<Statute, string | null> = {
  PPC: 'ت پ',
  CrPC: 'ض ف',
  PECA: 'پیکا',
  ATA: 'انسداد دہشت گردی ایکٹ',
  MPO: 'ایم پی او',
  other: null,
};

export type OffenceRow = { statute: Statute; section: string; note: string | null };

const statuteName = (o: OffenceRow, urdu: boolean): string =>
  (urdu ? STATUTE_UR[o.statute] : o.statute === 'other' ? null : o.statute) ?? o.note ?? '';

/**
 * "26-A PECA, 505 PPC" or "302, 324 PPC, 7 ATA": sections grouped under their statute, the
 * statutes in the order the FIR names them.
 */
export const offencesText = (rows: OffenceRow[], urdu = false): string | null => {
  if (rows.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const o of rows) {
    const name = statuteName(o, urdu);
    groups.set(name, [...(groups.get(name) ?? []), o.section]);
  }
  const sep = urdu ? '، ' : ', ';
  return [...groups].map(([name, sections]) => `${sections.join(sep)}${name ? ` ${name}` : ''}`).join(sep);
};

export const offenceText = (o: OffenceRow, urdu = false): string => {
  const name = statuteName(o, urdu);
  return name ? `${o.section} ${name}` : o.section;
};

// ---------- places ----------

const URDU_PLACES: Record<string, string> = {
  lahore: 'لاہور',
  islamabad: 'اسلام آباد',
  rawalpindi: 'راولپنڈی',
  karachi: 'کراچی',
  peshawar: 'پشاور',
  quetta: 'کوئٹہ',
  multan: 'ملتان',
  faisalabad: 'فیصل آباد',
  gujranwala: 'گوجرانوالہ',
  sialkot: 'سیالکوٹ',
  sargodha: 'سرگودھا',
  bahawalpur: 'بہاولپور',
  sheikhupura: 'شیخوپورہ',
  kasur: 'قصور',
  okara: 'اوکاڑہ',
  sahiwal: 'ساہیوال',
  jhelum: 'جہلم',
  gujrat: 'گجرات',
  attock: 'اٹک',
  chiniot: 'چنیوٹ',
  jhang: 'جھنگ',
  vehari: 'وہاڑی',
  khanewal: 'خانیوال',
  'dera ghazi khan': 'ڈیرہ غازی خان',
  'rahim yar khan': 'رحیم یار خان',
  mianwali: 'میانوالی',
  chakwal: 'چکوال',
  narowal: 'نارووال',
  hafizabad: 'حافظ آباد',
  'mandi bahauddin': 'منڈی بہاؤالدین',
  'toba tek singh': 'ٹوبہ ٹیک سنگھ',
  hyderabad: 'حیدرآباد',
  sukkur: 'سکھر',
  larkana: 'لاڑکانہ',
  mirpurkhas: 'میرپور خاص',
  nawabshah: 'نوابشاہ',
  mardan: 'مردان',
  swat: 'سوات',
  mingora: 'مینگورہ',
  abbottabad: 'ایبٹ آباد',
  mansehra: 'مانسہرہ',
  kohat: 'کوہاٹ',
  bannu: 'بنوں',
  'dera ismail khan': 'ڈیرہ اسماعیل خان',
  'd.i. khan': 'ڈیرہ اسماعیل خان',
  charsadda: 'چارسدہ',
  nowshera: 'نوشہرہ',
  swabi: 'صوابی',
  turbat: 'تربت',
  gwadar: 'گوادر',
  sibi: 'سبی',
  khuzdar: 'خضدار',
  gilgit: 'گلگت',
  muzaffarabad: 'مظفرآباد',
  mirpur: 'میرپور',
};

const DIRECTIONS: Record<string, string> = {
  east: 'شرقی',
  west: 'غربی',
  south: 'جنوبی',
  north: 'شمالی',
  central: 'وسطی',
};

/** A district or city in Urdu script ("Karachi South" → "کراچی جنوبی"); null when not known. */
export const placeUr = (place: string | null): string | null => {
  if (!place) return null;
  const key = place.toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (URDU_PLACES[key]) return URDU_PLACES[key];
  const words = key.split(' ');
  const last = words.at(-1) ?? '';
  const head = words.slice(0, -1).join(' ');
  if (DIRECTIONS[last] && URDU_PLACES[head]) return `${URDU_PLACES[head]} ${DIRECTIONS[last]}`;
  return null;
};

// ---------- courts ----------

export type CourtRef = {
  name: string;
  forumType: ForumType;
  city: string | null;
  province: Province | null;
  /** A bench or circuit court of a High Court. */
  isBench: boolean;
};

const DISTRICT_LEVEL: ForumType[] = ['sessions', 'magistrate', 'atc', 'peca_court'];
export const isDistrictCourt = (t: ForumType): boolean => DISTRICT_LEVEL.includes(t);

/** A High Court's heading always ends with its seat ("…, RAWALPINDI BENCH, RAWALPINDI"); a judge's names the city once. */
const withCity = (text: string, city: string | null, always = false): string => {
  if (!city) return text;
  const t = text.toLowerCase();
  const c = city.toLowerCase();
  return (always ? t.endsWith(c) : t.includes(c)) ? text : `${text}, ${city}`;
};

/** "IN THE LAHORE HIGH COURT, LAHORE", "IN THE COURT OF SESSIONS JUDGE, LAHORE". */
export const courtHeading = (c: CourtRef): string => {
  const name = c.name.replace(/^the\s+/i, '');
  if (c.forumType === 'high_court' && /^sindh high court/i.test(name)) {
    const rest = name.replace(/^sindh high court,?\s*/i, '');
    return (
      rest ? `IN THE HIGH COURT OF SINDH, ${rest}` : `IN THE HIGH COURT OF SINDH AT ${c.city ?? 'KARACHI'}`
    ).toUpperCase();
  }
  if (c.forumType === 'high_court' && /^balochistan high court/i.test(name)) {
    return withCity(
      name.replace(/^balochistan high court/i, 'IN THE HIGH COURT OF BALOCHISTAN'),
      c.city,
      true,
    ).toUpperCase();
  }
  if (c.forumType === 'commission') return withCity(`BEFORE THE ${name}`, c.city).toUpperCase();
  const court = /court/i.test(name) ? `IN THE ${name}` : `IN THE COURT OF ${name}`;
  return withCity(court, c.city, c.forumType === 'high_court').toUpperCase();
};

/** "the learned Sessions Judge, Lahore" or "the Lahore High Court": a court named in a sentence. */
export const courtPhrase = (c: CourtRef): string =>
  isDistrictCourt(c.forumType) && !/court/i.test(c.name) ? `learned ${c.name}` : c.name.replace(/^the\s+/i, '');

const HIGH_COURT_UR: Partial<Record<Province, string>> = {
  punjab: 'لاہور ہائی کورٹ',
  sindh: 'سندھ ہائی کورٹ',
  kp: 'پشاور ہائی کورٹ',
  balochistan: 'بلوچستان ہائی کورٹ',
  ict: 'اسلام آباد ہائی کورٹ',
};

/** The court in Urdu, as a sentence names it ("عدالت جناب سیشن جج صاحب، لاہور"); null when the city has no Urdu name here. */
export const courtUr = (c: CourtRef): string | null => {
  const city = placeUr(c.city);
  if (!city) return null;
  switch (c.forumType) {
    case 'sessions': {
      const judge = /additional/i.test(c.name)
        ? 'ایڈیشنل سیشن جج'
        : /district/i.test(c.name)
          ? 'ڈسٹرکٹ اینڈ سیشن جج'
          : 'سیشن جج';
      return `عدالت جناب ${judge} صاحب، ${city}`;
    }
    case 'magistrate':
      return `عدالت جناب جوڈیشل مجسٹریٹ صاحب، ${city}`;
    case 'atc':
      return `عدالت جناب جج صاحب انسداد دہشت گردی عدالت، ${city}`;
    case 'peca_court':
      return `عدالت جناب جج صاحب خصوصی عدالت (پیکا)، ${city}`;
    case 'high_court': {
      const hc = c.province ? HIGH_COURT_UR[c.province] : undefined;
      if (!hc) return null;
      return c.isBench ? `عدالت عالیہ ${hc}، ${city} بنچ، ${city}` : `عدالت عالیہ ${hc}، ${city}`;
    }
    case 'supreme_court':
      return `عدالت عظمیٰ پاکستان، ${city}`;
    default:
      return null;
  }
};

/** "بعدالت جناب سیشن جج صاحب، لاہور". */
export const courtHeadingUr = (c: CourtRef): string | null => {
  const name = courtUr(c);
  return name ? `ب${name}` : null;
};

// ---------- respondents ----------

export const GOVERNMENT: Partial<Record<Province, string>> = {
  punjab: 'Government of the Punjab through Secretary, Home Department, Lahore',
  sindh: 'Government of Sindh through Secretary, Home Department, Karachi',
  kp: 'Government of Khyber Pakhtunkhwa through Secretary, Home Department, Peshawar',
  balochistan: 'Government of Balochistan through Secretary, Home Department, Quetta',
  ict: 'Federation of Pakistan through Secretary, Ministry of Interior, Islamabad',
};

export const POLICE_CHIEF: Partial<Record<Province, string>> = {
  punjab: 'Inspector General of Police, Punjab, Lahore',
  sindh: 'Inspector General of Police, Sindh, Karachi',
  kp: 'Inspector General of Police, Khyber Pakhtunkhwa, Peshawar',
  balochistan: 'Inspector General of Police, Balochistan, Quetta',
  ict: 'Inspector General of Police, Islamabad Capital Territory, Islamabad',
};

/** The High Court of each province, as seeded (migration 0001). */
export const HIGH_COURT_ID: Partial<Record<Province, string>> = {
  punjab: 'seed:lhc',
  sindh: 'seed:shc',
  kp: 'seed:phc',
  balochistan: 'seed:bhc',
  ict: 'seed:ihc',
};
