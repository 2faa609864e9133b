import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';
import { caseData, clientData } from '../support/factories';

/** A journalist in custody since 14 December 2025, convicted by the Sessions Court Lahore. */
const seed = async (harness: Parameters<typeof api>[0]) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const sessions = await call('courts:create', {
    name: 'Court of Sessions Judge, Lahore',
    forumType: 'sessions',
    city: 'Lahore',
    province: 'punjab',
  });
  const client = await call(
    'clients:create',
    clientData({ fullName: 'Arshad Sharif Jr', category: 'journalist', cnic: null }),
  );
  const c = await call(
    'cases:create',
    caseData([client.id], {
      caseType: 'trial',
      forumId: sessions.id,
      caseNumber: 'Sessions Case No. 77/2026',
      firDate: '2025-12-13',
      arrestDate: '2025-12-14',
      arrestTime: '14:30',
      offences: [
        { statute: 'PECA', section: '20' },
        { statute: 'PPC', section: '505' },
      ],
    }),
  );
  return { c, sessions };
};

test('record a judgment and the copy dates: the appeal deadline shows its working, rolls over a Sunday, and can be marked done', async ({
  page,
  harness,
}) => {
  const { c, sessions } = await seed(harness);
  await page.goto(`/#/cases/${c.id}`);
  const deadlines = page.getByTestId('deadline');
  // From the case itself: production within 24 hours, challan days 14 and 17, statutory bail after a year.
  await expect(deadlines.filter({ hasText: 'Produce before a magistrate' })).toContainText('15 Dec 2025 14:30');
  await expect(deadlines.filter({ hasText: 'Statutory bail for delay ripens' })).toContainText('14 Dec 2026');

  await page.getByRole('button', { name: 'Record an event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an event' });
  await choose(page, 'Event', 'Judgment or final order');
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('18/11/2026');
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Court' })).toHaveValue(sessions.name);
  await choose(page, 'Decided', 'Conviction');
  await choose(page, 'Sentence', 'Over 3, up to 7 years');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // 18 Nov 2026 + 60 days = Sun 17 Jan 2027: the LHC does not sit, so the last day is Mon 18 Jan (s.4).
  const appeal = deadlines.filter({ hasText: 'Appeal to the High Court against conviction' });
  await expect(appeal).toContainText('18 Jan 2027');
  await appeal.getByRole('button').first().click();
  const working = appeal.getByTestId('working');
  await expect(working).toContainText('Limitation Act 1908 First Schedule Art. 155');
  await expect(working).toContainText('Verified');
  await expect(working).toContainText(
    'The court is closed on Sun 17 Jan 2027: the last day moves to Mon 18 Jan 2027 (s.4).',
  );
  await expect(working).toContainText('No copy application recorded');
  await expect(deadlines.filter({ hasText: 'Suspension of sentence due' })).toContainText('18 Nov 2027');
  await snap(page, '22-case-deadlines');

  // The copy took a week: applied 19 Nov, ready 26 Nov. 17 Jan + 7 = Sun 24 Jan → Mon 25 Jan 2027.
  for (const [kind, date] of [
    ['Certified copy applied for', '19/11/2026'],
    ['Certified copy ready', '26/11/2026'],
  ] as const) {
    await page.getByRole('button', { name: 'Record an event' }).click();
    await choose(page, 'Event', kind);
    await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill(date);
    await dialog.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
    await choose(page, 'Judgment this copy is of', /18 Nov 2026/);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(appeal).toContainText('25 Jan 2027');
  await expect(appeal.getByTestId('working')).toContainText('Copy time excluded: 7 days');
  await appeal.getByRole('button', { name: 'Done' }).click();
  await expect(appeal).toContainText('Done');

  // The dashboard: the client in custody with the days counted and the next milestone.
  await page.getByRole('link', { name: 'Deadlines' }).click();
  const custody = page.getByTestId('custody-row').filter({ hasText: 'Sessions Case No. 77/2026' });
  await expect(custody).toContainText('348');
  await expect(custody).toContainText('14 Dec 2026');
  await expect(custody).toContainText('Statutory bail for delay ripens');
  await expect(page.getByTestId('bucket-Next 30 days')).toContainText('Statutory bail for delay ripens');
  await expect(page.getByTestId('bucket-Overdue')).toContainText('Produce before a magistrate');
  await expect(page.getByTestId('bucket-Next 30 days')).not.toContainText('Appeal to the High Court');
  await snap(page, '23-deadlines-dashboard');
});

test('rules and court calendar: a rule that needs checking is switched on; a local holiday is added', async ({
  page,
  harness,
}) => {
  await seed(harness);
  await page.goto('/#/rules');
  const ata = page.getByTestId('rule-row').filter({ hasText: 'ATA remand: 90 days in total' });
  await expect(ata).toContainText('Needs checking');
  await expect(ata.getByRole('switch')).not.toBeChecked();
  // A controlled switch: it turns on once the rule is saved and the list reloads.
  await ata.getByRole('switch').click({ force: true });
  await expect(ata.getByRole('switch')).toBeChecked();
  await snap(page, '24-rules');

  await page.getByRole('link', { name: 'Court calendar' }).click();
  await expect(page.getByTestId('holiday-row').filter({ hasText: 'Iqbal Day' })).toContainText('9 Nov 2026');
  await page.locator('label', { hasText: /^2027$/ }).click();
  await expect(page.getByTestId('holiday-row').filter({ hasText: 'Eid-ul-Fitr (estimate)' })).toContainText(
    'Provisional',
  );
  await snap(page, '25-court-calendar');
});
