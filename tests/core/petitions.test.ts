import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import type { ChannelInput } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows, snapshotDb } from '../support/disk';
import { docxParagraphs, minimalDocx } from '../support/petition-docx';
import {
  caseInputFor,
  completeCase,
  dismissedPetition,
  FIR_EN,
  SADIA,
  type PetitionCase,
} from '../support/petition-fixture';

/*
 * Drafting a petition through dispatch, as the case page does: the templates for a case, a draft
 * refused until the lawyer answers what the case lacks, versions (generated, edited by a lawyer,
 * regenerated after the facts change, the lawyer's grounds kept), the Word export, and an
 * organisation's own Word template. Every write stands or falls as one transaction.
 * Sadia Jaffar, a Lahore journalist in judicial custody on an NCCIA FIR (PECA 26-A, PPC 505); her
 * earlier bail petition was dismissed by the Additional Sessions Judge, Islamabad (West), but the
 * order's date is not yet in the file. Today: Friday 27 November 2026 in Pakistan.
 */

const NOW = '2026-11-27T05:00:00.000Z';
const UNKNOWN = '6f1c2a4e-0000-4000-8000-00000000dead';
const TEMPLATE = 'bail-497-sessions-en';

/** What the intake form did not record, and the date of the Sessions Court's order. */
const ANSWERS = {
  'client.guardianName': 'Muhammad Jaffar',
  'client.address': 'House No. 14, Street 7, Model Town, Lahore',
  'bail.lastDismissed.orderDate': '20.10.2026',
};

const OWN_GROUNDS =
  '<section data-section="grounds"><ol type="A"><li>That the petitioner, a journalist, only reported what the ' +
  'minister said on record; the post complained of is fair comment protected by Article 19 of the Constitution.</li>' +
  '<li>That the challan has been submitted and the petitioner is no longer required for investigation.</li></ol></section>';

let app: TestApp;
afterEach(() => app?.cleanup());

/** Sadia's case as the intake left it: her father's name and address not yet recorded. */
const start = async (): Promise<PetitionCase> => {
  app = await makeUnlockedApp({ now: NOW });
  const c = await completeCase(app);
  await app.must('clients:update', { id: c.sadia, data: { ...SADIA, guardianName: null, address: null } });
  await dismissedPetition(app, c, { withOrder: false });
  return c;
};

const draftInput = (c: PetitionCase, over: Partial<ChannelInput<'petitions:create'>> = {}) => ({
  caseId: c.caseId,
  templateId: TEMPLATE,
  answers: ANSWERS,
  author: 'Imaan Hazir',
  ...over,
});

const refused = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

/** The grounds section of a draft, exactly as stored. */
const grounds = (html: string) => html.match(/<section data-section="grounds">[\s\S]*?<\/section>/)?.[0];

const openDocx = async (base64: string) => {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const part = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`missing part ${name}`);
    return f.async('string');
  };
  return { zip, part };
};

const pageSize = (xml: string) => {
  const tag = xml.match(/<w:pgSz\b[^>]*>/)?.[0] ?? '';
  return [tag.match(/w:w="(\d+)"/)?.[1], tag.match(/w:h="(\d+)"/)?.[1]];
};

describe('petitions:templates', () => {
  test('lists the shipped pack with what the case lacks for each, asked before drafting', async () => {
    const c = await start();
    const templates = await app.must('petitions:templates', { caseId: c.caseId });
    expect(templates.length).toBe(16);
    expect(templates.every((t) => t.origin === 'shipped')).toBe(true);
    const bail = templates.find((t) => t.id === TEMPLATE);
    expect(bail).toMatchObject({ language: 'en', origin: 'shipped' });
    expect(bail?.missing).toEqual([
      { field: 'client.guardianName', label: "Father's or husband's name" },
      { field: 'client.address', label: "Client's address" },
      {
        field: 'bail.lastDismissed.orderDate',
        label: 'The earlier bail petition that was dismissed: date of the order',
      },
    ]);
    // Nothing the case lacks for a vakalatnama except what the intake left out.
    expect(templates.find((t) => t.id === 'vakalatnama-en')?.missing.map((m) => m.field)).toEqual([
      'client.guardianName',
      'client.address',
    ]);
  });
});

