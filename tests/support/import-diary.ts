import ExcelJS from 'exceljs';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { clientData } from './factories';

/*
 * A messy three-year Excel diary of a legal-aid chamber, as lawyers actually keep them: two title
 * rows, a heading "FIR" merged over No./Year/Police Station, headings merged down two rows, a
 * section row "2025", the headings repeated after a page break, blank rows, dates written six
 * ways (12-03-2025, 2 April 2025, 20.11.2026, an Excel date, an Excel serial, ۱۲ مارچ ۲۰۲۶),
 * Urdu names, a row repeated, a case already in Muhafiz, and two rows a lawyer must fix.
 *
 * Spreadsheet rows, and what the import should make of them:
 *   1-2  title rows (merged)                       5   the headings' second row (header row)
 *   4    headings (FIR merged over D-F)             6   "2025" section row (merged): skipped
 *   7    Baba Jan Hunzai, FIR 77/2025 Civil Lines, ATC-I Rawalpindi: new client, station, court,
 *        case, hearings 2025-03-12 and 2025-04-02, a note
 *   8    the same case on 2025-04-02 (what happened), next 2025-04-28: new (one more hearing)
 *   9    blank                                      10  the headings again: skipped
 *   11   Farhan Baloch's case already in Muhafiz, hearing 2026-11-20 already there: match
 *   12   row 11 again: match (duplicate of row 11)
 *   13   Urdu name only (رخسانہ بی بی), FIR 45/26 Saddar, Sessions Rawalpindi, an Excel date and
 *        an Excel serial: new client, station, court, case, two hearings
 *   14   Saba Gul: CNIC "1234" (column C) and next date 31-02-2026 (column L): error
 *   15   a new case with no client name (column A): error
 *   16   Usama Khilji, FIR 501/2026 Margalla, ۱۲ مارچ ۲۰۲۶ → 2 April, 2026: new client, station,
 *        court, case, two hearings
 *   17   the same case on 2 Apr 2026, next 16-04-2026: new (one more hearing)
 *   18   Sarah Mazari, a client only (remark kept as her note): new client
 *   19   blank
 *   20   "farhan  baloch" (Muhafiz's client, by name) in a new writ petition at the IHC: new case,
 *        one hearing
 */

export const DIARY_TODAY = '2026-11-27T05:00:00.000Z';

export const DIARY_EXPECTED = {
  rows: 11,
  blank: 2,
  skipped: 2,
  new: 7,
  match: 2,
  error: 2,
  create: { clients: 4, cases: 4, hearings: 9, notes: 1, courts: 3, policeStations: 3 },
  matched: { clients: 1, cases: 1, hearings: 1 },
};

const HEADINGS = [
  'Name of Accused',
  'نام (اردو)',
  'CNIC',
  'FIR',
  'FIR',
  'FIR',
  'U/S',
  'Court',
  'Case No.',
  'Date',
  'Proceedings',
  'Next Date',
  'Remarks',
];
const SUB = [null, null, null, 'No.', 'Year', 'Police Station'];

type Row = (string | number | Date | null)[];
const ROWS: Record<number, Row> = {
  7: [
    'Baba Jan Hunzai',
    'بابا جان ہنزائی',
    '71502-1111111-1',
    '77',
    '2025',
    'Civil Lines',
    '7 ATA / 505 PPC',
    'Anti-Terrorism Court-I, Rawalpindi',
    'Special Case No. 342/2025',
    '12-03-2025',
    'Charge framed, adjourned for evidence',
    '02/04/2025',
    'Client in Adiala jail',
  ],
  8: [
    'Baba Jan Hunzai',
    'بابا جان ہنزائی',
    null,
    '77',
    '2025',
    'Civil Lines',
    null,
    'Anti-Terrorism Court-I, Rawalpindi',
    'Special Case No. 342/2025',
    '2 April 2025',
    'Evidence partly recorded',
    '28/04/2025',
    null,
  ],
  11: [
    'Farhan Baloch',
    'فرحان بلوچ',
    '37405-1234567-1',
    '112',
    '2026',
    'Kohsar',
    'PECA 26-A, 505 PPC',
    'Islamabad High Court',
    'Crl. Misc. No. 1412-B of 2026',
    '20.11.2026',
    'Adjourned, State sought time',
    null,
    null,
  ],
  13: [
    null,
    'رخسانہ بی بی',
    null,
    '45',
    '26',
    'Saddar',
    '302/34',
    'Court of Sessions Judge, Rawalpindi',
    null,
    new Date(Date.UTC(2026, 0, 15)),
    'Bail dismissed',
    46087, // Excel serial: 6 March 2026
    null,
  ],
  14: [
    'Saba Gul',
    null,
    '1234',
    '9',
    '2026',
    'Kohsar',
    '20 PECA',
    'Islamabad High Court',
    null,
    '12 March 2026',
    null,
    '31-02-2026',
    null,
  ],
  15: [
    null,
    null,
    null,
    '301',
    '2026',
    'Margalla',
    '295-C PPC',
    'Court of Sessions Judge, Islamabad',
    null,
    '5 Oct 2026',
    null,
    null,
    null,
  ],
  16: [
    'Usama Khilji',
    'اسامہ خلجی',
    '61101-2222222-3',
    '501',
    '2026',
    'Margalla',
    '9 PECA; 500 PPC',
    'Court of Sessions Judge, Islamabad',
    null,
    '۱۲ مارچ ۲۰۲۶',
    'عبوری ضمانت',
    '2 April, 2026',
    null,
  ],
  17: [
    'Usama Khilji',
    null,
    null,
    '501',
    '2026',
    'Margalla',
    null,
    'Court of Sessions Judge, Islamabad',
    null,
    '2 Apr 2026',
    'Arguments heard',
    '16-04-2026',
    null,
  ],
  18: ['Sarah Mazari', null, null, null, null, null, null, null, null, null, null, null, 'Referred by HRCP'],
  20: [
    'farhan  baloch',
    null,
    null,
    '230',
    '2026',
    'Kohsar',
    '20 PECA',
    'Islamabad High Court',
    'W.P. No. 3021 of 2026',
    '13-11-2026',
    null,
    null,
    null,
  ],
};

