import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { draftToDocx } from '../../electron/core/services/petitions/docx';

/*
 * The DOCX export of a petition draft, opened as Word would open it (a zip package of XML parts)
 * and read part by part: the text a clerk reads, in order; the paper; Word's styles; Urdu set
 * right to left in Nastaliq. LibreOffice, where installed, also turns it into a PDF.
 */

const FIR = 'FIR No. 112/2026 dated 02.10.2026 u/s 26-A PECA, 505 PPC, Police Station NCCIA Islamabad';
const FONTS = resolve(__dirname, '../../resources/fonts');

const ENGLISH_BAIL = `<article lang="en">
<h1 style="text-align: center">IN THE COURT OF SESSIONS JUDGE, ISLAMABAD (EAST)</h1>
<p style="text-align: center">Criminal Misc. Bail Petition No. ________ of 2026</p>
<table>
  <tr><td>Ayesha Siddiqa d/o Muhammad Siddiq, aged about 34 years, journalist, resident of House No. 14,
    Street 7, G-9/3, Islamabad</td><td>Petitioner</td></tr>
  <tr><td colspan="2" style="text-align: center"><strong>VERSUS</strong></td></tr>
  <tr><td>The State, through the Director, NCCIA, Islamabad</td><td>Respondent</td></tr>
</table>
<h2 style="text-align: center"><u>PETITION UNDER SECTION 497 Cr.P.C. FOR GRANT OF POST-ARREST BAIL</u></h2>
<p><strong>${FIR}</strong></p>
<p>Respectfully Sheweth:</p>
<ol>
  <li>That the petitioner, a journalist, was arrested on 03.10.2026 in the above-mentioned case.</li>
  <li>That her earlier petition was dismissed by the learned Judicial Magistrate vide order dated 20.10.2026.</li>
</ol>
<h3 style="text-align: center"><u>GROUNDS</u></h3>
<section data-section="grounds">
  <ol type="A">
    <li>That the petitioner is <em>innocent</em> and has been falsely involved for her reporting.</li>
    <li>That the offences alleged do not fall within the prohibitory clause of section 497 Cr.P.C.</li>
    <li>That the case of the petitioner calls for further inquiry under section 497(2) Cr.P.C.</li>
  </ol>
</section>
<h3 style="text-align: center"><u>PRAYER</u></h3>
<p style="text-align: justify">It is, therefore, most respectfully prayed that the petitioner may kindly be released on
bail in the above case, till the final decision of the case.</p>
<p style="text-align: right">Petitioner<br>Through<br><br>Counsel for the Petitioner</p>
<div style="page-break-before: always">
  <h2 style="text-align: center"><u>AFFIDAVIT</u></h2>
  <p>I, Ayesha Siddiqa, do hereby solemnly affirm that the contents of the above petition are true.</p>
</div>
</article>`;

const URDU_BAIL = `<article dir="rtl" lang="ur">
<h1 style="text-align: center">بعدالت جناب ایڈیشنل سیشن جج صاحب، اسلام آباد</h1>
<table>
  <tr><td>عائشہ صدیقہ دختر محمد صدیق، سکنہ جی نائن تھری، اسلام آباد</td><td>درخواست گزار</td></tr>
  <tr><td colspan="2" style="text-align: center"><strong>بنام</strong></td></tr>
  <tr><td>سرکار</td><td>مسئول علیہ</td></tr>
</table>
<h2 style="text-align: center"><u>درخواست ضمانت بعد از گرفتاری زیر دفعہ 497 ض ف</u></h2>
<p dir="rtl" lang="ur">مقدمہ ${FIR}</p>
<p>جناب عالی! گزارش ہے کہ:</p>
<section data-section="grounds">
  <ol>
    <li>یہ کہ درخواست گزار <strong>بے گناہ</strong> ہے اور اسے جھوٹے مقدمہ میں ملوث کیا گیا ہے۔</li>
    <li>یہ کہ مقدمہ مزید انکوائری کا ہے۔</li>
  </ol>
</section>
<p>لہٰذا استدعا ہے کہ درخواست گزار کو ضمانت پر رہا کیا جائے۔</p>
<p style="text-align: left">العارض<br>وکیل درخواست گزار</p>
</article>`;

