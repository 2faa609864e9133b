import { format, parseISO } from 'date-fns';
import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_PROFILE_NAME } from '../../../shared/audit-schemas';
import type { Consent } from '../../../shared/disappearance-schemas';
import type { EntryKind, Recipient } from '../../../shared/disappearance-enums';
import type { Db } from '../../db/client';
import { caseParties, cases, clients, courts } from '../../db/schema';
import {
  disappearanceCases,
  disappearanceEntries,
  disappearances,
  productionOrders,
} from '../../db/schema/disappearances';
import { must } from '../../errors';
import { consentInForce } from '../../repos/consents';
import { readProfile } from '../../repos/audit';
import { daysMissing } from '../../repos/disappearances';
import { listIncidentsForClient } from '../../repos/incidents';
import { incidentsForAppeal } from './incidents';
import type { MergeData } from '../petitions/types';
import { anonymousDescription, identityScrub, pronouns, type Identity } from './identity';

/*
 * The facts an appeal or complaint prints, from the disappearance record, its linked cases and
 * the consent in force for the recipient. Without consent the identifying values never enter the
 * data (see identity.ts): the person is described, free text is scrubbed, references are left out.
 */

export const RECIPIENT_NAMES: Record<Recipient, string> = {
  un_sr_hrd: 'UN Special Rapporteur on the situation of human rights defenders',
  un_wgeid: 'UN Working Group on Enforced or Involuntary Disappearances',
  nchr: 'National Commission for Human Rights, Pakistan',
  organisation: 'Human-rights organisation',
};

const STEP_LABELS: Record<EntryKind, string> = {
  fir_application: 'Application to the police to register an FIR',
  police_refusal: 'The police refused to register an FIR',
  petition_22a: 'Petition under section 22-A Cr.P.C. to the Justice of the Peace (Sessions Court)',
  habeas_petition: 'Habeas corpus petition (Article 199 of the Constitution / section 491 Cr.P.C.)',
  commission_complaint: 'Complaint to the Commission of Inquiry on Enforced Disappearances',
  commission_hearing: 'Hearing before the Commission of Inquiry on Enforced Disappearances',
  jit_sitting: 'Sitting of the Joint Investigation Team',
  contact: 'Contact with the family',
};

const OUTCOME_WORDS = {
  still_missing: 'remains missing',
  traced: 'has been traced',
  released: 'has been released',
  produced_in_case: 'has been produced in a criminal case',
  found_dead: 'has been found dead',
} as const;

const GIVER_WORDS = { client: 'the person concerned', family_member: 'a family member' } as const;
const METHOD_WORDS = {
  in_person: 'in person',
  written: 'in writing',
  phone: 'by telephone',
  message: 'by message',
  other: 'as recorded in the file',
} as const;

export const longDate = (iso: string | null): string | null => (iso ? format(parseISO(iso), 'd MMMM yyyy') : null);

const linked = (db: Db, recordId: string) =>
  db
    .select({
      role: disappearanceCases.role,
      caseNumber: cases.caseNumber,
      firNumber: cases.firNumber,
      forum: courts.name,
    })
    .from(disappearanceCases)
    .innerJoin(cases, eq(cases.id, disappearanceCases.caseId))
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .where(eq(disappearanceCases.recordId, recordId))
    .all();

export type AppealData = { data: MergeData; identity: Identity; consent: Consent | null };

export const identityOfRecord = (db: Db, recordId: string): Identity => {
  const r = must(
    db.select().from(disappearances).where(eq(disappearances.id, recordId)).get(),
    'The disappearance record',
  );
  const client = must(db.select().from(clients).where(eq(clients.id, r.clientId)).get(), 'The client');
  const entries = db
    .select({ reference: disappearanceEntries.reference, person: disappearanceEntries.person })
    .from(disappearanceEntries)
    .where(eq(disappearanceEntries.recordId, recordId))
    .all();
  // Every case the client is a party to (the FIR against her too), not only those linked here.
  const theirCases = db
    .select({ caseNumber: cases.caseNumber, firNumber: cases.firNumber, title: cases.title })
    .from(caseParties)
    .innerJoin(cases, eq(cases.id, caseParties.caseId))
    .where(eq(caseParties.clientId, client.id))
    .all();
  const incidents = listIncidentsForClient(db, client.id);
  const present = (n: string | null | undefined): n is string => !!n;
  return {
    client,
    lastSeenPlace: r.lastSeenPlace,
    lastSeenWith: r.lastSeenWith,
    familyContactName: r.familyContactName,
    familyContactPhone: r.familyContactPhone,
    caseNumbers: [
      ...new Set(
        [
          ...linked(db, recordId).flatMap((c) => [c.caseNumber, c.firNumber]),
          ...theirCases.flatMap((c) => [c.caseNumber, c.firNumber]),
          ...entries.map((e) => e.reference),
        ].filter(present),
      ),
    ],
    // A title that names the parties ("State v. …", "… vs …") or carries a number finds the person.
    caseTitles: [...new Set(theirCases.map((c) => c.title).filter((t) => /\bv(?:s|ersus)?\.?\s|\d/i.test(t)))],
    incidentDetails: incidents.flatMap((i) => [i.place, ...i.reports.map((r) => r.reference)]).filter(present),
    people: [...incidents.map((i) => i.witnesses), ...entries.map((e) => e.person)].filter(present),
  };
};

