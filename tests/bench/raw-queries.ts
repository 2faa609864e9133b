import { randomUUID } from 'node:crypto';
import type { Sqlite } from '../../electron/core/db/open-database';
import { ftsQuery } from '../../electron/core/search/snippet';

/*
 * The baseline: for each screen, the fewest prepared statements that return the same rows, written by
 * hand against the same indexes. dispatch's ratio to these is what the benchmark reports.
 */

const PARTIES = `(SELECT json_group_array(json_object('clientId', cl.id, 'fullName', cl.full_name, 'nameUr', cl.name_ur,
    'codename', cl.codename, 'role', cp.role)) FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id
    WHERE cp.case_id = c.id ORDER BY cp.position)`;

/** A hearing as the diary lists it: its case, forum, parties, lead lawyer and last date. */
const AGENDA_ROWS = `SELECT h.*, c.title, c.case_number, c.fir_number, c.custody_status, c.case_type,
      ct.name AS court_name, ct.forum_type, ${PARTIES} AS parties,
      (SELECT l.name FROM case_lawyers x JOIN lawyers l ON l.id = x.lawyer_id WHERE x.case_id = c.id AND x.position = 0) AS lead,
      (SELECT json_array(p.date, p.outcome, p.short_order) FROM hearings p WHERE p.case_id = h.case_id
        AND (p.date, coalesce(p.time, '')) < (h.date, coalesce(h.time, ''))
        ORDER BY p.date DESC, coalesce(p.time, '') DESC LIMIT 1) AS previous
    FROM hearings h JOIN cases c ON c.id = h.case_id LEFT JOIN courts ct ON ct.id = h.court_id`;

