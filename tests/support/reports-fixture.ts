import type { ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { caseData, clientData } from './factories';

/*
 * A legal-aid office's caseload for the reports, with answers counted by hand (see
 * tests/core/reports.test.ts). Today is Friday 27 November 2026. Written against a `call` that
 * throws on failure, so the core tests (TestApp.must) and the browser tests (seed.ts api) share it.
 *
 *   A  Ayesha Siddiqa (sensitive "Falcon", high risk)  PECA 26-A, PPC 505   IHC                 in custody since 3 Oct 2026
 *   B  Baba Jan Hunzai (low risk)                     ATA 7, PPC 505       ATC Rawalpindi      on bail: ATC refused, LHC Rwp granted on 15 May 2026
 *   C  Rukhsana Bibi (medium)                         habeas corpus        LHC Rawalpindi      missing (enforced disappearance)
 *   D  Naseer Ahmad (critical)                        PPC 295-C, 298-C     Sessions Lahore     in custody since 14 Aug 2025
 *   E  Gulalai Ismail (medium)                        MPO 16               Magistrate Quetta   disposed; bail order of 12 Feb 2026
 *   F  Idris Khattak (low)                            PECA 20              Sessions Islamabad  pre-arrest bail confirmed
 *   G  Idris Khattak                                  PPC 506              Sessions Islamabad  disposed in 2025: not in a 2026 report
 *   H  Baba Jan Hunzai                                PECA 9               IHC                 archived: never in a report
 *   J  Gulalai Ismail                                 PPC 124-A            Magistrate Quetta   bail granted, order not recorded
 *   K  Idris Khattak                                  PPC 506              IHC                 quashment; pre-arrest bail withdrawn
 */

type Seeding =
  | 'courts:create'
  | 'police-stations:create'
  | 'clients:create'
  | 'cases:create'
  | 'hearings:create'
  | 'hearings:record-outcome'
  | 'bail:save'
  | 'bail:escalate'
  | 'events:create';
type Call = <C extends Seeding>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** What Ayesha's file holds that must never reach a redacted printout. */
export const AYESHA = {
  fullName: 'Ayesha Siddiqa',
  nameUr: 'عائشہ صدیقہ',
  codename: 'Falcon',
  cnic: '35202-1234567-8',
  phone: '0300-1234567',
  address: 'House No. 14, Street 7, G-9/3, Islamabad',
  guardianName: 'Muhammad Siddiq',
  contactPerson: 'Brother Kamran, 0301-7654321',
} as const;

/** Every piece of AYESHA, and the parts of it a careless printout would still show. */
export const AYESHA_SENSITIVE = [
  ...Object.entries(AYESHA)
    .filter(([k]) => k !== 'codename')
    .map(([, v]) => v),
  'Ayesha',
  'Siddiqa',
  'عائشہ',
  'صدیقہ',
  '1234567',
  '7654321',
  '0301',
  'G-9/3',
  'Kamran',
];

/** A short order and a purpose as clerks write them, naming her and her brother. */
export const LEAKY_ORDER =
  'Arguments of counsel for Ayesha Siddiqa heard; her brother Kamran (0301 7654321) present as surety. Adjourned.';
export const LEAKY_PURPOSE = 'Bail of Ms Siddiqa (CNIC 35202 1234567 8): arguments';

export const seedReportsCaseload = async (call: Call) => {
  const court = (name: string, forumType: ChannelInput<'courts:create'>['forumType'], city: string) =>
    call('courts:create', { name, forumType, city });
  const atc = await court('Anti-Terrorism Court-I, Rawalpindi', 'atc', 'Rawalpindi');
  const sessionsLhr = await court('Court of Sessions Judge, Lahore', 'sessions', 'Lahore');
  const sessionsIsb = await court('Court of Sessions Judge, Islamabad (West)', 'sessions', 'Islamabad');
  const magistrate = await court('Judicial Magistrate, Quetta', 'magistrate', 'Quetta');
  const kohsar = await call('police-stations:create', { name: 'Kohsar', district: 'Islamabad', province: 'ict' });

  const ayesha = await call(
    'clients:create',
    clientData({
      ...AYESHA,
      sensitive: true,
      riskLevel: 'high',
      gender: 'female',
      guardianRelation: 'daughter_of',
      district: 'Islamabad',
      province: 'ict',
    }),
  );
  const babaJan = await call(
    'clients:create',
    clientData({ fullName: 'Baba Jan Hunzai', nameUr: null, category: 'activist', cnic: null, riskLevel: 'low' }),
  );
  const rukhsana = await call(
    'clients:create',
    clientData({
      fullName: 'Rukhsana Bibi',
      nameUr: null,
      category: 'family_of_disappeared',
      cnic: null,
      riskLevel: 'medium',
    }),
  );
  const naseer = await call(
    'clients:create',
    clientData({
      fullName: 'Naseer Ahmad',
      nameUr: null,
      category: 'religious_minority',
      cnic: '35201-7654321-3',
      riskLevel: 'critical',
    }),
  );
  const gulalai = await call(
    'clients:create',
    clientData({
      fullName: 'Gulalai Ismail',
      nameUr: null,
      category: 'whrd',
      cnic: null,
      riskLevel: 'medium',
      gender: 'female',
    }),
  );
  const idris = await call(
    'clients:create',
    clientData({ fullName: 'Idris Khattak', nameUr: null, category: 'lawyer', cnic: null, riskLevel: 'low' }),
  );

  const kase = (clientId: string, over: Partial<ChannelInput<'cases:create'>>) =>
    call('cases:create', caseData([clientId], over));
  const hearing = async (
    caseId: string,
    courtId: string,
    date: string,
    purpose: string,
    outcome?: ChannelInput<'hearings:record-outcome'>['outcome'],
    extra: Partial<ChannelInput<'hearings:record-outcome'>> = {},
  ) => {
    const h = await call('hearings:create', { caseId, date, courtId, purpose });
    if (outcome) await call('hearings:record-outcome', { hearingId: h.id, outcome, ...extra });
    return h;
  };
  const bail = (data: ChannelInput<'bail:save'>['data']) => call('bail:save', { data });

  // A: Ayesha, PECA 26-A and PPC 505 before the IHC; Sessions refused bail, the IHC has it now.
  const a = await kase(ayesha.id, {
    stage: 'Arguments on bail',
    firNumber: '112/2026',
    firDate: '2026-10-02',
    firDistrict: 'Islamabad',
    forumId: 'seed:ihc',
    caseNumber: 'Crl. Misc. No. 1412-B of 2026',
    custodyStatus: 'in_custody',
    arrestDate: '2026-10-03',
    prosecutor: 'State counsel, NCCIA',
    team: ['Imaan Hazir', 'Usman Warraich'],
  });
  const aSessions = await bail({
    caseId: a.id,
    clientId: ayesha.id,
    kind: 'crpc_497',
    forumId: sessionsIsb.id,
    filingDate: '2026-10-10',
    status: 'dismissed',
  });
  await hearing(a.id, sessionsIsb.id, '2026-10-20', 'Arguments on bail', 'bail_dismissed', {
    shortOrder: 'Bail refused: the post is said to have caused unrest',
  });
  await call('bail:escalate', { id: aSessions.id, forumId: 'seed:ihc', filingDate: '2026-10-25' });
  await hearing(a.id, 'seed:ihc', '2026-11-05', 'Notice', 'adjourned', { shortOrder: 'Notice to the State' });
  await hearing(a.id, 'seed:ihc', '2026-11-20', LEAKY_PURPOSE, 'adjourned', {
    shortOrder: LEAKY_ORDER,
    nextDate: '2026-11-30',
    nextTime: '09:30',
    nextPurpose: 'Report of NCCIA; arguments on bail',
  });

  // B: Baba Jan, ATA 7 and PPC 505; the ATC refused bail, the LHC Rawalpindi Bench granted it.
  const b = await kase(babaJan.id, {
    caseType: 'trial',
    stage: 'Evidence',
    firNumber: '77/2026',
    firDate: '2026-02-28',
    firDistrict: 'Rawalpindi',
    investigatingAgency: 'ctd',
    offences: [
      { statute: 'ATA', section: '7' },
      { statute: 'PPC', section: '505' },
    ],
    forumId: atc.id,
    caseNumber: 'Special Case No. 342/2026',
    custodyStatus: 'on_bail',
    arrestDate: '2026-03-01',
    releaseDate: '2026-05-16',
    team: ['Imaan Hazir'],
  });
  const bAtc = await bail({
    caseId: b.id,
    clientId: babaJan.id,
    kind: 'ata_21d',
    forumId: atc.id,
    filingDate: '2026-03-10',
    status: 'dismissed',
  });
  await hearing(b.id, atc.id, '2026-03-20', 'Bail under s.21-D', 'bail_dismissed');
  const bHc = await call('bail:escalate', { id: bAtc.id, forumId: 'seed:lhc-rwp', filingDate: '2026-04-01' });
  await call('bail:save', {
    id: bHc.id,
    data: {
      caseId: b.id,
      clientId: babaJan.id,
      kind: 'ata_21d',
      forumId: 'seed:lhc-rwp',
      filingDate: '2026-04-01',
      status: 'granted',
    },
  });
  await hearing(b.id, 'seed:lhc-rwp', '2026-05-15', 'Bail after refusal by the ATC', 'bail_granted', {
    shortOrder: 'Bail granted against surety of Rs 200,000',
  });
  await call('hearings:create', { caseId: b.id, date: '2026-12-02', courtId: atc.id, purpose: 'Evidence' });

  // C: Rukhsana's habeas petition for her son, whereabouts unknown.
  const c = await kase(rukhsana.id, {
    caseType: 'habeas_corpus',
    firNumber: null,
    firDate: null,
    firDistrict: 'Rawalpindi',
    investigatingAgency: null,
    offences: [],
    forumId: 'seed:lhc-rwp',
    caseNumber: 'Crl. Misc. No. 27821-H of 2026',
    custodyStatus: 'missing',
    arrestDate: null,
    team: ['Hina Jilani'],
  });
  await hearing(c.id, 'seed:lhc-rwp', '2026-06-10', 'Report of RPO Rawalpindi', 'adjourned');
  await hearing(c.id, 'seed:lhc-rwp', '2026-07-08', 'Report of RPO Rawalpindi', 'adjourned');
  await call('hearings:create', {
    caseId: c.id,
    date: '2026-11-27',
    courtId: 'seed:lhc-rwp',
    purpose: 'Report of the JIT',
  });

  // D: Naseer, blasphemy, in custody for over a year; bail refused in 2025 at Sessions and the LHC.
  const d = await kase(naseer.id, {
    caseType: 'trial',
    stage: 'Evidence ',
    firNumber: '402/2025',
    firDate: '2025-08-13',
    firDistrict: 'Lahore',
    investigatingAgency: 'police',
    offences: [
      { statute: 'PPC', section: '295-C' },
      { statute: 'PPC', section: '298C' },
    ],
    forumId: sessionsLhr.id,
    caseNumber: 'Sessions Case No. 88/2025',
    custodyStatus: 'in_custody',
    arrestDate: '2025-08-14',
    capitalCharge: true,
    team: ['Saif ul Malook'],
  });
  const dSessions = await bail({
    caseId: d.id,
    clientId: naseer.id,
    kind: 'crpc_497',
    forumId: sessionsLhr.id,
    filingDate: '2025-09-01',
    status: 'dismissed',
  });
  const dHc = await call('bail:escalate', { id: dSessions.id, forumId: 'seed:lhc', filingDate: '2025-10-01' });
  await call('bail:save', {
    id: dHc.id,
    data: {
      caseId: d.id,
      clientId: naseer.id,
      kind: 'crpc_497',
      forumId: 'seed:lhc',
      filingDate: '2025-10-01',
      status: 'dismissed',
    },
  });
  await hearing(d.id, sessionsLhr.id, '2026-01-15', 'Evidence', 'adjourned');
  await hearing(d.id, sessionsLhr.id, '2026-09-09', 'Evidence', 'heard');

  // E: Gulalai under MPO 16, bail from the magistrate (a recorded bail order), then disposed.
  const e = await kase(gulalai.id, {
    caseType: 'trial',
    stage: null,
    status: 'disposed',
    firNumber: '19/2026',
    firDate: '2026-02-01',
    firDistrict: 'Quetta',
    investigatingAgency: 'police',
    offences: [{ statute: 'MPO', section: '16' }],
    forumId: magistrate.id,
    caseNumber: 'Case No. 51/2026',
    custodyStatus: 'on_bail',
    arrestDate: '2026-02-02',
    releaseDate: '2026-02-13',
    team: ['Jalila Haider'],
  });
  await bail({
    caseId: e.id,
    clientId: gulalai.id,
    kind: 'crpc_497',
    forumId: magistrate.id,
    filingDate: '2026-02-05',
    status: 'granted',
  });
  await call('events:create', {
    caseId: e.id,
    kind: 'bail_order',
    date: '2026-02-12',
    courtId: magistrate.id,
    details: { bailResult: 'granted' },
  });
  await hearing(e.id, magistrate.id, '2026-03-03', 'Evidence', 'adjourned');
  await hearing(e.id, magistrate.id, '2026-04-07', 'Final arguments', 'disposed', {
    shortOrder: 'Acquitted under s.249-A',
  });

  // F: Idris, PECA 20, pre-arrest bail confirmed at Sessions.
  const f = await kase(idris.id, {
    caseType: 'pre_arrest_bail',
    stage: 'arguments on  bail',
    firNumber: '230/2026',
    firDate: '2026-05-20',
    firDistrict: 'Islamabad',
    offences: [{ statute: 'PECA', section: '20' }],
    forumId: sessionsIsb.id,
    caseNumber: 'B.A. No. 1190/2026',
    custodyStatus: 'not_arrested',
    arrestDate: null,
    team: ['Usama Khilji'],
  });
  await bail({
    caseId: f.id,
    clientId: idris.id,
    kind: 'crpc_498',
    forumId: sessionsIsb.id,
    filingDate: '2026-06-01',
    status: 'confirmed',
  });
  await hearing(f.id, sessionsIsb.id, '2026-06-15', 'Confirmation of ad-interim bail', 'bail_granted');

  // G: Idris's older matter, disposed in 2025.
  const g = await kase(idris.id, {
    caseType: 'trial',
    status: 'disposed',
    firNumber: '5/2025',
    firDate: '2025-01-10',
    firDistrict: 'Islamabad',
    offences: [{ statute: 'PPC', section: '506' }],
    forumId: sessionsIsb.id,
    caseNumber: 'Case No. 12/2025',
    custodyStatus: 'not_arrested',
    arrestDate: null,
  });
  await hearing(g.id, sessionsIsb.id, '2025-03-05', 'Final arguments', 'disposed');

  // H: archived (entered by mistake): never counted.
  const hArchived = await kase(babaJan.id, {
    status: 'archived',
    firNumber: '1/2026',
    firDate: '2026-01-05',
    offences: [{ statute: 'PECA', section: '9' }],
    forumId: 'seed:ihc',
    custodyStatus: 'in_custody',
    arrestDate: '2026-01-06',
  });
  await hearing(hArchived.id, 'seed:ihc', '2026-05-05', 'Notice', 'adjourned');

  // J: Gulalai again, sedition; bail granted but the order's date never recorded.
  const j = await kase(gulalai.id, {
    caseType: 'trial',
    stage: 'Charge framed',
    firNumber: '140/2026',
    firDate: '2026-06-30',
    firDistrict: 'Quetta',
    offences: [{ statute: 'PPC', section: '124-A' }],
    forumId: magistrate.id,
    caseNumber: 'Case No. 210/2026',
    custodyStatus: 'on_bail',
    arrestDate: '2026-07-01',
    releaseDate: '2026-07-20',
  });
  await bail({
    caseId: j.id,
    clientId: gulalai.id,
    kind: 'crpc_497',
    forumId: magistrate.id,
    filingDate: '2026-07-05',
    status: 'granted',
  });

  // K: Idris, quashment of a PPC 506 FIR at the IHC; the district is the police station's.
  const k = await kase(idris.id, {
    caseType: 'quashment',
    stage: null,
    firNumber: '301/2026',
    firDate: '2026-09-01',
    firDistrict: null,
    policeStationId: kohsar.id,
    offences: [{ statute: 'PPC', section: '506' }],
    forumId: 'seed:ihc',
    caseNumber: 'Crl. Misc. No. 2210-M of 2026',
    custodyStatus: 'not_arrested',
    arrestDate: null,
  });
  await bail({
    caseId: k.id,
    clientId: idris.id,
    kind: 'crpc_498',
    forumId: 'seed:ihc',
    filingDate: '2026-09-05',
    status: 'withdrawn',
  });
  await hearing(k.id, 'seed:ihc', '2026-09-20', 'Notice', 'adjourned');
  await call('hearings:create', {
    caseId: k.id,
    date: '2026-12-10',
    courtId: 'seed:ihc',
    purpose: 'Arguments on quashment',
  });

  return {
    clients: { ayesha, babaJan, rukhsana, naseer, gulalai, idris },
    cases: { a, b, c, d, e, f, g, h: hArchived, j, k },
    courts: { atc, sessionsLhr, sessionsIsb, magistrate },
  };
};
