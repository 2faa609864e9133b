import type { Harness } from '../support/harness';
import { caseData, clientData } from '../support/factories';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { recordOutcome } from './pages';
import { api } from './seed';

const seed = async (harness: Harness) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const client = await call(
    'clients:create',
    clientData({ fullName: 'Rukhsana Bibi', category: 'family_of_disappeared' }),
  );
  const c = await call(
    'cases:create',
    caseData([client.id], {
      caseType: 'habeas_corpus',
      firNumber: null,
      firDate: null,
      offences: [],
      forumId: 'seed:lhc',
      caseNumber: 'Crl. Misc. No. 27821-H of 2026',
      custodyStatus: 'missing',
      arrestDate: null,
    }),
  );
  await call('hearings:create', {
    caseId: c.id,
    date: '2026-11-25',
    courtId: 'seed:lhc',
    purpose: 'Report of IGP Punjab',
  });
  return { client, c };
};

test('a past hearing waits on the home screen until its outcome is recorded', async ({ page, harness }) => {
  await seed(harness);
  await page.goto('/');
  const waiting = page.getByTestId('agenda-row').filter({ hasText: 'Crl. Misc. No. 27821-H of 2026' });
  await expect(page.getByRole('heading', { name: 'Awaiting outcome' })).toBeVisible();
  await expect(waiting).toContainText('25 Nov 2026');
  await expect(waiting).toContainText('Missing (whereabouts unknown)');
  await snap(page, '09-awaiting-outcome');
  await waiting.getByRole('button', { name: 'Record outcome' }).click();
  await recordOutcome(page, { outcome: 'Adjourned', order: 'IGP to produce the detenu', nextDate: '30/11/2026' });
  await expect(page.getByRole('heading', { name: 'Awaiting outcome' })).toBeHidden();
  await expect(page.getByTestId('agenda-row').filter({ hasText: '30 Nov 2026' })).toContainText('Report of IGP Punjab');
});

test('edit a case and a client; add a district court in place while fixing a hearing', async ({ page, harness }) => {
  const { c, client } = await seed(harness);
  await page.goto(`/#/cases/${c.id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await choose(page, 'Custody status', 'On bail');
  await page.getByLabel('Date of release', { exact: true }).fill('26/11/2026');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('On bail', { exact: true })).toBeVisible();
  await expect(page.getByText('26 Nov 2026')).toBeVisible();

  // A hearing before a court that is not in the list yet: added from the hearing dialog itself.
  await page.getByRole('button', { name: 'Add hearing' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add hearing' });
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('01/12/2026');
  await dialog.getByRole('button', { name: 'Add: Forum' }).click();
  const pop = page.getByRole('dialog').filter({ has: page.getByLabel('Forum type') });
  await pop.getByLabel('Forum', { exact: true }).fill('Court of Sessions Judge, Lahore');
  await pop.getByRole('combobox', { name: 'Forum type' }).click();
  await page.getByRole('option', { name: 'Sessions court' }).click();
  await pop.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: 'Forum' })).toHaveValue('Court of Sessions Judge, Lahore');
  await dialog.getByLabel('Purpose').fill('Application under 22-A CrPC');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('hearing-item').last()).toContainText('Court of Sessions Judge, Lahore');

  await page.goto(`/#/clients/${client.id}/edit`);
  await expect(page.getByLabel('Full name')).toHaveValue('Rukhsana Bibi');
  await page.getByLabel('Phone').fill('0333-5556667');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('0333-5556667')).toBeVisible();
  await expect(page.getByRole('link', { name: /Rukhsana Bibi — Crl. Misc. No. 27821-H of 2026/ })).toBeVisible();
  await snap(page, '10-client-after-edit');
});
