import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { caseData, clientData } from '../support/factories';
import type { Harness } from '../support/harness';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/*
 * The incident log on a client's page (issue 10): a lawyer logs a night raid the police would not
 * register and an online threat with a screenshot attached, sees both on the timeline, views the
 * screenshot, verifies its hash, and prints the chain-of-custody sheet, which for a high-risk
 * client is redacted by default. Today: Friday 27 November 2026.
 */

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

const seed = async (harness: Harness) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await call('profile:update', { name: 'Imaan Hazir' });
  const farhan = await call(
    'clients:create',
    clientData({
      fullName: 'Farhan Baloch',
      nameUr: 'فرحان بلوچ',
      codename: 'Kestrel',
      riskLevel: 'high',
      cnic: '61101-1234567-1',
      phone: '0333-5550101',
      district: 'Islamabad',
      province: 'ict',
    }),
  );
  const c = await call('cases:create', caseData([farhan.id], { title: 'State v. Farhan Baloch (PECA)' }));
  return { farhan, c };
};

const logRaid = async (page: Page) => {
  await page.getByRole('button', { name: 'Log incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log incident' });
  await dialog.getByLabel('Date of incident').fill('01/10/2026');
  await dialog.getByLabel('Time').fill('02:30');
  await choose(page, 'What happened', 'Raid');
  await dialog.getByLabel('Place').fill('His home, Street 21, G-9/2, Islamabad');
  await choose(page, 'Alleged perpetrators', 'State agency');
  await choose(page, 'Linked case', 'State v. Farhan Baloch (PECA)');
  await dialog.getByLabel('As described by the client or witnesses').fill('Eight men in plain clothes, a white Vigo');
  await dialog
    .getByLabel('Narrative')
    .fill('Men entered at night without a warrant and took his laptop and two phones.');
  await dialog.getByLabel('Witnesses', { exact: true }).fill('His wife; the chowkidar of house 23');
  await dialog.getByRole('button', { name: 'Add a report' }).click();
  await choose(page, 'Reported as', 'FIR sought');
  await dialog.getByLabel('To whom').fill('SHO, Police Station Shalimar');
  await dialog.getByRole('button', { name: 'Add a report' }).click();
  await page.getByRole('combobox', { name: 'Reported as' }).nth(1).click();
  await page.getByRole('option', { name: 'FIR refused' }).click();
  await dialog.getByLabel('To whom').nth(1).fill('SHO, Police Station Shalimar');
  await dialog.getByLabel('Reference').nth(1).fill('Diary no. 118');
  await dialog.getByLabel('On', { exact: true }).nth(1).fill('02/10/2026');
  await dialog.getByText('Where it was reported').click();
  await snap(page, 'incidents-01-log-raid');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
};

