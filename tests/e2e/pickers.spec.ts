import type { Page } from '@playwright/test';
import { COMMISSION_NUMBER, HABEAS_NUMBER, lastSeen, naheed } from '../support/disappearance-fixture';
import { clientData } from '../support/factories';
import { expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/*
 * At national scale (50,000 clients, 100,000 cases) the case form's client picker and the
 * disappearance record's "link a case" picker must not load the whole table: they ask the backend for
 * the first 50 matches of what the lawyer types. Here, more than 50 clients and cases: the one wanted
 * is not among the first 50 shown, and is found by typing part of its name or number.
 */

/** The page's requests to the backend on a channel, with their inputs. */
const watch = (page: Page, channel: string) => {
  const inputs: unknown[] = [];
  page.on('request', (r) => {
    if (!r.url().endsWith('/__api')) return;
    const body = r.postData() ?? '';
    if (body.includes(`"${channel}"`)) inputs.push((JSON.parse(body) as { input?: unknown }).input ?? body);
  });
  return inputs;
};

const MANY = 80;

test('the case form finds a client by typing, without loading every client', async ({ page, harness }) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  for (let i = 0; i < MANY; i++)
    await call('clients:create', clientData({ fullName: `Client ${String(i).padStart(3, '0')}`, cnic: null }));
  // Sorted by name she comes after every "Client …": not among the first 50.
  const zainab = await call(
    'clients:create',
    clientData({ fullName: 'Zainab Marri', sensitive: true, codename: 'Heron', cnic: '54400-1234567-1' }),
  );
  const existing = await call('cases:create', {
    caseType: 'bail',
    parties: [{ clientId: zainab.id, role: 'accused' }],
    caseNumber: 'Crl. Misc. No. 77-B of 2026',
  });

  const lists = watch(page, 'clients:list');
  const pages = watch(page, 'clients:page');
  await page.goto('/#/cases/new');
  const client = page.getByRole('combobox', { name: 'Client', exact: true });
  await expect(client).toBeVisible();
  // Nothing is asked for until the picker opens.
  expect(pages).toEqual([]);

  await client.click();
  await expect(page.getByText(`Showing 50 of ${MANY + 1}: type more to narrow`)).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(50);
  await expect(page.getByRole('option', { name: 'Client 000' })).toBeVisible();
  await expect(page.getByRole('option', { name: /Zainab/ })).toHaveCount(0);

  await client.pressSequentially('heron');
  const option = page.getByRole('option', { name: 'Zainab Marri (Heron) 54400-1234567-1' });
  await expect(option).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByText(/Showing 50 of/)).toBeHidden();
  await snap(page, 'p1-case-form-client-picker-search');
  await option.click();
  await expect(client).toHaveValue('Zainab Marri (Heron) 54400-1234567-1');

  // Erasing the chosen label is not a search for what is left of it (which matches no one column):
  // the first matches show, she first and ticked.
  for (let i = 0; i < 3; i++) await client.press('Backspace');
  await expect(client).toHaveValue('Zainab Marri (Heron) 54400-123456');
  await expect(page.getByRole('option')).toHaveCount(51);
  await expect(page.getByRole('option').first()).toHaveText('Zainab Marri (Heron) 54400-1234567-1');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Nothing matches: try fewer or other words')).toBeHidden();
  await snap(page, 'p6-case-form-client-picker-erasing');
  await client.press('Escape');

  // A search that matches nobody says so.
  await page.getByRole('button', { name: 'Add client' }).click();
  const second = page.getByRole('combobox', { name: 'Client', exact: true }).nth(1);
  await second.click();
  await second.pressSequentially('nobody by this name');
  await expect(page.getByText('Nothing matches: try fewer or other words')).toBeVisible();
  await snap(page, 'p2-case-form-client-picker-nothing');
  // A paste longer than the list channels take (100 characters) is searched by its first 100, and
  // answered: never "Loading…" for good.
  await second.fill(`nobody ${'x'.repeat(140)}`);
  await expect(page.getByText('Nothing matches: try fewer or other words')).toBeVisible();
  await second.press('Escape');

  // Editing a case: its party keeps its label, though she is not among the first 50 by name.
  await page.goto(`/#/cases/${existing.id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(
    'Zainab Marri (Heron) 54400-1234567-1',
  );
  // Opening the picker with her chosen shows her first, ticked, above the first 50.
  await page.getByRole('combobox', { name: 'Client', exact: true }).click();
  await expect(page.getByRole('option').first()).toHaveText('Zainab Marri (Heron) 54400-1234567-1');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await snap(page, 'p3-case-form-client-picker-editing');

  // The whole list was never asked for; each ask was for a window of 50. What was left of the label
  // while erasing it was never asked for.
  expect(lists).toEqual([]);
  expect(pages.length).toBeGreaterThan(0);
  for (const input of pages) expect(input).toMatchObject({ limit: 50, offset: 0 });
  expect(pages).not.toContainEqual(expect.objectContaining({ query: expect.stringContaining('54400') }));
});

/**
 * Holds the backend's answers to a channel's searches for `query` until released: the picker can be
 * looked at while they are awaited, however fast the backend is.
 */
const hold = async (page: Page, channel: string, query: string) => {
  let release = () => {};
  const released = new Promise<void>((res) => (release = res));
  let asked = () => {};
  const requested = new Promise<void>((res) => (asked = res));
  await page.route('**/__api', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { channel?: string; input?: { query?: unknown } };
    if (body.channel === channel && body.input?.query === query) {
      asked();
      await released;
    }
    await route.fallback();
  });
  return { requested, release };
};

/**
 * Records, from now on, every moment the focused picker's list shows an option whose label does not
 * hold what is typed in it (case aside): whenever the options or the typed text change.
 */
const recordOffMatches = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const check = () => {
      const field = document.activeElement;
      if (!(field instanceof HTMLInputElement)) return;
      const typed = field.value.trim().toLowerCase();
      const list = document.getElementById(field.getAttribute('aria-controls') ?? '');
      for (const o of list?.querySelectorAll('[role="option"]') ?? [])
        if (!(o.textContent ?? '').toLowerCase().includes(typed))
          seen.push(`"${field.value}" offered "${o.textContent}"`);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const onInput = () => setTimeout(check, 0);
    document.addEventListener('input', onInput, true);
    (window as unknown as { offMatches: () => string[] }).offMatches = () => {
      observer.disconnect();
      document.removeEventListener('input', onInput, true);
      return seen;
    };
  });
const offMatches = (page: Page) =>
  page.evaluate(() => (window as unknown as { offMatches: () => string[] }).offMatches());

test('a new search never offers rows of the last one that do not match what is typed', async ({ page, harness }) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  for (let i = 0; i < MANY; i++)
    await call('clients:create', clientData({ fullName: `Client ${String(i).padStart(3, '0')}`, cnic: null }));
  await call(
    'clients:create',
    clientData({ fullName: 'Zainab Marri', sensitive: true, codename: 'Heron', cnic: '54400-1234567-1' }),
  );

  await page.goto('/#/cases/new');
  const client = page.getByRole('combobox', { name: 'Client', exact: true });
  await client.click();
  await expect(page.getByRole('option')).toHaveCount(50);
  await client.pressSequentially('heron');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option', { name: /Zainab/ })).toBeVisible();
  await recordOffMatches(page);

  // Another search at once, its answer held back: her row, the last answer, is not offered for it.
  const other = await hold(page, 'clients:page', 'Client 0');
  await client.fill('Client 0');
  await expect(page.getByRole('option', { name: /Zainab/ })).toHaveCount(0);
  await other.requested;
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.getByText('Nothing matches: try fewer or other words')).toBeHidden();
  other.release();
  await expect(page.getByText(`Showing 50 of ${MANY}: type more to narrow`)).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(50);
  await expect(page.getByText('Loading…')).toBeHidden();

  // Typing on narrows the rows already shown to those that still match, under a loading hint, until
  // the backend answers; Arrow and Enter pick from those.
  const narrower = await hold(page, 'clients:page', 'Client 01');
  await client.press('1');
  await narrower.requested;
  await expect(page.getByRole('option')).toHaveCount(10);
  await expect(page.getByRole('option').first()).toHaveText('Client 010');
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.getByText(/Showing 50 of/)).toBeHidden();
  await snap(page, 'p7-client-picker-awaiting-answer');
  narrower.release();
  await expect(page.getByText('Loading…')).toBeHidden();
  await expect(page.getByRole('option')).toHaveCount(10);
  expect(await offMatches(page)).toEqual([]);

  const third = await hold(page, 'clients:page', 'Client 02');
  await client.press('Backspace');
  await expect(page.getByText(`Showing 50 of ${MANY}: type more to narrow`)).toBeVisible();
  await client.press('2');
  await third.requested;
  await client.press('ArrowDown');
  await client.press('Enter');
  await expect(client).toHaveValue('Client 020');
  third.release();
});

test('linking a case to a disappearance record finds it by number, without loading every case', async ({
  page,
  harness,
}) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const client = await call('clients:create', naheed);
  const record = await call('disappearances:save', { data: lastSeen(client.id) });
  await call('cases:create', {
    caseType: 'habeas_corpus',
    parties: [{ clientId: client.id, role: 'detenu' }],
    forumId: 'seed:coied',
    caseNumber: COMMISSION_NUMBER,
  });
  const other = await call('clients:create', clientData({ fullName: 'Ali Wazir', cnic: null }));
  for (let i = 0; i < MANY; i++)
    await call('cases:create', {
      caseType: 'bail',
      parties: [{ clientId: other.id, role: 'accused' }],
      caseNumber: `Crl. Misc. No. ${500 + i}-B of 2026`,
    });
  // Already linked: never offered again.
  const habeas = await call('cases:create', {
    caseType: 'habeas_corpus',
    parties: [{ clientId: client.id, role: 'detenu' }],
    forumId: 'seed:bhc',
    caseNumber: HABEAS_NUMBER,
  });
  await call('disappearances:link-case', { recordId: record.id, caseId: habeas.id, role: 'habeas' });

  const lists = watch(page, 'cases:list');
  const pages = watch(page, 'cases:page');
  await page.goto(`/#/disappearances/${record.id}`);
  await page.getByRole('button', { name: 'Link a case' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link a case already in the diary' });
  const picker = dialog.getByRole('combobox', { name: /^Case$/ });
  await picker.click();
  await expect(page.getByText(`Showing 50 of ${MANY + 1}: type more to narrow`)).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(50);
  await expect(page.getByRole('option', { name: /1187/ })).toHaveCount(0);
  // A case beyond the first 50 (their order among cases changed at the same moment is the backend's):
  // typing its number finds it.
  const shown = await page.getByRole('option').allTextContents();
  const hidden = Array.from({ length: MANY }, (_, i) => `${500 + i}-B`).find((n) => !shown.some((s) => s.includes(n)));
  expect(hidden).toBeDefined();
  await picker.pressSequentially(hidden as string);
  await expect(page.getByRole('option', { name: `Ali Wazir — Crl. Misc. No. ${hidden} of 2026` })).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(1);
  await picker.fill('');

  // The linked habeas petition is not offered even when its number is typed.
  await picker.pressSequentially('1187');
  await expect(page.getByText('Nothing matches: try fewer or other words')).toBeVisible();
  await picker.fill('');
  await picker.pressSequentially('9021');
  const option = page.getByRole('option', { name: /CoIoED Case No\. 9021\/2026/ });
  await expect(option).toBeVisible();
  await snap(page, 'p4-link-case-picker-search');
  await option.click();
  await dialog.getByRole('combobox', { name: 'Track' }).click();
  await page.getByRole('option', { name: 'Commission complaint' }).click();
  await dialog.getByRole('button', { name: 'Link a case' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(COMMISSION_NUMBER).first()).toBeVisible();

  expect(lists).toEqual([]);
  // 50, and one more for each linked case the picker leaves out.
  for (const input of pages) expect(input).toMatchObject({ offset: 0, limit: expect.any(Number) });
  expect(pages.map((input) => (input as { limit: number }).limit)).toContain(51);
  for (const input of pages) expect((input as { limit: number }).limit).toBeLessThanOrEqual(52);
});

test('the pickers in Urdu: the count of matches and the hint, right to left', async ({ page, harness }) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  for (let i = 0; i < 60; i++)
    await call('clients:create', clientData({ fullName: `Client ${String(i).padStart(3, '0')}`, cnic: null }));
  await page.addInitScript(() => window.localStorage.setItem('muhafiz.language', 'ur'));
  await page.goto('/#/cases/new');
  await page.getByRole('combobox', { name: 'موکل', exact: true }).click();
  await expect(page.getByText('60 میں سے 50 دکھائے گئے ہیں: تلاش محدود کرنے کے لیے مزید لکھیں')).toBeVisible();
  await snap(page, 'p5-client-picker-urdu');
});
