import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { HABEAS_NUMBER, lastSeen, naheed, productionOrder } from '../support/disappearance-fixture';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/*
 * A lawyer in Quetta keeps the file of Naheed Marri, a woman human rights defender taken in
 * Turbat on 14 October 2026: the record shows the days missing, her habeas petition (already in
 * the diary) is linked and its next date shows, a production order not obeyed becomes a deadline
 * to act, and an urgent appeal to the UN Special Rapporteur is drafted without the family's
 * consent: it names nobody, says so before export, and goes to Word and to PDF.
 * Today: Friday 27 November 2026.
 */

const seed = async (harness: Parameters<typeof api>[0]) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await call('profile:update', { name: 'Jalila Haider' });
  const client = await call('clients:create', naheed);
  const record = await call('disappearances:save', { data: lastSeen(client.id) });
  const habeas = await call('cases:create', {
    caseType: 'habeas_corpus',
    parties: [{ clientId: client.id, role: 'detenu' }],
    forumId: 'seed:bhc',
    caseNumber: HABEAS_NUMBER,
    team: ['Jalila Haider'],
  });
  await call('hearings:create', {
    caseId: habeas.id,
    date: '2026-12-08',
    time: '09:00',
    courtId: 'seed:bhc',
    purpose: 'Compliance of the production order',
  });
  await call('disappearances:save-entry', {
    data: {
      recordId: record.id,
      kind: 'fir_application',
      date: '2026-10-15',
      reference: 'Application diary no. 311, PS City Turbat',
      note: 'The SHO kept the application and registered no FIR.',
    },
  });
  return { client, record, habeas };
};

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

test('open a disappearance record, link the habeas case, draft an anonymised UN urgent appeal and export it', async ({
  page,
  harness,
}, testInfo) => {
  const { client } = await seed(harness);

  // The client page shows the record with the days missing.
  await page.goto(`/#/clients/${client.id}`);
  await expect(page.getByText('Missing for 44 days')).toBeVisible();
  await snap(page, 'd0-client-page');
  await page.getByRole('link', { name: 'Open the record' }).click();
  await expect(page.getByTestId('days-missing')).toHaveText('Missing for 44 days');
  await expect(page.getByTestId('last-seen')).toContainText('Outside the Turbat Press Club, Main Bazaar');

  // Link the habeas petition already in the diary: its next date shows beside it.
  await page.getByRole('button', { name: 'Link a case' }).click();
  const link = page.getByRole('dialog', { name: 'Link a case already in the diary' });
  await choose(page, /^Case$/, /C\.P\. No\. 1187 of 2026/);
  await link.getByRole('button', { name: 'Link a case' }).click();
  await expect(link).toBeHidden();
  const habeasRow = page.getByTestId('track-habeas');
  await expect(habeasRow).toContainText('Habeas petition');
  await expect(habeasRow).toContainText('8 Dec 2026');
  await expect(habeasRow).toContainText('Compliance of the production order');

  // The habeas case's own page links back to the record.
  await habeasRow.getByRole('link').click();
  await expect(page.getByTestId('case-disappearance')).toContainText('Missing for 44 days');
  await expect(page.getByTestId('case-disappearance')).toContainText('enforced-disappearance record of Saffron');
  await snap(page, 'd1a-habeas-case-page');
  await page.getByTestId('case-disappearance').getByRole('link', { name: 'Open the record' }).click();

  // The High Court's production order, due on the 24th and not obeyed: a deadline to act.
  await page.getByRole('button', { name: 'Add production order' }).click();
  const order = page.getByRole('dialog', { name: 'Record a production order' });
  await order.getByLabel('Court or Commission that ordered it').fill('Balochistan High Court, Quetta');
  await order.getByLabel('Ordered on').fill('10/11/2026');
  await order.getByLabel('To be produced by').fill('24/11/2026');
  await order.getByLabel('To be produced by').press('Tab');
  await order.getByRole('button', { name: 'Save' }).click();
  await expect(order).toBeHidden();
  await expect(page.getByTestId('orders')).toContainText('Not obeyed: act');
  await expect(page.getByTestId('consents')).toContainText('No consent: drafts are anonymised');
  await snap(page, 'd1-disappearance-record');

  // The deadline dashboard lists it with its working.
  await page.goto('/#/deadlines');
  await expect(page.getByText('Production order not obeyed: act').first()).toBeVisible();
  await expect(page.getByText('Constitution Art. 199(1)(b)(i); CrPC s.491').first()).toBeVisible();
  await snap(page, 'd2-deadlines-production-order');
  await page.goBack();

  // No consent for the Special Rapporteur: the draft is anonymised, and the editor says so.
  await expect(page.getByTestId('appeals')).toContainText('Anonymised (no consent)');
  await page.getByRole('button', { name: 'Draft: UN Special Rapporteur on human rights defenders' }).click();
  const editor = page.getByTestId('petition-editor');
  await expect(editor).toContainText('URGENT APPEAL');
  await expect(editor).toContainText('a woman human rights defender from District Kech');
  await expect(editor).toContainText('missing for 44 days');
  for (const v of ['Naheed', 'Marri', '52203', 'Shahi Tump', 'Press Club', 'Bilal', 'Hameeda', '1187', '311']) {
    await expect(editor).not.toContainText(v);
  }
  const notice = page.getByTestId('appeal-notice');
  await expect(notice).toContainText('Anonymised draft: the family has not consented');
  await expect(notice).toContainText("the client's name");
  await snap(page, 'd3-appeal-editor-anonymised');

  // Export to Word: asked first, then the file names nobody.
  await page.getByRole('button', { name: 'Export to Word (.docx)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Export an anonymised draft?' });
  await expect(confirm).toBeVisible();
  await snap(page, 'd4-export-confirm');
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Urgent appeal.*\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const word = xml.replace(/<[^>]+>/g, '');
  expect(word).toContain('a woman human rights defender from District Kech');
  for (const v of ['Naheed', 'Marri', '52203', 'Shahi Tump', 'Bilal', 'Hameeda', '1187']) expect(word).not.toContain(v);

  // Print or save as PDF: asked again, then the print view goes to PDF.
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await page
    .getByRole('dialog', { name: 'Export an anonymised draft?' })
    .getByRole('button', { name: 'Export' })
    .click();
  const sheet = page.getByTestId('petition-sheet');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet).toContainText('URGENT APPEAL');
  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('urgent-appeal.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = pdfText(pdf);
  expect(text).toContain('URGENT APPEAL');
  expect(text).toContain('missing for 44 days');
  for (const v of ['Naheed', 'Marri', '52203', 'Shahi Tump', 'Bilal', 'Hameeda', '1187']) expect(text).not.toContain(v);
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, 'test-results/screens/d5-urgent-appeal-pdf']);
});

