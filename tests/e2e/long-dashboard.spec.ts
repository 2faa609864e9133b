import { expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';
import { caseData, clientData } from '../support/factories';

/*
 * Issue 8: the deadline dashboard with hundreds of overdue items and clients in custody: the lists are
 * virtualized (a screenful of items in the page), an item still opens to its working, and the custody
 * table keeps its columns. Sixty clients arrested in 2025, each case with its computed deadlines.
 */

test('a long deadline dashboard: hundreds overdue, shown a screenful at a time, items still open', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  for (let i = 0; i < 60; i++) {
    const client = await call('clients:create', clientData({ fullName: `Detainee ${i + 1}`, cnic: null }));
    const month = String(1 + (i % 9)).padStart(2, '0');
    await call(
      'cases:create',
      caseData([client.id], {
        firNumber: `${i + 1}/2025`,
        firDate: `2025-${month}-10`,
        arrestDate: `2025-${month}-11`,
        caseNumber: `Crl. Misc. No. ${100 + i}-B of 2025`,
      }),
    );
  }
  const dashboard = await call('deadlines:dashboard', {});
  expect(dashboard.overdue.length).toBeGreaterThan(150);
  expect(dashboard.custody).toHaveLength(60);

  await page.goto('/#/deadlines');
  const overdue = page.getByTestId(`bucket-Overdue`);
  await expect(overdue.getByTestId('deadline').first()).toBeVisible();
  const shown = await overdue.getByTestId('deadline').count();
  expect(shown).toBeGreaterThan(3);
  expect(shown).toBeLessThan(60);
  // The list carries no workings (issue 8): opening an item fetches its own.
  const top = dashboard.overdue[0];
  expect(top).toBeDefined();
  expect(top).not.toHaveProperty('explanation');
  const rule = `${top?.statute} ${top?.section}`;
  const first = overdue.getByTestId('deadline').first();
  await expect(first).toContainText(rule);
  await expect(first.getByTestId('working')).toHaveCount(0);
  await first.click();
  await expect(overdue.getByRole('button', { name: 'Done', exact: true }).first()).toBeVisible();
  const working = first.getByTestId('working');
  await expect(working).toContainText(rule);
  await expect(working).toContainText('Source: ');
  await expect(working.getByRole('listitem').first()).toBeVisible();
  await snap(page, '82-long-dashboard');
  await page.screenshot({ path: 'test-results/screens/83-long-dashboard-top.png' });
});
