import type { Page } from '@playwright/test';
import { writeSetting } from '../../electron/core/repos/settings';
import { PASSPHRASE, expect, snap, test } from './fixtures';
import { clientData } from '../support/factories';
import { api, seedCourtWeek } from './seed';

/*
 * The diary in Urdu, as a clerk would run it: switched from Settings, the whole layout right to left,
 * Urdu month names, English case numbers kept as written, and the main screens looked at.
 */
test('Urdu interface: right to left on every main screen, and back to English', async ({ page, harness }) => {
  const fx = await seedCourtWeek(harness);
  const call = api(harness);
  const saima = await call(
    'clients:create',
    clientData({ fullName: 'Saima Baloch', nameUr: 'صائمہ بلوچ', cnic: null }),
  );

  await page.goto('/#/settings');
  await page.getByTestId('language-switch').getByText('اردو').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('heading', { name: 'ترتیبات' })).toBeVisible();
  // The backend is told, so desktop notifications speak Urdu too.
  await expect.poll(() => harness.ctx.reminders.language.language).toBe('ur');
  await snap(page, 'ur-01-settings');

  await page.getByRole('link', { name: 'آج' }).click();
  await expect(page.getByText('Crl. Misc. No. 27821-H of 2026').first()).toBeVisible();
  await expect(page.getByText('لاپتا (ٹھکانہ نامعلوم)').first()).toBeVisible();
  await snap(page, 'ur-02-today');

  await page.getByRole('link', { name: 'ڈائری' }).click();
  const calendar = page.getByTestId('diary-calendar');
  await expect(calendar).toContainText('نومبر');
  await expect(calendar).toContainText('B.A. No. 1190/2026');
  await snap(page, 'ur-03-diary-week');
  await calendar.getByRole('button', { name: 'مہینہ', exact: true }).click();
  await expect(calendar).toContainText('نومبر 2026');
  await snap(page, 'ur-04-diary-month');

  await page.getByRole('link', { name: 'موکلین' }).click();
  await expect(page.getByText('Baba Jan Hunzai').first()).toBeVisible();
  await snap(page, 'ur-05-clients');

  await page.goto(`/#/cases/${fx.ataCase.id}`);
  await expect(page.getByText('Special Case No. 342/2026').first()).toBeVisible();
  await snap(page, 'ur-06-case');

  await page.goto(`/#/clients/${saima.id}`);
  await expect(page.getByText('صائمہ بلوچ').first()).toBeVisible();
  await snap(page, 'ur-07-client');

  await page.getByRole('link', { name: 'میعادیں' }).click();
  await expect(page.getByRole('heading', { name: 'میعادیں' })).toBeVisible();
  await snap(page, 'ur-08-deadlines');

  await page.goto('/#/print?from=2026-11-27&to=2026-12-04&redacted=1');
  await expect(page.getByText('کاز لسٹ').first()).toBeVisible();
  await snap(page, 'ur-09-cause-list');

  await page.goto(`/#/print-summary/${fx.ataCase.id}`);
  await expect(page.getByText('Special Case No. 342/2026').first()).toBeVisible();
  await snap(page, 'ur-10-case-summary');

  // Urdu digits, then back to English: the choice lasts across a reload and reaches the lock screen.
  await page.goto('/#/settings');
  await page.getByTestId('digits-switch').getByText('اردو (۰۱۲۳۴۵۶۷۸۹)').click();
  await page.getByRole('link', { name: 'آج' }).click();
  await expect(page.getByText('۲۷ نومبر ۲۰۲۶').first()).toBeVisible();
  await expect(page.getByText('Crl. Misc. No. 27821-H of 2026').first()).toBeVisible();
  await snap(page, 'ur-11-today-urdu-digits');

  await page.getByRole('button', { name: 'تالا لگائیں' }).click();
  await expect(page.getByRole('heading', { name: 'محافظ پر تالا لگا ہے' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await snap(page, 'ur-12-lock');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Muhafiz is locked' })).toBeVisible();
});

test('Urdu input: a client entered in Urdu with diacritics is found by the search box typed without them', async ({
  page,
  harness,
}) => {
  await seedCourtWeek(harness);
  // The choice is kept in localStorage: set it as the Settings switch does, before the page loads.
  await page.addInitScript(() => window.localStorage.setItem('muhafiz.language', 'ur'));
  await page.goto('/#/clients');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'نیا موکل' }).click();
  await page.getByLabel('پورا نام').fill('Muhammad Ali Hashmi');
  await page.getByLabel('اردو میں نام').fill('مُحَمَّد عَلی ہاشمی');
  await page.getByRole('combobox', { name: 'زمرہ (انسانی حقوق کے محافظ)' }).click();
  await page.getByRole('option', { name: 'صحافی' }).click();
  // The English name runs left to right in the Urdu form, the Urdu name right to left.
  const direction = (label: string) => page.getByLabel(label).evaluate((el) => getComputedStyle(el).unicodeBidi);
  expect(await direction('پورا نام')).toBe('plaintext');
  await snap(page, 'ur-13-client-form');
  await page.getByRole('button', { name: 'محفوظ کریں' }).click();
  await expect(page.getByRole('heading', { name: /Muhammad Ali Hashmi/ })).toBeVisible();

  const box = page.getByRole('combobox', { name: 'موکل، ایف آئی آر یا مقدمہ نمبر تلاش کریں' });
  await box.fill('محمد علی');
  const option = page.getByRole('option', { name: /Muhammad Ali Hashmi/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark').first()).toHaveText('مُحَمَّد');
  await snap(page, 'ur-14-search-without-diacritics');

  // A validation message in Urdu: a CNIC in the wrong shape.
  await page.getByRole('link', { name: 'موکلین' }).click();
  await page.getByRole('link', { name: 'نیا موکل' }).click();
  await page.getByLabel('پورا نام').fill('Test Client');
  await page.getByLabel('شناختی کارڈ نمبر').fill('12345');
  await page.getByRole('button', { name: 'محفوظ کریں' }).click();
  await expect(page.getByText(/شناختی کارڈ نمبر اس طرح ہو: .12345-1234567-1/)).toBeVisible();
  await snap(page, 'ur-15-validation');
});

/** Escape closes an open list first, then the dialog: press it until the dialog is gone. */
const closeDialog = async (page: Page) =>
  expect(async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 500 });
  }).toPass();

