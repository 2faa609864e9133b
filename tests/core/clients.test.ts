import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import {
  addPersonas,
  AHMADI_DEFENDER,
  DISAPPEARED_SON,
  habeas,
  JOURNALIST,
  MOTHER_OF_DISAPPEARED,
  peca,
  WHRD,
} from '../support/personas';

/* Clients: the human rights defenders and families the office represents. */

let app: TestApp;
afterEach(() => app?.cleanup());

const names = (list: { fullName: string }[]) => list.map((c) => c.fullName);

describe('clients:create', () => {
  test('saves what was typed, trimmed, with blanks as empty and the defaults filled in', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const created = await app.must('clients:create', {
      fullName: '  Sadia Jaffar ',
      nameUr: ' سعدیہ جعفر ',
      codename: '   ',
      cnic: '',
      phone: '',
      category: 'journalist',
      district: '',
      contactPerson: null,
      notes: undefined,
    });
    expect(created).toMatchObject({
      fullName: 'Sadia Jaffar',
      nameUr: 'سعدیہ جعفر',
      codename: null,
      cnic: null,
      phone: null,
      district: null,
      province: null,
      riskLevel: 'medium',
      contactPerson: null,
      notes: null,
      sensitive: false,
      archived: false,
      createdAt: '2026-11-27T05:00:00.000Z',
      updatedAt: '2026-11-27T05:00:00.000Z',
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await app.must('clients:get', { id: created.id })).toMatchObject({ ...created, cases: [], datedNotes: [] });
  });

  test('a sensitive client must have a codename for printouts', async () => {
    app = await makeUnlockedApp();
    const r = await app.call('clients:create', { ...AHMADI_DEFENDER, codename: null });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.fields).toEqual({ codename: expect.stringMatching(/codename/) });
    expect(await app.must('clients:list', {})).toEqual([]);
  });
});

describe('clients:list', () => {
  test('lists by name, case-insensitively, and finds by name, Urdu name, codename or CNIC', async () => {
    app = await makeUnlockedApp();
    await addPersonas(app);
    await app.must('clients:create', { ...JOURNALIST, fullName: 'ali Raza', nameUr: null, codename: null, cnic: null });
    const all = await app.must('clients:list', {});
    expect(names(all)).toEqual([
      'ali Raza',
      'Imran Qureshi',
      'Naseer Ahmad',
      'Rukhsana Bibi',
      'Sadia Jaffar',
      'Zarghuna Khattak',
    ]);
    const find = async (query: string) => names(await app.must('clients:list', { query }));
    expect(await find('khattak')).toEqual(['Zarghuna Khattak']);
    expect(await find('  KHATTAK ')).toEqual(['Zarghuna Khattak']);
    expect(await find('خٹک')).toEqual(['Zarghuna Khattak']);
    expect(await find('بی بی')).toEqual(['Rukhsana Bibi']);
    expect(await find('falcon')).toEqual(['Naseer Ahmad']);
    expect(await find('4455667')).toEqual(['Zarghuna Khattak']);
    expect(await find('35202-1112223-4')).toEqual(['Rukhsana Bibi']);
    expect(await find('Qureshi')).toEqual(['Imran Qureshi']);
    expect(await find('Baloch')).toEqual([]);
    expect(await find('')).toHaveLength(6);
  });

  test('leaves archived clients out unless asked, and brings them back when unarchived', async () => {
    app = await makeUnlockedApp();
    const { whrd } = await addPersonas(app);
    const archived = await app.must('clients:set-archived', { id: whrd.id, archived: true });
    expect(archived.archived).toBe(true);
    expect(names(await app.must('clients:list', {}))).not.toContain('Zarghuna Khattak');
    expect(await app.must('clients:list', { query: 'Khattak' })).toEqual([]);
    const withArchived = await app.must('clients:list', { query: 'Khattak', includeArchived: true });
    expect(withArchived.map((c) => [c.fullName, c.archived])).toEqual([['Zarghuna Khattak', true]]);
    // Archiving twice is harmless; unarchiving restores the client to the list.
    await app.must('clients:set-archived', { id: whrd.id, archived: true });
    expect((await app.must('clients:set-archived', { id: whrd.id, archived: false })).archived).toBe(false);
    expect(names(await app.must('clients:list', { query: 'Khattak' }))).toEqual(['Zarghuna Khattak']);
    expect((await app.must('clients:get', { id: whrd.id })).archived).toBe(false);
  });

  test('counts only the active cases of each client', async () => {
    app = await makeUnlockedApp();
    const { journalist, mother, son } = await addPersonas(app);
    await app.must('cases:create', peca(journalist.id));
    await app.must('cases:create', { ...peca(journalist.id), firNumber: '9/2025', status: 'disposed' });
    await app.must('cases:create', { ...peca(journalist.id), firNumber: '3/2024', status: 'archived' });
    await app.must('cases:create', habeas(mother.id, son.id));
    const count = new Map((await app.must('clients:list', {})).map((c) => [c.fullName, c.activeCases]));
    expect(Object.fromEntries(count)).toEqual({
      'Sadia Jaffar': 1,
      'Rukhsana Bibi': 1,
      'Imran Qureshi': 1,
      'Naseer Ahmad': 0,
      'Zarghuna Khattak': 0,
    });
  });

  test('a row carries what the list shows and no more: no notes, contacts or address go to the screen', async () => {
    app = await makeUnlockedApp();
    const { journalist } = await addPersonas(app);
    await app.must('cases:create', peca(journalist.id));
    await app.must('cases:create', { ...peca(journalist.id), firNumber: '9/2025' });
    await app.must('clients:set-archived', { id: journalist.id, archived: true });
    const [row] = await app.must('clients:list', { query: 'Sadia', includeArchived: true });
    expect(row).toStrictEqual({
      id: journalist.id,
      fullName: 'Sadia Jaffar',
      nameUr: 'سعدیہ جعفر',
      codename: 'Kingfisher',
      cnic: '61101-2345678-4',
      category: 'journalist',
      district: 'Islamabad',
      riskLevel: 'high',
      sensitive: false,
      archived: true,
      activeCases: 2,
    });
  });
});