type Docx = { zip: JSZip; part: (name: string) => Promise<string> };
const open = async (buf: Buffer): Promise<Docx> => {
  const zip = await JSZip.loadAsync(buf);
  return {
    zip,
    part: async (name) => {
      const f = zip.file(name);
      if (!f) throw new Error(`missing part ${name}`);
      return f.async('string');
    },
  };
};

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** Each w:p of the body (tables included) as its XML and the text Word shows. */
const paragraphs = (xml: string) =>
  (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    xml: p,
    text: decode((p.match(/<w:t[ >][^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
  }));
const runs = (pXml: string) => pXml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
const runText = (r: string) => decode(r.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, '').replace(/<[^>]+>/g, ''));
const attr = (xml: string, el: string, name: string) => new RegExp(`<${el}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('an English bail petition on legal paper', () => {
  const build = () => draftToDocx(ENGLISH_BAIL, { paper: 'legal', language: 'en', title: 'Post-arrest bail petition' });

  test('opens as a valid Word package', async () => {
    const { zip, part } = await open(await build());
    for (const name of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'docProps/core.xml',
    ])
      expect(zip.file(name), name).not.toBeNull();
    const types = await part('[Content_Types].xml');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(await part('_rels/.rels')).toContain('Target="word/document.xml"');
    expect(await part('word/document.xml')).toMatch(/^<\?xml[^>]*\?><w:document [^>]*><w:body>/);
  });

  test('the text holds the court, the parties, the FIR particulars in order, the grounds and the prayer', async () => {
    const paras = paragraphs(await (await open(await build())).part('word/document.xml'));
    const texts = paras.map((p) => p.text);
    const fir = texts.find((t) => t.includes('FIR No. 112/2026')) ?? '';
    expect(fir).toBe(FIR);
    const at = (s: string) => fir.indexOf(s);
    expect(at('FIR No. 112/2026')).toBeLessThan(at('dated 02.10.2026'));
    expect(at('dated 02.10.2026')).toBeLessThan(at('u/s 26-A PECA, 505 PPC'));
    expect(at('u/s 26-A PECA, 505 PPC')).toBeLessThan(at('Police Station NCCIA Islamabad'));
    // The petition reads top to bottom as filed.
    const all = texts.join('\n');
    const order = [
      'IN THE COURT OF SESSIONS JUDGE, ISLAMABAD (EAST)',
      'Ayesha Siddiqa d/o Muhammad Siddiq, aged about 34 years, journalist, resident of House No. 14, Street 7',
      'Petitioner',
      'VERSUS',
      'The State, through the Director, NCCIA, Islamabad',
      'PETITION UNDER SECTION 497 Cr.P.C. FOR GRANT OF POST-ARREST BAIL',
      FIR,
      'GROUNDS',
      'That the petitioner is innocent and has been falsely involved for her reporting.',
      'PRAYER',
      'It is, therefore, most respectfully prayed that the petitioner may kindly be released on bail in the above case',
      'AFFIDAVIT',
    ];
    for (let i = 1; i < order.length; i++)
      expect(all.indexOf(order[i]!), order[i]).toBeGreaterThan(all.indexOf(order[i - 1]!));
    expect(all.indexOf(order[0]!)).toBe(0);
  });

  test('legal paper, 1.5 in binding margin, a page number in the footer', async () => {
    const doc = await open(await build());
    const xml = await doc.part('word/document.xml');
    expect(attr(xml, 'w:pgSz', 'w:w')).toBe('12240');
    expect(attr(xml, 'w:pgSz', 'w:h')).toBe('20160');
    expect(attr(xml, 'w:pgMar', 'w:left')).toBe('2160');
    expect(attr(xml, 'w:pgMar', 'w:right')).toBe('1440');
    expect(await doc.part('word/footer1.xml')).toMatch(/PAGE/);
    const a4 = await open(await draftToDocx(ENGLISH_BAIL, { paper: 'a4', language: 'en', title: 'Bail' }));
    const a4xml = await a4.part('word/document.xml');
    expect([attr(a4xml, 'w:pgSz', 'w:w'), attr(a4xml, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838']);
  });

  test("Word's own styles: Title, headings, Normal in Times New Roman 12 pt, all defined", async () => {
    const doc = await open(await build());
    const xml = await doc.part('word/document.xml');
    const styles = await doc.part('word/styles.xml');
    const used = [...new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1]!))];
    expect(used).toEqual(expect.arrayContaining(['Title', 'Heading1', 'Heading2']));
    for (const id of used) expect(styles, id).toContain(`w:styleId="${id}"`);
    const style = (id: string) =>
      /<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g.exec(
        styles.slice(styles.indexOf(`w:styleId="${id}"`) - 40),
      )?.[0] ?? '';
    expect(style('Normal')).toContain('w:ascii="Times New Roman"');
    expect(style('Normal')).toContain('<w:sz w:val="24"/>');
    expect(style('Normal')).toContain('<w:jc w:val="both"/>');
    expect(style('Title')).toContain('<w:b/>');
    expect(style('Title')).toContain('<w:jc w:val="center"/>');
    const paras = paragraphs(xml);
    const court = paras.find((p) => p.text.startsWith('IN THE COURT OF'))!;
    expect(court.xml).toContain('<w:pStyle w:val="Title"/>');
    const heading = paras.find((p) => p.text.startsWith('PETITION UNDER SECTION 497'))!;
    expect(heading.xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(heading.xml).toContain('<w:u w:val="single"/>');
    expect(paras.find((p) => p.text === FIR)!.xml).toContain('<w:b/>');
    const innocent = runs(paras.find((p) => p.text.includes('is innocent'))!.xml).find(
      (r) => runText(r) === 'innocent',
    );
    expect(innocent).toContain('<w:i/>');
    // The signature block on the right, lines broken as in the draft.
    const sign = paras.find((p) => p.text.startsWith('Petitioner') && p.text.includes('Counsel'))!;
    expect(sign.xml).toContain('<w:jc w:val="right"/>');
    expect(sign.xml.match(/<w:br\/>/g)).toHaveLength(3);
    // The affidavit starts a new page.
    expect(paras.find((p) => p.text === 'AFFIDAVIT')!.xml).toContain('<w:pageBreakBefore/>');
    // The parties block: a table without rules, VERSUS across both columns.
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:top w:val="none"');
    expect(paragraphs(table).map((p) => p.text)).toContain('VERSUS');
  });

  test('ordered lists are numbered by Word, each list from its own start, grounds lettered A, B, C', async () => {
    const doc = await open(await build());
    const xml = await doc.part('word/document.xml');
    const numbering = await doc.part('word/numbering.xml');
    const numId = (text: string) => {
      const p = paragraphs(xml).find((x) => x.text.startsWith(text))!;
      return attr(p.xml, 'w:numId', 'w:val');
    };
    const facts = numId('That the petitioner, a journalist');
    const grounds = numId('That the petitioner is innocent');
    expect(facts).toBeDefined();
    expect(numId('That her earlier petition')).toBe(facts);
    expect(grounds).toBeDefined();
    expect(grounds).not.toBe(facts);
    expect(numId('That the case of the petitioner calls')).toBe(grounds);
    const abstractOf = (id: string) =>
      new RegExp(`<w:num w:numId="${id}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
    const level0 = (id: string) =>
      new RegExp(
        `<w:abstractNum [^>]*w:abstractNumId="${abstractOf(id)}"[\\s\\S]*?<w:lvl w:ilvl="0"[\\s\\S]*?</w:lvl>`,
      ).exec(numbering)?.[0] ?? '';
    expect(level0(facts!)).toContain('<w:numFmt w:val="decimal"/>');
    expect(level0(facts!)).toContain('<w:lvlText w:val="%1."/>');
    expect(level0(grounds!)).toContain('<w:numFmt w:val="upperLetter"/>');
  });

  test('core properties: the title and Muhafiz, never the client or counsel', async () => {
    const doc = await open(await build());
    const core = await doc.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Post-arrest bail petition</dc:title>');
    expect(core).toContain('<dc:creator>Muhafiz</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Muhafiz</cp:lastModifiedBy>');
    for (const name of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']) {
      const f = doc.zip.file(name);
      if (f) expect(await f.async('string'), name).not.toContain('Ayesha');
    }
    // An English draft needs no embedded Urdu font.
    expect(Object.keys(doc.zip.files).filter((f) => f.startsWith('word/fonts/'))).toEqual([]);
  });
});

