import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { PetitionLanguage } from '../../electron/shared/enums';
import type { Draft, TemplateSummary } from '../../electron/shared/petition-schemas';
import { caseData, clientData } from '../support/factories';
import type { Harness } from '../support/harness';
import { expect, PASSPHRASE, test } from './fixtures';
import { api } from './seed';

/*
 * A drafted bail petition printed to PDF through the print view, as the lawyer's "Print / Save as
 * PDF" does: the FIR particulars in the PDF's text, the paper size, and an Urdu petition looked at
 * as a picture (shaped Nastaliq, right to left, with the font embedded, not boxes).
 *
 * It needs the route #/print-petition/<id> in src/App.tsx and the petitions handlers; until both
 * exist it skips itself and says which is missing.
 */

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** pdftotext's text with bidi controls and line breaks taken out, for phrases that wrap. */
const flat = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
const pageSize = (file: string) => {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return [Math.round(Number(m?.[1])), Math.round(Number(m?.[2]))];
};

const ROUTE_WIRED = readFileSync(resolve(__dirname, '../../src/App.tsx'), 'utf8').includes('PetitionPrintPage');

/** What a template may still ask for, answered as the lawyer would. */
const ANSWERS: Record<string, string> = {
  'client.guardianName': 'Muhammad Siddiq',
  'client.address': 'House No. 14, Street 7, G-9/3, Islamabad',
  'counsel.name': 'Counsel for the Petitioner',
};

/** A journalist held by the NCCIA in Islamabad under PECA: FIR 112/2026 of 02.10.2026. */
const seed = async (harness: Harness) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const court = await call('courts:create', {
    name: 'Court of Sessions Judge, Islamabad (East)',
    forumType: 'sessions',
    city: 'Islamabad',
    province: 'ict',
  });
  const ps = await call('police-stations:create', { name: 'NCCIA Islamabad', district: 'Islamabad', province: 'ict' });
  const client = await call(
    'clients:create',
    clientData({
      gender: 'female',
      guardianRelation: 'daughter_of',
      guardianName: 'Muhammad Siddiq',
      address: ANSWERS['client.address']!,
      district: 'Islamabad',
      province: 'ict',
    }),
  );
  const c = await call(
    'cases:create',
    caseData([client.id], { forumId: court.id, policeStationId: ps.id, firDistrict: 'Islamabad', caseNumber: null }),
  );
  return { caseId: c.id, clientId: client.id };
};

/** A post-arrest bail draft in the language asked for, or why there cannot be one yet. */
const bailDraft = async (
  harness: Harness,
  ids: { caseId: string; clientId: string },
  language: PetitionLanguage,
): Promise<{ draft: Draft } | { missing: string }> => {
  const listed = await dispatch(handlers, harness.ctx, 'petitions:templates', ids);
  if (!listed.ok) return { missing: `petitions:templates: ${listed.error.message}` };
  const bail = (listed.value as TemplateSummary[]).filter((t) => t.language === language && t.origin === 'shipped');
  const template =
    bail.find((t) => /497/.test(`${t.id} ${t.name}`) && /post|بعد/i.test(`${t.id} ${t.name}`)) ??
    bail.find((t) => /bail|ضمانت/i.test(`${t.id} ${t.name}`));
  if (!template) return { missing: `a shipped ${language} bail template` };
  const answers = Object.fromEntries(template.missing.map((m) => [m.field, ANSWERS[m.field] ?? 'Islamabad']));
  const made = await dispatch(handlers, harness.ctx, 'petitions:create', { ...ids, templateId: template.id, answers });
  if (!made.ok && made.error.code === 'INTERNAL') return { missing: `petitions:create: ${made.error.message}` };
  if (!made.ok) throw new Error(`petitions:create: ${made.error.message}`);
  return { draft: made.value as Draft };
};

/** The FIR particulars, in the order a petition recites them. */
const expectFirParticulars = (text: string) => {
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const fir = at('112/2026');
  expect(fir, 'FIR number').toBeGreaterThanOrEqual(0);
  expect(at('02.10.2026', fir), 'FIR date after the number').toBeGreaterThan(fir);
  expect(at('26-A', at('02.10.2026', fir)), 'PECA 26-A after the date').toBeGreaterThan(fir);
  expect(at('505', at('26-A', fir)), 'PPC 505 after 26-A').toBeGreaterThan(fir);
  expect(text).toContain('NCCIA Islamabad');
};

