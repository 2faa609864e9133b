import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows } from '../support/disk';
import { addPersonas, ahmadiFir, habeas, peca } from '../support/personas';

/* Cases: FIRs, petitions and bail matters, with their parties, offences and team. */

let app: TestApp;
afterEach(() => app?.cleanup());

const rowsOfCase = (table: string, caseId: string) =>
  (app.vault.db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE case_id = ?`).get(caseId) as { n: number }).n;

describe('cases:create', () => {
  test('derives a readable title from the clients (codename if sensitive) and the FIR, or the case number', async () => {
    app = await makeUnlockedApp();
    const { journalist, mother, son, ahmadi } = await addPersonas(app);
    expect((await app.must('cases:create', peca(journalist.id))).title).toBe('Sadia Jaffar — FIR 112/2026');
    expect((await app.must('cases:create', habeas(mother.id, son.id))).title).toBe(
      'Rukhsana Bibi, Imran Qureshi — Crl. Misc. No. 27821-H of 2026',
    );
    const bare = await app.must('cases:create', { ...ahmadiFir(ahmadi.id), firNumber: null });
    // Naseer Ahmad is a sensitive client: his codename stands in the title that lists and printouts show.
    expect(bare.title).toBe('Falcon');
    const titled = await app.must('cases:create', { ...peca(journalist.id), title: '  State v. Sadia Jaffar ' });
    expect(titled.title).toBe('State v. Sadia Jaffar');
  });

  test('saves the whole case file and shows it back with names resolved', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const { journalist } = await addPersonas(app);
    const c = await app.must('cases:create', peca(journalist.id));
    expect(c).toMatchObject({
      caseType: 'bail',
      status: 'active',
      stage: 'Post-arrest bail',
      firNumber: '112/2026',
      firDate: '2026-10-02',
      firDistrict: 'Islamabad',
      investigatingAgency: 'fia_nccia',
      forumId: 'seed:ihc',
      forumName: 'Islamabad High Court',
      caseNumber: 'Crl. Misc. No. 1412-B of 2026',
      custodyStatus: 'in_custody',
      arrestDate: '2026-10-03',
      releaseDate: null,
      prosecutor: 'Special Prosecutor, NCCIA',
      opposingCounsel: null,
      policeStationId: null,
      policeStationName: null,
      team: ['Imaan Hazir', 'Usman Warraich'],
      hearings: [],
      datedNotes: [],
      nextHearing: null,
      nextHearingDate: null,
      createdAt: '2026-11-27T05:00:00.000Z',
      updatedAt: '2026-11-27T05:00:00.000Z',
    });
    expect(c.parties).toEqual([
      { clientId: journalist.id, role: 'accused', fullName: 'Sadia Jaffar', codename: 'Kingfisher', sensitive: false },
    ]);
    expect(c.offences.map(({ statute, section, note }) => ({ statute, section, note }))).toEqual([
      { statute: 'PECA', section: '26-A', note: 'False and fake information' },
      { statute: 'PPC', section: '505', note: null },
    ]);
    expect(await app.must('cases:get', { id: c.id })).toEqual(c);
  });

  test('links the police station and forum the lawyer added', async () => {
    app = await makeUnlockedApp();
    const { ahmadi } = await addPersonas(app);
    const ps = await app.must('police-stations:create', {
      name: 'Chenab Nagar',
      district: 'Chiniot',
      province: 'punjab',
    });
    const court = await app.must('courts:create', {
      name: 'Sessions Court, Chiniot',
      forumType: 'sessions',
      city: 'Chiniot',
      province: 'punjab',
    });
    const c = await app.must('cases:create', ahmadiFir(ahmadi.id, { policeStationId: ps.id, forumId: court.id }));
    expect(c).toMatchObject({ policeStationName: 'Chenab Nagar', forumName: 'Sessions Court, Chiniot' });
    expect(c.parties[0]).toMatchObject({ fullName: 'Naseer Ahmad', codename: 'Falcon', sensitive: true });
  });

  test('one lawyer is one person across cases, whatever the capitalisation', async () => {
    app = await makeUnlockedApp();
    const { journalist, ahmadi } = await addPersonas(app);
    const a = await app.must('cases:create', { ...peca(journalist.id), team: ['Imaan Hazir', ' imaan hazir '] });
    const b = await app.must('cases:create', { ...ahmadiFir(ahmadi.id), team: ['IMAAN HAZIR', 'Usman Warraich'] });
    expect(a.team).toEqual(['Imaan Hazir']);
    expect(b.team).toEqual(['Imaan Hazir', 'Usman Warraich']);
    expect(countRows(app, 'lawyers')).toBe(2);
  });

  test('an FIR, arrest or release date after today in Pakistan is refused', async () => {
    // 18:59 UTC on 27 November is 23:59 in Pakistan: the 28th has not begun.
    app = await makeUnlockedApp({ now: '2026-11-27T18:59:00.000Z' });
    const { journalist } = await addPersonas(app);
    for (const field of ['firDate', 'arrestDate', 'releaseDate'] as const) {
      const r = await app.call('cases:create', { ...peca(journalist.id), [field]: '2026-11-28' });
      expect(!r.ok && r.error.code, field).toBe('VALIDATION');
      expect(!r.ok && r.error.fields?.[field], field).toMatch(/after today \(2026-11-27\)/);
    }
    expect(countRows(app, 'cases')).toBe(0);
    // 19:30 UTC is 00:30 on the 28th in Pakistan: an FIR registered tonight is accepted.
    app.setToday('2026-11-27T19:30:00.000Z');
    const c = await app.must('cases:create', {
      ...peca(journalist.id),
      firDate: '2026-11-28',
      arrestDate: '2026-11-28',
    });
    expect(c.firDate).toBe('2026-11-28');
  });
});

describe('cases:update', () => {
  test('replaces offences, parties and team, keeps hearings and the creation time', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const { journalist, whrd } = await addPersonas(app);
    const c = await app.must('cases:create', peca(journalist.id));
    const h = await app.must('hearings:create', { caseId: c.id, date: '2026-12-02', purpose: 'Bail arguments' });

    app.setToday('2026-11-28T07:00:00.000Z');
    const updated = await app.must('cases:update', {
      id: c.id,
      data: {
        ...peca(journalist.id),
        parties: [
          { clientId: whrd.id, role: 'accused' },
          { clientId: journalist.id, role: 'accused' },
        ],
        offences: [{ statute: 'PPC', section: '500', note: 'Defamation' }],
        team: ['Hina Jilani'],
        custodyStatus: 'on_bail',
        releaseDate: '2026-11-27',
      },
    });
    expect(updated.parties.map((p) => p.fullName)).toEqual(['Zarghuna Khattak', 'Sadia Jaffar']);
    expect(updated.offences.map((o) => `${o.statute} ${o.section}`)).toEqual(['PPC 500']);
    expect(updated.team).toEqual(['Hina Jilani']);
    expect(updated).toMatchObject({
      custodyStatus: 'on_bail',
      releaseDate: '2026-11-27',
      title: 'Chinar, Sadia Jaffar — FIR 112/2026',
      createdAt: '2026-11-27T05:00:00.000Z',
      updatedAt: '2026-11-28T07:00:00.000Z',
    });
    expect(updated.hearings.map((x) => x.id)).toEqual([h.id]);
    expect([rowsOfCase('offences', c.id), rowsOfCase('case_parties', c.id), rowsOfCase('case_lawyers', c.id)]).toEqual([
      1, 2, 1,
    ]);
    // The Khattak client now sees the case; the dropped lawyer still exists for other cases.
    expect((await app.must('clients:get', { id: whrd.id })).cases.map((x) => x.id)).toEqual([c.id]);
    expect(countRows(app, 'lawyers')).toBe(3);
  });
});

describe('cases:list', () => {
  const seed = async () => {
    const p = await addPersonas(app);
    const pecaCase = await app.must('cases:create', peca(p.journalist.id));
    const hc = await app.must('cases:create', habeas(p.mother.id, p.son.id));
    const old = await app.must('cases:create', { ...ahmadiFir(p.ahmadi.id), status: 'disposed' });
    return { ...p, pecaCase, hc, old };
  };
  const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();

  test('filters by status, by client and by FIR number, case number or title', async () => {
    app = await makeUnlockedApp();
    const { pecaCase, hc, old, son, ahmadi } = await seed();
    expect(ids(await app.must('cases:list', {}))).toEqual([pecaCase.id, hc.id, old.id].sort());
    expect(ids(await app.must('cases:list', { status: 'active' }))).toEqual([pecaCase.id, hc.id].sort());
    expect(ids(await app.must('cases:list', { status: 'disposed' }))).toEqual([old.id]);
    expect(ids(await app.must('cases:list', { status: 'archived' }))).toEqual([]);
    expect(ids(await app.must('cases:list', { clientId: son.id }))).toEqual([hc.id]);
    expect(ids(await app.must('cases:list', { clientId: ahmadi.id, status: 'active' }))).toEqual([]);
    expect(ids(await app.must('cases:list', { query: '112/2026' }))).toEqual([pecaCase.id]);
    expect(ids(await app.must('cases:list', { query: '45/2026' }))).toEqual([old.id]);
    expect(ids(await app.must('cases:list', { query: '27821-h' }))).toEqual([hc.id]);
    expect(ids(await app.must('cases:list', { query: 'Rukhsana' }))).toEqual([hc.id]);
    expect(ids(await app.must('cases:list', { query: '999/2026' }))).toEqual([]);
    expect(ids(await app.must('cases:list', { clientId: '00000000-0000-4000-8000-000000000000' }))).toEqual([]);
  });

  test('puts the most recently worked-on case first and shows its next date', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const { pecaCase, hc } = await seed();
    app.setToday('2026-11-27T06:00:00.000Z');
    await app.must('hearings:create', { caseId: pecaCase.id, date: '2026-12-03', purpose: 'Bail arguments' });
    const list = await app.must('cases:list', { status: 'active' });
    expect(list.map((c) => [c.id, c.nextHearingDate])).toEqual([
      [pecaCase.id, '2026-12-03'],
      [hc.id, null],
    ]);
    expect(list[0]).toMatchObject({ forumName: 'Islamabad High Court', firNumber: '112/2026' });
    expect(list[1]?.parties.map((p) => p.role)).toEqual(['petitioner', 'detenu']);
  });
});