test('with the mother’s consent recorded, the appeal names her daughter', async ({ page, harness }) => {
  const { record, habeas } = await seed(harness);
  await api(harness)('disappearances:link-case', { recordId: record.id, caseId: habeas.id, role: 'habeas' });
  await page.goto(`/#/disappearances/${record.id}`);
  await page.getByRole('button', { name: 'Record consent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record consent to share identity' });
  await choose(page, /^Recipient/, 'UN Special Rapporteur on human rights defenders');
  await dialog.getByLabel('Name of the family member').fill('Hameeda Bibi (mother)');
  await choose(page, /^How/, 'in person');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('consents')).toContainText('Given by Hameeda Bibi (mother) on 27 Nov 2026, in person');
  await expect(page.getByTestId('appeals')).toContainText('Names the client (consent recorded)');
  await snap(page, 'd6-consent-recorded');
  await page.getByRole('button', { name: 'Draft: UN Special Rapporteur on human rights defenders' }).click();
  const editor = page.getByTestId('petition-editor');
  await expect(editor).toContainText('Name: Naheed Marri');
  await expect(editor).toContainText('52203-7654321-4');
  await expect(page.getByTestId('appeal-notice')).toContainText('This draft names the client');
  // A named draft exports without the question.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word (.docx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await snap(page, 'd7-appeal-editor-named');
});

test('the record in Urdu: right to left, the days missing and the tracks in Urdu', async ({ page, harness }) => {
  const { record, habeas } = await seed(harness);
  await api(harness)('disappearances:link-case', { recordId: record.id, caseId: habeas.id, role: 'habeas' });
  await page.addInitScript(() => window.localStorage.setItem('muhafiz.language', 'ur'));
  await page.goto(`/#/disappearances/${record.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('days-missing')).toContainText('دن سے لاپتہ');
  await expect(page.getByTestId('track-habeas')).toContainText('حبس بے جا کی درخواست');
  await expect(page.getByTestId('appeals')).toContainText('شناخت چھپائی گئی');
  await snap(page, 'd8-disappearance-record-urdu');
});

test('record a disappearance from the client page and open the habeas petition from the record', async ({
  page,
  harness,
}) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const client = await call('clients:create', {
    ...naheed,
    fullName: 'Sammi Baloch',
    nameUr: null,
    codename: null,
    sensitive: false,
  });
  await page.goto(`/#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Record a disappearance' }).click();
  const form = page.getByRole('dialog', { name: 'Record a disappearance' });
  await form.getByLabel('Date last seen').fill('01/11/2026');
  await form.getByLabel('Date last seen').press('Tab');
  await form.getByLabel('Time last seen').fill('21:15');
  await form.getByLabel('Where last seen (exact place)').fill('Her home in Turbat');
  await form.getByLabel('By whom taken, as the family describes it').fill('Men in plain clothes in a white car');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('days-missing')).toHaveText('Missing for 26 days');
  await expect(page.getByTestId('last-seen')).toContainText('Kech');

  await page.getByRole('button', { name: 'Open the habeas petition' }).click();
  const open = page.getByRole('dialog', { name: 'Open the habeas petition in the diary' });
  await open.getByLabel('Number as the court or Commission writes it').fill('C.P. No. 1250 of 2026');
  await open.getByRole('button', { name: 'Save' }).click();
  await expect(open).toBeHidden();
  await expect(page.getByTestId('track-habeas')).toContainText('Sammi Baloch — C.P. No. 1250 of 2026');
  // No forum chosen: the High Court of her province.
  await expect(page.getByTestId('track-habeas')).toContainText('Balochistan High Court');
  await expect(page.getByRole('button', { name: 'Open the habeas petition' })).toBeHidden();
  await snap(page, 'd9-record-created-habeas-opened');
});

