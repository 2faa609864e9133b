import { expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';
import { clientData } from '../support/factories';

/*
 * Issue 8: a list of thousands of rows shows at once. 10,000 clients, made through dispatch as the
 * app makes them; the clients page is opened and timed in the page, from the route change to the
 * first painted frame holding the list. The first opening fetches the list's first page (the query
 * cache is cold: the backend's query, the transfer and the first render); the later ones render from
 * the page's query cache. Every one of the three must be under 200 ms. The fetch alone is timed and
 * printed. The list is read a page at a time: the scroll box is the whole list's height from the
 * start, and a jump to the middle or the end fetches the rows there.
 */

const ROWS = 10_000;
const BUDGET_MS = 200;

test('a 10,000-row client list shows in under 200 ms, virtualized, and scrolls to its end', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const districts = ['Lahore', 'Quetta', 'Karachi', 'Peshawar', 'Islamabad'];
  for (let i = 0; i < ROWS; i++) {
    await call(
      'clients:create',
      clientData({
        fullName: `Client ${String(i).padStart(5, '0')}`,
        nameUr: i % 3 === 0 ? 'عائشہ صدیقہ' : null,
        cnic: null,
        district: districts[i % districts.length] as string,
        sensitive: i % 7 === 0,
        codename: i % 7 === 0 ? `Falcon-${i}` : null,
      }),
    );
  }
  // Requests for the list, counted: the first opening must really fetch it (nothing loaded ahead).
  let listFetches = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/__api') && r.postData()?.includes('"clients:page"')) listFetches++;
  });
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: /Search clients/ })).toBeVisible();
  expect(listFetches).toBe(0);

  const timings: number[] = [];
  for (let run = 0; run < 3; run++) {
    // Away and back, so each run fetches and renders the whole list again.
    await page.evaluate(() => (window.location.hash = '/deadlines'));
    await expect(page.getByTestId('clients-table')).toHaveCount(0);
    const ms = await page.evaluate(
      (rows) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const poll = () => {
            const table = document.querySelector('[data-testid="clients-table"]');
            if (
              table?.getAttribute('data-rows') === String(rows) &&
              table.querySelector('[data-testid="client-row"]')
            ) {
              // The frame after: the rows are laid out and painted.
              requestAnimationFrame(() => resolve(performance.now() - t0));
            } else requestAnimationFrame(poll);
          };
          window.location.hash = '/clients';
          requestAnimationFrame(poll);
        }),
      ROWS,
    );
    timings.push(ms);
    if (run === 0) expect(listFetches, 'the first opening fetches the list').toBe(1);
  }
  // The fetch alone: the backend's query and the transfer of the first page.
  const fetchMs = await page.evaluate(async () => {
    const t0 = performance.now();
    await (window as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }).api.invoke(
      'clients:page',
      { query: null, includeArchived: false, offset: 0, limit: 200 },
    );
    return performance.now() - t0;
  });
  console.log(`clients:page fetch of the first 200 of ${ROWS} rows: ${fetchMs.toFixed(0)} ms`);
  const rendered = await page.getByTestId('client-row').count();
  console.log(`10,000-row list: ${timings.map((t) => t.toFixed(0)).join(', ')} ms; ${rendered} rows in the page`);
  // Virtualized: a screenful of rows in the page, not ten thousand.
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  // Each of the three, the first (which fetches) included.
  timings.forEach((ms, run) => expect(ms, `run ${run + 1}`).toBeLessThan(BUDGET_MS));
  await expect(page.getByText('Client 00000', { exact: true })).toBeVisible();
  await expect(page.getByTestId('clients-count')).toHaveText('10,000 clients');
  // The spacer rows do not squeeze the columns: the name column keeps a readable width.
  const nameWidth = await page
    .getByTestId('client-row')
    .first()
    .locator('td')
    .first()
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(nameWidth).toBeGreaterThan(200);
  await snap(page, '80-long-list-top');

  // A jump to the middle fetches the rows there (never the whole list), in order; so does the end.
  const box = page.getByTestId('clients-table-scroll');
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(page.getByText('Client 05000', { exact: true })).toBeVisible();
  await expect(page.getByTestId('row-pending')).toHaveCount(0);
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByText('Client 09999', { exact: true })).toBeVisible();
  await expect(page.getByTestId('row-pending')).toHaveCount(0);
  expect(listFetches, 'the top, the middle and the end: a page or two each').toBeLessThanOrEqual(6);
  await snap(page, '81-long-list-end');

  // A new filter: the list and its count stay on screen until the new answer replaces them.
  await page.evaluate(() => {
    const w = window as unknown as { blanked: number };
    w.blanked = 0;
    new MutationObserver(() => {
      if (!document.querySelector('[data-testid="clients-count"]')) w.blanked++;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('textbox', { name: 'Filter by name, codename or CNIC' }).fill('Client 000');
  await expect(page.getByTestId('clients-count')).toHaveText('100 clients');
  await expect(page.getByText('Client 00099', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { blanked: number }).blanked)).toBe(0);
});
