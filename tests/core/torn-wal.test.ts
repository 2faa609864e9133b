import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { seededRandom } from '../support/crash-runner';
import { sha256 } from '../support/disk';

/*
 * A WAL as a power cut leaves it: the database file and its write-ahead log copied while the
 * diary was open (a crash image holding 25 numbered commits not yet checkpointed), then the log
 * cut at random offsets or damaged. Every time: the diary opens with exactly the commits wholly
 * written before the cut (never half of one), integrity_check is ok, and whenever the log was cut
 * mid-frame or damaged the lawyer is told, the files as found are kept in quarantine with their
 * hashes unchanged, and the day's backup is there to restore. Today: 27 November 2026.
 */

const FRAME = 24 + 4096;
const COMMITS = 25;
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** The crash image and, for each commit n (1-based), where the WAL ended once it had returned. */
let image = '';
const walEnd: number[] = [];

beforeAll(async () => {
  const app = await makeUnlockedApp();
  folders.push(app.dir);
  await app.must('vault:lock', {});
  await app.must('vault:unlock', { passphrase: PASSPHRASE }); // the day's backup
  const db = app.vault.db.$client;
  const addClient = db.prepare(
    `INSERT INTO clients (id, full_name, category, risk_level, sensitive, created_at, updated_at)
     VALUES (?, ?, 'lawyer', 'medium', 0, '2026-11-27T05:00:00Z', '2026-11-27T05:00:00Z')`,
  );
  const addNote = db.prepare(
    "INSERT INTO notes (id, client_id, date, body, created_at) VALUES (?, ?, '2026-11-27', ?, '2026-11-27T05:00:00Z')",
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  for (let n = 1; n <= COMMITS; n++) {
    db.transaction(() => {
      const id = randomUUID();
      addClient.run(id, `torn-${n}`);
      addNote.run(randomUUID(), id, `torn-${n} ${'ب'.repeat(300 * (n % 5))}`);
    })();
    walEnd.push(statSync(join(app.dir, `${DB_FILE}-wal`)).size);
  }
  image = mkdtempSync(join(tmpdir(), 'muhafiz-crash-image-'));
  folders.push(image);
  for (const f of [DB_FILE, `${DB_FILE}-wal`, KEY_FILE]) copyFileSync(join(app.dir, f), join(image, f));
  cpSync(join(app.dir, 'backups'), join(image, 'backups'), { recursive: true });
  app.vault.lock();
});

/** A fresh copy of the crash image with its WAL changed; the hashes of the files as they then are. */
const withWal = (change: (wal: string) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'muhafiz-torn-'));
  folders.push(dir);
  for (const f of [DB_FILE, `${DB_FILE}-wal`, KEY_FILE]) copyFileSync(join(image, f), join(dir, f));
  cpSync(join(image, 'backups'), join(dir, 'backups'), { recursive: true });
  change(join(dir, `${DB_FILE}-wal`));
  return {
    dir,
    dbHash: sha256(readFileSync(join(dir, DB_FILE))),
    walHash: sha256(readFileSync(join(dir, `${DB_FILE}-wal`))),
  };
};

/** Unlocks as the app does and reads back what survived. */
const open = async (dir: string) => {
  const app: TestApp = makeTestApp({ dir });
  try {
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const db = app.vault.db.$client;
    const numbers = (
      db.prepare("SELECT full_name AS n FROM clients WHERE full_name LIKE 'torn-%'").all() as { n: string }[]
    )
      .map((r) => Number(r.n.slice(5)))
      .sort((a, b) => a - b);
    const halves = db
      .prepare(
        "SELECT count(*) AS n FROM clients c WHERE full_name LIKE 'torn-%' AND (SELECT count(*) FROM notes WHERE client_id = c.id) <> 1",
      )
      .get() as { n: number };
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check;
    const status = await app.must('backup:status', {});
    return { numbers, halves: halves.n, integrity, status };
  } finally {
    app.vault.lock();
  }
};

/** The commits wholly written before byte `offset` of the WAL. */
const committedBefore = (offset: number) => walEnd.filter((end) => end <= offset).length;

