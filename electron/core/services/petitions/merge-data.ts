import { differenceInCalendarDays, parseISO } from 'date-fns';
import { asc, eq } from 'drizzle-orm';
import type { CustodyStatus, InvestigatingAgency } from '../../../shared/enums';
import type { Db } from '../../db/client';
import {
  caseLawyers,
  caseParties,
  cases,
  clients,
  courts,
  hearings,
  lawyers,
  offences,
  policeStations,
} from '../../db/schema';
import { must } from '../../errors';
import { listBail } from '../../repos/bail';
import { listEvents } from '../../repos/events';
import { listRules } from '../../repos/rules';
import {
  courtHeading,
  courtHeadingUr,
  courtPhrase,
  courtUr,
  GOVERNMENT,
  HIGH_COURT_ID,
  offencesText,
  offenceText,
  placeUr,
  pleadingDate,
  POLICE_CHIEF,
  RELATION_EN,
  RELATION_UR,
  urduLongDate,
  verificationDate,
  type CourtRef,
} from './merge-format';
import { bailHistory, conviction, statutoryCustody } from './merge-history';
import type { MergeData } from './types';

export { KNOWN_FIELDS } from './fields';

/*
 * The merge data of a petition: everything a template can print, read from the case. Absent
 * values are null, never "": render.ts asks the lawyer for a null the template prints.
 */

type ClientRow = typeof clients.$inferSelect;
type CourtRow = typeof courts.$inferSelect;

const RELATION_LONG = { son_of: 'son of', daughter_of: 'daughter of', wife_of: 'wife of' } as const;

const person = (c: ClientRow | undefined) => ({
  fullName: c?.fullName ?? null,
  nameUr: c?.nameUr ?? null,
  relation: c?.guardianRelation ? RELATION_EN[c.guardianRelation] : null,
  relationUr: c?.guardianRelation ? RELATION_UR[c.guardianRelation] : null,
  relationLong: c?.guardianRelation ? RELATION_LONG[c.guardianRelation] : null,
  guardianName: c?.guardianName ?? null,
  cnic: c?.cnic ?? null,
  address: c?.address ?? null,
});

const clientData = (c: ClientRow, role: string | null) => ({
  ...person(c),
  // Urdu spellings the case does not hold: the lawyer gives them for an Urdu draft.
  guardianNameUr: null,
  addressUr: null,
  district: c.district,
  districtUr: placeUr(c.district),
  province: c.province,
  gender: c.gender,
  // CrPC 497(1) first proviso: the court may release a woman even within the prohibitory clause.
  isWoman: c.gender === 'female',
  role,
});

const toRef = (row: CourtRow): CourtRef => ({
  name: row.name,
  forumType: row.forumType,
  city: row.city,
  province: row.province,
  isBench: row.forumType === 'high_court' && row.parentId !== null,
});

const courtData = (ref: CourtRef | null, caseNumber: string | null) => ({
  name: ref?.name ?? null,
  phrase: ref ? courtPhrase(ref) : null,
  nameUr: ref ? courtUr(ref) : null,
  type: ref?.forumType ?? null,
  city: ref?.city ?? null,
  cityUr: placeUr(ref?.city ?? null),
  heading: ref ? courtHeading(ref) : null,
  headingUr: ref ? courtHeadingUr(ref) : null,
  isHighCourt: ref?.forumType === 'high_court',
  caseNumber,
});

const AGENCY_LABEL: Record<InvestigatingAgency, string> = {
  police: 'Police',
  fia_nccia: 'National Cyber Crime Investigation Agency (NCCIA)',
  ctd: 'Counter Terrorism Department (CTD)',
  other: 'Investigating agency',
};

const CUSTODY_LABEL: Record<CustodyStatus, string | null> = {
  not_arrested: 'not arrested',
  in_custody: 'in custody',
  on_bail: 'on bail',
  released: 'released',
  missing: 'whereabouts unknown',
  unknown: null,
};

