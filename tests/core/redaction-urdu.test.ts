import { describe, expect, test } from 'vitest';
import { makeScrub, type ClientRow } from '../../electron/core/services/reports/redaction';

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
