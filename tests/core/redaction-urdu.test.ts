import { describe, expect, test } from 'vitest';
import { makeScrub, redactPlace, type ClientRow } from '../../electron/core/services/reports/redaction';

/*
 * A redacted printout hides the client's Urdu name however it was typed: the stored سعدیہ (Urdu
 * yeh ی, heh goal ہ) is also found written with the Arabic keyboard's ي or ه, with vowel marks
 * (a zabar) or a tatweel, as search/fold.ts folds them for search.
 */

const client = {
  id: 'c1',
  fullName: 'Saadia Baloch',
  nameUr: 'سعدیہ بلوچ',
  codename: 'Indigo',
  cnic: null,
  phone: null,
  address: null,
  guardianName: null,
  contactPerson: null,
} as unknown as ClientRow;

const scrub = makeScrub([{ client, alias: 'Indigo' }]);

describe('the Urdu name, however typed', () => {
  test.each([
    ['as stored', 'سعدیہ بلوچ کی ضمانت'],
    ['with Arabic yeh', 'سعديہ بلوچ کی ضمانت'],
    ['with Arabic heh', 'سعدیه بلوچ کی ضمانت'],
    ['with a zabar', 'سَعدیہ بلوچ کی ضمانت'],
    ['with a tatweel', 'سعـدیہ بلوچ کی ضمانت'],
  ])('%s', (_how, text) => {
    expect(scrub(text)).toBe('Indigo کی ضمانت');
  });

  test('one part of the name alone, with Arabic yeh, is hidden too; other words stay', () => {
    expect(scrub('پیشی: سعديہ حاضر نہیں')).toBe('پیشی: Indigo حاضر نہیں');
  });
});

test('a name with an apostrophe is hidden whole, however the apostrophe was typed, never leaving "Sa\'"', () => {
  const sa = { ...client, fullName: "Sa'adia Baloch", nameUr: null } as unknown as ClientRow;
  const s = makeScrub([{ client: sa, alias: 'Indigo' }]);
  expect(s("Sa'adia was heard; Sa’adia’s brother waited.")).toBe('Indigo was heard; Indigo’s brother waited.');
  expect(s('Hearing of Baloch')).toBe('Hearing of Indigo');
});

describe('a place on a redacted printout', () => {
  test('keeps only its town when it holds a number, in English or Urdu; a place without one is kept', () => {
    const same = (t: string | null) => t;
    expect(redactPlace('His home, Street 21, G-9/2, Islamabad', same)).toBe('withheld, Islamabad');
    expect(redactPlace('مکان نمبر ۱۲، گلی ۴، کوئٹہ', same)).toBe('withheld, کوئٹہ');
    expect(redactPlace('House 12 Street 4 Quetta', same)).toBe('withheld');
    expect(redactPlace('Outside the Press Club, Quetta', same)).toBe('Outside the Press Club, Quetta');
    expect(redactPlace(null, same)).toBeNull();
  });
});
