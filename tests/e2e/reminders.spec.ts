import { writeSetting } from '../../electron/core/repos/settings';
import { expect, PASSPHRASE, snap, test } from './fixtures';
import { VaultPage } from './pages';
import { api, seedCourtWeek } from './seed';

test('reminders that fell due while the app was closed are shown at the next unlock', async ({ page, harness }) => {
  await seedCourtWeek(harness);
  // Muhafiz last ran yesterday at 10:00 PKT; "now" is today, Friday 27 November, 10:00 PKT.
  writeSetting(harness.ctx.vault.db, 'reminders.lastRunAt', '2026-11-26T05:00:00.000Z', '2026-11-26T05:00:00.000Z');
  await api(harness)('vault:lock', {});

  await page.goto('/');
  await new VaultPage(page).unlock(PASSPHRASE);
  const missed = page.getByTestId('missed-reminders');
  await expect(missed).toContainText('Tomorrow: 2 hearings (Fri 27 Nov 2026)');
  await expect(missed).toContainText('Today: 2 hearings (Fri 27 Nov 2026)');
  await expect(missed).toContainText('11:00 · Court of Sessions Judge, Lahore · B.A. No. 1190/2026');
  await snap(page, '19-missed-reminders');
  await missed.getByRole('button', { name: 'Dismiss' }).click();
  await expect(missed).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();
  await expect(page.getByTestId('missed-reminders')).toBeHidden();
});

test('reminder settings: times and earlier notice by kind of case are saved', async ({ page, harness }) => {
  await seedCourtWeek(harness);
  await page.goto('/#/settings');
  await expect(page.getByLabel('Night-before list at')).toHaveValue('20:00');
  await expect(page.getByRole('textbox', { name: 'Appeal' })).toHaveValue('3');
  await page.getByLabel('Night-before list at').fill('21:15');
  await page.getByRole('textbox', { name: 'Habeas corpus' }).fill('2');
  // One day is what the night-before list already gives: the field keeps to two or more.
  await page.getByRole('textbox', { name: 'Appeal' }).fill('1');
  await page.getByRole('textbox', { name: 'Appeal' }).blur();
  await expect(page.getByRole('textbox', { name: 'Appeal' })).toHaveValue('2');
  await page.getByRole('textbox', { name: 'Appeal' }).fill('4');
  // The reminders form is the first of the Settings page's forms.
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await snap(page, '20-settings');
  const saved = await api(harness)('settings:get', {});
  expect(saved.reminders).toMatchObject({ nightBefore: '21:15', leadDays: { habeas_corpus: 2, appeal: 4 } });
});
