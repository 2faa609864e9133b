import { afterEach, expect, test } from 'vitest';
import { declaredUnpackedSize, MAX_UNPACKED_BYTES } from '../../electron/core/import/sheet-reader';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { messyDiaryXlsx } from '../support/import-diary';

/*
 * A workbook is a zip: a few MB can unpack to gigabytes and take the app's memory with it. The
 * unpacked size the zip declares is read before anything is inflated, and a file over the limit
 * is refused with a plain message.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

/** The same workbook with every entry's declared unpacked size raised (the central directory only). */
const inflatedClaim = (bytes: Buffer, size: number): Buffer => {
  const out = Buffer.from(bytes);
  for (let i = 0; i + 46 <= out.length; i++) if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(size, i + 24);
  return out;
};

test('a diary workbook declares its real unpacked size, and one that claims gigabytes is refused unread', async () => {
  const xlsx = Buffer.from(await messyDiaryXlsx());
  const size = declaredUnpackedSize(xlsx);
  expect(size).toBeGreaterThan(xlsx.length);
  expect(size).toBeLessThan(MAX_UNPACKED_BYTES);
  expect(declaredUnpackedSize(Buffer.from('Client name,FIR number\nA,1/2026'))).toBeNull();

  app = await makeUnlockedApp();
  const bomb = inflatedClaim(xlsx, 0x7fffffff);
  const r = await app.call('import:preview', { filename: 'diary.xlsx', base64: bomb.toString('base64') });
  expect(!r.ok && r.error.code).toBe('VALIDATION');
  expect(!r.ok && r.error.message).toMatch(/unpacks to more than 300 MB/);
});
