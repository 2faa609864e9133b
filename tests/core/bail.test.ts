import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { bailPetitions, hearings } from '../../electron/core/db/schema';
import {
  canEscalate,
  describeLadder,
  escalationProblem,
  higherForumTypes,
  nextForumType,
  orderAsLadders,
  skipsSessionsForPreArrest,
} from '../../electron/core/services/bail-ladder';
import type { ChannelInput } from '../../electron/shared/contract';
import type { BailPetition } from '../../electron/shared/deadline-schemas';
import { BAIL_STATUSES, FORUM_TYPES, type ForumType } from '../../electron/shared/enums';
import { higherLevelTypes } from '../../src/features/bail/ladder';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows, snapshotDb } from '../support/disk';
import { caseData, clientData } from '../support/factories';
import { addPersonas, ahmadiFir } from '../support/personas';

/*
 * The bail tracker: petitions per case, their status, and the ladder of forums a refused petition
 * climbs (pakistan-law.md §1.1, §2). Today: Friday 27 November 2026 in Pakistan.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

type BailIn = ChannelInput<'bail:save'>['data'];
const UNKNOWN = '6f1c2a4e-0000-4000-8000-00000000dead';

/**
 * A legal-aid office's bail work: a Lahore journalist held under PECA 20 and PPC 505, Naseer Ahmad
 * ("Falcon") facing a 298-C FIR at Chiniot, Zarghuna Khattak ("Chinar") tried before ATC Rawalpindi,
 * and a protective-bail matter in the IHC for her FIR in Karachi.
 */
const office = async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const sessionsLahore = await app.must('courts:create', {
    name: 'Court of Sessions Judge, Lahore',
    forumType: 'sessions',
    city: 'Lahore',
    province: 'punjab',
  });
  const sessionsChiniot = await app.must('courts:create', {
    name: 'Additional Sessions Judge, Chiniot',
    forumType: 'sessions',
    city: 'Chiniot',
    province: 'punjab',
  });
  const atc = await app.must('courts:create', {
    name: 'Anti-Terrorism Court No. 1, Rawalpindi',
    forumType: 'atc',
    city: 'Rawalpindi',
    province: 'punjab',
  });
  const magistrate = await app.must('courts:create', {
    name: 'Judicial Magistrate Section 30, Lahore',
    forumType: 'magistrate',
    city: 'Lahore',
    province: 'punjab',
  });
  const p = await addPersonas(app);
  const journalist = await app.must(
    'clients:create',
    clientData({ fullName: 'Ayesha Siddiqa', category: 'journalist', district: 'Lahore' }),
  );
  const journalistCase = await app.must('cases:create', {
    caseType: 'bail',
    stage: 'Post-arrest bail',
    parties: [{ clientId: journalist.id, role: 'accused' }],
    firNumber: '1187/2026',
    firDate: '2026-09-28',
    firDistrict: 'Lahore',
    investigatingAgency: 'fia_nccia',
    offences: [
      { statute: 'PECA', section: '20' },
      { statute: 'PPC', section: '505' },
    ],
    forumId: sessionsLahore.id,
    custodyStatus: 'in_custody',
    arrestDate: '2026-09-30',
    team: ['Imaan Hazir'],
  });
  const ahmadiCase = await app.must('cases:create', ahmadiFir(p.ahmadi.id, { forumId: sessionsChiniot.id }));
  const atcCase = await app.must('cases:create', {
    caseType: 'trial',
    stage: 'Charge framed',
    parties: [{ clientId: p.whrd.id, role: 'accused' }],
    firNumber: '19/2026',
    firDate: '2026-08-14',
    firDistrict: 'Rawalpindi',
    investigatingAgency: 'ctd',
    offences: [
      { statute: 'ATA', section: '7' },
      { statute: 'PPC', section: '124-A' },
    ],
    forumId: atc.id,
    caseNumber: 'Special Case No. 41 of 2026',
    custodyStatus: 'in_custody',
    arrestDate: '2026-08-15',
    team: ['Imaan Hazir'],
  });
  const protectiveCase = await app.must('cases:create', {
    caseType: 'bail',
    stage: 'Protective bail',
    parties: [{ clientId: p.whrd.id, role: 'petitioner' }],
    firNumber: '402/2026',
    firDate: '2026-11-18',
    firDistrict: 'Karachi South',
    investigatingAgency: 'police',
    offences: [{ statute: 'PPC', section: '505' }],
    forumId: 'seed:ihc',
    custodyStatus: 'not_arrested',
    team: ['Hina Jilani'],
  });
  return {
    ...p,
    journalist,
    journalistCase,
    ahmadiCase,
    atcCase,
    protectiveCase,
    sessionsLahore,
    sessionsChiniot,
    atc,
    magistrate,
  };
};