/** The case's client for this petition: the one asked for, else the first accused or petitioner. */
const chooseClient = (db: Db, caseId: string, clientId: string | null) => {
  const parties = db
    .select({ client: clients, role: caseParties.role })
    .from(caseParties)
    .innerJoin(clients, eq(clients.id, caseParties.clientId))
    .where(eq(caseParties.caseId, caseId))
    .orderBy(asc(caseParties.position))
    .all();
  const chosen = clientId
    ? (parties.find((p) => p.client.id === clientId) ?? {
        client: must(db.select().from(clients).where(eq(clients.id, clientId)).get(), 'The client'),
        role: null,
      })
    : (parties.find((p) => ['accused', 'petitioner', 'appellant'].includes(p.role)) ??
      must(parties[0], 'A client of the case'));
  return {
    chosen,
    detenu: parties.find((p) => p.role === 'detenu' && p.client.id !== chosen.client.id)?.client,
    complainant: parties.find((p) => p.role === 'complainant')?.client,
  };
};

const loadCase = (db: Db, caseId: string) => {
  const row = must(db.select().from(cases).where(eq(cases.id, caseId)).get(), 'The case');
  const station = row.policeStationId
    ? db.select().from(policeStations).where(eq(policeStations.id, row.policeStationId)).get()
    : undefined;
  const offenceRows = db
    .select({ statute: offences.statute, section: offences.section, note: offences.note })
    .from(offences)
    .where(eq(offences.caseId, caseId))
    .orderBy(asc(offences.position))
    .all();
  const team = db
    .select({ name: lawyers.name })
    .from(caseLawyers)
    .innerJoin(lawyers, eq(lawyers.id, caseLawyers.lawyerId))
    .where(eq(caseLawyers.caseId, caseId))
    .orderBy(asc(caseLawyers.position))
    .all()
    .map((l) => l.name);
  const hearingRows = db
    .select({
      id: hearings.id,
      date: hearings.date,
      courtId: hearings.courtId,
      outcome: hearings.outcome,
      purpose: hearings.purpose,
    })
    .from(hearings)
    .where(eq(hearings.caseId, caseId))
    .orderBy(asc(hearings.date))
    .all();
  return { row, station, offenceRows, team, hearingRows };
};

const firData = (c: ReturnType<typeof loadCase>) => {
  const { row, station } = c;
  const district = row.firDistrict ?? station?.district ?? null;
  const year = row.firDate?.slice(0, 4) ?? null;
  // "112/2026": an FIR number is cited with its year.
  const number = row.firNumber && year && !row.firNumber.includes('/') ? `${row.firNumber}/${year}` : row.firNumber;
  const registeredAt = station
    ? `Police Station ${station.name}, District ${district ?? station.district}`
    : row.investigatingAgency === 'fia_nccia' && district
      ? `${AGENCY_LABEL.fia_nccia}, ${district}`
      : null;
  return {
    number,
    date: pleadingDate(row.firDate),
    dateIso: row.firDate,
    year,
    policeStation: station?.name ?? null,
    policeStationUr: null,
    district,
    districtUr: placeUr(district),
    registeredAt,
    agency: row.investigatingAgency,
    agencyLabel: row.investigatingAgency ? AGENCY_LABEL[row.investigatingAgency] : null,
  };
};

