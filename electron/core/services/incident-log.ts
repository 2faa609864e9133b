import { eq } from 'drizzle-orm';
import type { Incident, IncidentLog } from '../../shared/incident-schemas';
import type { Db } from '../db/client';
import { clients } from '../db/schema';
import { must } from '../errors';
import { pkDate } from '../lib/time';
import { readProfile } from '../repos/audit';
import { listIncidentsForClient } from '../repos/incidents';
import { familyNamesOf } from './protection-names';
import { aliasOf, makeScrub, noScrub, redactByDefault, redactPlace, type Scrub } from './reports/redaction';

/*
 * The printed chronology of a client's incidents (issue 10), for a protection petition, a
 * commission or an organisation. Redacted like every printout: by default for a sensitive client
 * or one at high or critical risk, naming the client by codename and scrubbing the client's name,
 * numbers and family from every free-text field (places, narratives, reports, evidence) and
 * withholding the witnesses.
 */

/** Witnesses are withheld whole on a redacted log: usually family or neighbours, and at risk themselves. */
const scrubIncident = (i: Incident, s: Scrub, redacted: boolean): Incident => ({
  ...i,
  caseTitle: s(i.caseTitle),
  place: redacted ? redactPlace(i.place, s) : i.place,
  perpetratorDescription: s(i.perpetratorDescription),
  witnesses: redacted ? null : i.witnesses,
  narrative: s(i.narrative) ?? '',
  reports: i.reports.map((r) => ({ ...r, madeTo: s(r.madeTo), reference: s(r.reference) })),
  evidence: i.evidence.map((e) => ({
    ...e,
    filename: s(e.filename) ?? e.filename,
    sourceUrl: s(e.sourceUrl),
    description: s(e.description),
  })),
});

export const buildIncidentLog = (db: Db, clientId: string, asked: boolean | undefined, now: Date): IncidentLog => {
  const client = must(db.select().from(clients).where(eq(clients.id, clientId)).get(), 'The client');
  const redactedByDefault = redactByDefault([client]);
  const redacted = asked ?? redactedByDefault;
  const alias = aliasOf(client, 0);
  const scrub = redacted ? makeScrub([{ client, alias, family: familyNamesOf(db, client.id) }]) : noScrub;
  return {
    redacted,
    redactedByDefault,
    printedOn: pkDate(now),
    clientLabel: redacted ? alias : client.fullName,
    riskLevel: client.riskLevel,
    incidents: listIncidentsForClient(db, clientId)
      .reverse()
      .map((i) => scrubIncident(i, scrub, redacted)),
    preparedBy: readProfile(db).name,
  };
};
