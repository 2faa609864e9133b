import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesContain, listFiles } from '../support/disk';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { CaseFormPage, CasePage, ClientsPage, VaultPage } from './pages';

/*
 * The at-rest canary scan (issue 7, "Proof"). Unique strings (a name in English and Urdu, a CNIC,
 * a note, an FIR number) are typed through the UI, every screen is used, a backup is made to a
 * folder, the diary is locked and the app quits. Then every file of the data folder, that backup,
 * and the temp folder (what appeared during the session, and the browser's own profile) is read as
 * UTF-8, UTF-16 LE and UTF-16 BE: the strings are nowhere. No export was asked for in this session.
 */

/** Letters only, different each run: a hit can only come from this session. */
const tag = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('');
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

const filesUnder = (root: string): string[] => {
  if (!existsSync(root)) return [];
  try {
    return statSync(root).isDirectory() ? listFiles(root).map((f) => join(root, f)) : [root];
  } catch {
    return []; // gone while we looked (another process's temp file)
  }
};

const hitsIn = (files: string[], canaries: string[]) => {
  const hits: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      if (statSync(file).size > 256 * 1024 * 1024) continue;
      bytes = readFileSync(file);
    } catch {
      continue; // a socket, a lock, or gone
    }
    for (const c of canaries) if (bytesContain(bytes, c)) hits.push(`${c} in ${file}`);
  }
  return hits;
};

test('strings typed into the diary are in no file at rest: data folder, backup, temp folder (UTF-8 and UTF-16)', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  const t = tag();
  const NAME = `Zarmina Kakar ${t}`;
  const NAME_UR = `زرمینہ کاکڑ ${t}`;
  const CNIC = `${digits(5)}-${digits(7)}-${digits(1)}`;
  const NOTE = `Moved to the safe house near Swat ${t}`;
  const FIR = `${digits(4)}/2026`;
  const canaries = [NAME, NAME_UR, t, CNIC, NOTE, FIR];
  const tmpBefore = new Set(readdirSync(tmpdir()));
  const usb = mkdtempSync(join(tmpdir(), 'muhafiz-usb-'));

  try {
    // Typed through the UI.
    await page.goto('/');
    await new VaultPage(page).createPassphrase(PASSPHRASE);
    await new ClientsPage(page).create({ fullName: NAME, nameUr: NAME_UR, category: 'Journalist', cnic: CNIC });
    await page.getByLabel('Note', { exact: false }).first().fill(NOTE);
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByText(NOTE).first()).toBeVisible();
    await page.getByRole('link', { name: 'New case for this client' }).click();
    await page.getByLabel('FIR number', { exact: true }).fill(FIR);
    await page.getByLabel('FIR date', { exact: true }).fill('02/10/2026');
    await new CaseFormPage(page).setOffence(0, 'PECA', '20');
    await choose(page, 'Case type', 'Post-arrest bail');
    await choose(page, 'Forum', 'Islamabad High Court');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`FIR ${FIR}`) })).toBeVisible();
    await new CasePage(page).addHearing({ date: '27/11/2026', time: '09:30', purpose: 'Arguments on bail' });

    // Every screen.
    for (const link of ['Today', 'Diary', 'Deadlines', 'Clients', 'Cases', 'Reports', 'Rules', 'Court calendar']) {
      await page.getByRole('link', { name: link, exact: true }).first().click();
      await expect(page.getByRole('heading').first()).toBeVisible();
    }
    await page.getByRole('link', { name: 'Clients', exact: true }).first().click();
    await page.getByText(NAME).first().click();
    await expect(page.getByRole('heading', { name: new RegExp(NAME) })).toBeVisible();
    await page.getByRole('combobox', { name: /Search clients/ }).fill(t);
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');

    // A backup to a folder, then lock and quit.
    await page.getByRole('link', { name: 'Settings', exact: true }).first().click();
    const backups = page.getByTestId('backups');
    await backups.getByRole('button', { name: 'Back up to a folder…' }).click();
    await backups.getByRole('button', { name: 'Choose folder…' }).click();
    await backups.getByLabel('Folder (full path)').fill(usb);
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByText(`Backed up to ${usb}`)).toBeVisible();
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Muhafiz is locked' })).toBeVisible();
    await snap(page, '31-at-rest-locked');
    await page.goto('about:blank');
    harness.ctx.vault.lock(); // what quitting does (app 'before-quit')

    // The scan.
    const data = filesUnder(harness.dir);
    expect(data.map((f) => f.slice(harness.dir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['muhafiz.db', 'muhafiz.key.json']),
    );
    const backup = filesUnder(usb);
    expect(backup.length).toBe(3);
    // Temp files of the session, and the browser's profile (Electron's lives in the data folder).
    const temp = readdirSync(tmpdir())
      .filter(
        (n) => (!tmpBefore.has(n) || n.startsWith('playwright_chromiumdev_profile')) && n !== usb.split('/').at(-1),
      )
      // The test runner's own recordings (traces of this test) are not the app's; nor is the shell's.
      .filter((n) => !n.startsWith('playwright-artifacts') && !n.startsWith('bash_'))
      .flatMap((n) => filesUnder(join(tmpdir(), n)));
    expect(temp.some((f) => f.includes('playwright_chromiumdev_profile'))).toBe(true);
    expect(hitsIn([...data, ...backup, ...temp], canaries)).toEqual([]);
    // The control: the same scan finds a canary where one is in the clear.
    expect(hitsIn([join(__dirname, 'at-rest.spec.ts')], ['bytesContain'])).toHaveLength(1);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});