export const RAW = (db: Sqlite) => {
  const agenda = db.prepare(`${AGENDA_ROWS} WHERE h.date BETWEEN ? AND ? AND c.status <> 'archived'
    ORDER BY h.date, coalesce(h.time, '99:99'), ct.name`);
  // The month grid: each day's count and first four ids; those rows in full; the rows that can clash.
  const monthFirst = db.prepare(`SELECT id, date, total FROM (
      SELECT h.id AS id, h.date AS date, count(*) OVER (PARTITION BY h.date) AS total,
        row_number() OVER (PARTITION BY h.date ORDER BY coalesce(h.time, '99:99'), ct.name, h.id) AS n
      FROM hearings h JOIN cases c ON c.id = h.case_id LEFT JOIN courts ct ON ct.id = h.court_id
      WHERE h.date BETWEEN ? AND ? AND c.status <> 'archived')
    WHERE n <= 4`);
  const monthRows = db.prepare(`${AGENDA_ROWS} WHERE h.id IN (SELECT value FROM json_each(?))`);
  const monthOpen = db.prepare(`SELECT h.id, h.date, h.time, h.court_id, h.bench,
      coalesce(h.appearing_lawyer_id, (SELECT x.lawyer_id FROM case_lawyers x WHERE x.case_id = h.case_id AND x.position = 0)) AS lawyer
    FROM hearings h JOIN cases c ON c.id = h.case_id
    WHERE h.date BETWEEN ? AND ? AND c.status <> 'archived' AND h.outcome IS NULL AND h.adjournment_sought = 0`);
  const caseRow = db.prepare(`SELECT c.*, ct.name AS forum_name, ps.name AS ps_name, ${PARTIES} AS parties,
      (SELECT json_group_array(json_object('statute', statute, 'section', section)) FROM offences WHERE case_id = c.id) AS offences,
      (SELECT json_group_array(l.name) FROM case_lawyers x JOIN lawyers l ON l.id = x.lawyer_id WHERE x.case_id = c.id) AS team
    FROM cases c LEFT JOIN courts ct ON ct.id = c.forum_id LEFT JOIN police_stations ps ON ps.id = c.police_station_id
    WHERE c.id = ?`);
  const caseHearings = db.prepare('SELECT * FROM hearings WHERE case_id = ? ORDER BY date, time');
  const caseNotes = db.prepare('SELECT * FROM notes WHERE case_id = ? ORDER BY date DESC');
  const client = db.prepare('SELECT * FROM clients WHERE id = ?');
  const clientCases = db.prepare(`SELECT c.id, c.title, c.case_type, c.status, c.case_number, c.fir_number, c.fir_date,
      ct.name AS forum_name, c.custody_status, cp.role, ${PARTIES} AS parties,
      (SELECT json_group_array(statute || ' ' || section) FROM offences WHERE case_id = c.id) AS offences,
      (SELECT min(date) FROM hearings WHERE case_id = c.id AND outcome IS NULL) AS next_date
    FROM case_parties cp JOIN cases c ON c.id = cp.case_id LEFT JOIN courts ct ON ct.id = c.forum_id
    WHERE cp.client_id = ? ORDER BY c.updated_at DESC`);
  const clientNotes = db.prepare('SELECT * FROM notes WHERE client_id = ? ORDER BY date DESC');
  const due = db.prepare(`SELECT d.*, r.name, c.title, c.case_number, ${PARTIES} AS parties
    FROM deadlines d JOIN legal_rules r ON r.id = d.rule_id JOIN cases c ON c.id = d.case_id
    WHERE d.status = 'open' AND d.obsolete = 0 AND c.status <> 'archived' AND d.due_date <= date(?, '+30 days')
    ORDER BY d.due_date, d.due_time`);
  const custody = db.prepare(`SELECT c.id, c.title, c.case_number, c.arrest_date, ${PARTIES} AS parties,
      (SELECT d.due_date FROM deadlines d WHERE d.case_id = c.id AND d.status = 'open' AND d.due_date >= ?
        ORDER BY d.due_date LIMIT 1) AS next_due
    FROM cases c WHERE c.custody_status = 'in_custody' AND c.status <> 'archived' AND c.arrest_date IS NOT NULL`);
  const fts = ['search_clients', 'search_cases', 'search_hearings', 'search_notes'].map((t) =>
    db.prepare(
      `SELECT k.ref_id FROM ${t} f JOIN search_keys k ON k.id = f.rowid WHERE ${t} MATCH ? ORDER BY ${
        t === 'search_clients' || t === 'search_cases' ? 'rank' : 'f.rowid DESC'
      } LIMIT 10`,
    ),
  );
  const like = db.prepare(`SELECT id FROM clients WHERE full_name LIKE ? LIMIT 10`);
  const insertNext = db.prepare(`INSERT INTO hearings (id, case_id, date, court_id, purpose, created_at, updated_at)
    SELECT ?, case_id, ?, court_id, purpose, ?, ? FROM hearings WHERE id = ?`);
  const setOutcome = db.prepare(`UPDATE hearings SET outcome = 'adjourned', short_order = ?, next_date = ?,
    next_hearing_id = ?, updated_at = ? WHERE id = ?`);
  const outcome = db.transaction((id: string, nextDate: string) => {
    const now = new Date().toISOString();
    const nextId = randomUUID();
    insertNext.run(nextId, nextDate, now, now, id);
    setOutcome.run('Adjourned; learned counsel for the complainant not present.', nextDate, nextId, now, id);
  });
  return {
    agenda: (from: string, to: string) => agenda.all(from, to),
    month: (from: string, to: string) => {
      const first = monthFirst.all(from, to) as { id: string }[];
      return [first, monthRows.all(JSON.stringify(first.map((r) => r.id))), monthOpen.all(from, to)];
    },
    casePage: (id: string) => [caseRow.get(id), caseHearings.all(id), caseNotes.all(id)],
    clientPage: (id: string) => [client.get(id), clientCases.all(id), clientNotes.all(id)],
    dashboard: (today: string) => [due.all(today), custody.all(today)],
    search: (q: string) => {
      const m = ftsQuery(q);
      return m === null ? like.all(`%${q}%`) : fts.map((s) => s.all(m));
    },
    outcome,
  };
};
