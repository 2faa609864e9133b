import type { AgendaItem, ChannelInput } from '../../electron/shared/contract';
import type { TestApp } from './context';
import { addPersonas, ahmadiFir, habeas, peca } from './personas';

/*
 * A court week of a small legal-aid office in Islamabad and Rawalpindi: three lawyers, cases
 * before the IHC, the LHC and its Rawalpindi bench, ATC Rawalpindi, and the district courts.
 * Each test arranges the hearings it needs; this only sets up courts, clients and cases.
 */

type CourtIn = ChannelInput<'courts:create'>;

export const ATC_RAWALPINDI: CourtIn = {
  name: 'Anti-Terrorism Court No. 1, Rawalpindi',
  forumType: 'atc',
  city: 'Rawalpindi',
  province: 'punjab',
};
export const SESSIONS_ISLAMABAD: CourtIn = {
  name: 'Sessions Court Islamabad (West)',
  forumType: 'sessions',
  city: 'Islamabad',
  province: 'ict',
};
export const SESSIONS_CHINIOT: CourtIn = {
  name: 'Additional Sessions Judge, Chiniot',
  forumType: 'sessions',
  city: 'Chiniot',
  province: 'punjab',
};
export const DUTY_MAGISTRATE: CourtIn = {
  name: 'Duty Magistrate, Islamabad',
  forumType: 'magistrate',
  city: 'Islamabad',
  province: 'ict',
};

/** The office's lawyers. Imaan leads most cases; Usman and Hina lead one or two each. */
export const IMAAN = 'Imaan Hazir';
export const USMAN = 'Usman Warraich';
export const HINA = 'Hina Jilani';

export const courtWeek = async (app: TestApp) => {
  const atc = await app.must('courts:create', ATC_RAWALPINDI);
  const sessionsIsb = await app.must('courts:create', SESSIONS_ISLAMABAD);
  const sessionsChiniot = await app.must('courts:create', SESSIONS_CHINIOT);
  const magistrate = await app.must('courts:create', DUTY_MAGISTRATE);
  const p = await addPersonas(app);

  /** Sadia Jaffar (journalist): PECA 26-A, post-arrest bail before the IHC. Lead: Imaan, then Usman. */
  const pecaCase = await app.must('cases:create', peca(p.journalist.id));
  /** Rukhsana Bibi for her disappeared son: habeas corpus before the LHC. Lead: Hina. */
  const habeasCase = await app.must('cases:create', habeas(p.mother.id, p.son.id));
  /** Zarghuna Khattak (sensitive, "Chinar"): ATA 7 and PPC 124-A trial before ATC Rawalpindi. Lead: Imaan. */
  const atcCase = await app.must('cases:create', {
    caseType: 'trial',
    stage: 'Prosecution evidence',
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
    prosecutor: 'Special Public Prosecutor, CTD Punjab',
    team: [IMAAN],
  });
  /** Naseer Ahmad (sensitive, "Falcon"): PPC 298-C, pre-arrest bail before the sessions court at Chiniot. */
  const ahmadiCase = await app.must('cases:create', ahmadiFir(p.ahmadi.id, { forumId: sessionsChiniot.id }));
  /** Sadia Jaffar's criminal appeal against an earlier PECA conviction, LHC Rawalpindi Bench. Lead: Usman. */
  const appealCase = await app.must('cases:create', {
    caseType: 'appeal',
    parties: [{ clientId: p.journalist.id, role: 'appellant' }],
    firNumber: '7/2024',
    firDistrict: 'Rawalpindi',
    investigatingAgency: 'fia_nccia',
    offences: [{ statute: 'PECA', section: '20' }],
    forumId: 'seed:lhc-rwp',
    caseNumber: 'Crl. Appeal No. 233 of 2025',
    custodyStatus: 'on_bail',
    team: [USMAN],
  });
  /** Zarghuna Khattak against her name on the Exit Control List: writ petition before the IHC. Lead: Hina. */
  const writCase = await app.must('cases:create', {
    caseType: 'constitutional_petition',
    parties: [{ clientId: p.whrd.id, role: 'petitioner' }],
    forumId: 'seed:ihc',
    caseNumber: 'W.P. No. 3911 of 2026',
    custodyStatus: 'not_arrested',
    opposingCounsel: 'Deputy Attorney General',
    team: [HINA, IMAAN],
  });
  const lawyers = new Map((await app.must('lawyers:list', {})).map((l) => [l.name, l.id]));
  const lawyerId = (name: string): string => {
    const found = lawyers.get(name);
    if (!found) throw new Error(`no lawyer ${name}`);
    return found;
  };
  return {
    ...p,
    courts: { atc, sessionsIsb, sessionsChiniot, magistrate },
    pecaCase,
    habeasCase,
    atcCase,
    ahmadiCase,
    appealCase,
    writCase,
    lawyerId,
  };
};

export type CourtWeek = Awaited<ReturnType<typeof courtWeek>>;

/** Adds a hearing; only the case, date and purpose are required. */
export const fix = (
  app: TestApp,
  caseId: string,
  date: string,
  purpose: string,
  more: Partial<Omit<ChannelInput<'hearings:create'>, 'caseId' | 'date' | 'purpose'>> = {},
) => app.must('hearings:create', { caseId, date, purpose, ...more });

export const agendaOf = (
  app: TestApp,
  from: string,
  to = from,
  filter: Partial<ChannelInput<'hearings:agenda'>> = {},
) => app.must('hearings:agenda', { from, to, ...filter });

export const rowOf = (rows: AgendaItem[], id: string): AgendaItem => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`hearing ${id} is not on the agenda`);
  return row;
};

/**
 * A notice title: when, how many, and the court date. The date may be written as 2026-12-02 or
 * as "Wed 2 Dec 2026"; both name the day a lawyer needs.
 */
export const titled = (prefix: string, isoDate: string, human: string) => {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(prefix)} \\((${isoDate}|${esc(human)})\\)$`);
};
