import type { ChannelInput } from '../../electron/shared/contract';
import { buildMergeData } from '../../electron/core/services/petitions/merge-data';
import type { TestApp } from './context';
import { clientData } from './factories';

/*
 * A case with every fact a petition can print, built through dispatch as the UI builds it:
 * Sadia Jaffar, a Lahore journalist, arrested on an NCCIA FIR registered at Police Station Kohsar,
 * Islamabad (PECA 26-A, PPC 505); her earlier bail petition dismissed by the Additional Sessions
 * Judge; a hearing fixed; a detenu brother and a conviction (so that the habeas and s.426
 * templates have their facts too). Today: Friday 27 November 2026.
 */

export const TODAY = '2026-11-27';

export const SADIA: ChannelInput<'clients:create'> = clientData({
  fullName: 'Sadia Jaffar',
  nameUr: 'سعدیہ جعفر',
  cnic: '35202-2345678-4',
  category: 'journalist',
  district: 'Lahore',
  province: 'punjab',
  gender: 'female',
  guardianRelation: 'daughter_of',
  guardianName: 'Muhammad Jaffar',
  address: 'House No. 14, Street 7, Model Town, Lahore',
});

export const IMRAN: ChannelInput<'clients:create'> = clientData({
  fullName: 'Imran Jaffar',
  nameUr: 'عمران جعفر',
  cnic: null,
  category: 'activist',
  district: 'Lahore',
  province: 'punjab',
  gender: 'male',
  guardianRelation: 'son_of',
  guardianName: 'Muhammad Jaffar',
  address: 'House No. 14, Street 7, Model Town, Lahore',
});

/** What the case cannot hold (Urdu spellings, kinship, the exact sentence): the lawyer's answers. */
export const ANSWERS: Record<string, string> = {
  'client.guardianNameUr': 'محمد جعفر',
  'client.addressUr': 'مکان نمبر 14، گلی نمبر 7، ماڈل ٹاؤن، لاہور',
  'fir.policeStationUr': 'کوہسار',
  'detenu.kinship': 'sister',
  'judgment.sentence': 'rigorous imprisonment for five years with a fine of Rs. 100,000',
};

export const FIR_EN =
  'FIR No. 112/2026 dated 02.10.2026, offence u/s 26-A PECA, 505 PPC, Police Station Kohsar, District Islamabad';
export const FIR_UR = 'مقدمہ نمبر 112/2026 مورخہ 02.10.2026 بجرم 26-A پیکا، 505 ت پ تھانہ کوہسار، ضلع اسلام آباد';

export type PetitionCase = Awaited<ReturnType<typeof completeCase>>;

export const caseInputFor = (
  refs: { sadia: string; imran: string; stationId: string; courtId: string },
  over: Partial<ChannelInput<'cases:create'>> = {},
): ChannelInput<'cases:create'> => ({
  caseType: 'bail',
  stage: 'Post-arrest bail',
  parties: [
    { clientId: refs.sadia, role: 'accused' },
    { clientId: refs.imran, role: 'detenu' },
  ],
  firNumber: '112/2026',
  firDate: '2026-10-02',
  policeStationId: refs.stationId,
  firDistrict: 'Islamabad',
  investigatingAgency: 'fia_nccia',
  offences: [
    { statute: 'PECA', section: '26-A' },
    { statute: 'PPC', section: '505' },
  ],
  forumId: refs.courtId,
  custodyStatus: 'in_custody',
  arrestDate: '2026-10-03',
  team: ['Imaan Hazir', 'Usman Warraich'],
  ...over,
});

/** The police station and the court, created once per app. */
const places = new WeakMap<TestApp, Promise<{ stationId: string; courtId: string }>>();
const placesOf = (app: TestApp) => {
  let p = places.get(app);
  if (!p) {
    p = (async () => {
      const station = await app.must('police-stations:create', {
        name: 'Kohsar',
        district: 'Islamabad',
        province: 'ict',
      });
      const court = await app.must('courts:create', {
        name: 'Additional Sessions Judge, Islamabad (West)',
        forumType: 'sessions',
        city: 'Islamabad',
        province: 'ict',
      });
      return { stationId: station.id, courtId: court.id };
    })();
    places.set(app, p);
  }
  return p;
};

export const completeCase = async (app: TestApp, over: Partial<ChannelInput<'cases:create'>> = {}) => {
  const sadia = await app.must('clients:create', SADIA);
  const imran = await app.must('clients:create', IMRAN);
  const refs = { sadia: sadia.id, imran: imran.id, ...(await placesOf(app)) };
  const kase = await app.must('cases:create', caseInputFor(refs, over));
  return { ...refs, caseId: kase.id, kase };
};

/** The earlier bail petition, dismissed by the case's Sessions Court by an order of 20 October 2026. */
export const dismissedPetition = async (app: TestApp, c: PetitionCase, opts: { withOrder?: boolean } = {}) => {
  const petition = await app.must('bail:save', {
    data: {
      caseId: c.caseId,
      clientId: c.sadia,
      kind: 'crpc_497',
      forumId: c.courtId,
      filingDate: '2026-10-10',
      status: 'dismissed',
    },
  });
  if (opts.withOrder !== false) {
    await app.must('events:create', {
      caseId: c.caseId,
      kind: 'bail_order',
      date: '2026-10-20',
      courtId: c.courtId,
      details: { bailResult: 'dismissed' },
    });
  }
  return petition;
};

/** A conviction (for s.426), an adjourned hearing (the last order) and the next date fixed. */
export const conviction = async (app: TestApp, c: PetitionCase) => {
  await app.must('events:create', {
    caseId: c.caseId,
    kind: 'judgment',
    date: '2025-06-02',
    courtId: c.courtId,
    details: { result: 'conviction', sentence: 'over_3y_to_7y' },
  });
  const h = await app.must('hearings:create', {
    caseId: c.caseId,
    date: '2026-11-20',
    courtId: c.courtId,
    purpose: 'Arguments on bail',
  });
  await app.must('hearings:record-outcome', {
    hearingId: h.id,
    outcome: 'adjourned',
    nextDate: '2026-12-03',
    nextPurpose: 'Arguments on bail',
  });
};

/** Everything: the case, the dismissed petition, the conviction and the hearings. */
export const everything = async (app: TestApp) => {
  const c = await completeCase(app);
  await dismissedPetition(app, c);
  await conviction(app, c);
  return c;
};

export const mergeData = (app: TestApp, caseId: string, clientId: string | null = null, today = TODAY) =>
  buildMergeData(app.vault.db, caseId, clientId, today);