type Office = Awaited<ReturnType<typeof office>>;

/** The journalist's post-arrest bail before the Sessions Court, Lahore, as filed. */
const post497 = (o: Office, over: Partial<BailIn> = {}): BailIn => ({
  caseId: o.journalistCase.id,
  clientId: o.journalist.id,
  kind: 'crpc_497',
  forumId: o.sessionsLahore.id,
  filingDate: '2026-10-06',
  status: 'filed',
  surety: 'Father, Muhammad Siddiq; property documents of House 14, Samanabad',
  bondAmount: 100_000,
  conditions: null,
  notes: 'Further inquiry under 497(2); PECA 20 is outside the prohibitory clause; journalist, no previous record',
  ...over,
});

const save = (data: BailIn, id?: string) => app.must('bail:save', id ? { id, data } : { data });

/** The same petition with only its status changed, as the status control sends it. */
const setStatus = (p: BailPetition, status: BailPetition['status']) =>
  save(
    {
      caseId: p.caseId,
      clientId: p.clientId,
      kind: p.kind,
      forumId: p.forumId,
      filingDate: p.filingDate,
      status,
      surety: p.surety,
      bondAmount: p.bondAmount,
      conditions: p.conditions,
      notes: p.notes,
    },
    p.id,
  );

const refused = async (channel: string, input: unknown, code: string) => {
  const before = snapshotDb(app);
  const r = await app.call(channel, input);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.code).toBe(code);
  expect(snapshotDb(app), 'nothing written').toEqual(before);
  return r.error;
};

describe("bail:save and bail:list: a journalist's post-arrest bail", () => {
  test('creates a petition with its client, forum, surety and bond joined in', async () => {
    const o = await office();
    const p = await save(post497(o));
    expect(p).toEqual({
      id: expect.any(String),
      caseId: o.journalistCase.id,
      clientId: o.journalist.id,
      clientName: 'Ayesha Siddiqa',
      kind: 'crpc_497',
      forumId: o.sessionsLahore.id,
      forumName: 'Court of Sessions Judge, Lahore',
      forumType: 'sessions',
      filingDate: '2026-10-06',
      status: 'filed',
      surety: 'Father, Muhammad Siddiq; property documents of House 14, Samanabad',
      bondAmount: 100_000,
      conditions: null,
      notes: 'Further inquiry under 497(2); PECA 20 is outside the prohibitory clause; journalist, no previous record',
      escalatedFromId: null,
      hearingIds: [],
      createdAt: '2026-11-27T05:00:00.000Z',
    });
    expect(await app.must('bail:list', { caseId: o.journalistCase.id })).toEqual([p]);
    // Another case's list does not show it.
    expect(await app.must('bail:list', { caseId: o.ahmadiCase.id })).toEqual([]);
  });

  test('a new petition starts as drafted, with blank optional fields stored as nothing', async () => {
    const o = await office();
    const r = await app.call('bail:save', {
      data: { caseId: o.journalistCase.id, kind: 'crpc_497', surety: '  ', conditions: '' },
    });
    expect(r.ok && r.value).toMatchObject({
      status: 'drafted',
      clientId: null,
      clientName: null,
      forumId: null,
      forumName: null,
      forumType: null,
      filingDate: null,
      surety: null,
      bondAmount: null,
      conditions: null,
    });
  });

  test('the status moves through the pipeline: filed, fixed, dismissed', async () => {
    const o = await office();
    const p = await save(post497(o));
    const fixed = await setStatus(p, 'fixed');
    expect(fixed).toMatchObject({ id: p.id, status: 'fixed', createdAt: p.createdAt });
    app.setToday('2026-10-20T07:00:00.000Z');
    const dismissed = await setStatus(fixed, 'dismissed');
    expect(dismissed.status).toBe('dismissed');
    expect((await app.must('bail:list', { caseId: o.journalistCase.id })).map((b) => b.status)).toEqual(['dismissed']);
    expect(countRows(app, 'bail_petitions')).toBe(1);
  });

  test('saving a petition marks the case as just worked on', async () => {
    const o = await office();
    app.setToday('2026-11-28T06:00:00.000Z');
    await save(post497(o));
    expect((await app.must('cases:get', { id: o.journalistCase.id })).updatedAt).toBe('2026-11-28T06:00:00.000Z');
  });

  test('hearings fixed for a petition are listed with it, by date', async () => {
    const o = await office();
    const p = await save(post497(o));
    const later = await app.must('hearings:create', {
      caseId: o.journalistCase.id,
      date: '2026-10-20',
      courtId: o.sessionsLahore.id,
      purpose: 'Arguments on bail',
    });
    const first = await app.must('hearings:create', {
      caseId: o.journalistCase.id,
      date: '2026-10-09',
      courtId: o.sessionsLahore.id,
      purpose: 'Notice to State; record summoned',
    });
    await app.must('hearings:create', { caseId: o.journalistCase.id, date: '2026-10-12', purpose: 'Remand' });
    // The hearing form cannot link a petition yet (no contract field): linked on the real database.
    for (const h of [later, first]) {
      app.vault.db.update(hearings).set({ bailPetitionId: p.id }).where(eq(hearings.id, h.id)).run();
    }
    const [listed] = await app.must('bail:list', { caseId: o.journalistCase.id });
    expect(listed?.hearingIds).toEqual([first.id, later.id]);
  });
});

