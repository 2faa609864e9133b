import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { addPersonas, ahmadiFir, habeas, JOURNALIST, peca } from '../support/personas';
import { ftsQuery, markTerms } from '../../electron/core/search/snippet';

/* Full-text search (issue 8): FTS5 trigram tables kept in step by triggers, through dispatch. */

let app: TestApp;
afterEach(() => app?.cleanup());

const seed = async () => {
  app = await makeUnlockedApp();
  const p = await addPersonas(app);
  const pecaCase = await app.must('cases:create', peca(p.journalist.id));
  const hc = await app.must('cases:create', habeas(p.mother.id, p.son.id));
  const ahmadi = await app.must('cases:create', ahmadiFir(p.ahmadi.id));
  return { ...p, pecaCase, hc, ahmadi };
};
const search = (query: string) => app.must('search:global', { query });
const titles = async (query: string) => (await search(query)).cases.map((c) => c.title);
const hitText = (parts: { text: string; hit: boolean }[]) =>
  parts
    .filter((p) => p.hit)
    .map((p) => p.text)
    .join('|');

describe('search:global with FTS5', () => {
  test('finds a client by part of an Urdu name and marks the part', async () => {
    const { mother } = await seed();
    const urdu = mother.nameUr ?? '';
    expect(urdu.length).toBeGreaterThan(3);
    const part = [...urdu].slice(0, 3).join('');
    const r = await search(part);
    expect(r.clients.map((c) => c.id)).toContain(mother.id);
    expect(hitText(r.clients.find((c) => c.id === mother.id)?.match ?? [])).toBe(part);
  });

  test('finds cases by part of a FIR number, part of a case number, an offence and a party', async () => {
    const { pecaCase, hc, ahmadi } = await seed();
    expect(await titles('112/20')).toEqual([pecaCase.title]);
    expect(await titles('1412')).toEqual([pecaCase.title]);
    expect(await titles('27821-H')).toEqual([hc.title]);
    expect(await titles('26-A')).toEqual([pecaCase.title]);
    expect(await titles('298-C')).toEqual([ahmadi.title]);
    // An offence is shown when it is what matched.
    const r = await search('26-A');
    expect(hitText(r.cases[0]?.match ?? [])).toBe('26-A');
    // Words are all required, in any order.
    expect(await titles('PECA 112')).toEqual([pecaCase.title]);
    expect(await titles('PECA 45/2026')).toEqual([]);
  });

  test('puts the case whose FIR number is exactly the query first', async () => {
    app = await makeUnlockedApp();
    const client = await app.must('clients:create', { ...JOURNALIST, codename: null });
    const base = peca(client.id);
    // Several cases whose numbers contain "12/2026"; one whose FIR is exactly that.
    for (const fir of ['112/2026', '212/2026', '312/2026', '1212/2026']) {
      await app.must('cases:create', { ...base, firNumber: fir, caseNumber: null });
    }
    const exact = await app.must('cases:create', { ...base, firNumber: '12/2026', caseNumber: null });
    const r = await search('12/2026');
    expect(r.cases).toHaveLength(5);
    expect(r.cases[0]?.id).toBe(exact.id);
  });

  test('reflects an edit at once and forgets a deleted record', async () => {
    const { pecaCase, journalist } = await seed();
    const detail = await app.must('cases:get', { id: pecaCase.id });
    await app.must('cases:update', {
      id: pecaCase.id,
      data: { ...peca(journalist.id), caseNumber: 'Crl. Misc. No. 8959-B of 2023', team: detail.team },
    });
    expect(await titles('1412-B')).toEqual([]);
    expect(await titles('8959-B')).toEqual([pecaCase.title]);
    await app.must('clients:update', { id: journalist.id, data: { ...JOURNALIST, fullName: 'Sadia Mengal' } });
    expect((await search('Mengal')).clients.map((c) => c.id)).toEqual([journalist.id]);
    expect((await search('Jaffar')).clients).toEqual([]);
    // Erasure (no channel yet): the triggers take the record out of the index in the same statement.
    app.vault.db.$client.prepare('DELETE FROM cases WHERE id = ?').run(pecaCase.id);
    expect(await titles('8959-B')).toEqual([]);
  });

  test('finds a hearing by its short order and a note by its text, opening the case', async () => {
    const { pecaCase } = await seed();
    const h = await app.must('hearings:create', { caseId: pecaCase.id, date: '2026-11-20', purpose: 'Arguments' });
    await app.must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      shortOrder: 'Learned counsel for the complainant sought time; the IO to produce the forensic report',
      nextDate: '2026-12-04',
    });
    await app.must('notes:create', {
      caseId: pecaCase.id,
      date: '2026-11-21',
      body: 'Forensic expert agreed to testify',
    });
    const r = await search('forensic');
    expect(r.records.map((x) => [x.kind, x.caseId, x.title])).toEqual([
      ['note', pecaCase.id, pecaCase.title],
      ['hearing', pecaCase.id, pecaCase.title],
    ]);
    expect(r.records.map((x) => hitText(x.match))).toEqual(['Forensic', 'forensic']);
  });

  test('search:rebuild indexes an old database again, giving the same answers', async () => {
    const { pecaCase } = await seed();
    const sqlite = app.vault.db.$client;
    sqlite.prepare(`INSERT INTO search_cases(search_cases) VALUES ('delete-all')`).run();
    expect(await titles('1412-B')).toEqual([]);
    const counts = await app.must('search:rebuild', {});
    expect(counts).toEqual({ clients: 5, cases: 3, hearings: 0, notes: 0 });
    expect(await titles('1412-B')).toEqual([pecaCase.title]);
  });
});

describe('search helpers', () => {
  test('quotes every word of three or more characters, so nothing typed is FTS5 syntax', () => {
    expect(ftsQuery('8959-B')).toBe('"8959-B"');
    expect(ftsQuery('a "OR" NEAR(x')).toBe('"""OR""" "NEAR(x"');
    expect(ftsQuery('ab c')).toBeNull();
  });

  test('marks every occurrence and cuts a long text around the first', () => {
    expect(markTerms('Ali and ali', ['ali'])).toEqual([
      { text: 'Ali', hit: true },
      { text: ' and ', hit: false },
      { text: 'ali', hit: true },
    ]);
    const long = `${'x'.repeat(100)} bail ${'y'.repeat(100)}`;
    const parts = markTerms(long, ['bail'], true);
    expect(parts[0]?.text.startsWith('…')).toBe(true);
    expect(parts[1]).toEqual({ text: 'bail', hit: true });
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(100);
  });
});
