import { eq } from 'drizzle-orm';
import type { CustodyAction, CustodySheet } from '../../shared/incident-schemas';
import type { Db } from '../db/client';
import { clients, incidents } from '../db/schema';
import { must } from '../errors';
import { pkDate } from '../lib/time';
import { readProfile } from '../repos/audit';
import { getEvidence, listCustody } from '../repos/evidence';
import { KIND_WORDS } from './appeals/incidents';
import { familyNamesOf } from './protection-names';
import { aliasOf, makeScrub, noScrub, redactByDefault, redactPlace } from './reports/redaction';

/*
 * The chain-of-custody sheet of one evidence item (issue 10): who added it and when, its SHA-256,
 * size, type and source, and every later access. Redacted like every printout (issue 6): on by
 * default for a sensitive client or one at high or critical risk; a redacted sheet names the
 * client by codename and scrubs the client's name, numbers and family from the free text.
 */

export const buildCustodySheet = (db: Db, id: string, asked: boolean | undefined, now: string): CustodySheet => {
  const item = getEvidence(db, id);
  const inc = must(db.select().from(incidents).where(eq(incidents.id, item.incidentId)).get(), 'The incident');
  const client = must(db.select().from(clients).where(eq(clients.id, inc.clientId)).get(), 'The client');
  const redactedByDefault = redactByDefault([client]);
  const redacted = asked ?? redactedByDefault;
  const alias = aliasOf(client, 0);
  const scrub = redacted ? makeScrub([{ client, alias, family: familyNamesOf(db, client.id) }]) : noScrub;
  const s = (t: string | null) => scrub(t);
  return {
    redacted,
    redactedByDefault,
    clientLabel: redacted ? alias : client.fullName,
    item: {
      ...item,
      filename: s(item.filename) ?? item.filename,
      sourceUrl: s(item.sourceUrl),
      description: s(item.description),
    },
    incident: {
      date: inc.date,
      time: inc.time,
      place: redacted ? redactPlace(inc.place, scrub) : inc.place,
      kind: inc.kind,
    },
    events: listCustody(db, id).map((e) => ({ ...e, detail: s(e.detail) })),
    generatedAt: now,
    printedOn: pkDate(new Date(now)),
    generatedBy: readProfile(db).name,
  };
};

export const ACTION_LABEL: Record<CustodyAction, string> = {
  added: 'Added',
  viewed: 'Viewed',
  exported: 'File exported',
  verified: 'Hash verified',
  edited: 'Details edited',
  sheet_printed: 'Custody sheet printed',
  sheet_exported: 'Custody sheet exported',
};

/** UTC instant as Pakistan time, "27-11-2026 14:05:09 PKT" (UTC+5, no daylight saving). */
export const pkt = (iso: string): string => {
  const d = new Date(Date.parse(iso) + 5 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} PKT`;
};
/** Hashes in groups of eight and the verification's result in words, as on the printed sheet. */
export const readableDetail = (detail: string | null): string =>
  (detail ?? '')
    .replace(/^match: /, 'Hash matches: ')
    .replace(/^MISMATCH: /, 'Hash does NOT match: ')
    .replace(/\b[0-9a-f]{64}\b/g, (h) => h.match(/.{8}/g)?.join(' ') ?? h)
    .replace(/(\d+) bytes$/, (_m, n: string) => `${Number(n).toLocaleString('en-US')} bytes`);

const dmy = (date: string) => date.split('-').reverse().join('-');

export const sheetFields = (s: CustodySheet): [string, string][] => [
  ['Client', s.clientLabel],
  [
    'Incident',
    `${KIND_WORDS[s.incident.kind]}, ${dmy(s.incident.date)}${s.incident.time ? ` ${s.incident.time}` : ''}${s.incident.place ? `, ${s.incident.place}` : ''}`,
  ],
  ['File name', s.item.filename],
  ['Type', s.item.mime],
  ['Size', `${s.item.sizeBytes.toLocaleString('en-US')} bytes`],
  ['SHA-256', s.item.sha256],
  ['Source', s.item.sourceUrl ?? '—'],
  ['Description', s.item.description ?? '—'],
  ['Added', `${pkt(s.item.addedAt)} by ${s.item.addedBy}`],
  ['Item id', s.item.id],
];