test('Urdu: the forms and pages a clerk opens less often, looked at', async ({ page, harness }) => {
  const fx = await seedCourtWeek(harness);
  await page.addInitScript(() => window.localStorage.setItem('muhafiz.language', 'ur'));

  await page.goto(`/#/cases/${fx.ataCase.id}`);
  await page.getByRole('button', { name: 'کارروائی درج کریں' }).first().click();
  const outcome = page.getByRole('dialog');
  await expect(outcome.getByText('کارروائی درج کریں').first()).toBeVisible();
  await snap(page, 'ur-16-record-outcome');
  await closeDialog(page);

  await page.getByRole('button', { name: 'درخواستِ ضمانت شامل کریں' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await snap(page, 'ur-17-bail-form');
  await closeDialog(page);

  await page
    .getByRole('button', { name: /مجسٹریٹ کے سامنے پیشی/ })
    .first()
    .click();
  await expect(page.getByTestId('working').first()).toContainText('گرفتاری');
  await snap(page, 'ur-24-deadline-working');

  await page.goto(`/#/cases/${fx.ataCase.id}/edit`);
  await expect(page.getByRole('heading', { name: 'مقدمے میں ترمیم' })).toBeVisible();
  await snap(page, 'ur-18-case-form');
  // The date picker: Urdu month and day names, laid out right to left.
  await page.getByRole('textbox', { name: 'تاریخِ گرفتاری' }).click();
  await expect(page.locator('.mantine-DateInput-dropdown, .mantine-Popover-dropdown:has(table)').first()).toContainText(
    'اکتوبر 2026',
  );
  await snap(page, 'ur-26-date-picker');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'رپورٹیں' }).click();
  await expect(page.getByRole('heading', { name: 'مقدمات کی رپورٹ' })).toBeVisible();
  await snap(page, 'ur-19-reports');

  await page.getByRole('link', { name: 'قواعد' }).click();
  await expect(page.getByText('مجسٹریٹ کے سامنے پیشی (گرفتاری سے 24 گھنٹے)')).toBeVisible();
  await snap(page, 'ur-20-rules');

  await page.getByRole('link', { name: 'عدالتی کیلنڈر' }).click();
  await expect(page.getByRole('heading', { name: 'عدالتی کیلنڈر' })).toBeVisible();
  await snap(page, 'ur-21-court-calendar');

  await page.getByRole('link', { name: 'مقدمات' }).click();
  await expect(page.getByText('Special Case No. 342/2026').first()).toBeVisible();
  await snap(page, 'ur-22-cases');
});

test('first run in Urdu: the switch on the first-run screen, the passphrase rules in Urdu, then the diary', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Protect this diary' })).toBeVisible();
  await page.getByTestId('language-switch').getByText('اردو').click();
  await expect(page.getByRole('heading', { name: 'اس ڈائری کو محفوظ کریں' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('پاس فریز', { exact: true }).fill('short');
  await page.getByLabel('پاس فریز دوبارہ لکھیں').fill('shorter');
  await page.getByRole('button', { name: 'خفیہ ڈائری بنائیں' }).click();
  await expect(page.getByText(/کم از کم 12 حروف استعمال کریں/)).toBeVisible();
  await expect(page.getByText('دونوں پاس فریز مختلف ہیں')).toBeVisible();
  await snap(page, 'ur-23-first-run');
  await page.getByLabel('پاس فریز', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('پاس فریز دوبارہ لکھیں').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'خفیہ ڈائری بنائیں' }).click();
  await expect(page.getByRole('heading', { name: 'پیشیاں' })).toBeVisible();
});

test('reminders that fell due while Muhafiz was closed, in Urdu', async ({ page, harness }) => {
  await seedCourtWeek(harness);
  writeSetting(harness.ctx.vault.db, 'reminders.lastRunAt', '2026-11-26T05:00:00.000Z', '2026-11-26T05:00:00.000Z');
  await api(harness)('vault:lock', {});
  await page.addInitScript(() => window.localStorage.setItem('muhafiz.language', 'ur'));
  await page.goto('/');
  await page.getByLabel('پاس فریز', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'کھولیں' }).click();
  const missed = page.getByTestId('missed-reminders');
  await expect(missed).toContainText('کل: 2 پیشیاں (جمعہ، 27 نومبر 2026)');
  await expect(missed).toContainText('آج: 2 پیشیاں (جمعہ، 27 نومبر 2026)');
  await expect(missed).toContainText('B.A. No. 1190/2026');
  await snap(page, 'ur-25-missed-reminders');
});