/** The seeded record with its habeas case linked, the order of 10 November and an appeal drafted from it. */
const seedFull = async (harness: Parameters<typeof api>[0]) => {
  const f = await seed(harness);
  const call = api(harness);
  await call('disappearances:link-case', { recordId: f.record.id, caseId: f.habeas.id, role: 'habeas' });
  await call('disappearances:save-order', { data: productionOrder(f.record.id, f.habeas.id) });
  await call('appeals:create', { recordId: f.record.id, recipient: 'un_wgeid' });
  return f;
};

test('a record opened by mistake is deleted after a confirmation that names what goes; its habeas case stays', async ({
  page,
  harness,
}) => {
  const { client, record, habeas } = await seedFull(harness);
  await page.goto(`/#/disappearances/${record.id}`);
  await expect(page.getByTestId('days-missing')).toHaveText('Missing for 44 days');
  await page.getByTestId('delete-record').getByRole('button', { name: 'Delete record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this disappearance record?' });
  await expect(dialog).toContainText('This deletes the record of Naheed Marri, last seen 14 Oct 2026');
  await expect(dialog).toContainText('1 timeline entry (steps, sittings, contacts)');
  await expect(dialog).toContainText('1 production order and the deadline it sets');
  await expect(dialog).toContainText('the link to 1 case');
  await expect(dialog).toContainText('1 appeal drafted from this record:');
  await expect(dialog).toContainText('Kept: the cases themselves with their hearings');
  await expect(dialog.getByTestId('delete-kept-cases')).toContainText(HABEAS_NUMBER);
  const confirm = dialog.getByRole('button', { name: 'Delete the record of Naheed Marri' });
  // The appeal goes only when the lawyer ticks the box that names it.
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Delete these appeal drafts too/ }).check();
  await expect(confirm).toBeEnabled();
  await snap(page, 'd10-delete-record-confirm');

  await confirm.click();
  // Back on the client page, the list of records is empty.
  await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}$`));
  await expect(page.getByText('No disappearance recorded for this client.')).toBeVisible();
  // No flash of the deleted record's page asking for itself.
  await expect(page.getByText(/not found/i)).toHaveCount(0);
  await snap(page, 'd11-record-deleted-client-page');

  // The habeas case stays in the diary with its hearing, no longer linked to a record.
  await page.goto(`/#/cases/${habeas.id}`);
  await expect(page.getByText(HABEAS_NUMBER).first()).toBeVisible();
  await expect(page.getByText('Compliance of the production order').first()).toBeVisible();
  await expect(page.getByTestId('case-disappearance')).toHaveCount(0);
});

test('the delete confirmation in Urdu, and Cancel keeps the record', async ({ page, harness }) => {
  const { record } = await seedFull(harness);
  await page.addInitScript(() => window.localStorage.setItem('muhafiz.language', 'ur'));
  await page.goto(`/#/disappearances/${record.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('delete-record').getByRole('button', { name: 'ریکارڈ حذف کریں' }).click();
  const dialog = page.getByRole('dialog', { name: 'گمشدگی کا یہ ریکارڈ حذف کریں؟' });
  await expect(dialog).toContainText('یہ واپس نہیں ہو سکتا۔');
  await expect(dialog.getByRole('button', { name: /کا ریکارڈ حذف کریں/ })).toBeDisabled();
  await expect(dialog).toHaveCSS('opacity', '1'); // the modal has finished fading in
  await snap(page, 'd12-delete-record-confirm-urdu');
  await dialog.getByRole('button', { name: 'منسوخ' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('days-missing')).toContainText('دن سے لاپتہ');
});