test('log an incident with a screenshot attached, see it on the timeline, and print its chain of custody', async ({
  page,
  harness,
}, testInfo) => {
  const { farhan } = await seed(harness);
  await page.goto(`/#/clients/${farhan.id}`);
  const panel = page.getByTestId('incidents-panel');
  await expect(panel).toContainText('High');
  await expect(panel).toContainText('redacted by default');
  await expect(panel).toContainText('No incident logged yet.');

  await logRaid(page);
  const raid = panel.getByTestId('incident').filter({ hasText: 'Raid' });
  await expect(raid).toContainText('1 Oct 2026 2:30 AM');
  await expect(raid).toContainText('Alleged: State agency: Eight men in plain clothes, a white Vigo');
  await expect(raid.getByTestId('incident-report')).toHaveText([
    'FIR sought · SHO, Police Station Shalimar',
    'FIR refused · SHO, Police Station Shalimar · Diary no. 118 · 2 Oct 2026',
  ]);
  await expect(raid.getByRole('link', { name: 'State v. Farhan Baloch (PECA)' })).toBeVisible();
  // The case shows it too, with the way back to the client's page.
  await raid.getByRole('link', { name: 'State v. Farhan Baloch (PECA)' }).click();
  await expect(page.getByTestId('case-incidents')).toContainText('Raid');
  await page.getByTestId('case-incidents').getByRole('link', { name: 'On the client’s page' }).click();

  // The online threat, newest first on the timeline.
  await page.getByRole('button', { name: 'Log incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log incident' });
  await dialog.getByLabel('Date of incident').fill('20/11/2026');
  await choose(page, 'What happened', 'Online threat or doxxing');
  await dialog.getByLabel('Place').fill('X (Twitter)');
  await dialog
    .getByLabel('Narrative')
    .fill('A post with his home address and a photograph of his daughter’s school gate, calling him a traitor.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('incident').first()).toContainText('Online threat or doxxing');
  await expect(panel.getByTestId('incident').nth(1)).toContainText('Raid');

  // The screenshot: a real PNG, as the lawyer's phone would save it.
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 480, height: 300 } });
  const threat = panel.getByTestId('incident').first();
  await threat.getByRole('button', { name: 'Attach evidence' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach evidence to this incident' });
  await attach
    .locator('input[type="file"]')
    .setInputFiles({ name: 'watchman_isb-post.png', mimeType: 'image/png', buffer: png });
  await attach.getByLabel('Source address').fill('https://x.com/watchman_isb/status/1859000000000000000');
  await attach.getByLabel('Description').fill('Screenshot of the post, taken by the client at 21:40 the same day');
  await snap(page, 'incidents-02-attach');
  await attach.getByRole('button', { name: 'Attach evidence' }).click();
  await expect(attach).toBeHidden();

  const row = threat.getByTestId('evidence-row');
  const hash = createHash('sha256').update(png).digest('hex');
  await expect(row).toContainText('watchman_isb-post.png');
  await expect(row.getByTestId('evidence-hash')).toContainText(hash.slice(0, 8));
  await expect(row).toContainText('by Imaan Hazir');
  await snap(page, 'incidents-03-timeline');

  await row.getByRole('button', { name: 'View' }).click();
  const viewer = page.getByRole('dialog', { name: 'Evidence: watchman_isb-post.png' });
  const img = viewer.locator('img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(480);
  await snap(page, 'incidents-04-viewer');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await row.getByRole('button', { name: 'Verify hash' }).click();
  await expect(row.getByTestId('verify-result')).toHaveText('Hash matches');

  // The account was suspended: the lawyer notes it; the file and its hash stay as they were.
  await row.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: /Source and description of this evidence/ });
  await edit.getByLabel('Description').fill('Screenshot of the post; the account was suspended on 22 November');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('the account was suspended on 22 November');

  // The chain-of-custody sheet: redacted by default for a high-risk client.
  await row.getByRole('link', { name: 'Chain of custody' }).click();
  const sheet = page.getByTestId('custody-sheet');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet).toHaveAttribute('data-redacted', 'true');
  await expect(sheet.getByTestId('custody-client')).toHaveText('Kestrel');
  await expect(sheet).not.toContainText('Farhan');
  await expect(sheet.getByTestId('custody-hash')).toHaveText(hash.match(/.{8}/g)?.join(' ') ?? '');
  const events = sheet.getByTestId('custody-event');
  await expect(events).toHaveCount(4);
  await expect(events.nth(0)).toContainText('Added');
  await expect(events.nth(1)).toContainText('Viewed');
  await expect(events.nth(2)).toContainText('Hash verified');
  await expect(events.nth(2)).toContainText(`Hash matches: SHA-256 \u2066${hash.slice(0, 8)}`);
  await expect(events.nth(3)).toContainText('Details edited');
  await snap(page, 'incidents-05-custody-sheet');

  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('custody.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = flat(pdfText(pdf));
  for (const fact of ['CHAIN OF CUSTODY', 'REDACTED', 'Kestrel', hash.slice(0, 8), 'Imaan Hazir', 'Signature']) {
    expect(text, fact).toContain(fact);
  }
  for (const secret of ['Farhan', 'Baloch', '5550101', '61101']) expect(text, secret).not.toContain(secret);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    'test-results/screens/incidents-06-custody-pdf',
  ]);

  // Printing is itself a custody event (printing, to paper or PDF, fires beforeprint), and so is the Word copy.
  await expect(events).toHaveCount(5);
  await expect(events.nth(4)).toContainText('Custody sheet printed');
  await expect(events.nth(4)).toContainText('redacted');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`chain-of-custody-${hash.slice(0, 12)}.docx`);
  await expect(events).toHaveCount(6);
  await expect(events.nth(5)).toContainText('Custody sheet exported');

  // The whole chronology, to annex to a protection petition: oldest first, redacted by default.
  await page.goto(`/#/clients/${farhan.id}`);
  await page.getByRole('link', { name: 'Print incident log' }).click();
  const log = page.getByTestId('incident-log-sheet');
  await expect(log).toHaveAttribute('data-ready', 'true');
  await expect(log).toHaveAttribute('data-redacted', 'true');
  await expect(log.getByTestId('log-client')).toHaveText('Kestrel');
  await expect(log.getByTestId('log-incident')).toHaveCount(2);
  await expect(log.getByTestId('log-incident').first()).toContainText('1. 1 Oct 2026 2:30 AM — Raid');
  await expect(log.getByTestId('log-incident').nth(1)).toContainText(hash.slice(0, 8));
  await expect(log).not.toContainText('Farhan');
  // Witnesses are at risk too: withheld on a redacted log.
  await expect(log).not.toContainText('chowkidar');
  await expect(log.getByTestId('log-incident').first()).toContainText('withheld');
  await snap(page, 'incidents-07-incident-log');
  await page.emulateMedia({ media: 'print' });
  const logPdf = testInfo.outputPath('incident-log.pdf');
  await page.pdf({ path: logPdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const logText = flat(pdfText(logPdf));
  for (const fact of ['INCIDENT LOG', 'REDACTED', 'Kestrel', 'FIR refused', 'Online threat or doxxing']) {
    expect(logText, fact).toContain(fact);
  }
  for (const secret of ['Farhan', 'Baloch', '5550101', '61101']) expect(logText, secret).not.toContain(secret);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    logPdf,
    'test-results/screens/incidents-08-log-pdf',
  ]);

  // An incident logged by mistake is deleted after a question; one holding evidence offers no delete.
  await page.goto(`/#/clients/${farhan.id}`);
  await expect(threat.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  const mistaken = panel.getByTestId('incident').filter({ hasText: 'Raid' });
  await mistaken.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Delete this incident and the record of where it was reported?')).toBeVisible();
  await snap(page, 'incidents-11-delete-question');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByTestId('incident')).toHaveCount(1);
});

