import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type { Channel, ChannelInput } from '../../electron/shared/contract';
import { PASSPHRASE, type TestApp } from './context';
import { caseData, clientData, makeClient } from './factories';
import { onlineThreatInput, raidInput, screenshotInput } from './incident-fixture';
import {
  commissionHearing,
  lastSeen,
  motherConsent,
  productionOrder,
  seedDisappearance,
  type DisappearanceIds,
} from './disappearance-fixture';
import { CHANNEL_IMPORT_CSV, FIXTURE_IMPORT_CSV } from './import-diary';

/** Ids of a small real case file, so a request can be valid in every respect but one. */
export type Fixture = DisappearanceIds & {
  clientId: string;
  caseId: string;
  hearingId: string;
  courtId: string;
  /** The IHC order of 20 November 2026 refusing post-arrest bail (a judgment event, result "order"). */
  eventId: string;
  /** The Supreme Court leave-petition deadline that order starts. */
  deadlineId: string;
  /** The post-arrest bail petition the IHC dismissed. */
  bailId: string;
  /** A seeded holiday (the Supreme Court's 2025 winter vacation). */
  holidayId: string;
  /** A fresh post-arrest bail petition drafted for the case (version 1, generated). */
  draftId: string;
  /** The legal-aid cell's own Word template of a bail petition. */
  wordTemplateId: string;
  /** A folder outside the app's (a USB drive), holding a manual backup made after the records above. */
  backupFolder: string;
  backupPath: string;
  /** The night raid on Farhan's home (linked to the case; no evidence attached). */
  incidentId: string;
  /** The screenshot of an online threat against him (on a second incident). */
  evidenceId: string;
  /** An import of a one-row spreadsheet (Idris Khattak's case), untouched since: it can be undone. */
  importBatchId: string;
};

/** Stand-in ids for tests that never reach the database (locked, or looking for ids in an input). */
export const PLACEHOLDER_FIXTURE: Fixture = {
  clientId: 'C-ID',
  caseId: 'K-ID',
  hearingId: 'H-ID',
  courtId: 'seed:ihc',
  eventId: 'E-ID',
  deadlineId: 'D-ID',
  bailId: 'B-ID',
  holidayId: 'V-ID',
  draftId: 'P-ID',
  wordTemplateId: 'W-ID',
  backupFolder: '/media/usb/placeholder',
  backupPath: '/media/usb/placeholder/muhafiz-backup-2026-11-27-1000',
  incidentId: 'N-ID',
  evidenceId: 'F-ID',
  missingClientId: 'M-ID',
  disappearanceId: 'X-ID',
  habeasCaseId: 'J-ID',
  commissionCaseId: 'G-ID',
  entryId: 'Y-ID',
  orderId: 'Z-ID',
  consentId: 'Q-ID',
  appealDraftId: 'U-ID',
  importBatchId: 'I-ID',
};
/** The placeholders that stand for records a test creates (not seeded reference data). */
export const PLACEHOLDER_RECORD =
  /C-ID|K-ID|H-ID|E-ID|D-ID|B-ID|V-ID|P-ID|W-ID|N-ID|F-ID|M-ID|X-ID|J-ID|G-ID|Y-ID|Z-ID|Q-ID|U-ID|I-ID/;

/** The IHC's order refusing bail, as the lawyer records it. */
export const ihcBailOrder = (caseId: string): ChannelInput<'events:create'> => ({
  caseId,
  kind: 'judgment',
  date: '2026-11-20',
  courtId: 'seed:ihc',
  details: { result: 'order' },
  note: 'Post-arrest bail dismissed; the State opposed on the ground of a second FIR',
});

/** The ATC convict-appeal rule (ATA s.25(3)), seeded "needs checking": checked by a lawyer and switched on. */
export const ata25Checked: ChannelInput<'rules:save'>['data'] = {
  name: 'Appeal against an ATC conviction',
  statute: 'ATA',
  section: 's.25(3)',
  trigger: 'judgment',
  anchor: 'start',
  period: 30,
  unit: 'days',
  excludeTriggerDay: true,
  excludeCopyTime: true,
  rollForward: true,
  condonable: false,
  recurring: false,
  filingForumType: 'high_court',
  conditions: { result: ['conviction'], forumTypes: ['atc'] },
  effectiveFrom: null,
  effectiveTo: null,
  source: 'ATA 1997 s.25(3), text checked against the Punjab Code by Hina Jilani, November 2026',
  confidence: 'verified',
  active: true,
  notes: 'Special law: no condonation under s.5.',
};