test.describe('the printed petition', () => {
  test.skip(!ROUTE_WIRED, 'src/App.tsx does not route #/print-petition/<id> to PetitionPrintPage yet');

  test('an English bail petition on legal paper, then A4: the PDF has the FIR particulars in order', async ({
    page,
    harness,
  }, testInfo) => {
    const ids = await seed(harness);
    const made = await bailDraft(harness, ids, 'en');
    test.skip('missing' in made, `not ready: ${'missing' in made ? made.missing : ''}`);
    if (!('draft' in made)) return;
    await page.goto(`/#/print-petition/${made.draft.id}?paper=legal`);
    const sheet = page.getByTestId('petition-sheet');
    await expect(sheet).toHaveAttribute('data-ready', 'true');
    await expect(sheet).toContainText('112/2026');
    await page.emulateMedia({ media: 'print' });
    const legal = testInfo.outputPath('petition-legal.pdf');
    await page.pdf({ path: legal, preferCSSPageSize: true, printBackground: true });
    const text = flat(pdfText(legal));
    expectFirParticulars(text);
    expect(text).toContain('Ayesha Siddiqa');
    expect(pageSize(legal)).toEqual([612, 1008]);
    // Bundled faces, embedded: it prints the same where no serif is installed.
    expect(execFileSync('pdffonts', [legal], { encoding: 'utf8' })).toMatch(
      /NotoSerif-Regular\s+CID TrueType\s+\S+\s+yes/,
    );

    await page.emulateMedia({ media: 'screen' });
    await page.locator('label', { hasText: /^A4$/ }).click();
    await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
    await expect(sheet).toHaveAttribute('data-ready', 'true');
    await page.emulateMedia({ media: 'print' });
    const a4 = testInfo.outputPath('petition-a4.pdf');
    await page.pdf({ path: a4, preferCSSPageSize: true, printBackground: true });
    expect(pageSize(a4)).toEqual([595, 842]);
    expectFirParticulars(flat(pdfText(a4)));
  });

  test('an Urdu bail petition: Nastaliq, right to left, the font embedded; page 1 saved as a picture', async ({
    page,
    harness,
  }, testInfo) => {
    const ids = await seed(harness);
    const made = await bailDraft(harness, ids, 'ur');
    test.skip('missing' in made, `not ready: ${'missing' in made ? made.missing : ''}`);
    if (!('draft' in made)) return;
    await page.goto(`/#/print-petition/${made.draft.id}?paper=a4`);
    const sheet = page.getByTestId('petition-sheet');
    await expect(sheet).toHaveAttribute('data-ready', 'true');
    await expect(sheet).toHaveAttribute('dir', 'rtl');
    await expect(sheet.locator('article')).toHaveCSS('direction', 'rtl');
    await expect(sheet.locator('p').first()).toHaveCSS('font-family', /Noto Nastaliq Urdu/);
    await page.emulateMedia({ media: 'print' });
    const pdf = testInfo.outputPath('petition-urdu.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    expect(pageSize(pdf)).toEqual([595, 842]);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(
      /NotoNastaliqUrdu-Regular\s+CID TrueType\s+\S+\s+yes/,
    );
    const text = flat(pdfText(pdf));
    // Nastaliq's glyphs come back from pdftotext as Urdu letters (not boxes, not question marks).
    expect((text.match(/[\u0600-\u06FF]/g) ?? []).length).toBeGreaterThan(200);
    // A number inside Urdu text is drawn left to right; pdftotext may hand its parts back either way.
    expect(text).toMatch(/112\/2026|2026\/112/);
    mkdirSync('test-results/screens', { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '110',
      '-f',
      '1',
      '-l',
      '1',
      pdf,
      'test-results/screens/26-urdu-petition-pdf',
    ]);
  });

  test('what a pasted paragraph carries is not run: scripts, handlers and pictures are dropped', async ({
    page,
    harness,
  }) => {
    const ids = await seed(harness);
    const made = await bailDraft(harness, ids, 'en');
    test.skip('missing' in made, `not ready: ${'missing' in made ? made.missing : ''}`);
    if (!('draft' in made)) return;
    const html = made.draft.html.replace(
      '</article>',
      '<p onclick="window.__pwned=1">Annexure A <script>window.__pwned=2</script><img src="x" onerror="window.__pwned=3">' +
        '<a href="https://example.org">copy of FIR</a></p></article>',
    );
    await api(harness)('petitions:save', { id: made.draft.id, html });
    await page.goto(`/#/print-petition/${made.draft.id}?paper=a4`);
    const sheet = page.getByTestId('petition-sheet');
    await expect(sheet).toHaveAttribute('data-ready', 'true');
    await expect(sheet).toContainText('Annexure A copy of FIR');
    await sheet.getByText('Annexure A').click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(sheet.locator('script, img, a, [onclick]')).toHaveCount(0);
  });
});
