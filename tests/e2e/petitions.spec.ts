import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { caseData, clientData } from '../support/factories';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { api } from './seed';

/** A journalist held under PECA in Lahore; the Sessions Court is where bail is sought first. */
const seed = async (harness: Parameters<typeof api>[0]) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const sessions = await call('courts:create', {
    name: 'Court of Sessions Judge, Lahore',
    forumType: 'sessions',
    city: 'Lahore',
    province: 'punjab',
  });
  const ps = await call('police-stations:create', { name: 'PS Civil Lines', district: 'Lahore', province: 'punjab' });
  const client = await call(
    'clients:create',
    clientData({
      fullName: 'Ayesha Siddiqa',
      gender: 'female',
      guardianRelation: 'daughter_of',
      guardianName: null,
      address: 'House 12, Street 4, Gulberg III, Lahore',
    }),
  );
  const c = await call(
    'cases:create',
    caseData([client.id], {
      forumId: sessions.id,
      policeStationId: ps.id,
      firDistrict: 'Lahore',
      investigatingAgency: 'police',
      firNumber: '1187/2026',
      firDate: '2026-09-28',
      arrestDate: '2026-09-30',
      caseNumber: null,
      offences: [
        { statute: 'PECA', section: '26-A' },
        { statute: 'PPC', section: '505' },
      ],
    }),
  );
  return { c, client };
};

test('draft a bail petition from the case, write the grounds, regenerate after the FIR date changes, export to Word', async ({
  page,
  harness,
}) => {
  const { c } = await seed(harness);
  await page.goto(`/#/cases/${c.id}`);
  await page.getByRole('button', { name: 'Draft a petition' }).click();
  await choose(page, 'Petition', /bail.*497.*Sessions/i);
  await page.getByRole('button', { name: 'Draft', exact: true }).click();

  // The father's name is not on file: asked for, not printed blank.
  const ask = page.getByRole('dialog', { name: 'The case lacks these facts' });
  await expect(ask).toBeVisible();
  await ask.getByRole('textbox').first().fill('Muhammad Siddiq');
  await ask.getByRole('button', { name: 'Draft', exact: true }).click();

  const editor = page.getByTestId('petition-editor');
  await expect(editor).toContainText('1187/2026');
  await expect(editor).toContainText('28.09.2026');
  await expect(editor).toContainText('Muhammad Siddiq');
  await expect(editor).toContainText('Ayesha Siddiqa');
  await snap(page, '27-petition-draft');

  // The lawyer writes a ground of her own in the grounds section, and saves.
  const grounds = editor.locator('section[data-section="grounds"]');
  await grounds.locator('p, li').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' The petitioner is a woman journalist; the first proviso to section 497(1) applies.');
  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByTestId('versions')).toContainText('Edited');

  // The FIR date was wrong on file: correct the case, regenerate; the grounds survive.
  const call = api(harness);
  const detail = await call('cases:get', { id: c.id });
  await call('cases:update', {
    id: c.id,
    data: {
      ...caseData(
        detail.parties.map((p) => p.clientId),
        {
          forumId: detail.forumId,
          policeStationId: detail.policeStationId,
          firDistrict: 'Lahore',
          investigatingAgency: 'police',
          firNumber: '1187/2026',
          firDate: '2026-09-27',
          arrestDate: '2026-09-30',
          caseNumber: null,
          offences: [
            { statute: 'PECA', section: '26-A' },
            { statute: 'PPC', section: '505' },
          ],
        },
      ),
    },
  });
  await page.getByRole('button', { name: 'Regenerate from the case' }).click();
  await expect(page.getByTestId('versions')).toContainText('Regenerated');
  await expect(editor).toContainText('27.09.2026');
  await expect(editor).not.toContainText('28.09.2026');
  await expect(editor).toContainText('the first proviso to section 497(1) applies.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  expect(file.suggestedFilename()).not.toContain('Ayesha');
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('1187/2026');
  expect(text.indexOf('1187/2026')).toBeLessThan(text.indexOf('27.09.2026'));
  expect(text).toContain('the first proviso to section 497(1) applies.');
  expect(xml).toMatch(/w:pgSz w:w="12240" w:h="20160"/);
});
