import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cases, clients, courts, policeStations } from '../db/schema';
import { matchKey } from './values';

/*
 * What the diary already holds, keyed the way an import matches: clients by CNIC or name, cases
 * by FIR number and police station or by case number and forum, hearings by case and date.
 */

export const firKey = (fir: string, station: string | null) => `fir|${matchKey(fir)}|${matchKey(station)}`;
export const caseNumberKey = (num: string, forum: string | null) => `cn|${matchKey(num)}|${matchKey(forum)}`;

export type Existing = {
  clientByCnic: Map<string, { id: string; name: string }>;
  clientByName: Map<string, { id: string; name: string }>;
  courtByName: Map<string, string>;
  stationByName: Map<string, string>;
  caseByKey: Map<string, { id: string; title: string }>;
  hasHearing: (caseId: string, date: string) => boolean;
  hasNote: (caseId: string, date: string, body: string) => boolean;
};

export const loadExisting = (db: Db): Existing => {
  const clientByCnic = new Map<string, { id: string; name: string }>();
  const clientByName = new Map<string, { id: string; name: string }>();
  for (const c of db
    .select({ id: clients.id, fullName: clients.fullName, nameUr: clients.nameUr, cnic: clients.cnic })
    .from(clients)
    .all()) {
    const v = { id: c.id, name: c.fullName };
    if (c.cnic) clientByCnic.set(c.cnic, v);
    if (!clientByName.has(matchKey(c.fullName))) clientByName.set(matchKey(c.fullName), v);
    if (c.nameUr && !clientByName.has(matchKey(c.nameUr))) clientByName.set(matchKey(c.nameUr), v);
  }
  const courtByName = new Map<string, string>();
  for (const c of db.select({ id: courts.id, name: courts.name }).from(courts).all()) {
    if (!courtByName.has(matchKey(c.name))) courtByName.set(matchKey(c.name), c.id);
  }
  const stationByName = new Map<string, string>();
  for (const s of db.select({ id: policeStations.id, name: policeStations.name }).from(policeStations).all()) {
    if (!stationByName.has(matchKey(s.name))) stationByName.set(matchKey(s.name), s.id);
  }
  const caseByKey = new Map<string, { id: string; title: string }>();
  const rows = db
    .select({
      id: cases.id,
      title: cases.title,
      fir: cases.firNumber,
      num: cases.caseNumber,
      station: policeStations.name,
      forum: courts.name,
    })
    .from(cases)
    .leftJoin(policeStations, eq(policeStations.id, cases.policeStationId))
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .all();
  for (const r of rows) {
    const v = { id: r.id, title: r.title };
    if (r.fir) caseByKey.set(firKey(r.fir, r.station), v);
    if (r.num) caseByKey.set(caseNumberKey(r.num, r.forum), v);
  }
  // Hearings and notes are looked up one case and date at a time (by index): a diary of a million
  // hearings would not fit comfortably in a set.
  const hearingAt = db.$client.prepare('SELECT 1 FROM hearings WHERE case_id = ? AND date = ? LIMIT 1');
  const noteAt = db.$client.prepare('SELECT 1 FROM notes WHERE case_id = ? AND date = ? AND trim(body) = ? LIMIT 1');
  const hasHearing = (caseId: string, date: string) => hearingAt.get(caseId, date) !== undefined;
  const hasNote = (caseId: string, date: string, body: string) => noteAt.get(caseId, date, body.trim()) !== undefined;
  return { clientByCnic, clientByName, courtByName, stationByName, caseByKey, hasHearing, hasNote };
};