describe('an Urdu bail petition', () => {
  const build = (fontsDir?: string) =>
    draftToDocx(URDU_BAIL, { paper: 'a4', language: 'ur', title: 'درخواست ضمانت', fontsDir });

  test('Urdu paragraphs run right to left in Noto Nastaliq Urdu; the FIR particulars stay left to right', async () => {
    const doc = await open(await build());
    const xml = await doc.part('word/document.xml');
    expect([attr(xml, 'w:pgSz', 'w:w'), attr(xml, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838']);
    const paras = paragraphs(xml).filter((p) => p.text.trim());
    expect(paras.length).toBeGreaterThan(8);
    for (const p of paras) {
      expect(p.xml, p.text).toContain('<w:bidi/>');
      for (const r of runs(p.xml).filter((r) => /[\u0600-\u06FF]/.test(runText(r)))) {
        expect(r, runText(r)).toContain('<w:rtl/>');
        expect(attr(r, 'w:rFonts', 'w:cs')).toBe('Noto Nastaliq Urdu');
        expect(attr(r, 'w:rFonts', 'w:hint')).toBe('cs');
      }
    }
    const fir = paras.find((p) => p.text.includes('FIR No. 112/2026'))!;
    expect(fir.text).toBe(`مقدمہ ${FIR}`);
    const latin = runs(fir.xml).find((r) => runText(r).startsWith('FIR No.'))!;
    expect(runText(latin)).toBe(FIR);
    expect(latin).not.toContain('<w:rtl/>');
    expect(attr(latin, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    // Bold Urdu is bold in the complex-script slot too, which is the one Word uses for it.
    const bold = runs(xml).find((r) => runText(r) === 'بے گناہ')!;
    expect(bold).toContain('<w:b/>');
    expect(bold).toContain('<w:bCs/>');
    // The parties block reads from the right. Word reads w:jc in a right-to-left paragraph from its
    // start: "right" is the left margin (the signature), "left" the right margin (the parties).
    expect(xml).toContain('<w:bidiVisual/>');
    expect(paras.find((p) => p.text.startsWith('العارض'))!.xml).toContain('<w:jc w:val="right"/>');
    expect(paras.find((p) => p.text === 'درخواست گزار')!.xml).toContain('<w:jc w:val="left"/>');
    expect(paras.find((p) => p.text.startsWith('درخواست ضمانت'))!.xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  test('the styles carry Nastaliq as the complex-script font, at 16 pt, the size Urdu is typed at', async () => {
    const styles = await (await open(await build())).part('word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attr(defaults, 'w:rFonts', 'w:cs')).toBe('Noto Nastaliq Urdu');
    expect(attr(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(defaults, 'w:szCs', 'w:val')).toBe('32');
    expect(attr(defaults, 'w:lang', 'w:bidi')).toBe('ur-PK');
  });

  test('with the bundled fonts, Noto Nastaliq Urdu travels inside the file for a Word without it', async () => {
    expect(existsSync(join(FONTS, 'NotoNastaliqUrdu-Regular.ttf'))).toBe(true);
    expect(readFileSync(join(FONTS, 'OFL.txt'), 'utf8')).toContain('SIL Open Font License');
    const doc = await open(await build(FONTS));
    const embedded = Object.keys(doc.zip.files).filter((f) => /^word\/fonts\/.+\.odttf$/.test(f));
    expect(embedded).toHaveLength(2);
    expect(await doc.part('word/fontTable.xml')).toMatch(/<w:font w:name="Noto Nastaliq Urdu">[\s\S]*<w:embedRegular /);
    expect(await doc.part('word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    expect(await doc.part('[Content_Types].xml')).toContain('odttf');
  });
});

describe('odd drafts never break the export', () => {
  test.each([
    ['empty', ''],
    ['plain text', 'just words, no tags'],
    ['unclosed tags', '<p><strong>FIR No. 9/2026<p>second<ol><li>one<li>two'],
    ['control characters', '<p>bad\u0000char\u0007s\uFFFF and a lone \uD800 surrogate</p>'],
    [
      'nested tables and lists',
      '<table><tr><td><table><tr><td><ol><li><ol><li><ol><li><ol><li><ol><li>deep</li></ol></li></ol></li></ol></li></ol></li></ol></td></tr></table></td></tr></table>',
    ],
    ['a table with no rows', '<table></table><tr></tr><td>stray cell</td><li>stray item</li>'],
  ])('%s', async (_name, html) => {
    const doc = await open(await draftToDocx(html, { paper: 'legal', language: 'en', title: 'x' }));
    const xml = await doc.part('word/document.xml');
    expect(xml).toContain('<w:body>');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFF]/);
  });

  test("the in-app editor's HTML: paragraphs inside list items and cells, column groups", async () => {
    const html =
      '<article lang="en"><table style="min-width: 50px"><colgroup><col style="min-width: 25px"><col></colgroup>' +
      '<tbody><tr><td colspan="1" rowspan="1"><p>Ayesha Siddiqa</p></td><td colspan="1" rowspan="1"><p>Petitioner</p></td></tr>' +
      '</tbody></table><section data-section="grounds"><ol><li><p>That the petitioner is innocent.</p>' +
      '<p>The report itself says so.</p></li><li><p>That she is a woman.</p></li></ol></section></article>';
    const xml = await (
      await open(await draftToDocx(html, { paper: 'legal', language: 'en', title: 't' }))
    ).part('word/document.xml');
    const paras = paragraphs(xml);
    expect(paras.map((p) => p.text)).toEqual([
      'Ayesha Siddiqa',
      'Petitioner',
      'That the petitioner is innocent.',
      'The report itself says so.',
      'That she is a woman.',
    ]);
    const numId = (i: number) => attr(paras[i]!.xml, 'w:numId', 'w:val');
    expect(numId(2)).toBeDefined();
    expect(numId(3)).toBeUndefined();
    expect(paras[3]!.xml).toContain('<w:ind w:left="720"/>');
    expect(numId(4)).toBe(numId(2));
  });

  test('scripts, images, links and unknown tags: code and pictures dropped, words kept', async () => {
    const html = `<p>Before<script>alert("x")</script><img src="x" onerror="alert(1)"> <a href="https://example.org">the order</a>
      <marquee>moving</marquee> after</p><style>p{color:red}</style><custom-block><p>inside</p><p>two</p></custom-block>`;
    const xml = await (
      await open(await draftToDocx(html, { paper: 'a4', language: 'en', title: 't' }))
    ).part('word/document.xml');
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toEqual(['Before the order moving after', 'inside', 'two']);
    expect(xml).not.toContain('alert');
    expect(xml).not.toContain('color:red');
    expect(xml).not.toContain('hyperlink');
  });
});

// LibreOffice, where a developer has it, shows the file converts as a word processor reads it.
const soffice = ['soffice', 'libreoffice'].find((bin) => {
  try {
    execFileSync('which', [bin], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

test.skipIf(!soffice)('LibreOffice converts the DOCX to a PDF with the FIR particulars', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'muhafiz-docx-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'bail.docx'),
    await draftToDocx(ENGLISH_BAIL, { paper: 'legal', language: 'en', title: 'Bail' }),
  );
  execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bail.docx')], {
    timeout: 120_000,
  });
  const text = execFileSync('pdftotext', [join(dir, 'bail.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(FIR);
  expect(execFileSync('pdfinfo', [join(dir, 'bail.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 1008 pts/);
});
