import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { caseData, clientData } from '../support/factories';
import { casePageQuery } from '../../electron/core/repos/cases';
import { PAGE_SQL } from '../../electron/core/repos/clients';

/*
 * Issue 8: the cases and clients pages read their list a window at a time. Read window by window,
 * in any window size, a list is exactly the whole list (same rows, same order, ties included), the
 * total is how many match, and the database answers from the list-order indexes, not a sort.
 */

const CLIENTS = 330;
const CASES = 260;
const DISTRICTS = ['Lahore', 'Quetta', 'Karachi', 'Peshawar', 'Islamabad'];
const STATUSES = ['active', 'active', 'disposed', 'archived'] as const;

let app: TestApp;

beforeAll(async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  const ids: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    // Names out of order, some equal but for case (the order is case-blind, then exact), some Urdu.
    const n = (i * 137) % CLIENTS;
    const c = await app.must(
      'clients:create',
      clientData({
        fullName: `${i % 3 ? 'Client' : 'client'} ${String(n % 200).padStart(3, '0')}`,
        nameUr: i % 4 === 0 ? 'عائشہ صدیقہ' : null,
        codename: i % 9 === 0 ? `Falcon-${i}` : null,
        sensitive: i % 9 === 0,
        cnic: null,
        district: DISTRICTS[i % DISTRICTS.length] as string,
      }),
    );
    ids.push(c.id);
    if (i % 11 === 0) await app.must('clients:set-archived', { id: c.id, archived: true });
  }
  for (let i = 0; i < CASES; i++) {
    // Several cases changed at the same moment: the id orders them.
    app.setToday(`2026-11-${String(1 + (i % 26)).padStart(2, '0')}T0${i % 3}:00:00.000Z`);
    await app.must(
      'cases:create',
      caseData([ids[i % ids.length] as string, ids[(i * 7 + 3) % ids.length] as string], {
        firNumber: `${100 + i}/2026`,
        status: STATUSES[i % STATUSES.length],
      }),
    );
  }
}, 120_000);
afterAll(() => app?.cleanup());

/** The whole list read in windows of `size`, and each window's total. */
const windows = async <C extends 'clients:page' | 'cases:page'>(
  channel: C,
  filter: Omit<ChannelInput<C>, 'offset' | 'limit'>,
  size: number,
) => {
  const rows: ChannelOutput<C>['rows'][number][] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += size) {
    const page = (await app.must(channel, { ...filter, offset, limit: size } as ChannelInput<C>)) as ChannelOutput<C>;
    // Counted with the first window only.
    if (offset === 0) totals.add(page.total as number);
    else expect(page.total).toBeNull();
    rows.push(...page.rows);
    if (page.rows.length < size) break;
  }
  return { rows, totals: [...totals] };
};

describe('clients:page', () => {
  test.each([
    ['everyone', { query: null, includeArchived: false }],
    ['archived too', { query: null, includeArchived: true }],
    ['a name', { query: 'client 01', includeArchived: false }],
    ['an Urdu name', { query: 'صدیقہ', includeArchived: true }],
    ['a codename', { query: 'falcon', includeArchived: false }],
    ['no one', { query: 'Nobody at all', includeArchived: true }],
  ] as const)('%s: window by window, the whole list in its order', async (_why, filter) => {
    const whole = await app.must('clients:list', filter);
    for (const size of [1, 7, 100, 500]) {
      if (size === 1 && whole.length > 60) continue;
      const { rows, totals } = await windows('clients:page', filter, size);
      expect(rows, `windows of ${size}`).toEqual(whole);
      expect(totals).toEqual([whole.length]);
    }
  });

  test('a window past the end is empty; the first window says how many there are', async () => {
    const all = await app.must('clients:list', {});
    expect(all.length).toBeGreaterThan(250);
    expect(await app.must('clients:page', { offset: 10_000, limit: 50 })).toEqual({ total: null, rows: [] });
    // Defaults: the first hundred.
    expect(await app.must('clients:page', {})).toEqual({ total: all.length, rows: all.slice(0, 100) });
  });

  test.each([
    ['everyone', { q: null, all: 0 }],
    ['archived too', { q: null, all: 1 }],
    ['a name', { q: '%ali%', all: 0 }],
  ])('%s: the statement walks the name-order index, no sort of the whole table', (_why, filter) => {
    const plan = app.vault.db.$client
      .prepare(`EXPLAIN QUERY PLAN ${PAGE_SQL}`)
      .all({ ...filter, limit: 100, offset: 0 }) as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toContain('clients_name_order_idx');
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});

describe('cases:page', () => {
  test.each([
    ['every case', {}],
    ['active', { status: 'active' }],
    ['disposed', { status: 'disposed' }],
    ['archived', { status: 'archived' }],
    ['an FIR number', { query: '11' }],
    ["a client's name, active", { query: 'Client 00', status: 'active' }],
    ['none', { query: 'no such case' }],
  ] as const)('%s: window by window, the whole list in its order', async (_why, filter) => {
    const whole = await app.must('cases:list', filter);
    for (const size of [3, 50, 500]) {
      const { rows, totals } = await windows('cases:page', filter, size);
      expect(rows, `windows of ${size}`).toEqual(whole);
      expect(totals).toEqual([whole.length]);
    }
  });

  test.each([
    ['active', { status: 'active' as const }, 'cases_status_updated_idx'],
    ['every case', {}, 'cases_updated_idx'],
  ])('%s: the statement walks %s, no sort of the whole table', (_why, filter, index) => {
    const query = casePageQuery(app.vault.db, { ...filter, offset: 0, limit: 100 }).toSQL();
    const plan = app.vault.db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as {
      detail: string;
    }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toContain(index);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});
