import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fsyncPath, writeFileDurable } from '../lib/durable';
import { hashFile } from '../lib/file-hash';

/*
 * Damaged databases are set aside, never repaired in place and never written to: the files are
 * renamed (same bytes, same hash) into quarantine/<when>-<reason>/ with a note of their hashes, so
 * a specialist can still attempt recovery from exactly what was found. The key file is copied
 * beside them (it stays in place too: the database is useless without it).
 */

export const QUARANTINE_DIR = 'quarantine';
const NOTE = 'note.json';

export type QuarantineReason = 'damaged' | 'torn-wal';

const noteSchema = z.object({
  format: z.literal('muhafiz-quarantine'),
  version: z.literal(1),
  reason: z.enum(['damaged', 'torn-wal']),
  at: z.iso.datetime(),
  /** What the lawyer was told, in plain words. */
  what: z.string(),
  files: z.array(z.object({ name: z.string(), size: z.number(), sha256: z.string() })),
});
export type QuarantineNote = z.infer<typeof noteSchema> & { folder: string };

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

const freshFolder = (dir: string, base: string): string => {
  const parent = join(dir, QUARANTINE_DIR);
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  for (let i = 1; ; i++) {
    const candidate = join(parent, i === 1 ? base : `${base}-${i}`);
    if (!existsSync(candidate)) {
      mkdirSync(candidate, { mode: 0o700 });
      return candidate;
    }
  }
};

const writeNote = (folder: string, reason: QuarantineReason, at: Date, what: string): QuarantineNote => {
  const files = readdirSync(folder)
    .filter((f) => f !== NOTE)
    .sort()
    .map((name) => ({ name, ...hashFile(join(folder, name)) }));
  const note = {
    format: 'muhafiz-quarantine' as const,
    version: 1 as const,
    reason,
    at: at.toISOString(),
    what,
    files,
  };
  writeFileDurable(join(folder, NOTE), JSON.stringify(note, null, 2), folder);
  return { ...note, folder };
};

export type DbFiles = { dir: string; dbFile: string; keyFile: string };

const sidecars = (dbFile: string) => [dbFile, `${dbFile}-wal`, `${dbFile}-shm`];

/** Moves the database and its WAL and shared-memory files, unchanged, out of the way. */
export const quarantineDamaged = (f: DbFiles, at: Date, what: string): QuarantineNote => {
  const folder = freshFolder(f.dir, `${stamp(at)}-damaged`);
  for (const name of sidecars(f.dbFile)) {
    if (existsSync(join(f.dir, name))) renameSync(join(f.dir, name), join(folder, name));
  }
  if (existsSync(join(f.dir, f.keyFile))) copyFileSync(join(f.dir, f.keyFile), join(folder, f.keyFile));
  fsyncPath(f.dir, true);
  return writeNote(folder, 'damaged', at, what);
};

/** Copies of files as found after a torn or damaged WAL: the newest few are kept (damaged ones, all). */
export const KEEP_AS_FOUND = 3;

/** Copies the files as found (before SQLite recovers from the WAL) so nothing is lost to the recovery. */
export const preserveAsFound = (f: DbFiles, at: Date, what: string): QuarantineNote => {
  const folder = freshFolder(f.dir, `${stamp(at)}-torn-wal`);
  for (const name of [...sidecars(f.dbFile), f.keyFile]) {
    if (existsSync(join(f.dir, name))) copyFileSync(join(f.dir, name), join(folder, name));
  }
  const note = writeNote(folder, 'torn-wal', at, what);
  // A torn tail is what a power cut during a save leaves: keep the latest copies, not one per cut.
  const older = listQuarantine(f.dir)
    .filter((q) => q.reason === 'torn-wal')
    .slice(KEEP_AS_FOUND);
  for (const q of older) rmSync(q.folder, { recursive: true, force: true });
  return note;
};

export const listQuarantine = (dir: string): QuarantineNote[] => {
  const parent = join(dir, QUARANTINE_DIR);
  if (!existsSync(parent)) return [];
  const out: QuarantineNote[] = [];
  for (const name of readdirSync(parent).sort().reverse()) {
    try {
      const parsed = noteSchema.safeParse(JSON.parse(readFileSync(join(parent, name, NOTE), 'utf8')));
      if (parsed.success) out.push({ ...parsed.data, folder: join(parent, name) });
    } catch {
      // A folder without a readable note is still kept; it is just not listed.
    }
  }
  return out;
};
