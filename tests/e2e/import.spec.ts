import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AMBIGUOUS_CSV, messyDiaryXlsx, seedExistingDiary } from '../support/import-diary';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/*
 * A lawyer brings three years of an Excel diary into Muhafiz: picks the file, checks the columns,
 * reads the preview (exact counts, the rows with problems named by row and column), imports with
 * progress, and undoes it. Then a CSV whose dates could be read two ways, and the export.
 * Today: Friday 27 November 2026.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A full-page screenshot from the top (scrolled, the sticky header would sit mid-page in it). */
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
};

const pick = async (page: Page, name: string, mimeType: string, buffer: Buffer) => {
  await page.goto('/#/clients');
  await page.getByRole('link', { name: 'Import from Excel or CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import and export' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
};

test('an Excel diary: map, preview, import with progress, undo', async ({ page, harness }) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await seedExistingDiary({ must: call });

  await pick(page, 'Diary 2024-2026.xlsx', XLSX, await messyDiaryXlsx());
  const mapping = page.getByTestId('mapping-table');
  await expect(mapping).toContainText('FIR Police Station');
  await expect(page.getByRole('combobox', { name: 'Muhafiz field: M Remarks' })).toHaveValue('Notes / remarks');
  await expect(page.getByRole('combobox', { name: 'Muhafiz field: B نام (اردو)' })).toHaveValue('Client name in Urdu');
  await expect(page.getByText('Suggested from the headings. Check each one.')).toBeVisible();
  await shot(page, 'import-01-mapping');

  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByTestId('count-rows')).toContainText('11');
  await expect(page.getByTestId('count-new')).toContainText('7');
  await expect(page.getByTestId('count-match')).toContainText('2');
  await expect(page.getByTestId('count-error')).toContainText('2');
  await expect(page.getByTestId('will-create')).toHaveText(
    'Will create: 4 clients, 4 cases, 9 hearings, 1 note, 3 forums, 3 police stations.',
  );
  // With problems, the preview opens on them: each names its row and column.
  const table = page.getByTestId('preview-table');
  await expect(page.getByTestId('preview-row')).toHaveCount(2);
  await expect(table).toContainText('Column L (Next Date): “31-02-2026” is not a real calendar date');
  await expect(table).toContainText('Column C (CNIC): “1234” is not a CNIC (13 digits, as 12345-1234567-1)');
  await expect(table).toContainText('Column A (Name of Accused): A new case needs the client’s name');
  await shot(page, 'import-02-preview-problems');

  await page.getByText('All (11)').click();
  await expect(page.getByTestId('preview-row')).toHaveCount(11);
  await expect(table).toContainText('Same as row 11');
  await expect(table).toContainText('رخسانہ بی بی');
  await shot(page, 'import-03-preview-all');

  await page.getByRole('button', { name: 'Import 7 rows' }).click();
  const done = page.getByTestId('import-done');
  await expect(done).toContainText('Imported from Diary 2024-2026.xlsx');
  await expect(done).toContainText('Added: 4 clients, 4 cases, 9 hearings, 1 note, 3 forums, 3 police stations.');
  await expect(done).toContainText('2 rows with problems were left out.');
  await expect(page.getByTestId('batch-list')).toContainText(
    '4 clients, 4 cases, 9 hearings, 1 note, 3 forums, 3 police stations',
  );
  await shot(page, 'import-04-done');
  expect((await call('cases:list', {})).length).toBe(5);

  await page.getByTestId('import-done').getByRole('button', { name: 'Undo this import' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo the import' }).click();
  await expect(done).toContainText('The import was undone: the diary is as it was before.');
  await expect(page.getByTestId('batch-list')).toContainText('Undone 27 Nov 2026');
  await shot(page, 'import-05-undone');
  expect((await call('cases:list', {})).map((c) => c.firNumber)).toEqual(['112/2026']);
  expect((await call('clients:list', {})).map((c) => c.fullName)).toEqual(['Farhan Baloch']);
});

test('a CSV whose dates could be read two ways: the lawyer is asked, and the import waits', async ({
  page,
  harness,
}) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await pick(page, 'pending cases.csv', 'text/csv', Buffer.from(`\uFEFF${AMBIGUOUS_CSV}`));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText('How are the dates in column D (Hearing date) written?')).toBeVisible();
  await expect(page.getByText('How are the dates in column E (Next date) written?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();
  await expect(page.getByText('Day first: 03/04/2026 is 3 Apr 2026')).toBeVisible();
  await expect(page.getByText('Month first: 03/04/2026 is 4 Mar 2026')).toBeVisible();
  await shot(page, 'import-06-date-question');

  await page.getByRole('radio', { name: 'Day first: 03/04/2026 is 3 Apr 2026' }).check();
  await page.getByRole('radio', { name: 'Day first: 05/06/2026 is 5 Jun 2026' }).check();
  await expect(page.getByRole('button', { name: 'Import 2 rows' })).toBeEnabled();
  await expect(page.getByTestId('preview-table')).toContainText('3 Apr 2026 → 5 Jun 2026');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByTestId('import-done')).toContainText(
    'Added: 2 clients, 2 cases, 3 hearings, 2 police stations.',
  );
  const [ali] = await call('cases:list', { query: 'Ali Wazir' });
  const detail = await call('cases:get', { id: ali?.id as string });
  expect(detail.hearings.map((h) => h.date)).toEqual(['2026-04-03', '2026-06-05']);
});

test('export: a workbook of three sheets and a CSV per sheet, with a warning that they are not encrypted', async ({
  page,
  harness,
}) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await seedExistingDiary({ must: call });
  await page.goto('/#/import');
  const card = page.getByTestId('export-card');
  await expect(card).toContainText('not encrypted');
  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click(),
  ]);
  expect(workbook.suggestedFilename()).toBe('muhafiz-diary-2026-11-27.xlsx');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Hearings (.csv)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('muhafiz-hearings-2026-11-27.csv');
  await shot(page, 'import-07-export');

  // The exported workbook, brought back in: every row of its Cases sheet matches, nothing is copied.
  await page.locator('input[type=file]').setInputFiles({
    name: workbook.suggestedFilename(),
    mimeType: XLSX,
    buffer: readFileSync(await workbook.path()),
  });
  await choose(page, 'Sheet', 'Cases');
  await expect(page.getByRole('combobox', { name: 'Muhafiz field: B FIR number' })).toHaveValue('FIR number');
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByTestId('count-match')).toContainText('1');
  await expect(page.getByTestId('will-create')).toHaveText('Nothing new to create.');
  await expect(
    page.getByText('Every row is already in Muhafiz or has a problem: there is nothing to import.'),
  ).toBeVisible();
  await shot(page, 'import-11-export-back-in');
});

