import type { ChannelInput } from '../../electron/shared/contract';
import type { TestApp } from './context';

export const clientData = (over: Partial<ChannelInput<'clients:create'>> = {}): ChannelInput<'clients:create'> => ({
  fullName: 'Ayesha Siddiqa',
  nameUr: 'عائشہ صدیقہ',
  codename: null,
  cnic: '35202-1234567-8',
  phone: '0300-1234567',
  category: 'journalist',
  district: 'Lahore',
  province: 'punjab',
  riskLevel: 'high',
  contactPerson: 'Brother, 0301-7654321',
  notes: null,
  sensitive: false,
  ...over,
});

export const makeClient = (app: TestApp, over: Partial<ChannelInput<'clients:create'>> = {}) =>
  app.must('clients:create', clientData(over));

export const caseData = (
  clientIds: string[],
  over: Partial<ChannelInput<'cases:create'>> = {},
): ChannelInput<'cases:create'> => ({
  caseType: 'bail',
  parties: clientIds.map((clientId) => ({ clientId, role: 'accused' as const })),
  firNumber: '112/2026',
  firDate: '2026-10-02',
  firDistrict: 'Islamabad',
  investigatingAgency: 'fia_nccia',
  offences: [
    { statute: 'PECA', section: '26-A' },
    { statute: 'PPC', section: '505' },
  ],
  forumId: 'seed:ihc',
  caseNumber: 'Crl. Misc. No. 1412-B of 2026',
  custodyStatus: 'in_custody',
  arrestDate: '2026-10-03',
  team: ['Imaan Hazir'],
  ...over,
});

export const makeCase = async (app: TestApp, over: Partial<ChannelInput<'cases:create'>> = {}) => {
  const client = await makeClient(app);
  return app.must('cases:create', caseData([client.id], over));
};
