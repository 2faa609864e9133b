/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { setPrefs } from '../../src/i18n/language';
import { formatDate, formatDay, formatDayFirst, formatTime } from '../../src/lib/format';
import { FSI, PDI, URDU_MONTHS, formatNumber, toUrduDigits } from '../../src/lib/localize';

// Every feature bundle that merges its English into i18n (bail, backup, reports, and any added later).
const bundles = import.meta.glob('../../src/features/**/strings.ts', { eager: true });

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`),
  );
const at = (tree: Tree, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), tree);
const variables = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Values that are the same in both languages: names of things, written as they are. */
const SAME_IN_BOTH = new Set([
  'language.english',
  'language.urdu',
  'petitions.language.en',
  'petitions.language.ur',
  'reports.exportCsv',
]);
/** Nothing to translate: only placeholders, digits, signs and acronyms such as SHA-256 or CSV. */
const untranslatable = (text: string) => !/[a-z]/.test(text.replace(/\{\{\w+\}\}/g, ''));
const mustTranslate = ([key, text]: [string, string]) => !SAME_IN_BOTH.has(key) && !untranslatable(text);

describe('the Urdu interface has every string', () => {
  const en = i18n.getResourceBundle('en', 'translation') as Tree;
  const ur = i18n.getResourceBundle('ur', 'translation') as Tree;
  const english = leaves(en);

  it('loads the feature bundles it checks', () => {
    expect(Object.keys(bundles).length).toBeGreaterThanOrEqual(3);
    expect(english.length).toBeGreaterThan(700);
    for (const group of ['bail', 'backup', 'reports'])
      expect(Object.keys(at(en, group) as Tree).length).toBeGreaterThan(10);
  });

  it('gives every English key a non-empty Urdu string with the same placeholders', () => {
    const missing = english.filter(([key]) => typeof at(ur, key) !== 'string' || !(at(ur, key) as string).trim());
    expect(missing.map(([k]) => k)).toEqual([]);
    const wrongVars = english.filter(
      ([key, text]) => variables(text).join() !== variables(at(ur, key) as string).join(),
    );
    expect(wrongVars.map(([k]) => k)).toEqual([]);
  });

  it('has no Urdu key that English lacks', () => {
    const extra = leaves(ur).filter(([key]) => typeof at(en, key) !== 'string');
    expect(extra.map(([k]) => k)).toEqual([]);
  });

  it('does not leave English copied into Urdu (proper nouns aside)', () => {
    const copied = english.filter(([key, text]) => mustTranslate([key, text]) && at(ur, key) === text);
    expect(copied.map(([k]) => k)).toEqual([]);
    const noUrdu = english.filter((e) => mustTranslate(e) && !/[\u0600-\u06ff]/.test(at(ur, e[0]) as string));
    expect(noUrdu.map(([k]) => k)).toEqual([]);
  });
});

describe('dates and numbers in the chosen language', () => {
  beforeAll(() => setPrefs({ language: 'ur', digits: 'western' }));

  it('writes Urdu month names with Western digits by default', () => {
    expect(formatDate('2026-11-27')).toBe('27 نومبر 2026');
    expect(formatDay('2026-11-27')).toBe('جمعہ، 27 نومبر 2026');
    expect(formatTime('10:30')).toBe('صبح 10:30');
    expect(formatTime('14:05')).toBe('دوپہر 2:05');
    const months = Array.from({ length: 12 }, (_, m) => formatDate(`2026-${String(m + 1).padStart(2, '0')}-01`));
    expect(months).toEqual(URDU_MONTHS.map((name) => `1 ${name} 2026`));
    expect(URDU_MONTHS.join('،')).toBe('جنوری،فروری،مارچ،اپریل،مئی،جون،جولائی،اگست،ستمبر،اکتوبر،نومبر،دسمبر');
  });

  it('writes Urdu digits (Extended Arabic-Indic) when chosen, but not inside case numbers', () => {
    setPrefs({ digits: 'urdu' });
    expect(toUrduDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(formatDate('2026-03-05')).toBe('۵ مارچ ۲۰۲۶');
    expect(formatDayFirst('2026-03-05')).toBe('۰۵/۰۳/۲۰۲۶');
    expect(formatNumber(250000)).toBe('۲۵۰,۰۰۰');
    expect(i18n.t('today.upcoming')).toBe('اگلے ۷ دن');
    expect(i18n.t('bail.hearings', { count: 3 })).toBe('۳ پیشیاں');
    // An FIR number typed in English keeps its own digits and direction inside the Urdu sentence.
    expect(i18n.t('reports.dossier.fir', { number: '123/2024' })).toBe(`ایف آئی آر ${FSI}123/2024${PDI}`);
    setPrefs({ digits: 'western' });
    expect(i18n.t('bail.hearings', { count: 3 })).toBe('3 پیشیاں');
  });

  it('leaves English as it was: English month names, Western digits, no isolation of English values', () => {
    setPrefs({ language: 'en', digits: 'urdu' });
    expect(formatDate('2026-11-27')).toBe('27 Nov 2026');
    expect(formatTime('14:05')).toBe('2:05 PM');
    expect(i18n.t('reports.dossier.fir', { number: '8959-B/2023' })).toBe('FIR 8959-B/2023');
    // An Urdu name inside an English sentence keeps its own direction.
    expect(i18n.t('reports.dossier.ps', { name: 'تھانہ رمنا' })).toBe(`PS ${FSI}تھانہ رمنا${PDI}`);
    setPrefs({ digits: 'western' });
  });
});

describe('error messages in the chosen language', () => {
  it('shows the Urdu of a known backend message, and the code with the English kept for an unknown one', async () => {
    const { localMessage, localFieldMessages } = await import('../../src/i18n/errors');
    setPrefs({ language: 'ur', digits: 'western' });
    expect(localMessage('Wrong passphrase.', 'WRONG_PASSPHRASE')).toBe('غلط پاس فریز۔');
    expect(localMessage('cnic: CNIC must look like 12345-1234567-1 (and 2 more)', 'VALIDATION')).toBe(
      `شناختی کارڈ نمبر اس طرح ہو: ${FSI}12345-1234567-1${PDI} (اور 2 مزید)`,
    );
    expect(localMessage('Client was not found', 'NOT_FOUND')).toBe('موکل نہیں ملا');
    expect(localFieldMessages({ fullName: 'Required', nameUr: 'At most 200 characters' })).toEqual({
      fullName: 'ضروری ہے',
      nameUr: 'زیادہ سے زیادہ 200 حروف',
    });
    expect(localMessage('Something new went wrong', 'CONFLICT')).toBe(
      `یہ تبدیلی موجودہ اندراج سے ٹکراتی ہے: ${FSI}Something new went wrong${PDI}`,
    );
    setPrefs({ language: 'en' });
    expect(localMessage('Wrong passphrase.', 'WRONG_PASSPHRASE')).toBe('Wrong passphrase.');
  });
});

describe('rules of time in Urdu', () => {
  it('has the Urdu name of every seeded rule, and shows a lawyer’s own rule as written', async () => {
    const { readFileSync } = await import('node:fs');
    const { ruleName, SEEDED_RULE_NAMES } = await import('../../src/i18n/rule-names');
    const sql = readFileSync('electron/core/db/migrations/0004_seed_rules_calendar.sql', 'utf8');
    const seeded = [...sql.matchAll(/INSERT INTO `legal_rules`.*?VALUES \('[^']+', '((?:[^']|'')*)'/g)].map((m) =>
      (m[1] ?? '').replaceAll("''", "'"),
    );
    expect(seeded).toHaveLength(30);
    expect([...seeded].sort()).toEqual([...SEEDED_RULE_NAMES].sort());
    setPrefs({ language: 'ur' });
    expect(ruleName('Produce before a magistrate (24 hours from arrest)')).toBe(
      'مجسٹریٹ کے سامنے پیشی (گرفتاری سے 24 گھنٹے)',
    );
    expect(ruleName('Our own rule')).toBe('Our own rule');
    const { holidayName, SEEDED_HOLIDAY_NAMES } = await import('../../src/i18n/rule-names');
    const holidays = new Set(
      [...sql.matchAll(/INSERT INTO `holidays` \(`id`, `name`[^)]*\) VALUES \('[^']+', '((?:[^']|'')*)'/g)].map((m) =>
        (m[1] ?? '').replaceAll("''", "'"),
      ),
    );
    expect(holidays.size).toBeGreaterThan(15);
    expect([...holidays].sort()).toEqual([...SEEDED_HOLIDAY_NAMES].sort());
    expect(holidayName('Pakistan Day')).toBe('یومِ پاکستان');
    setPrefs({ language: 'en' });
    expect(ruleName('Produce before a magistrate (24 hours from arrest)')).toBe(
      'Produce before a magistrate (24 hours from arrest)',
    );
  });
});