describe('bail:escalate: dismissed at the Sessions Court Lahore, granted by the Lahore High Court', () => {
  const dismissedAtSessions = async () => {
    const o = await office();
    const filed = await save(post497(o));
    const sessions = await setStatus(filed, 'dismissed');
    return { o, sessions };
  };

  test('one step creates the High Court petition, filed, carrying the facts over', async () => {
    const { o, sessions } = await dismissedAtSessions();
    app.setToday('2026-11-02T05:00:00.000Z');
    const lhc = await app.must('bail:escalate', { id: sessions.id, forumId: 'seed:lhc', filingDate: '2026-11-02' });
    expect(lhc).toEqual({
      id: expect.any(String),
      caseId: o.journalistCase.id,
      clientId: o.journalist.id,
      clientName: 'Ayesha Siddiqa',
      kind: 'crpc_497',
      forumId: 'seed:lhc',
      forumName: 'Lahore High Court',
      forumType: 'high_court',
      filingDate: '2026-11-02',
      status: 'filed',
      surety: sessions.surety,
      bondAmount: 100_000,
      conditions: null,
      notes: sessions.notes,
      escalatedFromId: sessions.id,
      hearingIds: [],
      createdAt: '2026-11-02T05:00:00.000Z',
    });
    expect(lhc.id).not.toBe(sessions.id);
    // The refused petition itself is untouched.
    expect((await app.must('bail:list', { caseId: o.journalistCase.id }))[0]).toEqual(sessions);
  });

  test('without a filing date the new petition is a draft', async () => {
    const { sessions } = await dismissedAtSessions();
    const lhc = await app.must('bail:escalate', { id: sessions.id, forumId: 'seed:lhc' });
    expect(lhc).toMatchObject({ status: 'drafted', filingDate: null, escalatedFromId: sessions.id });
  });

  test('a withdrawn petition may be taken up too', async () => {
    const { sessions } = await dismissedAtSessions();
    const withdrawn = await setStatus(sessions, 'withdrawn');
    const lhc = await app.must('bail:escalate', { id: withdrawn.id, forumId: 'seed:lhc' });
    expect(lhc.escalatedFromId).toBe(withdrawn.id);
  });

  test('granted in the High Court with one surety of Rs 100,000: the ladder reads Sessions, then LHC', async () => {
    const { o, sessions } = await dismissedAtSessions();
    const lhc = await app.must('bail:escalate', { id: sessions.id, forumId: 'seed:lhc', filingDate: '2026-11-02' });
    const granted = await save(
      {
        ...post497(o),
        forumId: 'seed:lhc',
        filingDate: '2026-11-02',
        status: 'granted',
        surety: 'One surety in the sum of Rs 100,000 to the satisfaction of the trial court',
        bondAmount: 100_000,
        conditions: 'To join the investigation; not to leave the country without permission',
      },
      lhc.id,
    );
    expect(granted).toMatchObject({ status: 'granted', escalatedFromId: sessions.id, forumName: 'Lahore High Court' });
    const ladder = await app.must('bail:list', { caseId: o.journalistCase.id });
    expect(ladder.map((b) => [b.forumName, b.status, b.bondAmount])).toEqual([
      ['Court of Sessions Judge, Lahore', 'dismissed', 100_000],
      ['Lahore High Court', 'granted', 100_000],
    ]);
  });

  test('the carried-over kind, client and terms are those of the petition it follows', async () => {
    const o = await office();
    const p = await save({
      ...post497(o),
      kind: 'crpc_496',
      forumId: o.magistrate.id,
      surety: null,
      bondAmount: 50_000,
      conditions: 'To appear on each date',
      notes: 'PPC 505 alone, bailable',
      status: 'dismissed',
    });
    const up = await app.must('bail:escalate', { id: p.id, forumId: o.sessionsLahore.id });
    expect(up).toMatchObject({
      kind: 'crpc_496',
      clientId: o.journalist.id,
      surety: null,
      bondAmount: 50_000,
      conditions: 'To appear on each date',
      notes: 'PPC 505 alone, bailable',
      forumType: 'sessions',
    });
  });
});

