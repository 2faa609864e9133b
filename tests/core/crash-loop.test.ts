import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEnvelope, unwrapKey } from '../../electron/core/db/envelope';
import { openEncrypted, type Sqlite } from '../../electron/core/db/open-database';
import { KEEP_AS_FOUND, listQuarantine, type QuarantineNote } from '../../electron/core/db/quarantine';
import { DB_FILE, KEY_FILE, Vault } from '../../electron/core/db/vault';
import { backupFolders, backupsOfKind } from '../support/backups';
import { makeTestApp, MIGRATIONS, PASSPHRASE, TEST_KDF } from '../support/context';
import { bundleChild, runChild, seededRandom, type KillPlan } from '../support/crash-runner';
import { sha256 } from '../support/disk';
import { makeClient } from '../support/factories';
import { makeAppWithMigrations, migrationsPlusOne, shippedMigrationCount } from '../support/migrations-app';

/*
 * Pulling the plug, again and again. A child process opens the vault as the app does and commits
 * numbered transactions (a client and two notes each), acknowledging each only after its commit
 * returned; the parent kills it with SIGKILL at random moments (during start-up, unlock and
 * commits) and then opens the database as the next start of the app would. Every time: nothing
 * acknowledged is lost, integrity_check is ok, no transaction is half there, and the production
 * pragmas read back as intended. 200 cycles in `npm test`; 500 in `npm run test:soak`.
 */

/** `npm run test:soak` runs vitest with --mode soak. */
const SOAK = (import.meta as unknown as { env: Record<string, string | undefined> }).env.MODE === 'soak';
const CYCLES = Number(process.env.MUHAFIZ_CRASH_CYCLES ?? (SOAK ? 500 : 200));
const SEED = Number(process.env.MUHAFIZ_CRASH_SEED ?? Date.now() % 1_000_000);

const INTENDED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2,
  foreign_keys: 1,
  secure_delete: 1,
  temp_store: 2,
  cipher: 'chacha20',
};

const folders: string[] = [];
let child = '';
beforeAll(() => {
  child = bundleChild();
  folders.push(join(child, '..'));
});
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A vault made by the app (cheap KDF: the cost is per unlock, 2 × cycles of them), locked. */
const newVault = async (): Promise<string> => {
  const app = makeTestApp({ kdf: TEST_KDF });
  folders.push(app.dir);
  await app.must('vault:create', { passphrase: PASSPHRASE });
  await makeClient(app, { fullName: 'Arif Wazir' });
  await app.must('vault:lock', {});
  return app.dir;
};

type Committed = { max: number; count: number; partial: string[] };