describe('petitions:create', () => {
  test('is refused (VALIDATION) naming each missing field as answers.<path>, and nothing is written', async () => {
    const c = await start();
    const before = snapshotDb(app);
    const e = refused(await app.call('petitions:create', draftInput(c, { answers: {} })));
    expect(e.code).toBe('VALIDATION');
    expect(e.fields).toEqual({
      'answers.client.guardianName': "Needed: Father's or husband's name",
      'answers.client.address': "Needed: Client's address",
      'answers.bail.lastDismissed.orderDate': 'Needed: The earlier bail petition that was dismissed: date of the order',
    });
    expect(e.message).toContain("The case lacks: Father's or husband's name, Client's address");
    // One answer short: only that one is named.
    const { 'client.address': _a, ...twoOfThree } = ANSWERS;
    const partly = refused(await app.call('petitions:create', draftInput(c, { answers: twoOfThree })));
    expect(Object.keys(partly.fields ?? {})).toEqual(['answers.client.address']);
    expect(snapshotDb(app)).toEqual(before);
    expect(countRows(app, 'petition_drafts')).toBe(0);
  });

  test('with the answers: version 1, generated, by its author, the answers printed and never a blank or a marker', async () => {
    const c = await start();
    const d = await app.must('petitions:create', draftInput(c));
    expect(d).toMatchObject({
      caseId: c.caseId,
      clientId: null,
      templateId: TEMPLATE,
      title: 'Post-arrest bail (s.497 Cr.P.C.), Sessions Court',
      language: 'en',
      updatedAt: NOW,
    });
    expect(d.versions).toEqual([
      { id: expect.any(String), version: 1, reason: 'generated', author: 'Imaan Hazir', createdAt: NOW },
    ]);
    expect(d.html).toContain('IN THE COURT OF ADDITIONAL SESSIONS JUDGE, ISLAMABAD (WEST)');
    expect(d.html).toContain(
      'Sadia Jaffar d/o Muhammad Jaffar, resident of House No. 14, Street 7, Model Town, Lahore',
    );
    expect(d.html).toContain(FIR_EN);
    expect(d.html).toContain('which was dismissed vide order dated 20.10.2026');
    expect(d.html).not.toContain('«[');
    expect(grounds(d.html)).toContain('calls for further inquiry');
    expect(await app.must('petitions:get', { id: d.id })).toEqual(d);
  });

  test('without an author the version is by "Counsel"; the client can be chosen among the parties', async () => {
    const c = await start();
    const d = await app.must('petitions:create', {
      caseId: c.caseId,
      templateId: 'vakalatnama-en',
      clientId: c.sadia,
      answers: { 'client.guardianName': 'Muhammad Jaffar', 'client.address': ANSWERS['client.address'] },
    });
    expect(d.clientId).toBe(c.sadia);
    expect(d.versions.map((v) => v.author)).toEqual(['Counsel']);
  });

  test('an unknown template, case or client is NOT_FOUND and writes nothing', async () => {
    const c = await start();
    const before = snapshotDb(app);
    for (const over of [{ templateId: 'bail-497-supreme-court-en' }, { caseId: UNKNOWN }, { clientId: UNKNOWN }]) {
      expect(refused(await app.call('petitions:create', draftInput(c, over))).code, JSON.stringify(over)).toBe(
        'NOT_FOUND',
      );
    }
    expect(snapshotDb(app)).toEqual(before);
  });
});