describe('the ATA 21-D ladder: ATC Rawalpindi, the LHC Rawalpindi Bench, the Supreme Court', () => {
  test('ladders are listed oldest first, each escalation right after the petition it came from', async () => {
    const o = await office();
    const atcFirst = await save({
      caseId: o.atcCase.id,
      clientId: o.whrd.id,
      kind: 'ata_21d',
      forumId: o.atc.id,
      filingDate: '2026-08-25',
      status: 'dismissed',
      surety: 'Brother, Gul Khan Khattak',
      bondAmount: 200_000,
      notes: 'No recovery; speech at a rally does not disclose terrorism (ATA s.6)',
    });
    // A fresh petition at the ATC after the charge was framed, recorded before the escalation.
    const atcFresh = await save({
      caseId: o.atcCase.id,
      clientId: o.whrd.id,
      kind: 'ata_21d',
      forumId: o.atc.id,
      filingDate: '2026-11-20',
      status: 'fixed',
    });
    const bench = await app.must('bail:escalate', {
      id: atcFirst.id,
      forumId: 'seed:lhc-rwp',
      filingDate: '2026-09-08',
    });
    expect(bench).toMatchObject({
      kind: 'ata_21d',
      forumName: 'Lahore High Court, Rawalpindi Bench',
      surety: 'Brother, Gul Khan Khattak',
      bondAmount: 200_000,
    });
    const dismissedAtBench = await setStatus(bench, 'dismissed');
    const sc = await app.must('bail:escalate', {
      id: dismissedAtBench.id,
      forumId: 'seed:sc-lahore',
      filingDate: '2026-10-15',
    });
    const list = await app.must('bail:list', { caseId: o.atcCase.id });
    expect(list.map((b) => b.id)).toEqual([atcFirst.id, bench.id, sc.id, atcFresh.id]);
    expect(list.map((b) => b.forumType)).toEqual(['atc', 'high_court', 'supreme_court', 'atc']);
    expect(list.map((b) => b.escalatedFromId)).toEqual([null, atcFirst.id, bench.id, null]);
  });

  test('the ATC is a Court of Session (ATA s.32): a Sessions Court is not above it', async () => {
    const o = await office();
    const p = await save({
      caseId: o.atcCase.id,
      clientId: o.whrd.id,
      kind: 'ata_21d',
      forumId: o.atc.id,
      status: 'dismissed',
    });
    const e = await refused('bail:escalate', { id: p.id, forumId: o.sessionsLahore.id }, 'VALIDATION');
    expect(e.fields).toEqual({ forumId: 'Choose a higher forum' });
    expect(e.message).toContain('Anti-Terrorism Court → High Court → Supreme Court');
  });
});

