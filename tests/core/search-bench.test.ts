import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runBench } from '../bench/bench';
import { seedLarge } from '../bench/seed-large';
import { PASSPHRASE, TEST_KDF } from '../support/context';

/* npm test does not run the benchmark; it shows on a tiny database that seed:large and bench still work. */

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('seed:large and bench run end to end on a tiny database', { timeout: 120_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'muhafiz-bench-'));
  const plan = seedLarge({ dir, scale: 0.0005, passphrase: PASSPHRASE, kdf: TEST_KDF });
  expect(plan).toMatchObject({ clients: 25, cases: 50 });
  expect(plan.hearings).toBeGreaterThan(100);
  const { report, table } = await runBench({ dir, passphrase: PASSPHRASE, runs: 3 });
  expect(report.dataset).toMatchObject({ clients: 25, cases: 50 });
  expect(report.results.map((r) => r.name)).toEqual([
    'unlock and open (KDF included)',
    "today's list",
    "tomorrow's list",
    'month view (organisation-wide)',
    'case page with full history',
    'client page',
    'deadline dashboard',
    'search (20 mixed queries)',
    'record outcome + next date + deadlines',
  ]);
  for (const r of report.results) expect(Number.isFinite(r.p95) && r.p95 > 0).toBe(true);
  expect(table).toContain('| search (20 mixed queries) |');
});
