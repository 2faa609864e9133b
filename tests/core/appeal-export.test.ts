import { afterEach, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { lastSeen, motherConsent, naheed, seedDisappearance } from '../support/disappearance-fixture';

/*
 * An appeal leaves the office as a Word file only as consent allows (issue 10): a draft that names
 * the client is not exported once the consent is withdrawn, and an anonymised draft is not exported
 * with the client's name typed into it since. Today: Friday 27 November 2026 in Pakistan.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

test('a named appeal exports while consent stands, and is refused once it is withdrawn', async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const ids = await seedDisappearance(app);
  expect((await app.call('petitions:export-docx', { id: ids.appealDraftId, paper: 'a4' })).ok).toBe(true);

  await app.must('consents:save', {
    id: ids.consentId,
    data: motherConsent(ids.missingClientId, { withdrawnOn: '2026-11-26' }),
  });
  const refused = await app.call('petitions:export-docx', { id: ids.appealDraftId, paper: 'a4' });
  expect(!refused.ok && refused.error.code).toBe('CONFLICT');
  expect(!refused.ok && refused.error.message).toMatch(/names the client, but consent .* is not recorded now/);
});

test('an anonymised appeal is refused for export once the client’s name is typed into it', async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const ids = await seedDisappearance(app);
  const nchr = await app.must('appeals:create', {
    recordId: ids.disappearanceId,
    recipient: 'nchr',
    author: 'Counsel',
  });
  expect((await app.call('petitions:export-docx', { id: nchr.id, paper: 'a4' })).ok).toBe(true);

  const draft = await app.must('petitions:get', { id: nchr.id });
  await app.must('petitions:save', {
    id: nchr.id,
    html: `${draft.html}<p>${naheed.fullName} was last seen by her mother.</p>`,
    author: 'Counsel',
  });
  const refused = await app.call('petitions:export-docx', { id: nchr.id, paper: 'a4' });
  expect(!refused.ok && refused.error.code).toBe('CONFLICT');
  expect(!refused.ok && refused.error.message).toMatch(/meant to be anonymised but names .*client's name/);
});

test('a redacted incident log also withholds the family contact named on the disappearance record', async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const client = await app.must('clients:create', { ...naheed, contactPerson: null });
  await app.must('disappearances:save', {
    data: { ...lastSeen(client.id), familyContactName: 'Sakina Zehri', familyContactPhone: null },
  });
  await app.must('incidents:create', {
    clientId: client.id,
    date: '2026-09-02',
    place: 'Turbat',
    kind: 'family_harassment',
    perpetratorCategory: 'unknown',
    perpetratorDescription: null,
    witnesses: null,
    narrative: 'Men came to the house of her aunt Sakina Zehri at night and asked where Naheed was.',
    reports: [],
  });
  const full = JSON.stringify(await app.must('incidents:log-report', { clientId: client.id, redacted: false }));
  expect(full).toContain('Sakina Zehri');
  const redacted = JSON.stringify(await app.must('incidents:log-report', { clientId: client.id }));
  expect(redacted).not.toMatch(/Sakina|Zehri|Naheed/);
});
