import { afterEach, describe, expect, test } from 'vitest';
import { fold, FOLDABLE_GLOB } from '../../electron/core/search/fold';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { JOURNALIST, peca } from '../support/personas';

/*
 * Search folds Urdu (issue 9, migration 0013): a name is found typed with or without its vowel marks,
 * and whichever keyboard wrote its yeh, kaf or heh (Arabic ي ك ه or Urdu ی ک ہ).
 */

let app: TestApp;
afterEach(() => app?.cleanup());

const hitText = (parts: { text: string; hit: boolean }[]) =>
  parts
    .filter((p) => p.hit)
    .map((p) => p.text)
    .join('|');

const seed = async (nameUr: string) => {
  app = await makeUnlockedApp();
  const client = await app.must('clients:create', { ...JOURNALIST, fullName: 'Muhammad Ali Hashmi', nameUr });
  const kase = await app.must('cases:create', { ...peca(client.id), title: null });
  return { client, kase };
};
const search = (query: string) => app.must('search:global', { query });

describe('fold', () => {
  test('drops vowel marks, tatweel and joiners, and unifies Arabic and Urdu letters', () => {
    expect(fold('مُحَمَّد')).toBe('محمد');
    expect(fold('عَلِیٌّ')).toBe('علی');
    expect(fold('ھاشمِی')).toBe('ھاشمی');
    expect(fold('علي')).toBe(fold('علی'));
    expect(fold('كاشف')).toBe(fold('کاشف'));
    expect(fold('الله')).toBe(fold('اللہ'));
    expect(fold('آصف')).toBe('اصف');
    expect(fold('رحمٰن')).toBe('رحمن');
    expect(fold('Crl. Misc. No. 8959-B of 2023')).toBe('Crl. Misc. No. 8959-B of 2023');
  });
});

describe('FOLDABLE_GLOB', () => {
  test('matches exactly the text that folding changes', async () => {
    app = await makeUnlockedApp();
    const glob = app.vault.db.$client.prepare('SELECT ? GLOB ? AS m');
    for (const text of [
      'محمد',
      'مُحَمَّد',
      'عائشہ',
      'علي',
      'علی ہاشمی',
      'كاشف',
      'Ali — FIR 12/2026',
      'ﷲ',
      'آصف',
      'رحمٰن',
      '',
    ]) {
      const { m } = glob.get(text, FOLDABLE_GLOB) as { m: number };
      expect(m === 1, text).toBe(fold(text) !== text);
    }
  });
});

describe('search:global in Urdu', () => {
  test('finds a name written with diacritics when it is typed without, and marks it as written', async () => {
    const { client, kase } = await seed('مُحَمَّد عَلی ہاشمی');
    const r = await search('محمد علی');
    expect(r.clients.map((c) => c.id)).toEqual([client.id]);
    expect(hitText(r.clients[0]?.match ?? [])).toBe('مُحَمَّد|عَلی');
    // The client's case is found by the party's name too.
    expect(r.cases.map((c) => c.id)).toEqual([kase.id]);
  });

  test('below three characters too: two Urdu letters find the name with marks or Arabic letters between', async () => {
    const { client } = await seed('مُحَمَّد عَلی ہاشمی');
    const r = await search('عل');
    expect(r.clients.map((c) => c.id)).toEqual([client.id]);
    expect(hitText(r.clients[0]?.match ?? [])).toBe('عَل');
    await app.must('clients:update', {
      id: client.id,
      data: { ...JOURNALIST, fullName: 'Muhammad Ali Hashmi', nameUr: 'محمد علي' },
    });
    // ي (Arabic yeh) found by ی (Urdu yeh), and the other way about.
    expect((await search('لی')).clients.map((c) => c.id)).toEqual([client.id]);
    expect((await search('لي')).clients.map((c) => c.id)).toEqual([client.id]);
    expect((await search('کا')).clients).toEqual([]);
    // A case's title in Urdu, with marks, and a name typed in Urdu in the English name's field.
    const kase = await app.must('cases:create', { ...peca(client.id), title: 'مقدمہ عَلی ہاشمی' });
    expect((await search('عل')).cases.map((c) => c.id)).toEqual([kase.id]);
    const other = await app.must('clients:create', { ...JOURNALIST, fullName: 'ثناء عَلوی', nameUr: null });
    expect((await search('عل')).clients.map((c) => c.id)).toContain(other.id);
  });

  test('finds a name written without diacritics when it is typed with them, or on an Arabic keyboard', async () => {
    const { client } = await seed('محمد علی ہاشمی');
    expect((await search('مُحَمَّد')).clients.map((c) => c.id)).toEqual([client.id]);
    expect((await search('عَلِی')).clients.map((c) => c.id)).toEqual([client.id]);
    // ي (Arabic yeh) and ه (Arabic heh) as an Arabic keyboard types them.
    expect((await search('هاشمي')).clients.map((c) => c.id)).toEqual([client.id]);
    expect((await search('کاشف')).clients).toEqual([]);
  });

  test('finds a short order and a note by an Urdu word with or without marks', async () => {
    const { kase } = await seed('سعدیہ جعفر');
    await app.must('notes:create', { caseId: kase.id, date: '2026-11-27', body: 'موکل سے اڈیالہ جیل میں مُلاقات ہوئی' });
    const r = await search('ملاقات');
    expect(r.records.map((x) => x.kind)).toEqual(['note']);
    expect(hitText(r.records[0]?.match ?? [])).toBe('مُلاقات');
  });

  test('search:rebuild keeps the index folded', async () => {
    const { client } = await seed('مُحَمَّد عَلی ہاشمی');
    await app.must('search:rebuild', {});
    expect((await search('محمد')).clients.map((c) => c.id)).toEqual([client.id]);
  });
});