/** What the next start of the app finds: opened through Vault.unlock, then checked in full. */
const inspect = (dir: string): Committed & { integrity: string; recovery: QuarantineNote | null } => {
  const vault = new Vault({ dir, migrationsFolder: MIGRATIONS });
  vault.unlock(PASSPHRASE);
  try {
    const db = vault.db.$client;
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const numbers = (
      db.prepare("SELECT full_name AS name FROM clients WHERE full_name LIKE 'crash-%'").all() as { name: string }[]
    ).map((r) => Number(r.name.slice(6)));
    // A transaction is a client with exactly its two notes: anything else is half a transaction.
    const partial = (
      db
        .prepare(
          `SELECT c.full_name AS name, count(n.id) AS notes FROM clients c LEFT JOIN notes n ON n.client_id = c.id
           WHERE c.full_name LIKE 'crash-%' GROUP BY c.id HAVING count(n.id) <> 2`,
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    const orphans = db
      .prepare(
        "SELECT count(*) AS n FROM notes WHERE body LIKE 'crash-%' AND client_id NOT IN (SELECT id FROM clients)",
      )
      .get() as { n: number };
    if (orphans.n > 0) partial.push(`${orphans.n} notes without their client`);
    return {
      max: Math.max(0, ...numbers),
      count: numbers.length,
      partial,
      integrity,
      recovery: vault.recovery,
    };
  } finally {
    vault.lock();
  }
};

describe('the crash loop', () => {
  test(
    `${CYCLES} SIGKILLs at random moments: 0 acknowledged commits lost, integrity ok, no half transaction`,
    async () => {
      const dir = await newVault();
      const random = seededRandom(SEED);
      let acknowledged = 0;
      const stages = { startup: 0, commits: 0 };
      let torn = 0;
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        // A fifth of the kills land anywhere in start-up and unlock, a fifth just after unlock
        // (statements being prepared, the first commit), the rest in the middle of the commits.
        const r = random();
        const plan: KillPlan =
          r < 0.2
            ? { after: 'spawn', ms: Math.floor(random() * 120) }
            : r < 0.4
              ? { after: 'unlocked', ms: Math.floor(random() * 4) }
              : { after: 'first-ack', ms: Math.floor(random() * 15) };
        const run = await runChild(child, ['commit', dir, MIGRATIONS, PASSPHRASE], plan);
        const where = `cycle ${cycle} (seed ${SEED}, ${plan.after} + ${'ms' in plan ? plan.ms : 0} ms)`;
        expect(run.signal, `${where}: ${run.stderr}`).toBe('SIGKILL');
        if (run.pragmas) expect(run.pragmas, where).toEqual(INTENDED_PRAGMAS);
        if (run.acks.length > 0) stages.commits++;
        else stages.startup++;
        acknowledged = Math.max(acknowledged, ...run.acks);

        const walFound = existsSync(join(dir, `${DB_FILE}-wal`))
          ? sha256(readFileSync(join(dir, `${DB_FILE}-wal`)))
          : null;
        const found = inspect(dir);
        expect(found.integrity, where).toBe('ok');
        expect(found.partial, where).toEqual([]);
        // Every acknowledged commit is there, and the numbers run without a gap.
        expect(found.max, where).toBeGreaterThanOrEqual(acknowledged);
        expect(found.count, where).toBe(found.max);
        // A kill between a frame's header and its page leaves a torn tail: the transaction being
        // written (never acknowledged) is dropped, the lawyer is told, the files as found are kept.
        // Nothing acknowledged is ever reported lost.
        if (found.recovery) {
          expect(found.recovery.what, where).toMatch(/not closed properly/);
          expect(sha256(readFileSync(join(found.recovery.folder, `${DB_FILE}-wal`))), where).toBe(walFound);
          torn++;
        }
        acknowledged = found.max;
      }
      // The kills really did land in both places, and real work was done between them.
      expect(stages.commits).toBeGreaterThan(CYCLES / 2);
      expect(stages.startup).toBeGreaterThan(CYCLES / 20);
      expect(acknowledged).toBeGreaterThan(CYCLES);
      // Nothing was ever found damaged; of the torn tails, the newest copies are kept.
      expect(listQuarantine(dir).filter((q) => q.reason === 'damaged')).toEqual([]);
      expect(listQuarantine(dir)).toHaveLength(Math.min(torn, KEEP_AS_FOUND));
    },
    SOAK ? 600_000 : 150_000,
  );
});

describe('a migration killed midway', () => {
  // A migration slow enough to be killed inside: a table filled with 60,000 rows, then a column.
  const SLOW = [
    'CREATE TABLE `crash_fill` (`id` integer PRIMARY KEY, `pad` blob NOT NULL);',
    'INSERT INTO `crash_fill` (`pad`) WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 60000) SELECT randomblob(200) FROM c;',
    'ALTER TABLE `clients` ADD `alias` text;',
  ].join('\n--> statement-breakpoint\n');

  type Version = 'old' | 'new';

  /** Opened with the key below any migration: the schema version, and that it is all of a piece. */
  const versionOf = (dir: string): { version: Version; integrity: string } => {
    const key = unwrapKey(parseEnvelope(readFileSync(join(dir, KEY_FILE), 'utf8')), PASSPHRASE);
    let db: Sqlite | undefined;
    try {
      db = openEncrypted(join(dir, DB_FILE), key, { create: false });
      const applied = (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
      const hasAlias = (db.pragma('table_info(clients)') as { name: string }[]).some((c) => c.name === 'alias');
      const fill = db.prepare("SELECT name FROM sqlite_master WHERE name = 'crash_fill'").get()
        ? (db.prepare('SELECT count(*) AS n FROM crash_fill').get() as { n: number }).n
        : null;
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check ?? '';
      if (applied === shippedMigrationCount() && !hasAlias && fill === null) return { version: 'old', integrity };
      if (applied === shippedMigrationCount() + 1 && hasAlias && fill === 60000) return { version: 'new', integrity };
      throw new Error(`between versions: ${applied} migrations, alias ${hasAlias}, ${fill} rows filled`);
    } finally {
      db?.close();
      key.fill(0);
    }
  };

  test('leaves the database at the old or the new version, never between, and the pre-migration backup restores', async () => {
    const base = await newVault();
    const newer = migrationsPlusOne('0099_crash_fill', SLOW);
    folders.push(newer);

    // How long the whole upgrade takes here, so the kills can be spread across it.
    const timing = mkdtempSync(join(tmpdir(), 'muhafiz-migrate-'));
    folders.push(timing);
    cpSync(base, timing, { recursive: true });
    const started = performance.now();
    const full = await runChild(child, ['migrate', timing, newer, PASSPHRASE], { after: 'never' });
    const duration = performance.now() - started;
    expect(full.lines, full.stderr).toContain('migrated');
    expect(versionOf(timing).version).toBe('new');

    const random = seededRandom(SEED);
    const seen = { old: 0, new: 0, oldWithBackup: 0 };
    // Kills at moments spread over the upgrade, then (if none landed between the backup and the
    // commit, as can happen on a loaded machine) halving the gap between the last moment that left
    // the old version without a backup and the first that found the new one.
    let lo = 0;
    let hi = duration;
    const killAt = async (ms: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'muhafiz-migrate-'));
      folders.push(dir);
      cpSync(base, dir, { recursive: true });
      const run = await runChild(child, ['migrate', dir, newer, PASSPHRASE], { after: 'spawn', ms });
      const where = `killed at ${ms} of ${Math.round(duration)} ms (seed ${SEED})`;

      const { version, integrity } = versionOf(dir);
      expect(integrity, where).toBe('ok');
      seen[version]++;
      const backups = backupsOfKind(dir, 'pre-migration');
      if (version === 'old' && backups.length === 1) seen.oldWithBackup++;
      if (version === 'old' && backups.length === 0) lo = Math.max(lo, ms);
      if (version === 'new') hi = Math.min(hi, ms);
      if (run.signal !== 'SIGKILL') expect(version, where).toBe('new');

      // A complete pre-migration backup restores the database as it was before the upgrade...
      const backup = backupsOfKind(dir, 'pre-migration')[0];
      if (backup) {
        const old = makeTestApp({ dir });
        try {
          await old.must('backup:restore', { path: backup.path, passphrase: PASSPHRASE });
          expect(
            (await old.must('clients:list', {})).map((c) => c.fullName),
            where,
          ).toEqual(['Arif Wazir']);
        } finally {
          old.vault.lock();
        }
        expect(versionOf(dir).version, where).toBe('old');
      } else {
        expect(version, `${where}: upgraded without a backup`).toBe('old');
      }
      // ...and whatever the moment, the newer build then opens it, finishing the upgrade, every record kept.
      const upgraded = makeAppWithMigrations({ dir, migrationsFolder: newer });
      try {
        await upgraded.must('vault:unlock', { passphrase: PASSPHRASE });
        expect(
          (await upgraded.must('clients:list', {})).map((c) => c.fullName),
          where,
        ).toEqual(['Arif Wazir']);
      } finally {
        upgraded.vault.lock();
      }
      expect(versionOf(dir).version, where).toBe('new');
      expect(
        backupFolders(dir).every((n) => !n.startsWith('.')),
        where,
      ).toBe(true);
    };
    for (const fraction of [0.15, 0.3, 0.45, 0.6, 0.75, 0.9]) {
      await killAt(Math.floor(duration * (fraction + (random() - 0.5) * 0.1)));
    }
    for (let extra = 0; extra < 8 && seen.oldWithBackup === 0 && hi - lo > 2; extra++) {
      await killAt(Math.floor((lo + hi) / 2));
    }
    // The kills landed inside the migration: killed with the backup made and the schema still old.
    expect(seen.oldWithBackup).toBeGreaterThan(0);
  }, 240_000);
});