/** A rule pack as an organisation shares it: the Supreme Court review rule, reviewed and switched on. */
export const reviewedPack = (over: Record<string, unknown> = {}) => ({
  format: 'muhafiz-rule-pack',
  version: 1,
  exportedAt: '2026-11-20T10:00:00.000Z',
  rules: [
    {
      id: 'sc-review',
      name: 'Review petition in the Supreme Court',
      statute: 'Supreme Court Rules 1980',
      section: 'O.XXVI',
      trigger: 'judgment',
      anchor: 'start',
      period: 30,
      unit: 'days',
      excludeTriggerDay: true,
      excludeCopyTime: true,
      rollForward: true,
      condonable: true,
      recurring: false,
      filingForumType: 'supreme_court',
      conditions: { forumTypes: ['supreme_court'] },
      effectiveFrom: null,
      effectiveTo: null,
      source: 'SC Rules 1980 O.XXVI r.2, reviewed by the AGHS legal-aid cell, November 2026',
      confidence: 'verified',
      active: true,
      notes: null,
      ...over,
    },
  ],
});

/**
 * What the fixture case cannot tell a bail petition (see 'petitions:templates'): Farhan's father,
 * his address, and the date of the IHC order dismissing his petition (a judgment event, not a bail
 * order). The lawyer's answers.
 */
export const FARHAN_ANSWERS: Record<string, string> = {
  'client.relation': 's/o',
  'client.guardianName': 'Abdul Ghani Baloch',
  'client.address': 'House No. 9, Street 21, F-7/2, Islamabad',
  'bail.lastDismissed.orderDate': '20.11.2026',
};

