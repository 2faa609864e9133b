import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { CaseFormPage, CasePage, ClientsPage, recordOutcome, VaultPage } from './pages';

test('first run to a recorded hearing, then lock, reload and unlock to the same data', async ({ page }) => {
  const vault = new VaultPage(page);
  await page.goto('/');

  // First run: a short passphrase is refused with a clear message, then a good one creates the diary.
  await expect(page.getByText('There is no way to recover a forgotten passphrase')).toBeVisible();
  await snap(page, '01-first-run');
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type the passphrase again').fill('short');
  await page.getByRole('button', { name: 'Create encrypted diary' }).click();
  await expect(page.getByText(/at least 12 characters/)).toBeVisible();
  await vault.createPassphrase(PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();
  await expect(page.getByText('Friday 27 November 2026').first()).toBeVisible();

  // A client: a bad CNIC is caught before saving.
  const clients = new ClientsPage(page);
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'New client' }).click();
  await clients.fill({
    fullName: 'Ayesha Siddiqa',
    nameUr: 'عائشہ صدیقہ',
    category: 'Journalist',
    cnic: '3520212345678',
    phone: '0300-1234567',
    district: 'Islamabad',
    province: 'Islamabad Capital Territory',
    risk: 'High',
    codename: 'Falcon',
    sensitive: true,
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('CNIC must look like 12345-1234567-1')).toBeVisible();
  await snap(page, '02-client-form-validation');
  await page.getByLabel('CNIC').fill('61101-1234567-8');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Ayesha Siddiqa/ })).toBeVisible();
  await expect(page.getByText('Sensitive: Falcon')).toBeVisible();
  await snap(page, '02b-client-page');

  // A case from the FIR, opened from the client's page.
  await page.getByRole('link', { name: 'New case for this client' }).click();
  await expect(page.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(/Ayesha Siddiqa/);
  const form = new CaseFormPage(page);
  await page.getByLabel('FIR number', { exact: true }).fill('112/2026');
  await page.getByLabel('FIR date', { exact: true }).fill('02/10/2026');
  await choose(page, 'Investigating agency', 'FIA / NCCIA');
  await form.addPoliceStation('NCCIA Cyber Crime Reporting Centre', 'Islamabad');
  await form.setOffence(0, 'PECA', '26-A');
  await form.setOffence(1, 'PPC', '505');
  await choose(page, 'Case type', 'Post-arrest bail');
  await choose(page, 'Forum', 'Islamabad High Court');
  await page.getByLabel('Case number', { exact: true }).fill('Crl. Misc. No. 1412-B of 2026');
  await choose(page, 'Custody status', 'In custody');
  await page.getByLabel('Date of arrest', { exact: true }).fill('03/10/2026');
  await page.getByRole('combobox', { name: 'Lawyers on the team' }).fill('Imaan Hazir');
  await page.getByRole('combobox', { name: 'Lawyers on the team' }).press('Enter');
  await snap(page, '03-case-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Falcon — FIR 112/2026' })).toBeVisible();
  await expect(page.getByText('PECA 26-A, PPC 505')).toBeVisible();
  await expect(page.getByText('No date fixed')).toBeVisible();

  // Hearings: today's, then recorded from today's list with the next date.
  const casePage = new CasePage(page);
  await casePage.addHearing({ date: '27/11/2026', time: '09:30', purpose: 'Arguments on bail', bench: 'Court No. 2' });
  await expect(page.getByTestId('next-date')).toContainText('27 Nov 2026 9:30 AM');
  await page.getByRole('link', { name: 'Today' }).click();
  const row = page.getByTestId('agenda-row').filter({ hasText: 'Crl. Misc. No. 1412-B of 2026' });
  await expect(row).toContainText('Islamabad High Court · Court No. 2');
  await expect(row).toContainText('In custody');
  await snap(page, '04-today');
  await row.getByRole('button', { name: 'Record outcome' }).click();
  await recordOutcome(page, {
    outcome: 'Adjourned',
    order: 'Notice to State; report from NCCIA',
    nextDate: '2026-12-04',
  });
  await expect(row.first()).toContainText('Adjourned');
  await expect(row.last()).toContainText('4 Dec 2026');
  await expect(row.last()).toContainText('Arguments on bail');

  // The global search finds the case by its FIR number.
  await page.getByRole('combobox', { name: /Search clients/ }).fill('112/2026');
  await page.getByRole('option', { name: /FIR 112\/2026/ }).click();
  await expect(page.getByTestId('next-date')).toContainText('4 Dec 2026');
  await expect(page.getByTestId('hearing-item')).toHaveCount(2);
  await expect(page.getByText('Notice to State; report from NCCIA')).toBeVisible();
  await snap(page, '05-case-page');

  // Lock; after a reload the passphrase is asked again, a wrong one is refused, the data is all there.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.reload();
  await vault.unlock('not my passphrase at all');
  await expect(page.getByText('Wrong passphrase.')).toBeVisible();
  await snap(page, '06-unlock-wrong');
  await vault.unlock(PASSPHRASE);
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('link', { name: 'Falcon — FIR 112/2026' })).toBeVisible();
  await snap(page, '07-cases-after-unlock');
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('row', { name: /Ayesha Siddiqa/ })).toContainText('1');
  await snap(page, '08-clients');
});