describe('pre-arrest and protective bail', () => {
  test('pre-arrest bail (CrPC 498) at the Sessions Court: ad-interim, then confirmed', async () => {
    const o = await office();
    const p = await save({
      caseId: o.ahmadiCase.id,
      clientId: o.ahmadi.id,
      kind: 'crpc_498',
      forumId: o.sessionsChiniot.id,
      filingDate: '2026-09-16',
      status: 'ad_interim_granted',
      surety: 'One surety in the sum of Rs 50,000',
      bondAmount: 50_000,
      conditions: 'To join the investigation at PS Chenab Nagar',
      notes: 'Mala fide: complainant a local cleric; FIR lodged 9 months after the alleged sermon',
    });
    const confirmed = await setStatus(p, 'confirmed');
    expect(confirmed).toMatchObject({
      kind: 'crpc_498',
      status: 'confirmed',
      clientName: 'Naseer Ahmad',
      forumName: 'Additional Sessions Judge, Chiniot',
      bondAmount: 50_000,
    });
    // Confirmed bail is not a refusal: nothing to take up.
    const e = await refused('bail:escalate', { id: p.id, forumId: 'seed:lhc' }, 'CONFLICT');
    expect(e.message).toMatch(/dismissed or withdrawn.*confirmed/);
  });

  test('pre-arrest bail straight to the High Court is allowed (the screen only hints at PLD 2009 SC 427)', async () => {
    const o = await office();
    const p = await save({
      caseId: o.ahmadiCase.id,
      clientId: o.ahmadi.id,
      kind: 'crpc_498',
      forumId: 'seed:lhc',
      status: 'filed',
    });
    expect(p).toMatchObject({ forumType: 'high_court', escalatedFromId: null });
  });

  test('protective bail in the IHC: 14 days to reach the court at Karachi, Rs 25,000 with one surety', async () => {
    const o = await office();
    const p = await save({
      caseId: o.protectiveCase.id,
      clientId: o.whrd.id,
      kind: 'protective',
      forumId: 'seed:ihc',
      filingDate: '2026-11-23',
      status: 'granted',
      surety: 'One surety in the sum of Rs 25,000',
      bondAmount: 25_000,
      conditions: 'To appear before the court of competent jurisdiction at Karachi within 14 days',
      notes: 'Crl. Misc. No. 1144-PB/2026',
    });
    expect(await app.must('bail:list', { caseId: o.protectiveCase.id })).toEqual([
      expect.objectContaining({
        kind: 'protective',
        forumName: 'Islamabad High Court',
        status: 'granted',
        bondAmount: 25_000,
        clientName: 'Zarghuna Khattak',
        notes: 'Crl. Misc. No. 1144-PB/2026',
        id: p.id,
      }),
    ]);
  });
});