test('in Urdu: the same import, right to left', async ({ page, harness }) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await seedExistingDiary({ must: call });
  await page.goto('/#/settings');
  await page.getByTestId('language-switch').getByText('اردو').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/#/import');
  await expect(page.getByRole('heading', { name: 'امپورٹ اور ایکسپورٹ' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'Diary 2024-2026.xlsx',
    mimeType: XLSX,
    buffer: await messyDiaryXlsx(),
  });
  await expect(page.getByRole('combobox', { name: 'محافظ کا خانہ: M Remarks' })).toHaveValue('نوٹ / کیفیت');
  await shot(page, 'import-08-ur-mapping');
  await page.getByRole('button', { name: 'امپورٹ کا جائزہ لیں' }).click();
  await expect(page.getByTestId('preview-table')).toContainText('کیلنڈر کی اصل تاریخ نہیں');
  await shot(page, 'import-09-ur-preview');
  await page.getByRole('button', { name: /قطاریں امپورٹ کریں/ }).click();
  await expect(page.getByTestId('import-done')).toContainText('شامل ہوئے');
  await shot(page, 'import-10-ur-done');
});

test('a long diary: the import shows how far it has got while it writes', async ({ page, harness }) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const lines = ['Client name,FIR number,Police station,Court,Hearing date,Next date'];
  for (let i = 1; i <= 1200; i++) {
    lines.push(`Client ${i},${i}/2025,Saddar,Court of Sessions Judge Rawalpindi,${(i % 28) + 1} March 2025,2 May 2025`);
  }
  await pick(page, 'three years.csv', 'text/csv', Buffer.from(lines.join('\r\n')));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await page.getByRole('button', { name: 'Import 1200 rows' }).click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText(/Importing… \d+ of 4802 records written/);
  await shot(page, 'import-12-progress');
  await expect(page.getByTestId('import-done')).toContainText('Added: 1200 clients, 1200 cases, 2400 hearings', {
    timeout: 60_000,
  });
});