describe('clients:get', () => {
  test("shows the client's cases with the client's role in each, and dated notes newest first", async () => {
    app = await makeUnlockedApp();
    const { mother, son } = await addPersonas(app);
    const hc = await app.must('cases:create', habeas(mother.id, son.id));
    await app.must('notes:create', { clientId: mother.id, date: '2026-11-03', body: 'FIR refused at PS Township' });
    await app.must('notes:create', { clientId: mother.id, date: '2026-11-20', body: 'Met at the LHC bar room' });
    await app.must('notes:create', { clientId: son.id, date: '2026-11-21', body: 'Not for the mother' });
    await app.must('notes:create', { caseId: hc.id, date: '2026-11-22', body: 'Case note, not a client note' });

    const m = await app.must('clients:get', { id: mother.id });
    expect(m.notes).toBe(MOTHER_OF_DISAPPEARED.notes);
    expect(m.cases.map((c) => [c.caseNumber, c.role])).toEqual([['Crl. Misc. No. 27821-H of 2026', 'petitioner']]);
    expect(m.cases[0]?.parties.map((p) => [p.fullName, p.role])).toEqual([
      ['Rukhsana Bibi', 'petitioner'],
      ['Imran Qureshi', 'detenu'],
    ]);
    expect(m.datedNotes.map((n) => [n.date, n.body])).toEqual([
      ['2026-11-20', 'Met at the LHC bar room'],
      ['2026-11-03', 'FIR refused at PS Township'],
    ]);
    const s = await app.must('clients:get', { id: son.id });
    expect(s.cases.map((c) => c.role)).toEqual(['detenu']);
    expect(s.datedNotes.map((n) => n.body)).toEqual(['Not for the mother']);
  });

  test('lists each case as the cases list does: parties and offences in their order, the next date, newest change first', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const { journalist, whrd, mother, son } = await addPersonas(app);
    const first = await app.must('cases:create', peca(journalist.id));
    // Two parties, the journalist second; three offences in the order typed; a hearing to come.
    const second = await app.must('cases:create', {
      ...peca(whrd.id),
      firNumber: '7/2026',
      parties: [
        { clientId: whrd.id, role: 'accused' },
        { clientId: journalist.id, role: 'accused' },
      ],
      offences: [
        { statute: 'PECA', section: '26-A' },
        { statute: 'PPC', section: '505', note: 'Statements conducing to public mischief' },
        { statute: 'PECA', section: '20' },
      ],
    });
    await app.must('hearings:create', { caseId: second.id, date: '2026-12-02', purpose: 'Arguments on bail' });
    await app.must('cases:create', habeas(mother.id, son.id));
    const page = await app.must('clients:get', { id: journalist.id });
    const list = await app.must('cases:list', { query: null, clientId: journalist.id });
    expect(page.cases.map(({ role: _role, ...c }) => c)).toEqual(list);
    expect(page.cases.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    const two = page.cases.find((c) => c.id === second.id);
    expect(two?.parties.map((p) => p.fullName)).toEqual([WHRD.fullName, JOURNALIST.fullName]);
    expect(two?.offences.map((o) => `${o.statute} ${o.section}`)).toEqual(['PECA 26-A', 'PPC 505', 'PECA 20']);
    expect(two?.nextHearingDate).toBe('2026-12-02');
  });
});

describe('clients:update', () => {
  test('replaces the details, keeps the creation time, and the new name shows on their cases', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const son = await app.must('clients:create', DISAPPEARED_SON);
    const mother = await app.must('clients:create', MOTHER_OF_DISAPPEARED);
    const hc = await app.must('cases:create', habeas(mother.id, son.id));
    app.setToday('2026-12-01T06:00:00.000Z');
    const updated = await app.must('clients:update', {
      id: son.id,
      data: {
        ...DISAPPEARED_SON,
        fullName: 'Muhammad Imran Qureshi',
        riskLevel: 'high',
        notes: 'Traced to an internment centre',
      },
    });
    expect(updated).toMatchObject({
      fullName: 'Muhammad Imran Qureshi',
      riskLevel: 'high',
      notes: 'Traced to an internment centre',
      createdAt: '2026-11-27T05:00:00.000Z',
      updatedAt: '2026-12-01T06:00:00.000Z',
    });
    expect(await app.must('clients:get', { id: son.id })).toMatchObject(updated);
    const detail = await app.must('cases:get', { id: hc.id });
    expect(detail.parties.map((p) => p.fullName)).toEqual(['Rukhsana Bibi', 'Muhammad Imran Qureshi']);
  });
});
