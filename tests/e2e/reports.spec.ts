import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AYESHA, AYESHA_SENSITIVE, seedReportsCaseload } from '../support/reports-fixture';
import type { Harness } from '../support/harness';
import { expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/*
 * Printing from the UI: a case summary (redacted by default for a sensitive client, then in full),
 * a client dossier, and the caseload report with its charts, each saved as PDF the way the print
 * dialog's "Save as PDF" does and read back with poppler. Today: Friday 27 November 2026.
 */

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** Text without bidi marks and with runs of spaces and line breaks as one space, for phrases that wrap. */
const flat = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const toPng = (file: string, name: string, pages = 1) =>
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', String(pages), file, `test-results/screens/${name}`]);

const seed = async (harness: Harness) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  return seedReportsCaseload(call);
};

const savePdf = async (page: Page, path: string) => {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return path;
};

test("a sensitive client's case summary: redacted by default, in full only when the lawyer switches it off", async ({
  page,
  harness,
}, testInfo) => {
  const fx = await seed(harness);
  await page.goto(`/#/cases/${fx.cases.a.id}`);
  await page.getByRole('link', { name: 'Print summary' }).click();
  const sheet = page.getByTestId('summary-sheet');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet).toHaveAttribute('data-redacted', 'true');
  await expect(page.getByLabel('Redact names and personal details')).toBeChecked();
  await expect(sheet).toContainText('Falcon');
  await expect(sheet).toContainText('withheld');
  await snap(page, 'reports-01-summary-redacted');

  const redacted = await savePdf(page, testInfo.outputPath('summary-redacted.pdf'));
  const text = flat(pdfText(redacted));
  for (const fact of [
    'CASE SUMMARY',
    'REDACTED',
    'Falcon',
    'withheld',
    'Crl. Misc. No. 1412-B of 2026',
    'Islamabad High Court',
    '112/2026',
    '2 Oct 2026',
    'PECA s.26-A: false and fake information',
    'PPC s.505: statements conducing to public mischief',
    'In custody',
    '3 Oct 2026',
    '55 days',
    'Statutory bail for delay ripens',
    '30 Nov 2026 9:30 AM',
    'Bail refused: the post is said to have caused unrest',
    'Post-arrest bail (CrPC 497)',
    'Imaan Hazir, Usman Warraich',
    'Printed on 27 Nov 2026',
  ]) {
    expect(text, fact).toContain(fact);
  }
  for (const secret of AYESHA_SENSITIVE) expect(text, secret).not.toContain(secret);
  expect(pageCount(redacted), 'one page').toBe(1);
  toPng(redacted, 'reports-02-summary-redacted-pdf');

  // The lawyer switches redaction off for a hand-over inside the office: a warning, and every detail.
  // A controlled switch: it follows the page's address, so click and wait for it to turn.
  await page.getByLabel('Redact names and personal details').click();
  await expect(page.getByLabel('Redact names and personal details')).not.toBeChecked();
  await expect(sheet).toHaveAttribute('data-redacted', 'false');
  await expect(page.getByText('keep it in the office')).toBeVisible();
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet.locator('.urdu-name')).toHaveText(AYESHA.nameUr);
  await snap(page, 'reports-03-summary-full');
  const full = flat(pdfText(await savePdf(page, testInfo.outputPath('summary-full.pdf'))));
  // (The address wraps in its column: pdftotext gives its lines apart.)
  for (const value of [
    AYESHA.fullName,
    AYESHA.cnic,
    AYESHA.phone,
    'House No. 14, Street 7',
    `d/o ${AYESHA.guardianName}`,
  ]) {
    expect(full, value).toContain(value);
  }
  expect(full).not.toContain('REDACTED');
  toPng(testInfo.outputPath('summary-full.pdf'), 'reports-04-summary-full-pdf');
});

