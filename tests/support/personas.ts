import type { ChannelInput } from '../../electron/shared/contract';
import type { TestApp } from './context';
import { clientData } from './factories';

/*
 * Realistic (fictional) clients of a Pakistani legal-aid office defending human rights
 * defenders, and their typical cases.
 */

type ClientIn = ChannelInput<'clients:create'>;

export const JOURNALIST: ClientIn = clientData({
  fullName: 'Sadia Jaffar',
  nameUr: 'سعدیہ جعفر',
  codename: 'Kingfisher',
  cnic: '61101-2345678-4',
  phone: '+92 300 5550142',
  category: 'journalist',
  district: 'Islamabad',
  province: 'ict',
  riskLevel: 'high',
  contactPerson: 'Husband, 0333-5550199',
  notes: 'YouTube channel; summoned by NCCIA twice before arrest',
});

export const WHRD: ClientIn = clientData({
  fullName: 'Zarghuna Khattak',
  nameUr: 'زرغونہ خٹک',
  codename: 'Chinar',
  cnic: '17301-4455667-2',
  phone: '0345-9876543',
  category: 'whrd',
  district: 'Peshawar',
  province: 'kp',
  riskLevel: 'critical',
  notes: 'Organiser, Aurat March Peshawar',
  sensitive: true,
});

export const AHMADI_DEFENDER: ClientIn = clientData({
  fullName: 'Naseer Ahmad',
  nameUr: 'نصیر احمد',
  codename: 'Falcon',
  cnic: '33201-7654321-9',
  phone: '0300-7001234',
  category: 'religious_minority',
  district: 'Chiniot',
  province: 'punjab',
  riskLevel: 'critical',
  notes: null,
  sensitive: true,
});

export const MOTHER_OF_DISAPPEARED: ClientIn = clientData({
  fullName: 'Rukhsana Bibi',
  nameUr: 'رخسانہ بی بی',
  codename: null,
  cnic: '35202-1112223-4',
  phone: '0321-4445556',
  category: 'family_of_disappeared',
  district: 'Lahore',
  province: 'punjab',
  riskLevel: 'medium',
  contactPerson: null,
  notes: 'Son picked up from home in Township on 2 November 2026',
});

export const DISAPPEARED_SON: ClientIn = clientData({
  fullName: 'Imran Qureshi',
  nameUr: 'عمران قریشی',
  codename: null,
  cnic: null,
  phone: null,
  category: 'activist',
  district: 'Lahore',
  province: 'punjab',
  riskLevel: 'critical',
  contactPerson: 'Mother, Rukhsana Bibi',
  notes: null,
});

/** PECA 26-A and PPC 505 FIR by FIA/NCCIA Islamabad; post-arrest bail before the IHC. */
export const peca = (clientId: string): ChannelInput<'cases:create'> => ({
  caseType: 'bail',
  stage: 'Post-arrest bail',
  parties: [{ clientId, role: 'accused' }],
  firNumber: '112/2026',
  firDate: '2026-10-02',
  firDistrict: 'Islamabad',
  investigatingAgency: 'fia_nccia',
  offences: [
    { statute: 'PECA', section: '26-A', note: 'False and fake information' },
    { statute: 'PPC', section: '505' },
  ],
  forumId: 'seed:ihc',
  caseNumber: 'Crl. Misc. No. 1412-B of 2026',
  custodyStatus: 'in_custody',
  arrestDate: '2026-10-03',
  prosecutor: 'Special Prosecutor, NCCIA',
  team: ['Imaan Hazir', 'Usman Warraich'],
});

/** Habeas corpus for a disappeared son: mother petitioner, son detenu, before the LHC. */
export const habeas = (motherId: string, sonId: string): ChannelInput<'cases:create'> => ({
  caseType: 'habeas_corpus',
  parties: [
    { clientId: motherId, role: 'petitioner' },
    { clientId: sonId, role: 'detenu' },
  ],
  forumId: 'seed:lhc',
  caseNumber: 'Crl. Misc. No. 27821-H of 2026',
  custodyStatus: 'missing',
  opposingCounsel: 'Assistant Advocate General Punjab',
  team: ['Hina Jilani'],
});

/** PPC 298-C FIR at PS Chenab Nagar; pre-arrest bail. */
export const ahmadiFir = (
  clientId: string,
  refs: { policeStationId?: string | null; forumId?: string | null } = {},
): ChannelInput<'cases:create'> => ({
  caseType: 'pre_arrest_bail',
  parties: [{ clientId, role: 'accused' }],
  firNumber: '45/2026',
  firDate: '2026-09-14',
  firDistrict: 'Chiniot',
  investigatingAgency: 'police',
  offences: [{ statute: 'PPC', section: '298-C' }],
  custodyStatus: 'not_arrested',
  team: ['Imaan Hazir'],
  ...refs,
});

/** Adds the five clients above and returns them by role. */
export const addPersonas = async (app: TestApp) => ({
  journalist: await app.must('clients:create', JOURNALIST),
  whrd: await app.must('clients:create', WHRD),
  ahmadi: await app.must('clients:create', AHMADI_DEFENDER),
  mother: await app.must('clients:create', MOTHER_OF_DISAPPEARED),
  son: await app.must('clients:create', DISAPPEARED_SON),
});