describe('refusals change nothing', () => {
  test.each(['drafted', 'filed', 'fixed', 'ad_interim_granted', 'confirmed', 'granted', 'cancelled'] as const)(
    'a %s petition cannot be escalated: CONFLICT',
    async (status) => {
      const o = await office();
      const p = await save(post497(o, { status }));
      const e = await refused('bail:escalate', { id: p.id, forumId: 'seed:lhc' }, 'CONFLICT');
      expect(e.message).toContain('Only a dismissed or withdrawn bail petition');
    },
  );

  test('to the same level or lower: VALIDATION on the forum, explaining the ladder', async () => {
    const o = await office();
    const sessions = await save(post497(o, { status: 'dismissed' }));
    const same = await refused('bail:escalate', { id: sessions.id, forumId: o.sessionsChiniot.id }, 'VALIDATION');
    expect(same.fields).toEqual({ forumId: 'Choose a higher forum' });
    expect(same.message).toBe(
      'The Sessions Court is not above the Sessions Court. The ladder from here is Sessions Court → High Court → Supreme Court: choose the High Court or the Supreme Court.',
    );
    const lower = await refused('bail:escalate', { id: sessions.id, forumId: o.magistrate.id }, 'VALIDATION');
    expect(lower.message).toContain('The Magistrate is not above the Sessions Court');
    const fcc = await refused('bail:escalate', { id: sessions.id, forumId: 'seed:fcc' }, 'VALIDATION');
    expect(fcc.message).toContain('does not hear bail');

    const lhc = await save(post497(o, { forumId: 'seed:lhc', status: 'dismissed' }));
    const down = await refused('bail:escalate', { id: lhc.id, forumId: o.sessionsLahore.id }, 'VALIDATION');
    expect(down.message).toContain('choose the Supreme Court');
    const sc = await save(post497(o, { forumId: 'seed:sc', status: 'dismissed' }));
    const top = await refused('bail:escalate', { id: sc.id, forumId: 'seed:sc-lahore' }, 'VALIDATION');
    expect(top.message).toContain('last forum for bail');
  });

  test('a petition is escalated once; a second attempt is a CONFLICT naming where it went', async () => {
    const o = await office();
    const p = await save(post497(o, { status: 'dismissed' }));
    await app.must('bail:escalate', { id: p.id, forumId: 'seed:lhc' });
    const e = await refused('bail:escalate', { id: p.id, forumId: 'seed:lhc' }, 'CONFLICT');
    expect(e.message).toContain('already been taken to the Lahore High Court');
  });

  test('a petition with no forum recorded cannot climb: CONFLICT', async () => {
    const o = await office();
    const p = await save(post497(o, { forumId: null, status: 'dismissed' }));
    const e = await refused('bail:escalate', { id: p.id, forumId: 'seed:lhc' }, 'CONFLICT');
    expect(e.message).toContain('Record the forum');
  });

  test('the escalation cannot be filed before the petition it follows', async () => {
    const o = await office();
    const p = await save(post497(o, { status: 'dismissed' }));
    const e = await refused('bail:escalate', { id: p.id, forumId: 'seed:lhc', filingDate: '2026-10-01' }, 'VALIDATION');
    expect(e.fields).toEqual({ filingDate: 'Cannot be before 2026-10-06' });
  });

  test('unknown ids: NOT_FOUND', async () => {
    const o = await office();
    const p = await save(post497(o, { status: 'dismissed' }));
    await refused('bail:list', { caseId: UNKNOWN }, 'NOT_FOUND');
    await refused('bail:escalate', { id: UNKNOWN, forumId: 'seed:lhc' }, 'NOT_FOUND');
    const forum = await refused('bail:escalate', { id: p.id, forumId: UNKNOWN }, 'NOT_FOUND');
    expect(forum.fields).toEqual({ forumId: 'Unknown forum' });
    const kase = await refused('bail:save', { data: post497(o, { caseId: UNKNOWN }) }, 'NOT_FOUND');
    expect(kase.fields).toEqual({ caseId: 'Unknown case' });
    const client = await refused('bail:save', { data: post497(o, { clientId: UNKNOWN }) }, 'NOT_FOUND');
    expect(client.fields).toEqual({ clientId: 'Unknown client' });
    const court = await refused('bail:save', { data: post497(o, { forumId: UNKNOWN }) }, 'NOT_FOUND');
    expect(court.fields).toEqual({ forumId: 'Unknown forum' });
    await refused('bail:save', { id: UNKNOWN, data: post497(o) }, 'NOT_FOUND');
  });

  test('the client must be a party to the case: VALIDATION on clientId', async () => {
    const o = await office();
    const e = await refused('bail:save', { data: post497(o, { clientId: o.ahmadi.id }) }, 'VALIDATION');
    expect(e.fields).toEqual({ clientId: 'Not a party to this case' });
    expect(e.message).toContain('Naseer Ahmad is not a party to this case');
  });

  test('a petition cannot move to another case', async () => {
    const o = await office();
    const p = await save(post497(o));
    const e = await refused(
      'bail:save',
      { id: p.id, data: post497(o, { caseId: o.ahmadiCase.id, clientId: null }) },
      'VALIDATION',
    );
    expect(e.fields).toEqual({ caseId: 'Cannot move to another case' });
  });

  test('an escalated petition cannot be moved below the forum it came from, nor its origin above it', async () => {
    const o = await office();
    const sessions = await save(post497(o, { status: 'dismissed' }));
    const lhc = await app.must('bail:escalate', { id: sessions.id, forumId: 'seed:lhc' });
    const down = await refused(
      'bail:save',
      { id: lhc.id, data: post497(o, { forumId: o.sessionsChiniot.id }) },
      'VALIDATION',
    );
    expect(down.fields).toEqual({ forumId: 'Not on the ladder' });
    await refused('bail:save', { id: lhc.id, data: post497(o, { forumId: null }) }, 'VALIDATION');
    const up = await refused(
      'bail:save',
      { id: sessions.id, data: post497(o, { forumId: 'seed:ihc', status: 'dismissed' }) },
      'VALIDATION',
    );
    expect(up.message).toContain('taken on to the Lahore High Court');
    // Another bench of a High Court is still a High Court: allowed.
    expect((await save(post497(o, { forumId: 'seed:lhc-rwp' }), lhc.id)).forumType).toBe('high_court');
  });

  test('bad input is refused before anything runs', async () => {
    const o = await office();
    const e = await refused('bail:save', { data: post497(o, { bondAmount: -5 }) }, 'VALIDATION');
    expect(Object.keys(e.fields ?? {})).toEqual(['data.bondAmount']);
    await refused('bail:save', { data: { ...post497(o), status: 'pending' } }, 'VALIDATION');
    await refused('bail:escalate', { id: UNKNOWN, forumId: 'seed:lhc', filingDate: '2026-02-30' }, 'VALIDATION');
  });

  test('when locked, the bail channels answer LOCKED', async () => {
    const o = await office();
    await app.must('vault:lock', {});
    const r = await app.call('bail:list', { caseId: o.journalistCase.id });
    expect(!r.ok && r.error.code).toBe('LOCKED');
  });
});