export const buildAppealData = (
  db: Db,
  recordId: string,
  recipient: Recipient,
  organisation: string | null,
  today: string,
): AppealData => {
  const r = must(
    db.select().from(disappearances).where(eq(disappearances.id, recordId)).get(),
    'The disappearance record',
  );
  const identity = identityOfRecord(db, recordId);
  const c = identity.client;
  const consent = consentInForce(db, c.id, recipient, organisation, today);
  const named = consent !== null;
  const scrub = named ? (t: string) => t : identityScrub(identity);
  const free = (t: string | null) => (t ? scrub(t) : null);
  const district = r.lastSeenDistrict ?? c.district;
  const entries = db
    .select()
    .from(disappearanceEntries)
    .where(eq(disappearanceEntries.recordId, recordId))
    .orderBy(asc(disappearanceEntries.date))
    .all();
  const item = (e: (typeof entries)[number]) => ({
    date: longDate(e.date),
    label: STEP_LABELS[e.kind],
    reference: named ? e.reference : null,
    note: free(e.note),
  });
  const orders = db
    .select()
    .from(productionOrders)
    .where(and(eq(productionOrders.recordId, recordId)))
    .orderBy(asc(productionOrders.orderedOn))
    .all()
    .map((o) => ({
      court: scrub(o.court),
      orderedOn: longDate(o.orderedOn),
      produceBy: longDate(o.produceBy),
      obeyed: o.status === 'obeyed',
      notObeyed: o.status === 'not_obeyed' || (o.status === 'pending' && o.produceBy < today),
      obeyedOn: longDate(o.obeyedOn),
    }));
  const steps = entries.filter(
    (e) => e.kind !== 'contact' && e.kind !== 'commission_hearing' && e.kind !== 'jit_sitting',
  );
  const sittings = entries.filter((e) => e.kind === 'commission_hearing' || e.kind === 'jit_sitting');
  const p = pronouns(c.gender);
  const description = anonymousDescription(c.category, c.gender, district);
  // The profile's default ("Counsel") is no name: the draft leaves a blank to fill.
  const profileName = readProfile(db).name;
  const counsel = profileName === DEFAULT_PROFILE_NAME ? null : profileName;
  const incidents = incidentsForAppeal(db, c.id, named, scrub, (iso) => longDate(iso) ?? iso);
  const data: MergeData = {
    today: { long: longDate(today), iso: today },
    identified: named,
    recipient: { name: organisation ?? RECIPIENT_NAMES[recipient], organisation },
    subject: {
      description,
      Description: description.charAt(0).toUpperCase() + description.slice(1),
      name: named ? c.fullName : null,
      // "the person" in running text when the name is withheld.
      reference: named ? c.fullName : `the person concerned (${description})`,
      short: named ? c.fullName : 'the person concerned',
      relation:
        named && c.guardianRelation
          ? { son_of: 'Son of', daughter_of: 'Daughter of', wife_of: 'Wife of' }[c.guardianRelation]
          : null,
      guardianName: named ? c.guardianName : null,
      cnic: named ? c.cnic : null,
      address: named ? c.address : null,
      district,
      isWoman: c.gender === 'female',
      he: p.subject,
      him: p.object,
      his: p.possessive,
      He: p.subject[0]?.toUpperCase() + p.subject.slice(1),
    },
    lastSeen: {
      date: longDate(r.lastSeenDate),
      time: r.lastSeenTime,
      place: named ? r.lastSeenPlace : null,
      district,
      with: named ? r.lastSeenWith : null,
      takenBy: free(r.takenBy),
    },
    daysMissing: daysMissing(r, today),
    stillMissing: r.outcome === 'still_missing',
    outcome: { words: OUTCOME_WORDS[r.outcome], date: longDate(r.outcomeDate), note: free(r.outcomeNote) },
    family: named
      ? { name: r.familyContactName, relation: r.familyContactRelation, phone: r.familyContactPhone }
      : { name: null, relation: r.familyContactRelation, phone: null },
    steps: steps.map(item),
    hasSteps: steps.length > 0,
    sittings: sittings.map(item),
    hasSittings: sittings.length > 0,
    orders,
    hasOrders: orders.length > 0,
    incidents,
    hasIncidents: incidents.length > 0,
    anyNotObeyed: orders.some((o) => o.notObeyed),
    cases: linked(db, recordId).map((l) => ({
      role: l.role,
      forum: l.forum,
      number: named ? (l.caseNumber ?? l.firNumber) : null,
    })),
    consent: consent
      ? {
          by: GIVER_WORDS[consent.givenBy],
          name: consent.givenByName,
          date: longDate(consent.date),
          how: METHOD_WORDS[consent.method],
        }
      : null,
    counsel: { name: counsel },
  };
  return { data, identity, consent };
};
