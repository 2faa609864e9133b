import { asc, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import type { Db } from '../db/client';
import { caseLawyers, cases, clients, courts, hearings, lawyers, policeStations } from '../db/schema';
import { listCaseSummaries } from '../repos/cases';
import { formatSections } from './values';
import { loadExcel } from './excel';

/*
 * The diary out again, so no lawyer is locked in: clients, cases and hearings as one workbook of
 * three sheets, or one CSV each (UTF-8 with a BOM, so Excel shows Urdu). The headings are the
 * ones the import knows, so a file exported here imports back as the same records (matched).
 */

export type ExportSheet = 'clients' | 'cases' | 'hearings';
type Value = string | Date | null;
type Table = { name: string; headers: string[]; rows: Value[][]; dateColumns: number[] };

const words = (v: string | null) => (v ? v.replace(/_/g, ' ') : null);
const day = (v: string | null): Date | null => (v ? new Date(`${v}T00:00:00Z`) : null);

const clientTable = (db: Db): Table => ({
  name: 'Clients',
  headers: [
    'Client name',
    'Name (Urdu)',
    'Codename',
    'Sensitive',
    'CNIC',
    'Phone',
    'Category',
    'Risk level',
    'District',
    'Address',
    "Father's name",
    'Contact person',
    'Notes',
  ],
  dateColumns: [],
  rows: db
    .select()
    .from(clients)
    .orderBy(asc(clients.fullName))
    .all()
    .map((c) => [
      c.fullName,
      c.nameUr,
      c.codename,
      c.sensitive ? 'yes' : 'no',
      c.cnic,
      c.phone,
      words(c.category),
      c.riskLevel,
      c.district,
      c.address,
      c.guardianName,
      c.contactPerson,
      c.notes,
    ]),
});

/** Each case's team, lead lawyer first. */
const teamsByCase = (db: Db) => {
  const teams = new Map<string, string[]>();
  for (const r of db
    .select({ caseId: caseLawyers.caseId, name: lawyers.name })
    .from(caseLawyers)
    .innerJoin(lawyers, eq(lawyers.id, caseLawyers.lawyerId))
    .orderBy(asc(caseLawyers.caseId), asc(caseLawyers.position))
    .all()) {
    teams.set(r.caseId, [...(teams.get(r.caseId) ?? []), r.name]);
  }
  return teams;
};

const caseTable = (db: Db): Table => {
  const summaries = new Map(listCaseSummaries(db, {}).map((s) => [s.id, s]));
  const teams = teamsByCase(db);
  const rows = db
    .select({ c: cases, station: policeStations.name, forum: courts.name })
    .from(cases)
    .leftJoin(policeStations, eq(policeStations.id, cases.policeStationId))
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .orderBy(asc(cases.createdAt))
    .all();
  return {
    name: 'Cases',
    headers: [
      'Client name',
      'FIR number',
      'FIR date',
      'Police station',
      'District',
      'Offence sections',
      'Case number',
      'Forum',
      'Case type',
      'Stage',
      'Status',
      'Custody',
      'Arrest date',
      'Counsel',
    ],
    dateColumns: [2, 12],
    rows: rows.map(({ c, station, forum }) => {
      const s = summaries.get(c.id);
      return [
        (s?.parties ?? []).map((p) => p.fullName).join('; '),
        c.firNumber,
        day(c.firDate),
        station,
        c.firDistrict,
        formatSections(s?.offences ?? []),
        c.caseNumber,
        forum,
        words(c.caseType),
        c.stage,
        c.status,
        words(c.custodyStatus),
        day(c.arrestDate),
        (teams.get(c.id) ?? []).join('; '),
      ];
    }),
  };
};

const hearingTable = (db: Db): Table => {
  const summaries = new Map(listCaseSummaries(db, {}).map((s) => [s.id, s]));
  const rows = db
    .select({
      h: hearings,
      fir: cases.firNumber,
      num: cases.caseNumber,
      station: policeStations.name,
      forum: courts.name,
    })
    .from(hearings)
    .innerJoin(cases, eq(cases.id, hearings.caseId))
    .leftJoin(policeStations, eq(policeStations.id, cases.policeStationId))
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .orderBy(asc(hearings.date), asc(hearings.caseId))
    .all();
  return {
    name: 'Hearings',
    headers: [
      'Client name',
      'FIR number',
      'Police station',
      'Case number',
      'Forum',
      'Hearing date',
      'Judge',
      'Purpose',
      'Outcome',
      'Short order',
      'Next date',
    ],
    dateColumns: [5, 10],
    rows: rows.map(({ h, fir, num, station, forum }) => [
      (summaries.get(h.caseId)?.parties ?? []).map((p) => p.fullName).join('; '),
      fir,
      station,
      num,
      forum,
      day(h.date),
      h.bench,
      h.purpose,
      words(h.outcome),
      h.shortOrder,
      day(h.nextDate),
    ]),
  };
};

const TABLES: Record<ExportSheet, (db: Db) => Table> = {
  clients: clientTable,
  cases: caseTable,
  hearings: hearingTable,
};

/** A cell a spreadsheet would run as a formula (=, +, -, @) is written with a leading apostrophe. */
export const csvSafe = (v: string): string => (/^[=+\-@]/.test(v) ? `'${v}` : v);

export const exportCsv = (db: Db, sheet: ExportSheet): string => {
  const t = TABLES[sheet](db);
  const cell = (v: Value) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : csvSafe(v));
  return `\uFEFF${Papa.unparse({ fields: t.headers, data: t.rows.map((r) => r.map(cell)) }, { newline: '\r\n' })}\r\n`;
};

export const exportWorkbook = async (db: Db): Promise<Buffer> => {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Muhafiz';
  for (const sheet of ['clients', 'cases', 'hearings'] as const) {
    const t = TABLES[sheet](db);
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.headers).font = { bold: true };
    // Strings are stored as text cells, never formulas, so nothing in them runs.
    for (const r of t.rows) ws.addRow(r);
    t.headers.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.min(40, Math.max(12, h.length + 2));
      if (t.dateColumns.includes(i)) col.numFmt = 'dd-mm-yyyy';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};
