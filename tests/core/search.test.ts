import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, makeTestApp, type TestApp } from '../support/context';
import { addPersonas, ahmadiFir, habeas, JOURNALIST, peca } from '../support/personas';

/* The search box at the top of every screen, and the app's idea of "today". */

let app: TestApp;
afterEach(() => app?.cleanup());

describe('search:global', () => {
  const seed = async () => {
    app = await makeUnlockedApp();
    const p = await addPersonas(app);
    const pecaCase = await app.must('cases:create', peca(p.journalist.id));
    const hc = await app.must('cases:create', habeas(p.mother.id, p.son.id));
    const ahmadi = await app.must('cases:create', ahmadiFir(p.ahmadi.id));
    return { ...p, pecaCase, hc, ahmadi };
  };
  const found = async (query: string) => {
    const r = await app.must('search:global', { query });
    return { clients: r.clients.map((c) => c.fullName), cases: r.cases.map((c) => c.title) };
  };

  test('finds clients by Urdu name, codename or CNIC, and cases by FIR, case number or client', async () => {
    const { hc, pecaCase } = await seed();
    expect(await found('رخسانہ')).toEqual({ clients: ['Rukhsana Bibi'], cases: [hc.title] });
    expect(await found('kingfisher')).toEqual({ clients: ['Sadia Jaffar'], cases: [pecaCase.title] });
    expect(await found('17301-4455667')).toEqual({ clients: ['Zarghuna Khattak'], cases: [] });
    expect(await found('112/2026')).toEqual({ clients: [], cases: [pecaCase.title] });
    expect(await found('27821-H')).toEqual({ clients: [], cases: [hc.title] });
    const r = await app.must('search:global', { query: '1412-B' });
    expect(r.cases).toEqual([
      {
        id: pecaCase.id,
        title: 'Sadia Jaffar — FIR 112/2026',
        caseNumber: 'Crl. Misc. No. 1412-B of 2026',
        firNumber: '112/2026',
        status: 'active',
        match: [
          { text: 'Sadia Jaffar — FIR 112/2026 · Crl. Misc. No. ', hit: false },
          { text: '1412-B', hit: true },
          { text: ' of 2026', hit: false },
        ],
      },
    ]);
    // A name finds the client and the client's case, whose title carries the codename.
    expect(await found('Naseer')).toEqual({ clients: ['Naseer Ahmad'], cases: ['Falcon — FIR 45/2026'] });
  });

  test('also finds archived clients', async () => {
    const { whrd } = await seed();
    await app.must('clients:set-archived', { id: whrd.id, archived: true });
    expect((await found('Khattak')).clients).toEqual(['Zarghuna Khattak']);
  });

  test('treats % and _ as the characters themselves, not wildcards', async () => {
    app = await makeUnlockedApp();
    await app.must('clients:create', { ...JOURNALIST, fullName: 'Ali_Raza', codename: null, cnic: null, nameUr: null });
    await app.must('clients:create', {
      ...JOURNALIST,
      fullName: 'AliXRaza',
      codename: '100% safe',
      cnic: null,
      nameUr: null,
    });
    await app.must('clients:create', {
      ...JOURNALIST,
      fullName: 'Back\\slash',
      codename: null,
      cnic: null,
      nameUr: null,
    });
    expect((await found('i_R')).clients).toEqual(['Ali_Raza']);
    expect((await found('_')).clients).toEqual(['Ali_Raza']);
    expect((await found('0%')).clients).toEqual(['AliXRaza']);
    expect((await found('%')).clients).toEqual(['AliXRaza']);
    expect((await found('k\\s')).clients).toEqual(['Back\\slash']);
    expect((await found("'; DROP TABLE clients; --")).clients).toEqual([]);
    expect(await app.must('clients:list', {})).toHaveLength(3);
  });

  test('returns at most ten of each', async () => {
    app = await makeUnlockedApp();
    for (let i = 0; i < 12; i++) {
      await app.must('clients:create', { ...JOURNALIST, fullName: `Baloch ${String(i).padStart(2, '0')}` });
    }
    expect((await found('Baloch')).clients).toHaveLength(10);
  });
});

describe('app:info', () => {
  test("gives today's date in Pakistan: 19:30 UTC on 27 November is already the 28th", async () => {
    app = makeTestApp({ now: '2026-11-27T19:30:00.000Z' });
    expect(await app.must('app:info', {})).toEqual({ today: '2026-11-28', version: '0.0.0-test' });
    app.setToday('2026-11-27T18:59:59.000Z');
    expect((await app.must('app:info', {})).today).toBe('2026-11-27');
    app.setToday('2026-12-31T19:00:00.000Z');
    expect((await app.must('app:info', {})).today).toBe('2027-01-01');
  });
});
