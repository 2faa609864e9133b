import type { Page } from '@playwright/test';
import type { Harness } from '../support/harness';
import { caseData, clientData } from '../support/factories';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/*
 * The bail tracker on the case page: a Lahore journalist's post-arrest bail, refused by the
 * Sessions Court, taken to the Lahore High Court in one step. Today: Friday 27 November 2026.
 */

const seed = async (harness: Harness) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const sessions = await call('courts:create', {
    name: 'Court of Sessions Judge, Lahore',
    forumType: 'sessions',
    city: 'Lahore',
    province: 'punjab',
  });
  const client = await call('clients:create', clientData({ fullName: 'Ayesha Siddiqa', district: 'Lahore' }));
  const c = await call(
    'cases:create',
    caseData([client.id], {
      firNumber: '1187/2026',
      firDate: '2026-09-28',
      firDistrict: 'Lahore',
      offences: [
        { statute: 'PECA', section: '20' },
        { statute: 'PPC', section: '505' },
      ],
      forumId: sessions.id,
      caseNumber: 'B.A. No. 2231/2026',
      arrestDate: '2026-09-30',
    }),
  );
  return { c, sessions };
};

/** The panel is mounted on the case page by the deadline work; allow for a slow first render. */
const bailPanel = async (page: Page) => {
  const panel = page.getByTestId('bail-panel');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  return panel;
};

test('add a bail petition, record its dismissal and take it to the High Court in one step', async ({
  page,
  harness,
}) => {
  const { c } = await seed(harness);
  await page.goto(`/#/cases/${c.id}`);
  const panel = await bailPanel(page);
  await expect(panel).toContainText('No bail petition recorded yet.');

  await panel.getByRole('button', { name: 'Add bail petition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add bail petition' });
  await choose(page, 'Kind', 'Post-arrest bail (CrPC 497)');
  // One client on the case, and the case's forum: both filled in already.
  await expect(dialog.getByRole('combobox', { name: 'Client' })).toHaveValue('Ayesha Siddiqa');
  await expect(dialog.getByRole('combobox', { name: 'Forum' })).toHaveValue('Court of Sessions Judge, Lahore');
  await dialog.getByRole('textbox', { name: 'Filing date' }).fill('06/10/2026');
  await choose(page, /^Status$/, /^Filed$/);
  await dialog.getByLabel('Surety').fill('Father, Muhammad Siddiq');
  await dialog.getByLabel('Bond (Rs)').fill('100000');
  await dialog.getByLabel('Conditions').fill('To join the investigation');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const sessions = panel.getByTestId('bail-petition').filter({ hasText: 'Court of Sessions Judge, Lahore' });
  await expect(sessions).toContainText('Post-arrest bail (CrPC 497) · Ayesha Siddiqa · Filed 6 Oct 2026');
  await expect(sessions).toContainText('Father, Muhammad Siddiq · bond Rs 100,000');
  await expect(sessions.getByRole('button', { name: 'Escalate to next forum' })).toHaveCount(0);

  // The order of 20 October: bail refused.
  await choose(page, 'Status of the petition in Court of Sessions Judge, Lahore', 'Dismissed');
  await expect(sessions.getByText('Dismissed', { exact: true })).toBeVisible();
  await sessions.getByRole('button', { name: 'Escalate to next forum' }).click();

  const up = page.getByRole('dialog', { name: 'Take this petition to the next forum' });
  const next = up.getByRole('combobox', { name: 'Next forum' });
  await expect(next).toHaveValue('Lahore High Court');
  // Only forums above a Sessions Court are offered, grouped by their type.
  await next.click();
  await expect(page.getByRole('option', { name: 'Lahore High Court, Rawalpindi Bench' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Supreme Court of Pakistan', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Court of Sessions Judge, Lahore' })).toHaveCount(0);
  await expect(page.getByRole('option', { name: 'Federal Constitutional Court' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Lahore High Court', exact: true }).click();
  await up.getByRole('textbox', { name: 'Filing date' }).fill('02/11/2026');
  await up.getByRole('button', { name: 'Escalate to next forum' }).click();
  await expect(up).toBeHidden();

  const ladder = panel.getByTestId('bail-ladder');
  await expect(ladder).toHaveCount(1);
  await expect(ladder.getByTestId('bail-petition')).toHaveCount(2);
  const lhc = ladder.getByTestId('bail-petition').nth(1);
  await expect(lhc).toContainText('Lahore High Court');
  await expect(lhc).toContainText('Post-arrest bail (CrPC 497) · Ayesha Siddiqa · Filed 2 Nov 2026');
  await expect(lhc).toContainText('Father, Muhammad Siddiq · bond Rs 100,000');
  // Escalated once: the Sessions petition no longer offers it.
  await expect(sessions.getByRole('button', { name: 'Escalate to next forum' })).toHaveCount(0);

  await choose(page, 'Status of the petition in Lahore High Court', /^Granted$/);
  await expect(lhc.getByText('Granted', { exact: true })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await snap(page, '21-bail-ladder');
});

test('pre-arrest bail straight to the High Court: allowed, with a hint about the Sessions Court', async ({
  page,
  harness,
}) => {
  const { c } = await seed(harness);
  await page.goto(`/#/cases/${c.id}`);
  const panel = await bailPanel(page);
  await panel.getByRole('button', { name: 'Add bail petition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add bail petition' });
  await choose(page, 'Kind', 'Pre-arrest bail (CrPC 498)');
  await expect(dialog.getByTestId('pre-arrest-hint')).toHaveCount(0);
  await choose(page, /^Forum$/, 'Lahore High Court');
  await expect(dialog.getByTestId('pre-arrest-hint')).toContainText('PLD 2009 SC 427');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('bail-petition')).toContainText('Pre-arrest bail (CrPC 498)');
  await expect(panel.getByTestId('bail-petition')).toContainText('PLD 2009 SC 427');
});