test('a client dossier: every case across forums and one list of next dates; redacted on request', async ({
  page,
  harness,
}, testInfo) => {
  const fx = await seed(harness);
  await page.goto(`/#/clients/${fx.clients.idris.id}`);
  await page.getByRole('link', { name: 'Print dossier' }).click();
  const sheet = page.getByTestId('dossier-sheet');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet).toHaveAttribute('data-redacted', 'false');
  await expect(sheet).toContainText('Idris Khattak');
  await snap(page, 'reports-05-dossier');
  const text = flat(pdfText(await savePdf(page, testInfo.outputPath('dossier.pdf'))));
  for (const fact of [
    'CLIENT DOSSIER',
    'Idris Khattak',
    'Crl. Misc. No. 2210-M of 2026',
    'B.A. No. 1190/2026',
    'Case No. 12/2025',
    'PECA s.20: offences against the dignity of a natural person',
    'Court of Sessions Judge, Islamabad (West)',
    '10 Dec 2026',
    'Arguments on quashment',
  ]) {
    expect(text, fact).toContain(fact);
  }
  // Case G (disposed in 2025) is in his dossier, after the active ones.
  expect(text.indexOf('B.A. No. 1190/2026')).toBeLessThan(text.lastIndexOf('Case No. 12/2025'));

  await page.getByLabel('Redact names and personal details').click();
  await expect(page.getByLabel('Redact names and personal details')).toBeChecked();
  await expect(sheet).toHaveAttribute('data-redacted', 'true');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  const redacted = flat(pdfText(await savePdf(page, testInfo.outputPath('dossier-redacted.pdf'))));
  expect(redacted).toContain('Client A');
  expect(redacted).toContain('REDACTED');
  expect(redacted).not.toMatch(/Idris|Khattak|0300-1234567/);
});

test('the caseload report: charts and tables in the app, CSV behind a chart, and the printed report', async ({
  page,
  harness,
}, testInfo) => {
  await seed(harness);
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload report' })).toBeVisible();
  await expect(page.getByTestId('total-cases')).toHaveText('8');
  await expect(page.getByTestId('total-inCustody')).toHaveText('2');
  await expect(page.getByTestId('median-headline')).toHaveText('Median 42.5 days from arrest to bail (2 grants)');
  const byLaw = page.getByTestId('section-byLaw');
  await expect(byLaw.locator('svg.recharts-surface')).toBeVisible();
  await expect(byLaw.getByRole('table')).toContainText('Sedition and PPC 505, 153-A');
  await expect(page.locator('.recharts-wrapper')).toHaveCount(7);
  // Redacted by default: clients in custody by codename or number.
  await expect(page.getByTestId('section-custody')).toContainText('Falcon');
  await expect(page.getByTestId('section-custody')).not.toContainText('Naseer Ahmad');
  await snap(page, 'reports-06-caseload');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byLaw.getByRole('button', { name: 'Download Cases by law as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('cases-by-law-2026-01-01-to-2026-12-31.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
    'Law,Cases',
    'PECA (electronic crimes),2',
    'Anti-Terrorism Act,1',
    'Blasphemy (PPC 295–298-C),1',
    '"Sedition and PPC 505, 153-A",3',
    'MPO (public order),1',
    'Enforced disappearance,1',
    'Other,1',
    '',
  ]);

  // The first half of the year, from the period fields.
  const to = page.getByLabel('To', { exact: true });
  await to.fill('30/06/2026');
  await to.press('Enter');
  await expect(page.getByTestId('total-cases')).toHaveText('6');
  await page.getByRole('button', { name: 'This year' }).click();
  await expect(page.getByTestId('total-cases')).toHaveText('8');

  await page.getByRole('link', { name: 'Print report' }).click();
  const sheet = page.getByTestId('report-sheet');
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(sheet.locator('.recharts-wrapper')).toHaveCount(7);
  await snap(page, 'reports-07-caseload-print');
  const file = await savePdf(page, testInfo.outputPath('caseload.pdf'));
  const text = flat(pdfText(file));
  for (const fact of [
    'CASELOAD REPORT',
    '1 Jan 2026 to 31 Dec 2026',
    'CASES BY LAW',
    'BAIL OUTCOMES BY FORUM',
    'Median 42.5 days from arrest to bail (2 grants)',
    'HEARINGS PER MONTH',
    'Judicial Magistrate, Quetta',
    'HOW THESE NUMBERS ARE COUNTED',
    'REDACTED',
  ]) {
    expect(text, fact).toContain(fact);
  }
  expect(text).not.toContain('Naseer Ahmad');
  expect(text).not.toContain('Ayesha Siddiqa');
  const pages = pageCount(file);
  expect(pages).toBeGreaterThan(1);
  toPng(file, 'reports-08-caseload-pdf', Math.min(pages, 4));
});