describe('one transaction', () => {
  const abortWhen = (name: string, when: string) =>
    app.vault.db.$client.exec(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);

  test('an escalation failing at its last step (touching the case) leaves no new petition', async () => {
    const o = await office();
    const p = await save(post497(o, { status: 'dismissed' }));
    abortWhen('fail_touch', 'BEFORE UPDATE ON cases');
    const before = snapshotDb(app);
    const r = await app.call('bail:escalate', { id: p.id, forumId: 'seed:lhc', filingDate: '2026-11-02' });
    expect(r.ok).toBe(false);
    expect(snapshotDb(app)).toEqual(before);
    expect(countRows(app, 'bail_petitions')).toBe(1);
    app.vault.db.$client.exec('DROP TRIGGER fail_touch');
    await app.must('bail:escalate', { id: p.id, forumId: 'seed:lhc', filingDate: '2026-11-02' });
    expect(countRows(app, 'bail_petitions')).toBe(2);
  });

  test('a new petition failing at its last step is not saved', async () => {
    const o = await office();
    abortWhen('fail_touch', 'BEFORE UPDATE ON cases');
    const before = snapshotDb(app);
    expect((await app.call('bail:save', { data: post497(o) })).ok).toBe(false);
    expect(snapshotDb(app)).toEqual(before);
    expect(app.vault.db.select().from(bailPetitions).all()).toEqual([]);
  });
});

