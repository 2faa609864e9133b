import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { MuhafizApi } from '../../electron/preload/api';

const ROOT = resolve(__dirname, '../..');
const PASSPHRASE = 'correct horse battery staple';

/** The 'electron' package exports the binary's path, or throws when the download was skipped. */
const electronBinary = (): string | null => {
  try {
    const path: unknown = createRequire(__filename)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

const binary = electronBinary();
test.skip(binary === null, 'No Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD)');

/** The environment for the app: a throwaway profile, and never the dev server. */
const appEnv = (profile: string): Record<string, string> => {
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  delete env.ELECTRON_RENDERER_URL;
  return { ...env, MUHAFIZ_USER_DATA_DIR: profile };
};

test('a new lawyer creates a passphrase and the case database is encrypted', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'muhafiz-electron-'));
  const app = await electron.launch({ executablePath: binary ?? '', args: [ROOT], env: appEnv(profile) });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Muhafiz/);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');

    const fields = page.locator('input[type="password"]');
    await fields.first().waitFor();
    for (const field of await fields.all()) await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: /create/i }).click();

    const state = () =>
      page.evaluate(async () => {
        const r = await (window as unknown as { api: MuhafizApi }).api.invoke('vault:status');
        return r.ok ? r.value.state : r.error.code;
      });
    await expect.poll(state).toBe('unlocked');
    const header = readFileSync(join(profile, 'muhafiz.db')).subarray(0, 15).toString('latin1');
    expect(header).not.toBe('SQLite format 3');
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
