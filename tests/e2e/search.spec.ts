import { expect, snap, test } from './fixtures';
import { seedCourtWeek } from './seed';

test('the search box finds a case by part of its number, a client in Urdu and a short order, with the match marked', async ({
  page,
  harness,
}) => {
  await seedCourtWeek(harness);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /Search clients/ });

  await box.fill('1412-B');
  const option = page.getByRole('option', { name: /1412-B/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText('1412-B');
  await snap(page, '40-search-case-number');

  await box.fill('عائشہ');
  await expect(page.getByRole('option', { name: /عائشہ/ }).first().locator('mark')).toHaveText('عائشہ');
  await snap(page, '41-search-urdu');

  await box.fill('NCCIA to file');
  await expect(page.getByText('Hearings and notes')).toBeVisible();
  const order = page.getByRole('option', { name: /NCCIA to file/ }).first();
  await expect(order.locator('mark').first()).toHaveText(/NCCIA/);
  await snap(page, '42-search-short-order');
  await order.click();
  await expect(page.getByText('Crl. Misc. No. 1412-B of 2026').first()).toBeVisible();
});