test('in Urdu: the incident timeline and the custody sheet read right to left', async ({ page, harness }) => {
  const { farhan, c } = await seed(harness);
  const call = api(harness);
  await call('incidents:create', {
    clientId: farhan.id,
    caseId: c.id,
    date: '2026-10-01',
    time: '02:30',
    place: 'گھر، گلی 21، جی نائن ٹو، اسلام آباد',
    kind: 'raid',
    perpetratorCategory: 'state_agency',
    perpetratorDescription: 'سادہ کپڑوں میں آٹھ افراد، سفید ویگو',
    narrative: 'رات کو بغیر وارنٹ گھر میں داخل ہوئے اور لیپ ٹاپ اور دو موبائل فون لے گئے۔',
    reports: [{ kind: 'fir_refused', madeTo: 'ایس ایچ او تھانہ شالیمار', date: '2026-10-02' }],
  });
  const threat = await call('incidents:create', {
    clientId: farhan.id,
    date: '2026-11-20',
    kind: 'online_threat',
    place: 'X (Twitter)',
    narrative: 'گھر کا پتہ اور بیٹی کے اسکول کی تصویر کے ساتھ پوسٹ۔',
  });
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 200, height: 120 } });
  const item = await call('evidence:add', {
    incidentId: threat.id,
    filename: 'post.png',
    mime: 'image/png',
    base64: png.toString('base64'),
    sourceUrl: 'https://x.com/watchman_isb/status/1859000000000000000',
  });
  await page.addInitScript(() => localStorage.setItem('muhafiz.language', 'ur'));
  await page.goto(`/#/clients/${farhan.id}`);
  const panel = page.getByTestId('incidents-panel');
  await expect(panel).toContainText('دھمکیاں اور واقعات');
  await expect(panel.getByTestId('incident')).toHaveCount(2);
  await expect(panel).toContainText('ایف آئی آر درج کرنے سے انکار');
  await panel.scrollIntoViewIfNeeded();
  await snap(page, 'incidents-09-urdu-timeline');
  await page.goto(`/#/print-custody/${item.id}`);
  const sheet = page.getByTestId('custody-sheet');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet).toContainText('تحویل کا سلسلہ');
  await expect(sheet.getByTestId('custody-client')).toHaveText('Kestrel');
  await snap(page, 'incidents-10-urdu-custody-sheet');
});

test('a file over 25 MB is refused in the window before anything is sent, with its size', async ({ page, harness }) => {
  const { farhan } = await seed(harness);
  await api(harness)('incidents:create', {
    clientId: farhan.id,
    date: '2026-11-20',
    kind: 'online_threat',
    narrative: 'A screen recording of the threats in the WhatsApp group.',
  });
  await page.goto(`/#/clients/${farhan.id}`);
  await page.getByRole('button', { name: 'Attach evidence' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach evidence to this incident' });
  await attach.locator('input[type="file"]').setInputFiles({
    name: 'screen-recording.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.alloc(26 * 1024 * 1024, 1),
  });
  await expect(attach).toContainText('This file is 26.0 MB: an evidence file may be at most 25 MB.');
  await expect(attach.getByRole('button', { name: 'Attach evidence' })).toBeDisabled();
  await snap(page, 'incidents-12-too-large');
  expect((await api(harness)('incidents:list', { clientId: farhan.id }))[0]?.evidence).toEqual([]);
});
