import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestApp } from './context';

/** Every file under dir (recursively), as paths relative to dir, sorted. */
export const listFiles = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
};

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

export type FileFingerprint = { size: number; mtimeMs: number; sha256: string };

/** Size, modification time and hash of every file under dir: equal snapshots mean nothing was touched. */
export const snapshotFiles = (dir: string): Record<string, FileFingerprint> =>
  Object.fromEntries(
    listFiles(dir).map((rel) => {
      const full = join(dir, rel);
      const st = statSync(full);
      return [rel, { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(readFileSync(full)) }];
    }),
  );

/** True when the bytes hold the text in any encoding SQLite might have used (UTF-8, UTF-16 LE/BE). */
export const bytesContain = (bytes: Buffer, text: string): boolean => {
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  return [Buffer.from(text, 'utf8'), utf16le, utf16be].some((needle) => bytes.includes(needle));
};

/** The files under dir whose bytes contain the text: what an attacker with the laptop would find. */
export const filesContaining = (dir: string, text: string): string[] =>
  listFiles(dir).filter((rel) => bytesContain(readFileSync(join(dir, rel)), text));

export type DbSnapshot = { tables: Record<string, { count: number; hash: string }> };

/**
 * Row counts and a hash of the full content of every table on the open connection
 * (sqlite_sequence and friends included), to prove a refused request changed nothing.
 */
export const snapshotDb = (app: TestApp): DbSnapshot => {
  const sqlite = app.vault.db.$client;
  const names = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
  const tables: DbSnapshot['tables'] = {};
  for (const name of names) {
    const rows = (sqlite.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all() as unknown[])
      .map((r) => JSON.stringify(r))
      .sort();
    tables[name] = { count: rows.length, hash: sha256(rows.join('\n')) };
  }
  return { tables };
};

/** Rows in a table on the open connection. */
export const countRows = (app: TestApp, table: string): number =>
  (app.vault.db.$client.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
