import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/core/dispatch';
import { handlers, type HandlerContext } from '../../electron/core/handlers';
import { Vault } from '../../electron/core/db/vault';
import type { Sqlite } from '../../electron/core/db/open-database';
import { ReminderRunner } from '../../electron/core/services/reminder-runner';
import { autoBackupSettled, lastAutoBackup } from '../../electron/core/services/backup';
import { pkDate, shiftDate } from '../../electron/core/lib/time';
import { args, MIGRATIONS, RESOURCES, ROOT } from './common';
import { RAW } from './raw-queries';
import { SEARCHES } from './searches';

/*
 * npm run bench [-- --dir .tmp/bench-large --runs 200]
 * Opens the seeded database (npm run seed:large) and times every screen's channel through dispatch,
 * exactly as IPC calls it, against the fastest raw prepared statement giving the same rows, in the
 * same run. Writes bench/results.json and prints a table.
 */

export type Scenario = {
  name: string;
  /** p95 target in ms. */
  target: number;
  call: (i: number) => Promise<unknown>;
  raw: (i: number) => unknown;
  runs?: number;
};

/** Unlock has no raw equivalent: the KDF and opening are the same code either way. */
const NO_RAW = () => undefined;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const time = async (f: () => unknown) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

export const measure = async (s: Scenario, runs: number) => {
  const n = s.runs ?? runs;
  const warm = Math.min(10, n);
  for (let i = 0; i < warm; i++) {
    await s.call(i);
    s.raw(i);
  }
  const viaDispatch: number[] = [];
  const viaRaw: number[] = [];
  // Interleaved, so both see the same cache and the same machine load.
  for (let i = 0; i < n; i++) {
    viaDispatch.push(await time(() => s.call(warm + i)));
    viaRaw.push(await time(() => s.raw(warm + i)));
  }
  const r = {
    name: s.name,
    runs: n,
    p50: pct(viaDispatch, 50),
    p95: pct(viaDispatch, 95),
    rawP50: pct(viaRaw, 50),
    rawP95: pct(viaRaw, 95),
    target: s.target,
  };
  const hasRaw = s.raw !== NO_RAW;
  const ratio = hasRaw ? r.p50 / Math.max(r.rawP50, 1e-3) : null;
  return { ...r, hasRaw, ratio, meetsTarget: r.p95 <= s.target, meetsRatio: ratio === null || ratio <= 1.5 };
};

export type BenchResult = Awaited<ReturnType<typeof measure>>;

const makeCtx = (dir: string, now: () => Date): HandlerContext => {
  const vault = new Vault({ dir, migrationsFolder: MIGRATIONS, now });
  const reminders = new ReminderRunner({ vault, now, notify: () => undefined });
  return { vault, now, version: 'bench', reminders, resourcesDir: RESOURCES };
};

const must = async (ctx: HandlerContext, channel: string, input: unknown) => {
  const r = await dispatch(handlers, ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
};

/** Unlock and open, KDF included: a fresh Vault each time, as at app start. */
const unlockScenario = (dir: string, passphrase: string, now: () => Date): Scenario & { done: () => void } => {
  let ctx: HandlerContext | null = null;
  return {
    // The last one is locked before the screens are timed: one connection, as in the app.
    done: () => ctx?.vault.lock(),
    name: 'unlock and open (KDF included)',
    target: 1000,
    runs: 5,
    call: async () => {
      ctx?.vault.lock();
      ctx = makeCtx(dir, now);
      await must(ctx, 'vault:unlock', { passphrase });
    },
    raw: NO_RAW,
  };
};

const pickIds = (db: Sqlite) => {
  const q = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
  // Busy cases (many hearings) and clients with several cases: the heavy end of the screens.
  const cases = q<{ id: string }>(
    'SELECT case_id AS id FROM hearings GROUP BY case_id ORDER BY count(*) DESC LIMIT 20',
  ).map((r) => r.id);
  const clients = q<{ id: string }>(
    'SELECT client_id AS id FROM case_parties GROUP BY client_id ORDER BY count(*) DESC LIMIT 20',
  ).map((r) => r.id);
  return { cases, clients };
};

export const scenarios = (ctx: HandlerContext, today: string, runs: number): Scenario[] => {
  const db = ctx.vault.db.$client;
  const raw = RAW(db);
  const ids = pickIds(db);
  const at = <T>(xs: T[], i: number) => xs[i % xs.length] as T;
  const tomorrow = shiftDate(today, 1);
  const monthFrom = `${today.slice(0, 7)}-01`;
  const monthTo = shiftDate(shiftDate(monthFrom, 31).slice(0, 7) + '-01', -1);
  const pending = db
    .prepare(
      // Hearings awaiting their outcome, today's and past first, then coming ones (a tiny database has few).
      `SELECT id, date FROM hearings WHERE outcome IS NULL AND next_hearing_id IS NULL
        ORDER BY date <= ? DESC, date DESC LIMIT 2000`,
    )
    .all(today) as { id: string; date: string }[];
  let rawOutcome = 0;
  return [
    {
      name: "today's list",
      target: 3,
      call: () => must(ctx, 'hearings:agenda', { from: today, to: today }),
      raw: () => raw.agenda(today, today),
    },
    {
      name: "tomorrow's list",
      target: 20,
      call: () => must(ctx, 'hearings:agenda', { from: tomorrow, to: tomorrow }),
      raw: () => raw.agenda(tomorrow, tomorrow),
    },
    {
      name: 'month view (organisation-wide)',
      target: 40,
      runs: Math.min(30, runs),
      // The grid: each day's count and clashes and its first four hearings (repos/month.ts).
      call: () => must(ctx, 'hearings:month', { from: monthFrom, to: monthTo }),
      raw: () => raw.month(monthFrom, monthTo),
    },
    {
      name: 'case page with full history',
      target: 3,
      call: (i) => must(ctx, 'cases:get', { id: at(ids.cases, i) }),
      raw: (i) => raw.casePage(at(ids.cases, i)),
    },
    {
      name: 'client page',
      target: 20,
      call: (i) => must(ctx, 'clients:get', { id: at(ids.clients, i) }),
      raw: (i) => raw.clientPage(at(ids.clients, i)),
    },
    {
      name: 'deadline dashboard',
      target: 20,
      runs: Math.min(50, runs),
      call: () => must(ctx, 'deadlines:dashboard', {}),
      raw: () => raw.dashboard(today),
    },
    {
      name: 'search (20 mixed queries)',
      target: 15,
      call: (i) => must(ctx, 'search:global', { query: at(SEARCHES, i) }),
      raw: (i) => raw.search(at(SEARCHES, i)),
    },
    {
      name: 'record outcome + next date + deadlines',
      target: 5,
      runs: Math.max(1, Math.min(100, Math.floor(pending.length / 2) - 10)),
      call: (i) => {
        const h = at(pending, i * 2);
        return must(ctx, 'hearings:record-outcome', {
          hearingId: h.id,
          outcome: 'adjourned',
          shortOrder: 'Adjourned; learned counsel for the complainant not present.',
          nextDate: shiftDate(h.date, 14),
        });
      },
      raw: () => {
        const h = at(pending, rawOutcome++ * 2 + 1);
        raw.outcome(h.id, shiftDate(h.date, 14));
      },
    },
  ];
};

const table = (rows: BenchResult[]) => {
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  const lines = [
    '| screen | runs | p50 ms | p95 ms | raw p50 | raw p95 | ratio | target p95 | verdict |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.runs} | ${f(r.p50)} | ${f(r.p95)} | ${r.hasRaw ? f(r.rawP50) : '–'} | ${r.hasRaw ? f(r.rawP95) : '–'} | ${r.ratio === null ? '–' : r.ratio.toFixed(2)} | ${r.target} | ${r.meetsTarget ? 'ok' : 'MISSES target'}${r.hasRaw && !r.meetsRatio ? ', MISSES ratio' : ''} |`,
    ),
  ];
  return lines.join('\n');
};

