import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { caseData, clientData } from '../support/factories';
import { fillDisk, smallDisk } from '../support/disk-full';
import { expect, PASSPHRASE, snap, test, TODAY } from './fixtures';
import { api } from './seed';

/*
 * The lawyer's side of a full disk: the data folder is on a small tmpfs (root on Linux, as in CI),
 * the disk fills up, and a note typed on the case page is refused with a plain message while the
 * typed text stays in the box; after space is freed the same click saves it.
 */

// Mounted when the test runs (not when Playwright lists the tests), released after the harness.
test.use({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern
  harnessOptions: async ({}, use) => {
    const disk = smallDisk('24m');
    await use({ today: TODAY, ...(disk ? { dir: join(disk.root, 'data') } : {}) });
    disk?.release();
  },
});

test('a note on a full disk: "Not saved: the disk is full", nothing typed is lost, and it saves once space is freed', async ({
  page,
  harness,
}) => {
  test.skip(
    !harness.dir.includes('muhafiz-diskfull-'),
    'needs root on Linux to mount a small tmpfs for the data folder',
  );
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const client = await call('clients:create', clientData({ fullName: 'Idris Khattak' }));
  const c = await call('cases:create', caseData([client.id], { caseNumber: 'Crl. Misc. 411-B/2026' }));
  await call('notes:create', { caseId: c.id, date: '2026-11-26', body: 'Met the client in Adiala jail' });

  await page.goto(`/#/cases/${c.id}`);
  await expect(page.getByText('Met the client in Adiala jail')).toBeVisible();

  const filler = join(dirname(harness.dir), 'filler.bin');
  fillDisk(filler);
  const note = page.getByRole('textbox', { name: 'Note' });
  const refusal = page.getByText(/^Not saved: the disk is full/);
  // Long enough that the database has to grow on disk to take it.
  const body = `Bail arguments heard; the prosecution sought time for the record. ${'Grounds noted. '.repeat(300)}`;
  let refused = false;
  for (let i = 0; i < 40 && !refused; i++) {
    await note.fill(`${i}: ${body}`);
    await page.getByRole('button', { name: 'Add note' }).click();
    let outcome = '';
    await expect
      .poll(async () => {
        if (await refusal.isVisible()) outcome = 'refused';
        else if ((await note.inputValue()) === '') outcome = 'saved';
        return outcome;
      })
      .not.toBe('');
    refused = outcome === 'refused';
  }
  expect(refused, 'no note was refused on a full disk').toBe(true);
  await expect(note).toHaveValue(/Bail arguments heard/);
  await expect(page.getByText('Met the client in Adiala jail')).toBeVisible();
  await snap(page, 'disk-full-refused');

  rmSync(filler);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(note).toHaveValue('');
  await expect(refusal).toBeHidden();
  const saved = await call('cases:get', { id: c.id });
  expect(saved.datedNotes.some((n) => n.body.endsWith(body.trimEnd()) || n.body.includes('Grounds noted.'))).toBe(true);
  expect(saved.datedNotes.map((n) => n.body)).toContain('Met the client in Adiala jail');
});
