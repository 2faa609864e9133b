import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type Harness, type HarnessOptions } from '../support/harness';

export const TODAY = '2026-11-27';
export const PASSPHRASE = 'Seven lanterns over Ravi bridge';

/** Each test gets its own harness (real dispatch, fresh encrypted temp database, fixed today). */
export const test = base.extend<{ harnessOptions: HarnessOptions; harness: Harness }>({
  harnessOptions: [{ today: TODAY }, { option: true }],
  harness: async ({ harnessOptions }, use) => {
    const h = await startHarness(harnessOptions);
    await use(h);
    await new Promise((res) => setImmediate(res)); // the last answer's contract check
    await h.close();
    expect(h.contractBreaks, 'answers that broke the contract').toEqual([]);
  },
  baseURL: async ({ harness }, use) => use(harness.url),
  // Any console error or uncaught exception in the page (a missing translation, a React warning
  // escalated to an error, a failed request) fails the test.
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}:${m.location().lineNumber}`);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    expect(errors, 'errors in the page console').toEqual([]);
  },
});

export { expect };

/** Screenshots a lawyer would look at, kept under test-results/screens. */
export const snap = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

/** Picks an option of a Mantine Select by its visible labels. */
export const choose = async (page: Page, label: string | RegExp, option: string | RegExp) => {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option }).first().click();
};