describe('the ladder (services/bail-ladder.ts)', () => {
  test.each([
    ['magistrate', 'sessions'],
    ['peca_court', 'sessions'],
    ['sessions', 'high_court'],
    ['atc', 'high_court'],
    ['high_court', 'supreme_court'],
    ['supreme_court', null],
    ['fcc', null],
    ['commission', null],
    ['other', null],
  ] as const)('the next forum after %s is %s', (from, next) => {
    expect(nextForumType(from)).toBe(next);
  });

  const allowed: Record<string, ForumType[]> = {
    magistrate: ['sessions', 'high_court', 'supreme_court'],
    peca_court: ['sessions', 'high_court', 'supreme_court'],
    sessions: ['high_court', 'supreme_court'],
    atc: ['high_court', 'supreme_court'],
    high_court: ['supreme_court'],
  };

  test('every pair of forum types: only a higher rung of the same ladder is allowed', () => {
    for (const from of FORUM_TYPES) {
      for (const to of FORUM_TYPES) {
        const ok = (allowed[from] ?? []).includes(to);
        expect(escalationProblem(from, to) === null, `${from} → ${to}`).toBe(ok);
      }
      expect(higherForumTypes(from)).toEqual(allowed[from] ?? []);
    }
  });

  test('a magistrate cannot be followed by an ATC: ATA bail starts at the ATC', () => {
    expect(escalationProblem('magistrate', 'atc')).toContain(
      'Magistrate → Sessions Court → High Court → Supreme Court',
    );
  });

  test('the ladder reads as a lawyer would say it', () => {
    expect(describeLadder('peca_court')).toBe('PECA court → Sessions Court → High Court → Supreme Court');
    expect(describeLadder('atc')).toBe('Anti-Terrorism Court → High Court → Supreme Court');
  });

  test('only dismissed and withdrawn petitions climb', () => {
    expect(BAIL_STATUSES.filter(canEscalate)).toEqual(['dismissed', 'withdrawn']);
  });

  test('pre-arrest bail skipping the Sessions Court is flagged, nothing else is', () => {
    expect(skipsSessionsForPreArrest('crpc_498', 'high_court', [])).toBe(true);
    expect(skipsSessionsForPreArrest('crpc_498', 'high_court', ['sessions'])).toBe(false);
    expect(skipsSessionsForPreArrest('crpc_498', 'sessions', [])).toBe(false);
    expect(skipsSessionsForPreArrest('crpc_497', 'high_court', [])).toBe(false);
    expect(skipsSessionsForPreArrest('protective', 'high_court', [])).toBe(false);
  });

  test('orderAsLadders: roots by filing date, escalations under their origin', () => {
    const p = (
      id: string,
      filingDate: string | null,
      escalatedFromId: string | null = null,
      createdAt = '2026-11-01T00:00:00.000Z',
    ) => ({
      id,
      filingDate,
      escalatedFromId,
      createdAt,
    });
    const rows = [
      p('sc', '2026-10-15', 'hc'),
      p('fresh', '2026-11-20'),
      p('hc', '2026-09-08', 'atc'),
      p('draft', null, null, '2026-11-27T05:00:00.000Z'),
      p('atc', '2026-08-25'),
      p('orphan', '2026-07-01', 'gone'),
    ];
    expect(orderAsLadders(rows).map((r) => r.id)).toEqual(['orphan', 'atc', 'hc', 'sc', 'fresh', 'draft']);
  });

  test('the screen offers exactly the forum types the backend accepts', () => {
    for (const from of FORUM_TYPES) expect(higherLevelTypes(from), from).toEqual(higherForumTypes(from));
  });
});

describe('hearings linked to a bail petition', () => {
  test("a hearing fixed for a petition shows in its hearingIds; the next date stays linked; another case's petition is refused", async () => {
    const app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    try {
      const client = await app.must('clients:create', clientData({ fullName: 'Sadia Jaffar', cnic: null }));
      const c = await app.must('cases:create', caseData([client.id], { forumId: 'seed:lhc' }));
      const other = await app.must('cases:create', caseData([client.id], { firNumber: '9/2026', forumId: 'seed:lhc' }));
      const petition = await app.must('bail:save', {
        data: {
          caseId: c.id,
          clientId: client.id,
          kind: 'crpc_497',
          forumId: 'seed:lhc',
          filingDate: '2026-11-20',
          status: 'filed',
        },
      });
      const h = await app.must('hearings:create', {
        caseId: c.id,
        date: '2026-11-27',
        courtId: 'seed:lhc',
        purpose: 'Arguments on bail',
        bailPetitionId: petition.id,
      });
      expect(h.bailPetitionId).toBe(petition.id);
      const { next } = await app.must('hearings:record-outcome', {
        hearingId: h.id,
        outcome: 'adjourned',
        nextDate: '2026-12-03',
      });
      expect(next?.bailPetitionId).toBe(petition.id);
      const [listed] = await app.must('bail:list', { caseId: c.id });
      expect(listed?.hearingIds.sort()).toEqual([h.id, next?.id].sort());
      const refused = await app.call('hearings:create', {
        caseId: other.id,
        date: '2026-11-30',
        purpose: 'Bail',
        bailPetitionId: petition.id,
      });
      expect(!refused.ok && refused.error.fields).toEqual({ bailPetitionId: 'Not a petition of this case' });
    } finally {
      app.cleanup();
    }
  });
});
