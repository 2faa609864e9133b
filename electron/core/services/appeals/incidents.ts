import type { IncidentKind, PerpetratorCategory, ReportKind } from '../../../shared/incident-schemas';
import type { Db } from '../../db/client';
import { listIncidentsForClient } from '../../repos/incidents';

/*
 * The client's incident log (issue 10, part A) as an appeal tells it: what happened and when,
 * who is alleged, and where it was reported. Witnesses are never printed (their consent is not
 * the client's); without consent the place and references are left out and free text scrubbed.
 */

/** An incident's kind in printed English: the urgent appeal and the evidence custody sheet alike. */
export const KIND_WORDS: Record<IncidentKind, string> = {
  threat_in_person: 'Threat in person',
  online_threat: 'Online threat or doxxing',
  raid: 'Raid',
  surveillance: 'Surveillance',
  arrest_without_warrant: 'Arrest without warrant',
  abduction: 'Abduction or disappearance',
  assault: 'Assault',
  family_harassment: 'Harassment of the family',
  defamation_campaign: 'Defamation campaign',
  travel_ban: 'Travel ban or Exit Control List',
  device_seizure: 'Seizure of an account or device',
  other: 'Other incident',
};

const WHO_WORDS: Record<PerpetratorCategory, string> = {
  state_agency: 'a state agency',
  police: 'the police',
  unknown: 'unknown persons',
  private: 'private persons',
};

const REPORT_WORDS: Record<ReportKind, string> = {
  fir_sought: 'FIR sought',
  fir_registered: 'FIR registered',
  fir_refused: 'FIR refused',
  police_complaint: 'complaint to the police',
  petition_22a: 'petition under section 22-A Cr.P.C.',
  commission_complaint: 'complaint to a commission',
  fia_complaint: 'complaint to the FIA',
  court_petition: 'petition to a court',
  other: 'reported elsewhere',
};

export const incidentsForAppeal = (
  db: Db,
  clientId: string,
  named: boolean,
  scrub: (t: string) => string,
  longDate: (iso: string) => string,
) =>
  listIncidentsForClient(db, clientId)
    .slice()
    .reverse()
    .map((i) => ({
      date: longDate(i.date),
      kind: KIND_WORDS[i.kind],
      place: named ? i.place : null,
      alleged: WHO_WORDS[i.perpetratorCategory],
      description: i.perpetratorDescription ? scrub(i.perpetratorDescription) : null,
      narrative: scrub(i.narrative),
      reports: i.reports
        .map((r) =>
          [
            REPORT_WORDS[r.kind],
            r.madeTo ? scrub(r.madeTo) : null,
            named ? r.reference : null,
            r.date ? longDate(r.date) : null,
          ]
            .filter(Boolean)
            .join(', '),
        )
        .join('; '),
    }));
