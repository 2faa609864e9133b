import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';

/*
 * An enforced disappearance as a legal-aid lawyer in Quetta records it: Naheed Marri, a woman
 * human rights defender from Kech, taken outside the Turbat Press Club on 14 October 2026; her
 * mother keeps in touch with counsel; a habeas petition in the Balochistan High Court and a
 * complaint to the Commission of Inquiry on Enforced Disappearances run side by side.
 * Every value that identifies her is listed in IDENTIFYING, for the anonymisation tests.
 */

export const naheed: ChannelInput<'clients:create'> = {
  fullName: 'Naheed Marri',
  nameUr: 'ناہید مری',
  codename: 'Saffron',
  cnic: '52203-7654321-4',
  phone: '0333-7788990',
  category: 'whrd',
  district: 'Kech',
  province: 'balochistan',
  riskLevel: 'critical',
  contactPerson: 'Hameeda Bibi (mother), 0345-1122334',
  notes: null,
  sensitive: true,
  gender: 'female',
  guardianRelation: 'daughter_of',
  guardianName: 'Ghulam Rasool Marri',
  address: 'House 4, Mohalla Shahi Tump, Turbat',
};

export const lastSeen = (clientId: string): ChannelInput<'disappearances:save'>['data'] => ({
  clientId,
  lastSeenDate: '2026-10-14',
  lastSeenTime: '18:30',
  lastSeenPlace: 'Outside the Turbat Press Club, Main Bazaar',
  lastSeenDistrict: 'Kech',
  lastSeenWith: 'her cousin Bilal Ahmed',
  takenBy:
    'Men in plain clothes with a police escort, in two double-cabin vehicles without number plates; they told Bilal Ahmed to go home.',
  familyContactName: 'Hameeda Bibi',
  familyContactRelation: 'mother',
  familyContactPhone: '0345-1122334',
  outcome: 'still_missing',
});

export const HABEAS_NUMBER = 'C.P. No. 1187 of 2026';
export const COMMISSION_NUMBER = 'CoIoED Case No. 9021/2026';

/** Every value that names or finds her, as stored: none may appear in a draft made without consent. */
export const IDENTIFYING = [
  'Naheed',
  'Marri',
  'ناہید',
  'Saffron',
  '52203-7654321-4',
  '5220376543214',
  '0333-7788990',
  '03337788990',
  'Ghulam Rasool',
  'Shahi Tump',
  'Turbat Press Club',
  'Main Bazaar',
  'Bilal',
  'Hameeda',
  '0345-1122334',
  '1187',
  '9021',
];

export const firApplication = (recordId: string): ChannelInput<'disappearances:save-entry'>['data'] => ({
  recordId,
  kind: 'fir_application',
  date: '2026-10-15',
  reference: 'Application diary no. 311, PS City Turbat',
  note: 'Her mother Hameeda Bibi applied for an FIR naming the vehicles; the SHO of PS City Turbat kept the application.',
});

export const commissionHearing = (recordId: string): ChannelInput<'disappearances:save-entry'>['data'] => ({
  recordId,
  kind: 'commission_hearing',
  date: '2026-12-03',
  note: 'Commission at Quetta: report from the Home Department called for.',
});

export const productionOrder = (
  recordId: string,
  caseId: string,
  over: Partial<ChannelInput<'disappearances:save-order'>['data']> = {},
): ChannelInput<'disappearances:save-order'>['data'] => ({
  recordId,
  caseId,
  court: 'Balochistan High Court, Quetta',
  orderedOn: '2026-11-10',
  produceBy: '2026-11-24',
  status: 'pending',
  note: 'SHO PS City Turbat and the Home Department to produce her or report her whereabouts.',
  ...over,
});

export const motherConsent = (
  clientId: string,
  over: Partial<ChannelInput<'consents:save'>['data']> = {},
): ChannelInput<'consents:save'>['data'] => ({
  clientId,
  recipient: 'un_sr_hrd',
  givenBy: 'family_member',
  givenByName: 'Hameeda Bibi (mother)',
  date: '2026-11-20',
  method: 'in_person',
  note: 'At the office, with her brother present; the consent form is in the physical file.',
  ...over,
});

export type DisappearanceIds = {
  /** Naheed Marri, taken on 14 October 2026. */
  missingClientId: string;
  /** Naheed Marri's disappearance record (a second client of the shared fixture). */
  disappearanceId: string;
  /** Her habeas petition in the Balochistan High Court, created from the record. */
  habeasCaseId: string;
  /** Her complaint to the Commission of Inquiry on Enforced Disappearances, also created from the record. */
  commissionCaseId: string;
  /** The FIR application of 15 October 2026. */
  entryId: string;
  /** The High Court's production order of 10 November 2026 (pending). */
  orderId: string;
  /** Her mother's consent for the UN Special Rapporteur on human rights defenders. */
  consentId: string;
  /** An urgent appeal to the Special Rapporteur drafted from the record. */
  appealDraftId: string;
};

type Must = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** The record, its habeas case, a step, an order, the consent and an appeal, through dispatch. */
export const seedDisappearance = async (app: { must: Must }): Promise<DisappearanceIds> => {
  const client = await app.must('clients:create', naheed);
  const record = await app.must('disappearances:save', { data: lastSeen(client.id) });
  const linked = await app.must('disappearances:create-case', {
    recordId: record.id,
    role: 'habeas',
    forumId: 'seed:bhc',
    caseNumber: HABEAS_NUMBER,
  });
  const habeasCaseId = linked.cases[0]?.caseId ?? '';
  const both = await app.must('disappearances:create-case', {
    recordId: record.id,
    role: 'commission',
    forumId: 'seed:coied',
    caseNumber: COMMISSION_NUMBER,
  });
  const withEntry = await app.must('disappearances:save-entry', { data: firApplication(record.id) });
  const withOrder = await app.must('disappearances:save-order', { data: productionOrder(record.id, habeasCaseId) });
  const consent = await app.must('consents:save', { data: motherConsent(client.id) });
  const appeal = await app.must('appeals:create', {
    recordId: record.id,
    recipient: 'un_sr_hrd',
    author: 'Jalila Haider',
  });
  return {
    missingClientId: client.id,
    disappearanceId: record.id,
    habeasCaseId,
    commissionCaseId: both.cases[1]?.caseId ?? '',
    entryId: withEntry.entries[0]?.id ?? '',
    orderId: withOrder.orders[0]?.id ?? '',
    consentId: consent.id,
    appealDraftId: appeal.id,
  };
};