export const runBench = async (opts: { dir: string; passphrase: string; runs: number; out?: string | undefined }) => {
  const now = () => new Date();
  const today = pkDate(now());
  const unlock = unlockScenario(opts.dir, opts.passphrase, now);
  const unlockResult = await measure(unlock, 5);
  unlock.done();
  const ctx = makeCtx(opts.dir, now);
  await must(ctx, 'vault:unlock', { passphrase: opts.passphrase });
  // A large file's whole check runs after unlock, in a worker, and the day's backup after it: both
  // are timed, and done before the screens are, so they do not share the CPU with them.
  const started = performance.now();
  // The check's worker does not hold the process open: a timer does, while it is waited for.
  const alive = setInterval(() => undefined, 1000);
  const verified = await ctx.vault.verified;
  // The day's backup of a large file runs in its own worker once the check has passed.
  await autoBackupSettled(ctx.vault);
  clearInterval(alive);
  const backup = lastAutoBackup(ctx.vault);
  const afterUnlock = {
    check: verified,
    dailyBackup: backup ? (backup.ok ? backup.backup.name : backup.message) : 'none due',
    checkAndBackupMs: Math.round(performance.now() - started),
  };
  process.stdout.write(`after unlock, in the background: ${JSON.stringify(afterUnlock)}\n`);
  const db = ctx.vault.db.$client;
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM cases) AS cases,
        (SELECT count(*) FROM hearings) AS hearings, (SELECT count(*) FROM deadlines) AS deadlines`,
    )
    .get();
  const results = [unlockResult];
  for (const s of scenarios(ctx, today, opts.runs)) {
    const r = await measure(s, opts.runs);
    results.push(r);
    process.stdout.write(
      `${r.name}: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, raw p50 ${r.rawP50.toFixed(2)} ms\n`,
    );
  }
  const mem = process.memoryUsage();
  const rssMb = mem.rss / 2 ** 20;
  ctx.vault.lock();
  const report = {
    date: new Date().toISOString(),
    today,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      memGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    dataset: counts,
    afterUnlock,
    rssMb: Math.round(rssMb),
    // Of which the JavaScript heap; the rest is code, SQLite's page cache (64 MB) and the tsx loader.
    heapUsedMb: Math.round(mem.heapUsed / 2 ** 20),
    results,
  };
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  }
  return {
    report,
    table: `${table(results)}\n\nmain-process RSS at the end: ${Math.round(rssMb)} MB (target < 300 MB), JavaScript heap ${Math.round(mem.heapUsed / 2 ** 20)} MB`,
  };
};

if (process.argv[1]?.endsWith('bench.ts')) {
  const a = args();
  const dir = resolve(ROOT, a.dir ?? '.tmp/bench-large');
  runBench({ dir, passphrase: a.passphrase, runs: Number(a.runs), out: resolve(ROOT, a.out ?? 'bench/results.json') })
    .then(({ table: t }) => console.log(`\n${t}`))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
