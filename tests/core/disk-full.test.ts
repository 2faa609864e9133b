import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISK_FULL_MESSAGE } from '../../electron/core/dispatch';
import { backupToFolder } from '../../electron/core/services/backup';
import { makeTestApp, PASSPHRASE, type TestApp } from '../support/context';
import { fillDisk, smallDisk } from '../support/disk-full';
import { makeCase } from '../support/factories';

/*
 * Disk full: the data folder lives on a small tmpfs made for the test (root on Linux, as in CI),
 * a filler file takes every free byte, and the lawyer keeps saving. Each save either lands whole
 * or is refused with DISK_FULL and a plain message; nothing saved earlier is lost; once space is
 * freed the next save succeeds. Where no tmpfs can be mounted the test says so and is skipped.
 */

const integrity = (app: TestApp): string =>
  (app.vault.db.$client.prepare('PRAGMA integrity_check').pluck().get() as string) ?? '';

const disk = smallDisk('24m');
const root = disk?.root ?? '';

describe.skipIf(!disk)('disk full (a 24 MB tmpfs)', () => {
  let app: TestApp;
  let caseId: string;
  const filler = join(root, 'filler.bin');
  const saved: string[] = [];

  beforeAll(async () => {
    app = makeTestApp({ dir: join(root, 'data') });
    await app.must('vault:create', { passphrase: PASSPHRASE });
    caseId = (await makeCase(app)).id;
    for (let i = 0; i < 5; i++) {
      const body = `Earlier note ${i}: client met in Adiala jail`;
      await app.must('notes:create', { caseId, date: '2026-11-20', body });
      saved.push(body);
    }
  });

  afterAll(() => {
    try {
      app?.vault.lock();
    } finally {
      disk?.release();
    }
  });

  it('refuses a save with DISK_FULL and a plain message, keeps everything saved before, and saves again once space is freed', async () => {
    const filled = fillDisk(filler);
    expect(filled).toBeGreaterThan(1024 * 1024);

    // Keep saving long notes: the WAL has to grow, and on a full disk it cannot.
    let refusal: { code: string; message: string } | null = null;
    for (let i = 0; i < 200 && !refusal; i++) {
      const body = `Note ${i} on a full disk. ${'Bail arguments heard; the prosecution sought time. '.repeat(90)}`;
      const r = await app.call('notes:create', { caseId, date: '2026-11-27', body });
      if (r.ok) saved.push(body);
      else refusal = r.error;
    }
    expect(refusal, 'no save was refused on a full disk').not.toBeNull();
    expect(refusal).toEqual({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE });
    expect(DISK_FULL_MESSAGE).toMatch(/^Not saved: the disk is full/);

    // Every save that was acknowledged is there, whole; the refused one left nothing behind.
    const bodies = async () =>
      (await app.must('cases:get', { id: caseId })).datedNotes
        .map((n) => n.body)
        .sort()
        .join('\n');
    expect(await bodies()).toBe([...saved].sort().join('\n'));
    expect(integrity(app)).toBe('ok');

    // A backup to a full disk fails cleanly and leaves no half-written backup behind.
    await expect(backupToFolder(app.vault, join(root, 'usb'))).rejects.toThrow();

    // Free the space: the very next save succeeds, and all of it survives a lock and unlock.
    rmSync(filler);
    const after = 'Saved after space was freed';
    await app.must('notes:create', { caseId, date: '2026-11-27', body: after });
    saved.push(after);
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await bodies()).toBe([...saved].sort().join('\n'));
    expect(integrity(app)).toBe('ok');
  });
});

describe.runIf(!disk)('disk full (no tmpfs here)', () => {
  it.skip('needs root on Linux to mount a small tmpfs for the data folder', () => {});
});
