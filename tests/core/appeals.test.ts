import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import type { Recipient } from '../../electron/shared/disappearance-enums';
import { makeUnlockedApp, type TestApp } from '../support/context';
import {
  firApplication,
  HABEAS_NUMBER,
  IDENTIFYING,
  lastSeen,
  motherConsent,
  naheed,
  productionOrder,
} from '../support/disappearance-fixture';

/*
 * Appeals and complaints drafted from a disappearance record through the petition machinery
 * (editor, versions, DOCX), with consent first: without the family's consent for a recipient the
 * draft names nobody and finds nobody (no name, CNIC, father's name, address, phone, place, case
 * number), in the text and in the Word file; with consent it names her.
 * Today: Friday 27 November 2026 in Pakistan.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

const RECIPIENTS: Recipient[] = ['un_sr_hrd', 'un_wgeid', 'nchr', 'organisation'];

const setUp = async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  await app.must('profile:update', { name: 'Jalila Haider' });
  const client = await app.must('clients:create', naheed);
  const record = await app.must('disappearances:save', { data: lastSeen(client.id) });
  const withCase = await app.must('disappearances:create-case', {
    recordId: record.id,
    role: 'habeas',
    forumId: 'seed:bhc',
    caseNumber: HABEAS_NUMBER,
  });
  const habeasId = withCase.cases[0]?.caseId ?? '';
  await app.must('disappearances:save-entry', { data: firApplication(record.id) });
  await app.must('disappearances:save-entry', {
    data: { recordId: record.id, kind: 'habeas_petition', date: '2026-10-20', reference: HABEAS_NUMBER },
  });
  await app.must('disappearances:save-order', { data: productionOrder(record.id, habeasId) });
  await app.must('incidents:create', {
    clientId: client.id,
    date: '2026-09-02',
    place: 'Her home, House 4, Mohalla Shahi Tump, Turbat',
    kind: 'threat_in_person',
    perpetratorCategory: 'state_agency',
    perpetratorDescription: 'Two men who said they were from an agency',
    witnesses: 'Her neighbour Rukhsana',
    narrative: 'Naheed Marri was told to stop organising the sit-in for the missing students of Turbat.',
    reports: [{ kind: 'police_complaint', madeTo: 'SHO, PS City Turbat', reference: 'Roznamcha entry 52' }],
  });
  return { client, record, habeasId };
};

const docxText = async (base64: string) => {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
};

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

const leaks = (text: string) => IDENTIFYING.filter((v) => text.toLowerCase().includes(v.toLowerCase()));

describe('without consent', () => {
  test.each(RECIPIENTS)('the draft to %s names nobody, in the text and in the Word file', async (recipient) => {
    const { record } = await setUp();
    const draft = await app.must('appeals:create', {
      recordId: record.id,
      recipient,
      organisation: recipient === 'organisation' ? 'Human Rights Commission of Pakistan' : null,
    });
    const text = plain(draft.html);
    expect(leaks(text)).toEqual([]);
    expect(text).toMatch(/[Aa] woman human rights defender from District Kech/);
    expect(text).toContain('Identity withheld');
    expect(text).toContain('14 October 2026');
    expect(text).toContain('44 days');
    const docx = await app.must('petitions:export-docx', { id: draft.id, paper: 'a4' });
    const word = await docxText(docx.base64);
    expect(word).toContain('District Kech');
    expect(leaks(word)).toEqual([]);
    expect(docx.filename).not.toMatch(/Naheed|Marri/);

    const info = await app.must('appeals:info', { draftId: draft.id });
    expect(info).toMatchObject({ anonymised: true, consentNow: false, consent: null, found: [] });
    expect(info?.withheld).toEqual(expect.arrayContaining(["the client's name", 'the CNIC', 'the address']));
  });

  test('free text is scrubbed: the family describes who took her, naming her cousin; her incidents keep no place', async () => {
    const { record } = await setUp();
    const draft = await app.must('appeals:create', { recordId: record.id, recipient: 'un_sr_hrd' });
    const text = plain(draft.html);
    expect(text).toContain(
      'Men in plain clothes with a police escort, in two double-cabin vehicles without number plates; they told [withheld] to go home.',
    );
    expect(text).toContain('was told to stop organising the sit-in');
    expect(text).not.toContain('Rukhsana');
    expect(text).toContain('not obeyed');
  });

  test('a name the lawyer types in later is found and reported before export; regenerating takes it out again', async () => {
    const { record } = await setUp();
    const draft = await app.must('appeals:create', { recordId: record.id, recipient: 'un_sr_hrd' });
    const edited = draft.html.replace(
      '<section data-section="facts"><p>',
      '<section data-section="facts"><p>Naheed Marri, CNIC 52203-7654321-4, organised the sit-in. ',
    );
    await app.must('petitions:save', { id: draft.id, html: edited, author: 'Jalila Haider' });
    const info = await app.must('appeals:info', { draftId: draft.id });
    expect(info?.found).toEqual(expect.arrayContaining(["the client's name", 'the CNIC']));
    const again = await app.must('petitions:regenerate', { id: draft.id, author: 'Jalila Haider' });
    expect(leaks(plain(again.html))).toEqual([]);
    expect(plain(again.html)).toContain('[withheld], CNIC [withheld], organised the sit-in.');
    expect(again.versions.map((v) => v.reason)).toEqual(['regenerated', 'edited', 'generated']);
  });
});

describe('with consent', () => {
  test('the mother consented for the Special Rapporteur: that draft names her; the NCHR one still does not', async () => {
    const { record, client } = await setUp();
    await app.must('consents:save', { data: motherConsent(client.id) });
    const un = await app.must('appeals:create', { recordId: record.id, recipient: 'un_sr_hrd' });
    const text = plain(un.html);
    expect(text).toContain('Name: Naheed Marri');
    expect(text).toContain('Daughter of: Ghulam Rasool Marri');
    expect(text).toContain('52203-7654321-4');
    expect(text).toContain('House 4, Mohalla Shahi Tump, Turbat');
    expect(text).toContain('Outside the Turbat Press Club, Main Bazaar');
    expect(text).toContain(HABEAS_NUMBER);
    expect(text).toContain('a family member, Hameeda Bibi (mother), consented in person on 20 November 2026');
    expect(text).not.toContain('Rukhsana'); // a witness's name never goes out
    const word = await docxText((await app.must('petitions:export-docx', { id: un.id, paper: 'a4' })).base64);
    expect(word).toContain('Naheed Marri');
    expect(await app.must('appeals:info', { draftId: un.id })).toMatchObject({
      anonymised: false,
      consentNow: true,
      withheld: [],
    });

    const nchr = await app.must('appeals:create', { recordId: record.id, recipient: 'nchr' });
    expect(leaks(plain(nchr.html))).toEqual([]);
  });

  test('consent for one organisation does not cover another', async () => {
    const { record, client } = await setUp();
    await app.must('consents:save', {
      data: motherConsent(client.id, { recipient: 'organisation', organisation: 'Front Line Defenders' }),
    });
    const named = await app.must('appeals:create', {
      recordId: record.id,
      recipient: 'organisation',
      organisation: 'front line defenders',
    });
    expect(plain(named.html)).toContain('Naheed Marri');
    const other = await app.must('appeals:create', {
      recordId: record.id,
      recipient: 'organisation',
      organisation: 'Amnesty International',
    });
    expect(leaks(plain(other.html))).toEqual([]);
    expect(other.title).toBe('Alert to Amnesty International');
  });

  test('withdrawn consent: regenerating the draft withholds her identity again, the lawyer’s sections scrubbed too', async () => {
    const { record, client } = await setUp();
    const consent = await app.must('consents:save', { data: motherConsent(client.id) });
    const draft = await app.must('appeals:create', { recordId: record.id, recipient: 'un_sr_hrd' });
    expect(plain(draft.html)).toContain('Naheed Marri');
    await app.must('consents:save', { id: consent.id, data: motherConsent(client.id, { withdrawnOn: '2026-11-26' }) });
    expect(await app.must('appeals:info', { draftId: draft.id })).toMatchObject({
      anonymised: false,
      consentNow: false,
    });
    const again = await app.must('petitions:regenerate', { id: draft.id });
    expect(leaks(plain(again.html))).toEqual([]);
    expect(await app.must('appeals:info', { draftId: draft.id })).toMatchObject({
      anonymised: true,
      consentNow: false,
    });
  });
});

describe('refusals', () => {
  test('a draft needs a linked case to be kept with; consent needs the family member named', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const client = await app.must('clients:create', naheed);
    const record = await app.must('disappearances:save', { data: lastSeen(client.id) });
    const r = await app.call('appeals:create', { recordId: record.id, recipient: 'un_wgeid' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { recordId: 'No linked case' } } });
    const c = await app.call('consents:save', { data: motherConsent(client.id, { givenByName: null }) });
    expect(c).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'data.givenByName': expect.any(String) } },
    });
    expect(
      await app
        .must('appeals:info', { draftId: '6f1c2a4e-0000-4000-8000-00000000dead' })
        .catch((e: Error) => e.message),
    ).toMatch(/NOT_FOUND/);
  });
});
