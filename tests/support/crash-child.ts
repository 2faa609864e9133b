import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { Vault } from '../../electron/core/db/vault';

/*
 * The child of the crash-loop test (tests/core/crash-loop.test.ts), bundled by the test and run
 * with plain node so a cycle costs one process start. It opens the vault exactly as the app does
 * (Vault.unlock: read-only check, production pragmas, migrations, audit triggers) and then:
 *
 *   commit   commits numbered transactions (a client and two notes each, all or nothing), writing
 *            "ack <n>" to stdout only after each commit has returned; runs until killed.
 *   migrate  only unlocks: with a migrations folder that has one more (slow) migration than the
 *            database, the kill lands during the pre-migration backup or the migration itself.
 *
 * Usage: node crash-child.cjs <mode> <dir> <migrationsFolder> <passphrase>
 */

const [mode, dir, migrationsFolder, passphrase] = process.argv.slice(2);
if (!mode || !dir || !migrationsFolder || !passphrase) throw new Error('usage: <mode> <dir> <migrations> <passphrase>');

/** Straight to the pipe (fd 1), synchronously: a line is in the parent's hands before the next step. */
const say = (line: string) => writeSync(1, `${line}\n`);

const vault = new Vault({ dir, migrationsFolder });
say('start');
vault.unlock(passphrase);
const sqlite = vault.db.$client;
say(
  `pragmas ${JSON.stringify({
    journal_mode: sqlite.pragma('journal_mode', { simple: true }),
    synchronous: sqlite.pragma('synchronous', { simple: true }),
    foreign_keys: sqlite.pragma('foreign_keys', { simple: true }),
    secure_delete: sqlite.pragma('secure_delete', { simple: true }),
    temp_store: sqlite.pragma('temp_store', { simple: true }),
    cipher: sqlite.pragma('cipher', { simple: true }),
  })}`,
);
say('unlocked');

if (mode === 'commit') {
  const last = sqlite
    .prepare("SELECT max(CAST(substr(full_name, 7) AS INTEGER)) AS n FROM clients WHERE full_name LIKE 'crash-%'")
    .get() as {
    n: number | null;
  };
  const addClient = sqlite.prepare(
    `INSERT INTO clients (id, full_name, category, risk_level, sensitive, created_at, updated_at)
     VALUES (?, ?, 'journalist', 'high', 0, ?, ?)`,
  );
  const addNote = sqlite.prepare('INSERT INTO notes (id, client_id, date, body, created_at) VALUES (?, ?, ?, ?, ?)');
  const commit = sqlite.transaction((n: number) => {
    const at = new Date().toISOString();
    const clientId = randomUUID();
    addClient.run(clientId, `crash-${n}`, at, at);
    addNote.run(randomUUID(), clientId, '2026-11-27', `crash-${n}-a`, at);
    addNote.run(randomUUID(), clientId, '2026-11-27', `crash-${n}-b ${'x'.repeat((n % 7) * 80)}`, at);
  });
  for (let n = (last.n ?? 0) + 1; ; n++) {
    commit(n);
    say(`ack ${n}`);
  }
} else {
  say('migrated');
  vault.lock();
}