export const messyDiaryXlsx = async (): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Diary 2024-2026');
  ws.getCell('A1').value = 'Law Chambers of Imaan Hazir — Criminal Case Diary 2024–2026';
  ws.mergeCells('A1:M1');
  ws.getCell('A2').value = 'Islamabad and Rawalpindi (do not share)';
  ws.mergeCells('A2:M2');
  HEADINGS.forEach((h, i) => (ws.getRow(4).getCell(i + 1).value = h));
  ws.mergeCells('D4:F4');
  SUB.forEach((h, i) => h && (ws.getRow(5).getCell(i + 1).value = h));
  for (const col of ['A', 'B', 'C', 'G', 'H', 'I', 'J', 'K', 'L', 'M']) ws.mergeCells(`${col}4:${col}5`);
  ws.getCell('A6').value = '2025';
  ws.mergeCells('A6:M6');
  [
    'Name of Accused',
    'نام (اردو)',
    'CNIC',
    'No.',
    'Year',
    'Police Station',
    'U/S',
    'Court',
    'Case No.',
    'Date',
    'Proceedings',
    'Next Date',
    'Remarks',
  ].forEach((h, i) => (ws.getRow(10).getCell(i + 1).value = h));
  ROWS[12] = ROWS[11] as Row;
  for (const [n, values] of Object.entries(ROWS)) {
    values.forEach((v, i) => {
      if (v !== null) ws.getRow(Number(n)).getCell(i + 1).value = v;
    });
  }
  ws.getCell('J13').numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
};

/** What Muhafiz already holds: Farhan Baloch's PECA bail matter at the IHC, heard on 20 November. */
/** Anything that calls a channel and throws on failure: a test app's `must`, or the browser tests' `api`. */
export type Must = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export const seedExistingDiary = async (app: { must: Must }) => {
  const farhan = await app.must(
    'clients:create',
    clientData({ fullName: 'Farhan Baloch', nameUr: 'فرحان بلوچ', cnic: '37405-1234567-1' }),
  );
  const kohsar = await app.must('police-stations:create', { name: 'Kohsar', district: 'Islamabad' });
  const kase = await app.must('cases:create', {
    caseType: 'bail',
    parties: [{ clientId: farhan.id, role: 'accused' }],
    firNumber: '112/2026',
    firDate: '2026-10-02',
    policeStationId: kohsar.id,
    firDistrict: 'Islamabad',
    offences: [
      { statute: 'PECA', section: '26-A' },
      { statute: 'PPC', section: '505' },
    ],
    forumId: 'seed:ihc',
    caseNumber: 'Crl. Misc. No. 1412-B of 2026',
    custodyStatus: 'in_custody',
    arrestDate: '2026-10-03',
    team: ['Imaan Hazir'],
  });
  const hearing = await app.must('hearings:create', {
    caseId: kase.id,
    date: '2026-11-20',
    courtId: 'seed:ihc',
    purpose: 'Bail arguments',
  });
  return { farhan, kohsar, kase, hearing };
};

export const base64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

/** A small CSV whose dates could be day-first or month-first throughout: the import must ask. */
export const AMBIGUOUS_CSV = [
  'Client name,FIR number,Police station,Hearing date,Next date',
  'Ali Wazir,14/2026,Saddar,03/04/2026,05/06/2026',
  'Ali Wazir,14/2026,Saddar,05/06/2026,',
  'Gulalai Ismail,21/2026,Kohsar,07/08/2026,',
].join('\r\n');

/** The small pending-cases list the channel fixture imports (so an import exists to undo). */
export const FIXTURE_IMPORT_CSV = [
  'Client name,FIR number,Police station,Offence sections,Hearing date,Next date',
  'Idris Khattak,31/2026,Saddar,PPC 123-A,13-11-2026,4 December 2026',
].join('\r\n');

/** Another list, of cases not in the fixture: a valid import for the channel tables. */
export const CHANNEL_IMPORT_CSV = [
  'Client name,نام (اردو),FIR number,Police station,Court,Hearing date',
  'Saima Baloch,صائمہ بلوچ,19/2026,Margalla,Islamabad High Court,12 March 2026',
].join('\r\n');