describe('versions: list, get, save and regenerate', () => {
  test('list shows each draft of the case with its latest version, the last touched first', async () => {
    const c = await start();
    expect(await app.must('petitions:list', { caseId: c.caseId })).toEqual([]);
    const bail = await app.must('petitions:create', draftInput(c));
    app.setToday('2026-11-27T06:00:00.000Z');
    const vakalat = await app.must('petitions:create', draftInput(c, { templateId: 'vakalatnama-en' }));
    expect((await app.must('petitions:list', { caseId: c.caseId })).map((d) => [d.templateId, d.version])).toEqual([
      ['vakalatnama-en', 1],
      ['bail-497-sessions-en', 1],
    ]);
    app.setToday('2026-11-27T07:00:00.000Z');
    await app.must('petitions:save', { id: bail.id, html: bail.html.replace('Respectfully', 'Most respectfully') });
    const list = await app.must('petitions:list', { caseId: c.caseId });
    expect(list).toEqual([
      {
        id: bail.id,
        caseId: c.caseId,
        clientId: null,
        templateId: TEMPLATE,
        title: bail.title,
        language: 'en',
        updatedAt: '2026-11-27T07:00:00.000Z',
        version: 2,
      },
      expect.objectContaining({ id: vakalat.id, version: 1, updatedAt: '2026-11-27T06:00:00.000Z' }),
    ]);
    // The list carries no text of the petitions, nor the answers.
    expect(JSON.stringify(list)).not.toContain('Muhammad Jaffar');
  });

  test('save makes version 2, "edited", by the lawyer who saved; get gives any version asked for', async () => {
    const c = await start();
    const v1 = await app.must('petitions:create', draftInput(c));
    app.setToday('2026-11-27T09:15:00.000Z');
    const edited = v1.html.replace(/<section data-section="grounds">[\s\S]*?<\/section>/, OWN_GROUNDS);
    const v2 = await app.must('petitions:save', { id: v1.id, html: edited, author: 'Usman Warraich' });
    expect(v2.html).toBe(edited);
    expect(v2.updatedAt).toBe('2026-11-27T09:15:00.000Z');
    expect(
      v2.versions.map(({ version, reason, author, createdAt }) => ({ version, reason, author, createdAt })),
    ).toEqual([
      { version: 2, reason: 'edited', author: 'Usman Warraich', createdAt: '2026-11-27T09:15:00.000Z' },
      { version: 1, reason: 'generated', author: 'Imaan Hazir', createdAt: NOW },
    ]);
    // The draft's own particulars do not change with an edit.
    expect({ ...v2, html: '', versions: [], updatedAt: '' }).toEqual({ ...v1, html: '', versions: [], updatedAt: '' });

    expect((await app.must('petitions:get', { id: v1.id, version: 1 })).html).toBe(v1.html);
    expect((await app.must('petitions:get', { id: v1.id, version: 2 })).html).toBe(edited);
    expect((await app.must('petitions:get', { id: v1.id })).html).toBe(edited);
    const old = await app.must('petitions:get', { id: v1.id, version: 1 });
    expect(old.versions.map((v) => v.version)).toEqual([2, 1]);
    const none = refused(await app.call('petitions:get', { id: v1.id, version: 3 }));
    expect(none.code).toBe('NOT_FOUND');
  });

  test("regenerate after the FIR date is corrected keeps the lawyer's grounds and rebuilds the rest: version 3", async () => {
    const c = await start();
    const v1 = await app.must('petitions:create', draftInput(c));
    const edited = v1.html.replace(/<section data-section="grounds">[\s\S]*?<\/section>/, OWN_GROUNDS);
    await app.must('petitions:save', { id: v1.id, html: edited, author: 'Usman Warraich' });

    // The FIR copy shows it was registered on 5 October, not 2 October.
    await app.must('cases:update', { id: c.caseId, data: caseInputFor(c, { firDate: '2026-10-05' }) });
    app.setToday('2026-11-27T11:00:00.000Z');
    const v3 = await app.must('petitions:regenerate', { id: v1.id, author: 'Imaan Hazir' });

    expect(grounds(v3.html)).toBe(OWN_GROUNDS);
    expect(v3.html).not.toContain('calls for further inquiry');
    expect(v3.html).toContain('FIR No. 112/2026 dated 05.10.2026, offence u/s 26-A PECA, 505 PPC');
    expect(v3.html).not.toContain('02.10.2026');
    // Heading, FIR paragraph and prayer all carry the new date; the stored answers still fill the rest.
    expect(v3.html.match(/dated 05\.10\.2026/g)?.length).toBeGreaterThanOrEqual(3);
    expect(v3.html).toContain('Sadia Jaffar d/o Muhammad Jaffar');
    expect(v3.html).not.toContain('«[');
    expect(v3.html.match(/data-section="grounds"/g)).toHaveLength(1);
    expect(v3.versions.map((v) => [v.version, v.reason, v.author])).toEqual([
      [3, 'regenerated', 'Imaan Hazir'],
      [2, 'edited', 'Usman Warraich'],
      [1, 'generated', 'Imaan Hazir'],
    ]);
    expect(v3.updatedAt).toBe('2026-11-27T11:00:00.000Z');
    // Earlier versions are kept as they were.
    expect((await app.must('petitions:get', { id: v1.id, version: 2 })).html).toBe(edited);
    expect((await app.must('petitions:get', { id: v1.id, version: 1 })).html).toContain('dated 02.10.2026');
  });

  test('regenerate takes new answers over the stored ones, and keeps them for the next time', async () => {
    const c = await start();
    const d = await app.must('petitions:create', draftInput(c));
    const moved = 'Flat 3, Block B, Gulberg III, Lahore';
    const v2 = await app.must('petitions:regenerate', { id: d.id, answers: { 'client.address': moved } });
    expect(v2.html).toContain(`resident of ${moved}`);
    expect(v2.versions[0]).toMatchObject({ version: 2, reason: 'regenerated', author: 'Counsel' });
    const v3 = await app.must('petitions:regenerate', { id: d.id });
    expect(v3.html).toContain(`resident of ${moved}`);
  });

  test('regenerate refuses (VALIDATION, answers.<path>) what the case no longer holds, writing nothing, until answered', async () => {
    const c = await start();
    const d = await app.must('petitions:create', draftInput(c));
    // The police station and district were entered wrongly and cleared, pending the FIR copy.
    await app.must('cases:update', {
      id: c.caseId,
      data: caseInputFor(c, { policeStationId: null, firDistrict: null }),
    });
    const before = snapshotDb(app);
    const e = refused(await app.call('petitions:regenerate', { id: d.id }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fields).toEqual({ 'answers.fir.registeredAt': 'Needed: Police station where the FIR was registered' });
    expect(snapshotDb(app)).toEqual(before);
    const v2 = await app.must('petitions:regenerate', {
      id: d.id,
      answers: { 'fir.registeredAt': 'Police Station CTD, Islamabad' },
    });
    expect(v2.html).toContain('Police Station CTD, Islamabad');
    expect(v2.versions.map((v) => v.reason)).toEqual(['regenerated', 'generated']);
  });
});

describe('petitions:export-docx', () => {
  test('a valid Word file of the latest version, on legal paper unless A4 is asked for, named for the petition only', async () => {
    const c = await start();
    const d = await app.must('petitions:create', draftInput(c));
    const before = snapshotDb(app);
    const file = await app.must('petitions:export-docx', { id: d.id });
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.filename).toBe('Post-arrest bail (s.497 Cr.P.C.) Sessions Court.docx');
    expect(file.filename).not.toMatch(/Sadia|Jaffar/);
    expect(file.base64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const docx = await openDocx(file.base64);
    expect(Object.keys(docx.zip.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
    );
    const xml = await docx.part('word/document.xml');
    expect(xml).toContain('FIR No. 112/2026');
    expect(xml).toContain('Sadia Jaffar');
    expect(pageSize(xml)).toEqual(['12240', '20160']);
    expect(await docx.part('docProps/core.xml')).not.toMatch(/Sadia|Imaan/);

    const a4 = await openDocx((await app.must('petitions:export-docx', { id: d.id, paper: 'a4' })).base64);
    expect(pageSize(await a4.part('word/document.xml'))).toEqual(['11906', '16838']);

    // The export is of the latest version: the lawyer's grounds.
    const edited = d.html.replace(/<section data-section="grounds">[\s\S]*?<\/section>/, OWN_GROUNDS);
    await app.must('petitions:save', { id: d.id, html: edited });
    const after = await openDocx((await app.must('petitions:export-docx', { id: d.id })).base64);
    const text = await after.part('word/document.xml');
    expect(text).toContain('fair comment protected by Article 19');
    expect(text).not.toContain('calls for further inquiry');
    // Exporting writes nothing (the save above is the only change).
    expect(countRows(app, 'petition_versions')).toBe(2);
    expect(before.tables.petition_versions?.count).toBe(1);
  });

  test('an unknown draft is NOT_FOUND', async () => {
    await start();
    expect(refused(await app.call('petitions:export-docx', { id: UNKNOWN })).code).toBe('NOT_FOUND');
  });
});

describe("an organisation's own Word template", () => {
  /** The AGHS cell's bail petition: fields Muhafiz fills (one split across runs) and one of their own. */
  const cellTemplate = async () =>
    (
      await minimalDocx([
        ['{forum.heading}'],
        ['Petitioner: {client.', 'fullName} {client.relation} {client.guardianName}'],
        ['FIR No. {fir.number} dated {fir.date}: {#offences}{text}; {/offences}'],
        ['Counsel: {counsel.name}, enrolment No. {counsel.enrolment}'],
      ])
    ).toString('base64');

  test('templates:inspect-docx reports the placeholders Muhafiz knows and the ones it does not, writing nothing', async () => {
    await start();
    const before = snapshotDb(app);
    expect(await app.must('templates:inspect-docx', { base64: await cellTemplate() })).toEqual({
      known: [
        'client.fullName',
        'client.guardianName',
        'client.relation',
        'counsel.name',
        'fir.date',
        'fir.number',
        'forum.heading',
        'offences',
        'offences[].text',
      ],
      unknown: ['counsel.enrolment'],
    });
    expect(snapshotDb(app)).toEqual(before);
  });

  test('templates:add-docx stores it, reports its placeholders, and it is offered with the shipped pack', async () => {
    const c = await start();
    const base64 = await cellTemplate();
    const t = await app.must('templates:add-docx', { name: 'AGHS cell: post-arrest bail', language: 'en', base64 });
    expect(t).toEqual({
      id: expect.any(String),
      name: 'AGHS cell: post-arrest bail',
      language: 'en',
      origin: 'user',
      description: 'Word template of your organisation',
      missing: [],
      report: {
        known: expect.arrayContaining(['client.fullName', 'fir.number', 'offences[].text']),
        unknown: ['counsel.enrolment'],
      },
    });
    expect(t.report.known).toHaveLength(9);
    const row = app.vault.db.$client.prepare('SELECT * FROM user_templates').all() as Record<string, string>[];
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ id: t.id, name: 'AGHS cell: post-arrest bail', language: 'en', content: base64 });
    expect(JSON.parse(row[0]?.placeholders ?? '[]')).toEqual([...t.report.known, ...t.report.unknown]);

    const offered = await app.must('petitions:templates', { caseId: c.caseId });
    expect(offered.at(-1)).toEqual({
      id: t.id,
      name: 'AGHS cell: post-arrest bail',
      language: 'en',
      origin: 'user',
      description: 'Word template of your organisation',
      missing: [],
    });
  });

  test('templates:render-docx refuses (VALIDATION) a placeholder with no value and no answer, then fills it', async () => {
    const c = await start();
    const t = await app.must('templates:add-docx', {
      name: 'AGHS cell: post-arrest bail',
      language: 'en',
      base64: await cellTemplate(),
    });
    const before = snapshotDb(app);
    const e = refused(await app.call('templates:render-docx', { templateId: t.id, caseId: c.caseId, answers: {} }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fields).toEqual({
      'answers.client.guardianName': "Needed: Father's or husband's name",
      'answers.counsel.enrolment': 'Needed: counsel.enrolment',
    });
    expect(e.message).toContain('counsel.enrolment');

    const file = await app.must('templates:render-docx', {
      templateId: t.id,
      caseId: c.caseId,
      answers: { 'client.guardianName': 'Muhammad Jaffar', 'counsel.enrolment': 'ICT-1187' },
    });
    expect(file.filename).toBe('AGHS cell post-arrest bail.docx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const buffer = Buffer.from(file.base64, 'base64');
    await expect(JSZip.loadAsync(buffer)).resolves.toBeDefined();
    expect(docxParagraphs(buffer)).toEqual([
      'IN THE COURT OF ADDITIONAL SESSIONS JUDGE, ISLAMABAD (WEST)',
      'Petitioner: Sadia Jaffar d/o Muhammad Jaffar',
      'FIR No. 112/2026 dated 02.10.2026: 26-A PECA; 505 PPC; ',
      'Counsel: Imaan Hazir, enrolment No. ICT-1187',
    ]);
    // Rendering is a read: nothing is stored.
    expect(snapshotDb(app)).toEqual(before);
  });

  test('a file that is not a Word document is refused (VALIDATION, base64) and not stored', async () => {
    await start();
    const before = snapshotDb(app);
    const e = refused(
      await app.call('templates:add-docx', {
        name: 'Scanned FIR',
        language: 'en',
        base64: Buffer.from('%PDF-1.7 scanned FIR copy').toString('base64'),
      }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.fields).toEqual({ base64: 'Not a .docx file' });
    expect(snapshotDb(app)).toEqual(before);
  });
});

describe('one transaction: every write stands or falls whole', () => {
  const abortWhen = (name: string, when: string) =>
    app.vault.db.$client.exec(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);

  const expectRefusedUnchanged = async (channel: string, input: unknown) => {
    const before = snapshotDb(app);
    const r = await app.call(channel, input);
    expect(r.ok, channel).toBe(false);
    expect(!r.ok && r.error.code, channel).not.toBe('INTERNAL');
    expect(snapshotDb(app), channel).toEqual(before);
  };

  test('petitions:create failing at its last step (touching the draft) leaves neither draft nor version', async () => {
    const c = await start();
    abortWhen('fail_touch', 'BEFORE UPDATE ON petition_drafts');
    await expectRefusedUnchanged('petitions:create', draftInput(c));
    expect(countRows(app, 'petition_drafts')).toBe(0);
    expect(countRows(app, 'petition_versions')).toBe(0);
    app.vault.db.$client.exec('DROP TRIGGER fail_touch');
    await app.must('petitions:create', draftInput(c));
    expect(countRows(app, 'petition_versions')).toBe(1);
  });

  test('petitions:save failing when it touches the draft keeps no version 2', async () => {
    const c = await start();
    const d = await app.must('petitions:create', draftInput(c));
    abortWhen('fail_touch', 'BEFORE UPDATE ON petition_drafts');
    await expectRefusedUnchanged('petitions:save', { id: d.id, html: `${d.html}<p>Addendum</p>`, author: 'Usman' });
    expect((await app.must('petitions:get', { id: d.id })).versions.map((v) => v.version)).toEqual([1]);
  });

  test('petitions:regenerate failing at its last step keeps the old answers and no new version', async () => {
    const c = await start();
    const d = await app.must('petitions:create', draftInput(c));
    // Fails on the final touch of updated_at, after the answers were updated and the version added.
    abortWhen('fail_touch', 'BEFORE UPDATE ON petition_drafts WHEN NEW.answers = OLD.answers');
    await expectRefusedUnchanged('petitions:regenerate', {
      id: d.id,
      answers: { 'client.address': 'Flat 3, Block B, Gulberg III, Lahore' },
    });
    app.vault.db.$client.exec('DROP TRIGGER fail_touch');
    const v2 = await app.must('petitions:regenerate', { id: d.id });
    expect(v2.html).toContain(`resident of ${ANSWERS['client.address']}`);
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  test('templates:add-docx failing to store keeps nothing', async () => {
    await start();
    abortWhen('fail_insert', 'BEFORE INSERT ON user_templates');
    await expectRefusedUnchanged('templates:add-docx', {
      name: 'AGHS cell: vakalatnama',
      language: 'ur',
      base64: (await minimalDocx([['{client.nameUr}']])).toString('base64'),
    });
    expect(countRows(app, 'user_templates')).toBe(0);
  });
});