/** A fresh post-arrest bail petition in the IHC after the challan, drafted from the shipped pack. */
export const bailDraftInput = (caseId: string, clientId: string): ChannelInput<'petitions:create'> => ({
  caseId,
  templateId: 'bail-497-hc-en',
  clientId,
  answers: FARHAN_ANSWERS,
  author: 'Imaan Hazir',
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal valid Word document, base64 (as the renderer sends it), each paragraph given as runs.
 * The same three parts as petition-docx.ts's minimalDocx, built synchronously with PizZip so that
 * a valid input can be written as a plain value.
 */
export const docxBase64 = (paragraphs: string[][]): string => {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = paragraphs
    .map(
      (runs) => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${escapeXml(r)}</w:t></w:r>`).join('')}</w:p>`,
    )
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generate({ type: 'base64', compression: 'DEFLATE' });
};

/**
 * The legal-aid cell's Word template of a post-arrest bail petition: merge fields Muhafiz fills
 * (one split across runs, as Word splits it) and one of the cell's own, {counsel.enrolment}.
 */
export const CELL_BAIL_TEMPLATE = docxBase64([
  ['{forum.heading}'],
  ['Crl. Misc. Bail Petition No. ________ of {today.year}'],
  ['{client.', 'fullName} {client.relation} {client.guardianName}, resident of {client.address} ... Petitioner'],
  ['FIR No. {fir.number} dated {fir.date}, offences {#offences}{text}; {/offences}'],
  ['Counsel: {counsel.name}, Advocate High Court, enrolment {counsel.enrolment}'],
]);

export const cellTemplateInput = (): ChannelInput<'templates:add-docx'> => ({
  name: 'AGHS legal-aid cell: post-arrest bail (High Court)',
  language: 'en',
  base64: CELL_BAIL_TEMPLATE,
});

/** The cell's own placeholder, which no case holds. */
export const CELL_ANSWERS: Record<string, string> = {
  ...FARHAN_ANSWERS,
  'counsel.enrolment': 'ICT-1187',
};

/**
 * An IHC bail case of a journalist under PECA 26-A, with one hearing on 27 November 2026, the
 * IHC's order of 20 November refusing bail (and the leave-petition deadline it starts), the
 * dismissed petition, a fresh bail petition drafted from the shipped pack and the legal-aid cell's
 * Word template.
 */
export const seedFixture = async (app: TestApp): Promise<Fixture> => {
  const client = await makeClient(app, { fullName: 'Farhan Baloch', nameUr: 'فرحان بلوچ', codename: 'Kestrel' });
  const c = await app.must('cases:create', caseData([client.id]));
  const hearing = await app.must('hearings:create', {
    caseId: c.id,
    date: '2026-11-27',
    time: '09:30',
    courtId: 'seed:ihc',
    bench: 'Court No. 2',
    purpose: 'Arguments on bail',
  });
  const order = await app.must('events:create', ihcBailOrder(c.id));
  const { deadlines } = await app.must('deadlines:for-case', { caseId: c.id });
  const leave = deadlines.find((d) => d.ruleId === 'sc-leave-petition');
  if (!leave) throw new Error('the fixture order started no leave-petition deadline');
  const bail = await app.must('bail:save', {
    data: {
      caseId: c.id,
      clientId: client.id,
      kind: 'crpc_497',
      forumId: 'seed:ihc',
      filingDate: '2026-10-20',
      status: 'dismissed',
      surety: 'Brother, Rs 100,000 with title documents of the family house',
      bondAmount: 100_000,
    },
  });
  const draft = await app.must('petitions:create', bailDraftInput(c.id, client.id));
  const wordTemplate = await app.must('templates:add-docx', cellTemplateInput());
  const raid = await app.must('incidents:create', raidInput(client.id, c.id));
  const threat = await app.must('incidents:create', onlineThreatInput(client.id));
  const screenshot = await app.must('evidence:add', screenshotInput(threat.id));
  const disappearance = await seedDisappearance(app);
  const imported = await app.must('import:run', {
    filename: 'pending.csv',
    base64: Buffer.from(FIXTURE_IMPORT_CSV).toString('base64'),
    expected: { clients: 1, cases: 1, hearings: 2 },
  });
  const backupFolder = usbFolder();
  const backup = await app.must('backup:create', { folder: backupFolder });
  return {
    ...disappearance,
    clientId: client.id,
    caseId: c.id,
    hearingId: hearing.id,
    courtId: 'seed:ihc',
    eventId: order.id,
    deadlineId: leave.id,
    bailId: bail.id,
    holidayId: 'sc-winter-2025',
    draftId: draft.id,
    wordTemplateId: wordTemplate.id,
    backupFolder,
    backupPath: backup.path,
    incidentId: raid.id,
    evidenceId: screenshot.id,
    importBatchId: imported.id,
  };
};

/** Stand-ins for USB drives (outside any app folder), removed when the test process ends. */
const usbFolders: string[] = [];
const usbFolder = (): string => {
  if (usbFolders.length === 0) {
    process.once('exit', () => usbFolders.forEach((f) => rmSync(f, { recursive: true, force: true })));
  }
  const folder = mkdtempSync(join(tmpdir(), 'muhafiz-usb-'));
  usbFolders.push(folder);
  return folder;
};

export const NEW_PASSPHRASE = 'monsoon over the margalla hills';

/** A lawyer's edit of the fixture draft: the grounds rewritten in the editor. */
export const EDITED_BAIL_DRAFT = [
  '<article lang="en"><h1 style="text-align: center">IN THE ISLAMABAD HIGH COURT, ISLAMABAD</h1>',
  '<p><strong>FIR No. 112/2026 dated 02.10.2026</strong></p>',
  '<section data-section="grounds"><ol type="A">',
  '<li>That the challan names no witness who saw the petitioner write the post complained of.</li>',
  '<li>That the offences alleged do not fall within the prohibitory clause of section 497 Cr.P.C.</li>',
  '</ol></section></article>',
].join('');

/**
 * One valid input for every channel of the contract (typed, so a new channel without an entry
 * does not compile). Used to reach a handler past validation: locked-state and bad-input tests.
 */
export const validInputs: { [C in Channel]: (fx: Fixture) => ChannelInput<C> } = {
  'app:info': () => ({}),
  'app:set-language': () => ({ language: 'ur', digits: 'urdu' }),
  'vault:status': () => ({}),
  'vault:create': () => ({ passphrase: NEW_PASSPHRASE }),
  'vault:unlock': () => ({ passphrase: PASSPHRASE }),
  'vault:lock': () => ({}),
  'vault:change-passphrase': () => ({ current: PASSPHRASE, next: NEW_PASSPHRASE }),
  'courts:list': () => ({}),
  'courts:create': () => ({
    name: 'Judicial Magistrate, Islamabad East',
    forumType: 'magistrate',
    city: 'Islamabad',
    province: 'ict',
  }),
  'police-stations:list': () => ({}),
  'police-stations:create': () => ({ name: 'Kohsar', district: 'Islamabad', province: 'ict' }),
  'clients:list': () => ({ query: 'Farhan' }),
  'clients:page': () => ({ query: 'Farhan', offset: 0, limit: 50 }),
  'clients:get': (fx) => ({ id: fx.clientId }),
  'clients:create': () => clientData({ fullName: 'Naseer Ahmad', category: 'religious_minority' }),
  'clients:update': (fx) => ({ id: fx.clientId, data: clientData({ fullName: 'Farhan Baloch' }) }),
  'clients:set-archived': (fx) => ({ id: fx.clientId, archived: true }),
  'cases:list': (fx) => ({ status: 'active', clientId: fx.clientId, query: '112/2026' }),
  'cases:page': () => ({ status: 'active', query: '112/2026', offset: 0, limit: 50 }),
  'cases:get': (fx) => ({ id: fx.caseId }),
  'cases:create': (fx) => caseData([fx.clientId]),
  'cases:update': (fx) => ({ id: fx.caseId, data: caseData([fx.clientId]) }),
  'hearings:create': (fx) => ({ caseId: fx.caseId, date: '2026-12-04', courtId: fx.courtId, purpose: 'Arguments' }),
  'hearings:update': (fx) => ({ id: fx.hearingId, date: '2026-11-27', time: '10:00', purpose: 'Arguments on bail' }),
  'hearings:record-outcome': (fx) => ({
    hearingId: fx.hearingId,
    outcome: 'adjourned',
    shortOrder: 'Notice to the State for the next date',
    nextDate: '2026-12-04',
  }),
  'hearings:month': (fx) => ({ from: '2026-11-01', to: '2026-12-13', perDay: 3, courtId: fx.courtId }),
  'hearings:agenda': (fx) => ({ from: '2026-11-27', to: '2026-12-31', forumType: 'high_court', courtId: fx.courtId }),
  'hearings:unrecorded': () => ({ before: '2026-11-27' }),
  'hearings:resolve-clash': (fx) => ({
    hearingId: fx.hearingId,
    appearingLawyer: 'Usman Warraich',
    adjournmentSought: false,
    note: 'Imaan Hazir is before the ATC Rawalpindi that morning',
  }),
  'lawyers:list': () => ({}),
  'settings:get': () => ({}),
  'settings:update-reminders': () => ({
    enabled: true,
    nightBefore: '21:00',
    morning: '07:00',
    leadDays: { appeal: 4, constitutional_petition: 2 },
  }),
  'reminders:missed': () => ({}),
  'reminders:dismiss': () => ({}),
  'diary:export-ics': (fx) => ({ caseId: fx.caseId }),
  'rules:list': () => ({}),
  'rules:save': () => ({ id: 'ata25-convict-appeal', data: ata25Checked }),
  'rules:export': () => ({}),
  'rules:import': () => ({ content: JSON.stringify(reviewedPack()) }),
  'calendar:get': () => ({}),
  'calendar:set-closures': () => ({
    courtId: 'seed:ihc',
    weekdays: [6, 0],
    source: 'IHC notification: no sittings on Saturday and Sunday (checked by the office, November 2026)',
  }),
  'holidays:save': () => ({
    data: {
      name: 'Benazir Bhutto death anniversary (Sindh)',
      kind: 'provincial',
      dateFrom: '2026-12-27',
      dateTo: '2026-12-27',
      province: 'sindh',
      source: 'Sindh Government notification, December 2026',
    },
  }),
  'holidays:delete': (fx) => ({ id: fx.holidayId }),
  'events:create': (fx) => ({
    caseId: fx.caseId,
    kind: 'copy_applied',
    date: '2026-11-21',
    relatedEventId: fx.eventId,
    note: 'Urgent certified copy applied for at the IHC copying branch',
  }),
  'events:update': (fx) => ({
    id: fx.eventId,
    data: { ...ihcBailOrder(fx.caseId), note: 'Bail dismissed; short order, detailed reasons to follow' },
  }),
  'events:delete': (fx) => ({ id: fx.eventId }),
  'deadlines:for-case': (fx) => ({ caseId: fx.caseId }),
  'deadlines:set-status': (fx) => ({
    id: fx.deadlineId,
    status: 'completed',
    note: 'Crl.P. for leave to appeal filed at the Supreme Court, Islamabad',
  }),
  'deadlines:dashboard': () => ({}),
  'deadlines:working': (fx) => ({ id: fx.deadlineId }),
  'bail:list': (fx) => ({ caseId: fx.caseId }),
  'bail:save': (fx) => ({
    data: {
      caseId: fx.caseId,
      clientId: fx.clientId,
      kind: 'crpc_497',
      forumId: 'seed:ihc',
      filingDate: '2026-11-25',
      status: 'filed',
      surety: 'Uncle, Rs 200,000, property in G-9/2',
      bondAmount: 200_000,
      conditions: 'To surrender his passport and appear before the trial court on every date',
      notes: 'Fresh petition after the challan: the report names no witness to the post',
    },
  }),
  'bail:escalate': (fx) => ({ id: fx.bailId, forumId: 'seed:sc', filingDate: '2026-11-27' }),
  'petitions:templates': (fx) => ({ caseId: fx.caseId, clientId: fx.clientId }),
  'petitions:create': (fx) => bailDraftInput(fx.caseId, fx.clientId),
  'petitions:list': (fx) => ({ caseId: fx.caseId }),
  'petitions:get': (fx) => ({ id: fx.draftId, version: 1 }),
  'petitions:save': (fx) => ({
    id: fx.draftId,
    html: EDITED_BAIL_DRAFT,
    author: 'Usman Warraich',
  }),
  'petitions:regenerate': (fx) => ({
    id: fx.draftId,
    answers: { 'client.address': 'House No. 9, Street 21, F-7/2, Islamabad (family home)' },
    author: 'Imaan Hazir',
  }),
  'petitions:export-docx': (fx) => ({ id: fx.draftId, paper: 'legal' }),
  'templates:inspect-docx': () => ({ base64: CELL_BAIL_TEMPLATE }),
  'templates:add-docx': () => cellTemplateInput(),
  'templates:render-docx': (fx) => ({
    templateId: fx.wordTemplateId,
    caseId: fx.caseId,
    clientId: fx.clientId,
    answers: CELL_ANSWERS,
  }),
  'notes:create': (fx) => ({ caseId: fx.caseId, date: '2026-11-27', body: 'Client met in Adiala jail' }),
  'search:global': () => ({ query: 'Farhan' }),
  'search:rebuild': () => ({}),
  'reports:case-summary': (fx) => ({ caseId: fx.caseId, redacted: true }),
  'reports:client-dossier': (fx) => ({ clientId: fx.clientId }),
  'reports:caseload': () => ({ from: '2026-01-01', to: '2026-12-31', redacted: false }),
  'audit:list': (fx) => ({ caseId: fx.caseId, limit: 50 }),
  'audit:verify': () => ({}),
  'profile:get': () => ({}),
  'profile:update': () => ({ name: 'Imaan Hazir' }),
  'import:preview': () => ({ filename: 'Diary 2026.csv', base64: Buffer.from(CHANNEL_IMPORT_CSV).toString('base64') }),
  'import:run': () => ({
    filename: 'Diary 2026.csv',
    base64: Buffer.from(CHANNEL_IMPORT_CSV).toString('base64'),
    headerRow: 1,
    mapping: ['clientName', 'clientNameUr', 'firNumber', 'policeStation', 'forum', 'hearingDate'],
    dateOrder: {},
    expected: { clients: 1, cases: 1, hearings: 1 },
  }),
  'import:progress': () => ({}),
  'import:batches': () => ({}),
  'import:undo': (fx) => ({ id: fx.importBatchId }),
  'export:diary': () => ({ format: 'csv', sheet: 'hearings' }),
  'lock:status': () => ({}),
  'lock:update': () => ({ idleMinutes: 10, eraseAfterFailures: null }),
  'backup:status': () => ({}),
  'backup:progress': () => ({}),
  'backup:pick-folder': () => ({ purpose: 'backup' }),
  'backup:create': (fx) => ({ folder: fx.backupFolder }),
  'backup:list-folder': (fx) => ({ folder: fx.backupFolder }),
  'backup:restore': (fx) => ({ path: fx.backupPath, passphrase: PASSPHRASE }),
  'vault:erase': () => ({ confirm: 'ERASE' }),
  'incidents:list': (fx) => ({ clientId: fx.clientId }),
  'incidents:get': (fx) => ({ id: fx.incidentId }),
  'incidents:for-case': (fx) => ({ caseId: fx.caseId }),
  'incidents:create': (fx) => raidInput(fx.clientId, fx.caseId),
  'incidents:update': (fx) => ({
    id: fx.incidentId,
    data: {
      ...raidInput(fx.clientId, fx.caseId),
      reports: [
        ...(raidInput(fx.clientId).reports ?? []),
        { kind: 'petition_22a', madeTo: 'Justice of Peace (ASJ), Islamabad West', date: '2026-10-09' },
      ],
    },
  }),
  'incidents:delete': (fx) => ({ id: fx.incidentId }),
  'incidents:log-report': (fx) => ({ clientId: fx.clientId, redacted: true }),
  'evidence:add': (fx) => ({ ...screenshotInput(fx.incidentId), filename: 'laptop-seizure-memo.png' }),
  'evidence:update': (fx) => ({
    id: fx.evidenceId,
    sourceUrl: 'https://x.com/watchman_isb/status/1859000000000000000',
    description: 'Screenshot of the post; the account was suspended on 22 November',
  }),
  'evidence:file': (fx) => ({ id: fx.evidenceId, purpose: 'export' }),
  'evidence:verify': (fx) => ({ id: fx.evidenceId }),
  'evidence:custody-sheet': (fx) => ({ id: fx.evidenceId, redacted: true }),
  'evidence:record-print': (fx) => ({ id: fx.evidenceId, redacted: true }),
  'evidence:export-sheet-docx': (fx) => ({ id: fx.evidenceId }),
  'evidence:delete': (fx) => ({ id: fx.evidenceId }),
  'disappearances:list': (fx) => ({ clientId: fx.clientId }),
  'disappearances:get': (fx) => ({ id: fx.disappearanceId }),
  'disappearances:save': (fx) => ({
    id: fx.disappearanceId,
    data: { ...lastSeen(fx.missingClientId), lastSeenTime: '18:45' },
  }),
  'disappearances:link-case': (fx) => ({ recordId: fx.disappearanceId, caseId: fx.caseId, role: 'other' }),
  'disappearances:create-case': (fx) => ({
    recordId: fx.disappearanceId,
    role: 'habeas',
    title: 'Habeas petition in the Sessions Court, Kech (s.491(1-A) Cr.P.C.)',
    caseNumber: null,
  }),
  'disappearances:unlink-case': (fx) => ({ recordId: fx.disappearanceId, caseId: fx.commissionCaseId }),
  'disappearances:save-entry': (fx) => ({ data: commissionHearing(fx.disappearanceId) }),
  'disappearances:delete-entry': (fx) => ({ id: fx.entryId }),
  // The fixture's record has an appeal drafted from it: deleting it says so.
  'disappearances:delete': (fx) => ({ id: fx.disappearanceId, deleteAppeals: true }),
  'disappearances:save-order': (fx) => ({
    id: fx.orderId,
    data: { ...productionOrder(fx.disappearanceId, fx.habeasCaseId), status: 'not_obeyed' },
  }),
  'consents:list': (fx) => ({ clientId: fx.missingClientId }),
  'consents:save': (fx) => ({
    data: motherConsent(fx.missingClientId, { recipient: 'un_wgeid', date: '2026-11-25', method: 'written' }),
  }),
  'appeals:create': (fx) => ({ recordId: fx.disappearanceId, recipient: 'nchr', author: 'Jalila Haider' }),
  'appeals:info': (fx) => ({ draftId: fx.appealDraftId }),
};

/** Channels that work without an unlocked database. */
export const VAULT_CHANNELS: readonly Channel[] = [
  'app:info',
  'app:set-language',
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
  // Lock, backup and erase channels that must work at the unlock screen (restore a damaged
  // database, erase before anyone unlocks); lock:update and backup:create need the open database.
  'lock:status',
  'backup:status',
  'backup:progress',
  'backup:pick-folder',
  'backup:list-folder',
  'backup:restore',
  'vault:erase',
];
