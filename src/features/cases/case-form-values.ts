import type { CaseDetail, ChannelInput } from '../../../electron/shared/contract';
import type {
  CasePartyRole,
  CaseStatus,
  CaseType,
  CustodyStatus,
  InvestigatingAgency,
  Statute,
} from '../../../electron/shared/enums';
import { blankToNull } from '../../lib/form';

export type CaseFormValues = {
  title: string;
  caseType: CaseType | null;
  stage: string;
  status: CaseStatus;
  parties: { clientId: string | null; role: CasePartyRole }[];
  firNumber: string;
  firDate: string;
  policeStationId: string | null;
  firDistrict: string;
  investigatingAgency: InvestigatingAgency | null;
  offences: { statute: Statute | null; section: string; note: string }[];
  forumId: string | null;
  caseNumber: string;
  custodyStatus: CustodyStatus;
  arrestDate: string;
  arrestTime: string;
  capitalCharge: boolean;
  releaseDate: string;
  prosecutor: string;
  opposingCounsel: string;
  team: string[];
};

export const emptyCase = (clientId: string | null): CaseFormValues => ({
  title: '',
  caseType: null,
  stage: '',
  status: 'active',
  parties: [{ clientId, role: 'accused' }],
  firNumber: '',
  firDate: '',
  policeStationId: null,
  firDistrict: '',
  investigatingAgency: null,
  offences: [{ statute: null, section: '', note: '' }],
  forumId: null,
  caseNumber: '',
  custodyStatus: 'unknown',
  arrestDate: '',
  arrestTime: '',
  capitalCharge: false,
  releaseDate: '',
  prosecutor: '',
  opposingCounsel: '',
  team: [],
});

export const fromCase = (c: CaseDetail): CaseFormValues => ({
  title: c.title,
  caseType: c.caseType,
  stage: c.stage ?? '',
  status: c.status,
  parties: c.parties.map((p) => ({ clientId: p.clientId, role: p.role })),
  firNumber: c.firNumber ?? '',
  firDate: c.firDate ?? '',
  policeStationId: c.policeStationId,
  firDistrict: c.firDistrict ?? '',
  investigatingAgency: c.investigatingAgency,
  offences: c.offences.map((o) => ({ statute: o.statute, section: o.section, note: o.note ?? '' })),
  forumId: c.forumId,
  caseNumber: c.caseNumber ?? '',
  custodyStatus: c.custodyStatus,
  arrestDate: c.arrestDate ?? '',
  arrestTime: c.arrestTime ?? '',
  capitalCharge: c.capitalCharge,
  releaseDate: c.releaseDate ?? '',
  prosecutor: c.prosecutor ?? '',
  opposingCounsel: c.opposingCounsel ?? '',
  team: c.team,
});

/** Form values as the contract wants them: blanks are null, empty offence rows are dropped. */
export const toCaseInput = (v: CaseFormValues): ChannelInput<'cases:create'> =>
  ({
    ...blankToNull({ ...v }),
    offences: v.offences.filter((o) => o.statute || o.section.trim()),
  }) as ChannelInput<'cases:create'>;