export const buildMergeData = (db: Db, caseId: string, clientId: string | null, today: string): MergeData => {
  const c = loadCase(db, caseId);
  const { row, station } = c;
  const { chosen, detenu, complainant } = chooseClient(db, caseId, clientId);
  const client = chosen.client;
  const courtRow = (id: string | null | undefined) =>
    id ? db.select().from(courts).where(eq(courts.id, id)).get() : undefined;
  const courtRef = (id: string | null | undefined) => {
    const r = courtRow(id);
    return r ? toRef(r) : null;
  };

  const fir = firData(c);
  const caseForum = courtRow(row.forumId);
  const province = caseForum?.province ?? station?.province ?? client.province ?? null;
  const forumRef = caseForum ? toRef(caseForum) : null;
  // Bail and trial start in the Sessions Court of the district where the FIR was registered.
  const sessionsRef: CourtRef | null =
    forumRef?.forumType === 'sessions'
      ? forumRef
      : fir.district
        ? {
            name: `Sessions Judge, ${fir.district}`,
            forumType: 'sessions',
            city: fir.district,
            province,
            isBench: false,
          }
        : null;
  const hcRef = forumRef?.forumType === 'high_court' ? forumRef : courtRef(province ? HIGH_COURT_ID[province] : null);
  const homeHcRef = client.province ? courtRef(HIGH_COURT_ID[client.province]) : null;
  const numberAt = (ref: CourtRef | null) => (ref && ref === forumRef ? row.caseNumber : null);

  const inCustody = row.custodyStatus === 'in_custody';
  const rules = listRules(db);
  const events = listEvents(db, caseId);
  const stat = statutoryCustody(rules, {
    arrestDate: row.arrestDate,
    inCustody,
    capital: row.capitalCharge,
    terrorism: c.offenceRows.some((o) => o.statute === 'ATA'),
    today,
  });
  const custodyEnd = inCustody ? today : row.releaseDate;
  const petitions = listBail(db, caseId).filter((p) => !clientId || !p.clientId || p.clientId === clientId);
  const next = c.hearingRows.find((h) => h.outcome === null && h.date >= today);
  const lastHearingOrder = c.hearingRows.filter((h) => h.outcome !== null && h.date <= today).at(-1)?.date ?? null;
  const judgment = conviction(
    events,
    rules,
    (id) => {
      const ref = courtRef(id ?? row.forumId);
      return ref ? courtPhrase(ref) : null;
    },
    today,
  );
  const lastJudgment = events.filter((e) => e.kind === 'judgment' && e.date <= today).at(-1)?.date ?? null;
  const woman = client.gender === 'female';

  return {
    today: {
      date: pleadingDate(today),
      iso: today,
      year: today.slice(0, 4),
      long: verificationDate(today),
      ur: urduLongDate(today),
    },
    client: clientData(client, chosen.role),
    detenu: { ...person(detenu), kinship: null },
    case: { number: row.caseNumber, type: row.caseType, stage: row.stage },
    fir,
    offences: c.offenceRows.map((o) => ({ ...o, text: offenceText(o), textUr: offenceText(o, true) })),
    offencesText: offencesText(c.offenceRows),
    offencesTextUr: offencesText(c.offenceRows, true),
    forum: courtData(forumRef ?? sessionsRef, numberAt(forumRef)),
    hc: courtData(hcRef, numberAt(hcRef)),
    homeHc: courtData(homeHcRef, numberAt(homeHcRef)),
    sessions: courtData(sessionsRef, numberAt(sessionsRef)),
    arrest: {
      date: pleadingDate(row.arrestDate),
      dateIso: row.arrestDate,
      time: row.arrestTime,
      inCustody,
      daysInCustody:
        row.arrestDate && custodyEnd ? differenceInCalendarDays(parseISO(custodyEnd), parseISO(row.arrestDate)) : null,
      capitalCharge: row.capitalCharge,
      statutoryPeriod: stat.period,
      statutoryDate: stat.date,
      statutoryPassed: stat.passed,
    },
    custody: { status: row.custodyStatus, label: CUSTODY_LABEL[row.custodyStatus] },
    bail: bailHistory(petitions, courtRef, { hearings: c.hearingRows, events }),
    judgment,
    hearing: { date: pleadingDate(next?.date ?? null), purpose: next?.purpose ?? null },
    lastOrder: {
      date: pleadingDate(
        [lastHearingOrder, lastJudgment]
          .filter((d) => d !== null)
          .sort()
          .at(-1) ?? null,
      ),
    },
    counsel: { name: c.team[0] ?? null, team: c.team.length > 0 ? c.team.join(', ') : null },
    respondents: {
      government: province ? (GOVERNMENT[province] ?? null) : null,
      police: province ? (POLICE_CHIEF[province] ?? null) : null,
      sho: station ? `Station House Officer, Police Station ${station.name}, District ${station.district}` : null,
      agency:
        row.investigatingAgency === 'fia_nccia'
          ? 'Director General, National Cyber Crime Investigation Agency, Islamabad'
          : null,
      complainant: complainant?.fullName ?? null,
    },
    ur: {
      petitioner: woman ? 'سائلہ' : 'سائل',
      accused: woman ? 'ملزمہ' : 'ملزم',
      applicant: 'درخواست گزار',
      affirm: woman ? 'اقرار کرتی ہوں' : 'اقرار کرتا ہوں',
      bound: woman ? 'پابند رہوں گی' : 'پابند رہوں گا',
    },
  };
};