describe('a WAL cut short', () => {
  const size = () => statSync(join(image, `${DB_FILE}-wal`)).size;
  const random = seededRandom(20261127);
  /** Where to cut: 14 random points (as fractions of the log), and the edges. */
  const CUTS: [string, () => number][] = [
    ...Array.from({ length: 14 }, (_, i): [string, () => number] => {
      const fraction = random();
      return [
        `random cut ${i + 1} (${(fraction * 100).toFixed(1)}% in)`,
        () => 1 + Math.floor(fraction * (size() - 1)),
      ];
    }),
    ['inside the WAL header', () => 10],
    ['at a frame boundary mid-transaction', () => 32 + 7 * FRAME],
    ['exactly at the end of commit 12', () => walEnd[11] as number],
    ['one byte short of the end', () => size() - 1],
  ];
  test('the crash image holds the commits in its WAL, frame by frame', () => {
    expect(walEnd).toHaveLength(COMMITS);
    expect(size()).toBe(walEnd.at(-1));
    for (const end of walEnd) expect((end - 32) % FRAME).toBe(0);
  });

  test.each(CUTS)('%s: exactly the commits written before the cut', async (_why, cut) => {
    const offset = cut();
    const found = withWal((wal) => truncateSync(wal, offset));
    const torn = offset < 32 || (offset - 32) % FRAME !== 0;
    const r = await open(found.dir);
    expect(r.integrity).toBe('ok');
    expect(r.halves).toBe(0);
    const expected = committedBefore(offset);
    expect(r.numbers).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    if (torn) {
      // Detected, told, the files as found kept unchanged, and a backup to restore from.
      expect(r.status.recovery?.reason).toBe('torn-wal');
      expect(r.status.recovery?.what).toMatch(/not closed properly/);
      const folder = r.status.recovery?.folder as string;
      expect(sha256(readFileSync(join(folder, `${DB_FILE}-wal`)))).toBe(found.walHash);
      expect(sha256(readFileSync(join(folder, DB_FILE)))).toBe(found.dbHash);
      expect(r.status.backups.map((b) => b.name)).toEqual(['daily-2026-11-27']);
    } else {
      // Cut exactly between frames: the same as a crash before the next frame was written.
      expect(r.status.recovery).toBeNull();
    }
  });
});

describe('a damaged WAL', () => {
  test('a flipped byte in a frame mid-way: opens with the commits before it, and says later ones were lost', async () => {
    // A byte inside the page of the frame after commit 10 ended.
    const at = (walEnd[9] as number) + 24 + 100;
    const found = withWal((wal) => {
      const b = readFileSync(wal);
      b[at] = (b[at] ?? 0) ^ 0xff;
      writeFileSync(wal, b);
    });
    const r = await open(found.dir);
    expect(r.integrity).toBe('ok');
    expect(r.numbers).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(r.status.recovery?.what).toMatch(/changes saved after the damaged point could not be recovered/);
    expect(sha256(readFileSync(join(r.status.recovery?.folder as string, `${DB_FILE}-wal`)))).toBe(found.walHash);
  });

  test('a WAL whose header is garbage: the checkpointed diary opens, and the lawyer is told', async () => {
    const found = withWal((wal) => {
      const b = readFileSync(wal);
      b.fill(0x41, 0, 32);
      writeFileSync(wal, b);
    });
    const r = await open(found.dir);
    expect(r.integrity).toBe('ok');
    expect(r.numbers).toEqual([]);
    expect(r.status.recovery?.reason).toBe('torn-wal');
    expect(sha256(readFileSync(join(r.status.recovery?.folder as string, `${DB_FILE}-wal`)))).toBe(found.walHash);
  });

  test('an intact WAL left by a crash opens with every commit and no notice', async () => {
    const found = withWal(() => {});
    const r = await open(found.dir);
    expect(r.numbers).toHaveLength(COMMITS);
    expect(r.status.recovery).toBeNull();
    expect(r.status.quarantined).toEqual([]);
  });
});
