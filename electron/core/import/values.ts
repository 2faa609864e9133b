import {
  CASE_STATUSES,
  CASE_TYPES,
  CUSTODY_STATUSES,
  FORUM_TYPES,
  HEARING_OUTCOMES,
  HRD_CATEGORIES,
  RISK_LEVELS,
  STATUTES,
  type ForumType,
  type Statute,
} from '../../shared/enums';
import { westernDigits } from './dates';

/* Reading the values of a diary's cells: offences, enums written in words, CNICs, FIR numbers. */

/** Collapses spaces and case, for matching names, FIR numbers and forums. */
export const matchKey = (s: string | null | undefined): string =>
  westernDigits(s ?? '')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/\b(no|number)\b\.?/g, '')
    .replace(/[\s.,:#]+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .trim();

/** An FIR as "number/year": a year column completes a bare number. */
export const firNumberOf = (num: string | null, year: string | null): string | null => {
  if (!num) return null;
  const n = westernDigits(num).trim();
  const y = westernDigits(year ?? '').trim();
  if (!y || /[/-]\s*\d{2,4}\s*$/.test(n)) return n;
  return `${n}/${y.length === 2 ? `20${y}` : y}`;
};

/** 13 digits, however written, as the card prints them: 12345-1234567-1. */
export const normalizeCnic = (s: string): string | null => {
  const digits = westernDigits(s).replace(/\D/g, '');
  return digits.length === 13 ? `${digits.slice(0, 5)}-${digits.slice(5, 12)}-${digits.slice(12)}` : null;
};

export const normalizePhone = (s: string): string | null => {
  const p = westernDigits(s).trim().replace(/^'/, '');
  return /^[+0-9][0-9 -]{6,19}$/.test(p) ? p : null;
};

const YES = ['yes', 'y', 'true', '1', 'ہاں', 'جی ہاں', 'sensitive'];
const NO = ['no', 'n', 'false', '0', 'نہیں', ''];
export const parseYesNo = (s: string): boolean | null => {
  const v = s.trim().toLowerCase();
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  return null;
};

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[_\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** An enum from its value ("bail_granted"), its English label, or words a diary uses for it. */
const enumReader =
  <T extends string>(values: readonly T[], labels: Record<string, T>) =>
  (s: string): T | null => {
    const w = words(s);
    const direct = values.find((v) => words(v) === w);
    if (direct) return direct;
    if (labels[w]) return labels[w] as T;
    // A longer phrase naming one value ("Adjourned for arguments").
    const hit = Object.entries(labels).find(([k]) => w.startsWith(`${k} `) || w === k);
    return hit ? hit[1] : null;
  };

export const readOutcome = enumReader(HEARING_OUTCOMES, {
  adjourned: 'adjourned',
  adj: 'adjourned',
  'adj.': 'adjourned',
  'adjourned to': 'adjourned',
  heard: 'heard',
  arguments: 'heard',
  'arguments heard': 'heard',
  'order reserved': 'order_reserved',
  reserved: 'order_reserved',
  'ex parte': 'ex_parte',
  disposed: 'disposed',
  'disposed of': 'disposed',
  decided: 'disposed',
  'bail granted': 'bail_granted',
  'bail allowed': 'bail_granted',
  'bail accepted': 'bail_granted',
  'bail dismissed': 'bail_dismissed',
  'bail rejected': 'bail_dismissed',
  'bail refused': 'bail_dismissed',
  other: 'other',
  ملتوی: 'adjourned',
  'ضمانت منظور': 'bail_granted',
  'ضمانت خارج': 'bail_dismissed',
  'ضمانت مسترد': 'bail_dismissed',
  'فیصلہ محفوظ': 'order_reserved',
  نمٹا: 'disposed',
});

export const readCaseType = enumReader(CASE_TYPES, {
  trial: 'trial',
  bail: 'bail',
  'post arrest bail': 'bail',
  'bail after arrest': 'bail',
  'pre arrest bail': 'pre_arrest_bail',
  'bail before arrest': 'pre_arrest_bail',
  habeas: 'habeas_corpus',
  'habeas corpus': 'habeas_corpus',
  quashment: 'quashment',
  'quashment of fir': 'quashment',
  appeal: 'appeal',
  'criminal appeal': 'appeal',
  revision: 'revision',
  'constitutional petition': 'constitutional_petition',
  'writ petition': 'constitutional_petition',
  writ: 'constitutional_petition',
  'commission complaint': 'commission_complaint',
  ضمانت: 'bail',
  'ضمانت قبل از گرفتاری': 'pre_arrest_bail',
  'حبس بے جا': 'habeas_corpus',
  اپیل: 'appeal',
  ٹرائل: 'trial',
});

export const readStatus = enumReader(CASE_STATUSES, {
  active: 'active',
  pending: 'active',
  open: 'active',
  disposed: 'disposed',
  decided: 'disposed',
  closed: 'disposed',
  archived: 'archived',
});

export const readCustody = enumReader(CUSTODY_STATUSES, {
  'not arrested': 'not_arrested',
  'in custody': 'in_custody',
  custody: 'in_custody',
  jail: 'in_custody',
  'judicial lock up': 'in_custody',
  'on bail': 'on_bail',
  bail: 'on_bail',
  released: 'released',
  missing: 'missing',
  disappeared: 'missing',
  unknown: 'unknown',
});

export const readCategory = enumReader(HRD_CATEGORIES, {
  journalist: 'journalist',
  activist: 'activist',
  whrd: 'whrd',
  'woman hrd': 'whrd',
  'religious minority': 'religious_minority',
  lawyer: 'lawyer',
  student: 'student',
  labour: 'labour',
  'family of the disappeared': 'family_of_disappeared',
  'family of disappeared': 'family_of_disappeared',
  other: 'other',
});

export const readRisk = enumReader(RISK_LEVELS, { low: 'low', medium: 'medium', high: 'high', critical: 'critical' });

const STATUTE_WORDS: [RegExp, Statute][] = [
  [/\bp\.?\s?p\.?\s?c\b|تعزیرات پاکستان|ت\s?پ/giu, 'PPC'],
  [/\bpeca\b|پیکا/giu, 'PECA'],
  [/\ba\.?\s?t\.?\s?a\b|انسداد دہشت گردی/giu, 'ATA'],
  [/\bm\.?\s?p\.?\s?o\b/giu, 'MPO'],
  [/\bcr\.?\s?p\.?\s?c\b|ض\s?ف/giu, 'CrPC'],
];
const SECTION = /\d{1,4}(?:\s?-?\s?[A-Za-z](?![A-Za-z]))?(?:\([0-9a-zA-Z]{1,4}\))*/g;

/**
 * Offences as diaries write them: "302/34 PPC", "PPC 302, 34", "PECA 20; 24 & 26-A PPC",
 * "u/s 9-C CNSA". A statute applies to the sections after it when the text starts with one,
 * else to the sections before it; sections with no statute anywhere are read as PPC.
 */
export const parseSections = (input: string): { statute: Statute; section: string }[] => {
  const text = westernDigits(input).replace(/\bu\s*\/\s*s\b|under sections?|sections?|زیر دفعہ|دفعات|دفعہ/giu, ' ');
  const startsWithStatute = STATUTE_WORDS.some(([re]) => new RegExp(`^\\s*(?:${re.source})`, 'iu').test(text));
  // Clauses: "PECA 26-A, 505 PPC" is two, each with its own statute; "302/34 PPC" is one.
  const found = text.split(/[,;&،\n]|\band\b/).flatMap((clause) => sectionsOfClause(clause));
  const known = found.map((f) => f.statute);
  const out = found.map((f, i) => {
    if (f.statute) return { statute: f.statute, section: f.section };
    const before = known.slice(0, i).reverse().find(Boolean);
    const after = known.slice(i + 1).find(Boolean);
    // "PPC 302, 34": a statute named first carries forward; "302, 34 PPC": it reaches back.
    return { statute: (startsWithStatute ? (before ?? after) : (after ?? before)) ?? 'PPC', section: f.section };
  });
  const seen = new Set<string>();
  return out.filter((o) => {
    const k = `${o.statute} ${o.section}`;
    return seen.has(k) ? false : (seen.add(k), STATUTES.includes(o.statute));
  });
};

/** Sections of one clause with the statute the clause names for them (before or after), if any. */
const sectionsOfClause = (s: string): { statute: Statute | null; section: string }[] => {
  const marks: { at: number; end: number; statute: Statute }[] = [];
  for (const [re, statute] of STATUTE_WORDS) {
    for (const m of s.matchAll(re)) marks.push({ at: m.index, end: m.index + m[0].length, statute });
  }
  marks.sort((a, b) => a.at - b.at);
  const inMark = (i: number) => marks.some((m) => i >= m.at && i < m.end);
  const sections = [...s.matchAll(SECTION)]
    .filter((m) => !inMark(m.index))
    .map((m) => ({
      at: m.index,
      section: m[0]
        .replace(/\s+/g, '')
        .toUpperCase()
        .replace(/\(([A-Z0-9]+)\)/g, (x) => x.toLowerCase()),
    }));
  const first = marks[0];
  const prefix = !!first && sections.every((x) => x.at > first.at);
  return sections.map((x) => {
    if (!first) return { statute: null, section: x.section };
    const statute = prefix
      ? ([...marks].reverse().find((m) => m.at < x.at)?.statute ?? first.statute)
      : (marks.find((m) => m.at > x.at)?.statute ?? (marks.at(-1) as { statute: Statute }).statute);
    return { statute, section: x.section };
  });
};

/** How Muhafiz's export writes offences, which parseSections reads back. */
export const formatSections = (offences: { statute: string; section: string }[]): string =>
  offences.map((o) => `${o.statute} ${o.section}`).join(', ');

/** A forum's type from its name, for a forum the diary names that Muhafiz does not know yet. */
export const forumTypeOf = (name: string): ForumType => {
  const n = name.toLowerCase();
  const rules: [RegExp, ForumType][] = [
    [/supreme court|عدالت عظمی/, 'supreme_court'],
    [/high court|عدالت عالیہ|\bihc\b|\blhc\b|\bshc\b|\bphc\b|\bbhc\b/, 'high_court'],
    [/anti[- ]?terror|\batc\b|انسداد دہشت/, 'atc'],
    [/peca|cyber/, 'peca_court'],
    [/sessions|\bads?j\b|سیشن/, 'sessions'],
    [/magistrate|civil judge|judicial magistrate|مجسٹریٹ|سول جج/, 'magistrate'],
    [/commission/, 'commission'],
    [/federal shariat/, 'fsc'],
    [/constitutional court/, 'fcc'],
  ];
  return rules.find(([re]) => re.test(n))?.[1] ?? (FORUM_TYPES.includes('other') ? 'other' : 'other');
};
