import { afterEach, describe, expect, test } from 'vitest';
import { KNOWN_FIELDS } from '../../electron/core/services/petitions/merge-data';
import { keepLawyerText } from '../../electron/core/services/petitions/regenerate';
import { renderPetition, templatePaths } from '../../electron/core/services/petitions/render';
import { SHIPPED_TEMPLATES } from '../../electron/core/services/petitions/templates';
import type { ShippedTemplate } from '../../electron/core/services/petitions/types';
import { inspectDocx, renderDocx } from '../../electron/core/services/petitions/user-templates';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { docxParagraphs, minimalDocx } from '../support/petition-docx';
import { ANSWERS, caseInputFor, completeCase, mergeData } from '../support/petition-fixture';

/*
 * The machinery under the petition pack: rendering (fields found from the template itself,
 * values escaped, missing ones marked), regeneration that keeps the lawyer's own sections, and
 * organisations' Word templates. Today: Friday 27 November 2026.
 */

const tpl = (source: string, language: 'en' | 'ur' = 'en'): ShippedTemplate => ({
  id: 'test',
  name: 'Test',
  language,
  description: '',
  source,
});

describe('renderPetition', () => {
  test('finds the fields a template needs from the template, only in the branches the facts select', () => {
    const t = tpl(
      '<p>{{client.fullName}} {{client.relation}} {{client.guardianName}}</p>{{#if client.isWoman}}<p>{{client.nameUr}}</p>{{else}}<p>{{fir.number}}</p>{{/if}}',
    );
    const base = {
      client: { fullName: 'Sadia Jaffar', relation: null, guardianName: '', isWoman: true, nameUr: null },
      fir: { number: null },
    };
    const woman = renderPetition(t, base, {});
    expect(woman.missing).toEqual([
      { field: 'client.relation', label: 'Relation to the father or husband (s/o, d/o, w/o)' },
      { field: 'client.guardianName', label: "Father's or husband's name" },
      { field: 'client.nameUr', label: "Client's name in Urdu" },
    ]);
    const man = renderPetition(t, { ...base, client: { ...base.client, isWoman: false } }, {});
    expect(man.missing.map((m) => m.field)).toEqual(['client.relation', 'client.guardianName', 'fir.number']);
    expect(man.html).toContain('«[FIR number]»');
  });

  test('a field used twice is asked once; an unknown path is its own label', () => {
    const t = tpl('<p>{{counsel.name}}</p><p>{{counsel.name}}</p><p>{{not.a.field}}</p>');
    const { html, missing } = renderPetition(t, { counsel: { name: null } }, {});
    expect(missing).toEqual([
      { field: 'counsel.name', label: "Counsel's name" },
      { field: 'not.a.field', label: 'not.a.field' },
    ]);
    expect(html.match(/«\[Counsel&#x27;s name\]»/g)).toHaveLength(2);
  });

  test('values are escaped: a name cannot inject markup into the draft', () => {
    const t = tpl('<p>{{client.fullName}}</p>');
    const { html } = renderPetition(t, { client: { fullName: '<script>alert(1)</script> & Co' } }, {});
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p>');
  });

  test('answers supply and override fields by path, trimmed; they never touch prototypes or create absent objects', () => {
    const t = tpl(
      '<p>{{client.fullName}} {{client.guardianName}}</p>{{#if bail.lastDismissed}}<p>dismissed</p>{{/if}}',
    );
    const data = { client: { fullName: 'Sadia', guardianName: null }, bail: { lastDismissed: null } };
    const r = renderPetition(t, data, {
      'client.guardianName': '  Muhammad Jaffar ',
      'client.fullName': 'Sadia Jaffar',
      '__proto__.polluted': 'yes',
      'bail.lastDismissed.orderDate': '20.10.2026',
    });
    expect(r.html).toBe('<p>Sadia Jaffar Muhammad Jaffar</p>');
    expect(r.missing).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The data passed in is not changed.
    expect(data.client.guardianName).toBeNull();
  });

  test('numbers and booleans print; zero is a value, not a missing field', () => {
    const t = tpl('<p>{{arrest.daysInCustody}} {{client.isWoman}}</p>');
    expect(renderPetition(t, { arrest: { daysInCustody: 0 }, client: { isWoman: false } }, {})).toEqual({
      html: '<p>0 false</p>',
      missing: [],
    });
  });

  test('templatePaths lists what a template prints and tests, and leaves out helpers and loop-relative paths', () => {
    expect(
      templatePaths(
        '{{a.b}}{{#if c}}{{d.e}}{{/if}}{{#unless (eq f "x")}}{{/unless}}{{#each offences}}{{this.text}}{{/each}}',
      ),
    ).toEqual(['a.b', 'c', 'd.e', 'f', 'offences']);
  });
});

describe('keepLawyerText', () => {
  test('keeps the sections by name and takes everything else from the fresh draft', () => {
    const previous =
      '<article><p>FIR dated 02.10.2026</p><section data-section="grounds"><ol><li>My own ground</li></ol></section><section data-section="facts"><p>My facts</p></section></article>';
    const fresh =
      '<article><p>FIR dated 05.10.2026</p><section data-section="facts"><p>[facts]</p></section><section data-section="grounds"><ol><li>Template ground</li></ol></section><p>Prayer</p></article>';
    expect(keepLawyerText(previous, fresh)).toBe(
      '<article><p>FIR dated 05.10.2026</p><section data-section="facts"><p>My facts</p></section><section data-section="grounds"><ol><li>My own ground</li></ol></section><p>Prayer</p></article>',
    );
  });

  test('is robust to sections missing on either side', () => {
    const fresh =
      '<article><p>new</p><section data-section="grounds"><p>template</p></section><section data-section="reason"><p>r</p></section></article>';
    // The previous draft lost its sections (edited away): the fresh draft stands.
    expect(keepLawyerText('<article><p>old</p></article>', fresh)).toBe(fresh);
    // A section only the previous draft had no longer applies.
    expect(
      keepLawyerText(
        '<section data-section="documents"><p>mine</p></section><section data-section="grounds"><p>kept</p></section>',
        fresh,
      ),
    ).toBe(
      '<article><p>new</p><section data-section="grounds"><p>kept</p></section><section data-section="reason"><p>r</p></section></article>',
    );
    expect(keepLawyerText('', '<p>x</p>')).toBe('<p>x</p>');
  });

  test('sections of the same name match in order; a nested section travels with its parent', () => {
    const previous =
      '<section data-section="g"><p>one</p><section data-section="inner"><p>in</p></section></section><section data-section="g"><p>two</p></section>';
    const fresh =
      '<section data-section="g"><p>a</p></section><section data-section="g"><p>b</p></section><section data-section="g"><p>c</p></section>';
    expect(keepLawyerText(previous, fresh)).toBe(
      '<section data-section="g"><p>one</p><section data-section="inner"><p>in</p></section></section><section data-section="g"><p>two</p></section><section data-section="g"><p>c</p></section>',
    );
  });
});

describe('regenerating a drafted petition after the facts change', () => {
  let app: TestApp;
  afterEach(() => app?.cleanup());

  test('the grounds the lawyer wrote survive; the FIR date, parties and prayer are rebuilt', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const c = await completeCase(app);
    const template = SHIPPED_TEMPLATES.find((t) => t.id === 'bail-497-hc-en') as ShippedTemplate;
    const first = renderPetition(template, mergeData(app, c.caseId), ANSWERS).html;
    const edited = first.replace(
      /<section data-section="grounds">[\s\S]*?<\/section>/,
      '<section data-section="grounds"><ol><li>That the petitioner, a journalist, only reported what the minister said on record.</li></ol></section>',
    );
    await app.must('cases:update', { id: c.caseId, data: caseInputFor(c, { firDate: '2026-10-05' }) });
    const fresh = renderPetition(template, mergeData(app, c.caseId), ANSWERS).html;
    const merged = keepLawyerText(edited, fresh);
    expect(merged).toContain('only reported what the minister said on record');
    expect(merged).not.toContain('calls for further inquiry');
    expect(merged).toContain('FIR No. 112/2026 dated 05.10.2026');
    expect(merged).not.toContain('02.10.2026');
    expect(merged.match(/data-section="grounds"/g)).toHaveLength(1);
    expect(merged).toContain('<section data-section="facts">');
  });
});

describe("an organisation's Word template", () => {
  let app: TestApp;
  afterEach(() => app?.cleanup());

  const docx = () =>
    minimalDocx([
      ['IN THE COURT OF ', '{forum.heading}'],
      // Word splits a placeholder across runs when it is typed or formatted in pieces.
      ['Petitioner: {client.', 'fullName}', ' {client.relation} {client.guardianName}'],
      ['FIR No. {fir.number} dated {fir.date}: {#offences}{text}; {/offences}'],
      ['Unknown: {not.a.field}'],
    ]);

  test('inspectDocx lists the placeholders Muhafiz fills and the unknown ones', async () => {
    const report = await inspectDocx(await docx());
    expect(report).toEqual({
      known: [
        'client.fullName',
        'client.guardianName',
        'client.relation',
        'fir.date',
        'fir.number',
        'forum.heading',
        'offences',
        'offences[].text',
      ],
      unknown: ['not.a.field'],
    });
    for (const k of report.known) expect(KNOWN_FIELDS.some((f) => f.field === k)).toBe(true);
  });

  test('renderDocx fills the known fields from the case and reports the unknown one as missing', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const c = await completeCase(app);
    const { buffer, missing } = await renderDocx(await docx(), mergeData(app, c.caseId), {});
    expect(missing).toEqual([{ field: 'not.a.field', label: 'not.a.field' }]);
    expect(docxParagraphs(buffer)).toEqual([
      'IN THE COURT OF IN THE COURT OF ADDITIONAL SESSIONS JUDGE, ISLAMABAD (WEST)',
      'Petitioner: Sadia Jaffar d/o Muhammad Jaffar',
      'FIR No. 112/2026 dated 02.10.2026: 26-A PECA; 505 PPC; ',
      'Unknown: «[not.a.field]»',
    ]);
    const answered = await renderDocx(await docx(), mergeData(app, c.caseId), { 'not.a.field': 'given' });
    expect(answered.missing).toEqual([]);
    expect(docxParagraphs(answered.buffer)[3]).toBe('Unknown: given');
  });

  test('a field the case lacks is reported with its label, not left blank', async () => {
    app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
    const c = await completeCase(app);
    const { buffer, missing } = await renderDocx(
      await minimalDocx([['{client.addressUr}']]),
      mergeData(app, c.caseId),
      {},
    );
    expect(missing).toEqual([{ field: 'client.addressUr', label: "Client's address in Urdu" }]);
    expect(docxParagraphs(buffer)).toEqual(["«[Client's address in Urdu]»"]);
  });

  test('a file that is not a Word template, or a template with a broken tag, is refused with a readable message', async () => {
    await expect(inspectDocx(Buffer.from('not a zip file at all'))).rejects.toThrow(
      /This Word template cannot be read/,
    );
    const broken = await minimalDocx([['Petitioner: {client.fullName']]);
    await expect(inspectDocx(broken)).rejects.toThrow(/The tag beginning with "\{client.fullName" is unclosed/);
  });
});
