import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Docx from 'docx';
import { parse, type HTMLElement, type Node as HtmlNode } from 'node-html-parser';
import type { PAPER_SIZES } from '../../../shared/petition-schemas';

/** The docx library (~13 MB resident) loads on the first Word export, not with the main process (issue 8). */
let D: typeof Docx;

/*
 * A petition draft (HTML of the conventions in types.ts) as a Word document a court clerk would
 * accept: Word's own styles (Title, Heading 1-3, Normal, lists), A4 or legal paper with a wide
 * binding margin on the left, Times New Roman 12 pt for English, and Urdu paragraphs right to left
 * in Noto Nastaliq Urdu (set as the complex-script font, which is the one Word shapes Urdu with).
 * The HTML is read leniently: unknown tags become paragraphs or plain text, nothing throws.
 */

export type PaperSize = (typeof PAPER_SIZES)[number];
export type DocxOptions = {
  paper: PaperSize;
  language: 'en' | 'ur';
  title: string;
  /** resources/fonts: when given and the draft has Urdu text, Noto Nastaliq Urdu is embedded. */
  fontsDir?: string;
};

const LATIN = 'Times New Roman';
export const NASTALIQ = 'Noto Nastaliq Urdu';
/** Page sizes in twips (1/1440 in): A4 210 x 297 mm, legal 8.5 x 14 in. */
export const PAGE = { a4: { width: 11906, height: 16838 }, legal: { width: 12240, height: 20160 } } as const;
/** Court filing margins: 1.5 in on the left for the binding, 1 in elsewhere. */
const MARGIN = { top: 1440, bottom: 1440, left: 2160, right: 1440, header: 720, footer: 720 };

const ARABIC = '\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF';
const HAS_ARABIC = new RegExp(`[${ARABIC}]`);
const FIRST_STRONG = new RegExp(`[A-Za-z\u00C0-\u024F${ARABIC}]`);
/** In an Urdu paragraph, the English stretches ("FIR No. 112/2026", "u/s 497 Cr.P.C.") stay left to right. */
const LATIN_CHUNK = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9\s.,:;/()'’&-]*[A-Za-z\u00C0-\u024F0-9.)])?/g;
/** In an English paragraph, Urdu stretches (a name written in Urdu) are right to left. */
const ARABIC_CHUNK = new RegExp(`[${ARABIC}](?:[${ARABIC}\\s0-9.,-]*[${ARABIC}])?`, 'g');
/* Characters XML 1.0 cannot carry (a pasted draft may hold them), and lone surrogates. */
/* eslint-disable no-control-regex */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

const words = (s: string) => new Set(s.split(' '));
/** Code, pictures and form controls: dropped with their contents. */
const DROP = words('script style template head title meta link img svg math iframe object embed video audio canvas');
for (const t of ['noscript', 'input', 'button', 'select', 'textarea']) DROP.add(t);
/** Elements that stand as blocks of their own; everything else is read as inline text. */
const BLOCK = words('p h1 h2 h3 h4 h5 h6 ol ul li table tr hr pre thead tbody tfoot body html form dl figure');
for (const t of ['div', 'section', 'article', 'header', 'footer', 'main', 'blockquote', 'center', 'aside'])
  BLOCK.add(t);
const HEADING_STYLE: Record<string, string> = {
  h1: 'Title',
  h2: 'Heading1',
  h3: 'Heading2',
  h4: 'Heading3',
  h5: 'Heading3',
  h6: 'Heading3',
};

type Dir = 'rtl' | 'ltr' | undefined;
type Align = 'left' | 'right' | 'center' | 'justify' | undefined;
type Marks = { bold?: boolean; italics?: boolean; underline?: boolean };
type Seg = { text: string; marks: Marks } | { br: true };
type Scope = { dir: Dir; align: Align; pageBreak: boolean; inTable: boolean; depth: number };
type Out = Docx.Paragraph | Docx.Table;

type Builder = {
  lang: 'en' | 'ur';
  contentWidth: number;
  lists: Docx.INumberingOptions['config'][number][];
};

const clean = (s: string) => s.replace(XML_INVALID, '');
const tag = (n: HtmlNode): string => ((n as HTMLElement).rawTagName ?? '').toLowerCase();
const isElement = (n: HtmlNode): n is HTMLElement => n.nodeType === 1;
const isText = (n: HtmlNode) => n.nodeType === 3;

const readDir = (el: HTMLElement, inherited: Dir): Dir => {
  const d = (el.getAttribute('dir') ?? '').toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  return (el.getAttribute('lang') ?? '').toLowerCase().startsWith('ur') ? 'rtl' : inherited;
};

const readAlign = (el: HTMLElement, inherited: Align): Align => {
  const m = /text-align\s*:\s*(left|right|center|justify)/i.exec(el.getAttribute('style') ?? '');
  const a = (m?.[1] ?? el.getAttribute('align') ?? '').toLowerCase();
  return ['left', 'right', 'center', 'justify'].includes(a) ? (a as Align) : inherited;
};

const breaksPage = (el: HTMLElement) =>
  /(?:page-break-before\s*:\s*always|break-before\s*:\s*page)/i.test(el.getAttribute('style') ?? '');

/**
 * Sides of the page. Word reads w:jc "left"/"right" as the start/end of the paragraph's own
 * direction; docx swaps them in a bidirectional paragraph, so LEFT here stays on the left.
 */
const alignment = (align: Align) => {
  if (align === 'center') return D.AlignmentType.CENTER;
  if (align === 'justify') return D.AlignmentType.BOTH;
  if (align === 'left') return D.AlignmentType.LEFT;
  return align === 'right' ? D.AlignmentType.RIGHT : undefined;
};

/** Inline content: text with bold/italic/underline, line breaks; anything else is read for its text. */
const collectInline = (node: HtmlNode, marks: Marks, out: Seg[]) => {
  if (isText(node)) {
    out.push({ text: clean(node.text), marks });
    return;
  }
  if (!isElement(node)) return;
  const t = tag(node);
  if (DROP.has(t)) return;
  if (t === 'br') {
    out.push({ br: true });
    return;
  }
  const next: Marks = { ...marks };
  if (t === 'strong' || t === 'b') next.bold = true;
  if (t === 'em' || t === 'i') next.italics = true;
  if (t === 'u' || t === 'ins') next.underline = true;
  const style = node.getAttribute('style') ?? '';
  if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) next.bold = true;
  if (/font-style\s*:\s*italic/i.test(style)) next.italics = true;
  if (/text-decoration[^;]*underline/i.test(style)) next.underline = true;
  for (const c of node.childNodes) collectInline(c, next, out);
};

/** HTML whitespace: runs of spaces collapse to one, none at the start or end of a paragraph. */
const collapse = (segs: Seg[]): Seg[] => {
  const out: Seg[] = [];
  let space = true;
  for (const s of segs) {
    if ('br' in s) {
      const last = out[out.length - 1];
      if (last && 'text' in last) last.text = last.text.replace(/ $/, '');
      out.push(s);
      space = true;
      continue;
    }
    let text = s.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (space) text = text.replace(/^ /, '');
    if (!text) continue;
    space = text.endsWith(' ');
    out.push({ text, marks: s.marks });
  }
  const last = out[out.length - 1];
  if (last && 'text' in last) last.text = last.text.replace(/ $/, '');
  return out.filter((s) => 'br' in s || s.text);
};

const chunks = (text: string, re: RegExp): { text: string; match: boolean }[] => {
  const out: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), match: false });
    out.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
};

const rtlRun = (text: string, m: Marks): Docx.IRunOptions => ({
  text,
  rightToLeft: true,
  font: { ascii: NASTALIQ, hAnsi: NASTALIQ, cs: NASTALIQ, hint: 'cs' },
  language: { bidirectional: 'ur-PK' },
  bold: m.bold,
  boldComplexScript: m.bold,
  italics: m.italics,
  italicsComplexScript: m.italics,
  underline: m.underline ? {} : undefined,
});

const ltrRun = (text: string, m: Marks): Docx.IRunOptions => ({
  text,
  font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN },
  bold: m.bold,
  italics: m.italics,
  underline: m.underline ? {} : undefined,
});

/** Runs by script, so Word shapes Urdu right to left in Nastaliq and keeps English left to right. */
const runs = (segs: Seg[], rtl: boolean): Docx.TextRun[] =>
  segs.flatMap((s) => {
    if ('br' in s) return [new D.TextRun({ break: 1 })];
    if (rtl) return chunks(s.text, LATIN_CHUNK).map((c) => new D.TextRun((c.match ? ltrRun : rtlRun)(c.text, s.marks)));
    if (!HAS_ARABIC.test(s.text)) return [new D.TextRun(ltrRun(s.text, s.marks))];
    return chunks(s.text, ARABIC_CHUNK).map((c) => new D.TextRun((c.match ? rtlRun : ltrRun)(c.text, s.marks)));
  });

const isRtl = (scope: Scope, segs: Seg[], b: Builder): boolean => {
  if (scope.dir) return scope.dir === 'rtl';
  const text = segs.map((s) => ('text' in s ? s.text : '')).join('');
  const first = FIRST_STRONG.exec(text)?.[0];
  return first ? HAS_ARABIC.test(first) : b.lang === 'ur';
};

type ParaExtra = { style?: string; numbering?: { reference: string; level: number }; indent?: number };

const paragraph = (nodes: HtmlNode[], scope: Scope, b: Builder, extra: ParaExtra = {}): Docx.Paragraph => {
  const segs: Seg[] = [];
  for (const n of nodes) collectInline(n, {}, segs);
  const norm = collapse(segs);
  const rtl = isRtl(scope, norm, b);
  // D.Table cells (the parties block) are not justified: flush to the side the text starts from.
  const start = rtl ? D.AlignmentType.RIGHT : D.AlignmentType.LEFT;
  const align = alignment(scope.align) ?? (scope.inTable && !extra.style ? start : undefined);
  return new D.Paragraph({
    children: runs(norm, rtl),
    style: extra.style,
    bidirectional: rtl || undefined,
    alignment: align,
    numbering: extra.numbering,
    indent: extra.indent ? { left: extra.indent } : undefined,
    pageBreakBefore: scope.pageBreak || undefined,
    spacing: scope.inTable ? { before: 0, after: 60, line: rtl ? 240 : 276 } : undefined,
  });
};

type ListFormat = (typeof Docx.LevelFormat)[keyof typeof Docx.LevelFormat];
/** HTML's list types as Word's (read once the library is loaded). */
const listFormats = (): Record<string, ListFormat> => ({
  '1': D.LevelFormat.DECIMAL,
  a: D.LevelFormat.LOWER_LETTER,
  A: D.LevelFormat.UPPER_LETTER,
  i: D.LevelFormat.LOWER_ROMAN,
  I: D.LevelFormat.UPPER_ROMAN,
});
const nestedFormats = (): ListFormat[] => [
  D.LevelFormat.DECIMAL,
  D.LevelFormat.LOWER_LETTER,
  D.LevelFormat.LOWER_ROMAN,
];
const BULLETS = ['\u2022', '\u2013', '\u25AA'];

/** Each list is its own numbering, so every <ol> counts from its own start. */
const newList = (el: HTMLElement, ordered: boolean, depth: number, b: Builder): string => {
  const reference = `petition-list-${b.lists.length + 1}`;
  const format = ordered ? (listFormats()[el.getAttribute('type') ?? ''] ?? nestedFormats()[depth % 3]) : undefined;
  const start = Math.max(1, Math.min(9999, Number.parseInt(el.getAttribute('start') ?? '1', 10) || 1));
  const levels: Docx.ILevelsOptions[] = Array.from({ length: 4 }, (_, level) => ({
    level,
    format: ordered ? (format ?? D.LevelFormat.DECIMAL) : D.LevelFormat.BULLET,
    text: ordered ? (format === D.LevelFormat.DECIMAL ? `%${level + 1}.` : `(%${level + 1})`) : BULLETS[level % 3]!,
    start,
    alignment: D.AlignmentType.LEFT,
    // In an Urdu paragraph Word mirrors w:ind left, so the number sits at the right margin.
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 432 } } },
  }));
  b.lists.push({ reference, levels });
  return reference;
};

const listBlocks = (el: HTMLElement, scope: Scope, b: Builder): Out[] => {
  const reference = newList(el, tag(el) === 'ol', scope.depth, b);
  const out: Out[] = [];
  for (const li of el.childNodes) {
    if (!isElement(li) || DROP.has(tag(li))) continue;
    if (tag(li) !== 'li') {
      out.push(...blocks([li], scope, b));
      continue;
    }
    const inner = { ...scope, dir: readDir(li, scope.dir), align: readAlign(li, scope.align) };
    const nested = { ...inner, depth: scope.depth + 1 };
    const numbering = { reference, level: Math.min(scope.depth, 3) };
    // The item's first paragraph carries the number; later ones hang under it, nested lists go deeper.
    let first = true;
    const next = () => (first ? { numbering } : { indent: 720 * (scope.depth + 1) });
    for (const item of groupInline(li.childNodes)) {
      if (Array.isArray(item) || tag(item) === 'p') {
        const own = Array.isArray(item)
          ? inner
          : { ...inner, dir: readDir(item, inner.dir), align: readAlign(item, inner.align) };
        out.push(paragraph(Array.isArray(item) ? item : item.childNodes, own, b, next()));
      } else if (['ol', 'ul'].includes(tag(item))) {
        if (first) out.push(paragraph([], inner, b, next()));
        out.push(...listBlocks(item, nested, b));
      } else out.push(...blocks([item], inner, b));
      first = false;
    }
    if (first) out.push(paragraph([], inner, b, { numbering }));
  }
  return out;
};

const cellWidths = (columns: number, width: number): number[] => {
  if (columns <= 1) return [width];
  if (columns <= 3) {
    // The parties block: names on the left, "Petitioner" / "Respondents" in a narrow last column.
    const last = Math.round(width * 0.25);
    const rest = Math.floor((width - last) / (columns - 1));
    return [...Array.from({ length: columns - 1 }, () => rest), last];
  }
  return Array.from({ length: columns }, () => Math.floor(width / columns));
};

const tableBlock = (el: HTMLElement, scope: Scope, b: Builder): Docx.Table | undefined => {
  const trs: HTMLElement[] = [];
  const walk = (n: HTMLElement) => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      if (tag(c) === 'tr') trs.push(c);
      else if (['thead', 'tbody', 'tfoot'].includes(tag(c))) walk(c);
    }
  };
  if (tag(el) === 'tr') trs.push(el);
  else walk(el);
  const inner: Scope = { ...scope, inTable: true, pageBreak: false, dir: readDir(el, scope.dir) };
  const rows = trs.flatMap((tr) => {
    const cells = tr.childNodes.filter((c): c is HTMLElement => isElement(c) && ['td', 'th'].includes(tag(c)));
    if (cells.length === 0) return [];
    const rowScope = { ...inner, dir: readDir(tr, inner.dir), align: readAlign(tr, inner.align) };
    return [
      cells.map((td) => {
        const span = Math.max(1, Math.min(20, Number.parseInt(td.getAttribute('colspan') ?? '1', 10) || 1));
        const cellScope = { ...rowScope, dir: readDir(td, rowScope.dir), align: readAlign(td, rowScope.align) };
        const children = blocks(td.childNodes, cellScope, b);
        const bold = tag(td) === 'th';
        const content = children.length ? children : [paragraph([], cellScope, b)];
        return { span, cell: new D.TableCell({ columnSpan: span > 1 ? span : undefined, children: content }), bold };
      }),
    ];
  });
  if (rows.length === 0) return undefined;
  const columns = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  const rtl = inner.dir ? inner.dir === 'rtl' : b.lang === 'ur';
  return new D.Table({
    rows: rows.map((r) => new D.TableRow({ children: r.map((c) => c.cell), cantSplit: true })),
    width: { size: b.contentWidth, type: D.WidthType.DXA },
    columnWidths: cellWidths(columns, b.contentWidth),
    // The parties block has no rules; a table drawn with border="1" keeps Word's grid.
    borders: [undefined, '0'].includes(el.getAttribute('border')) ? D.TableBorders.NONE : undefined,
    visuallyRightToLeft: rtl || undefined,
  });
};

const hasBlockChild = (el: HTMLElement) => el.childNodes.some((c) => isElement(c) && BLOCK.has(tag(c)));

/** Runs of inline nodes become one paragraph each; block elements stand alone. */
const groupInline = (nodes: HtmlNode[]): (HtmlNode[] | HTMLElement)[] => {
  const out: (HtmlNode[] | HTMLElement)[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    if (run.some((n) => (isText(n) ? n.text.trim() !== '' : true))) out.push(run);
    run = [];
  };
  for (const n of nodes) {
    if (isElement(n) && DROP.has(tag(n))) continue;
    if (isElement(n) && (BLOCK.has(tag(n)) || ['td', 'th'].includes(tag(n)) || hasBlockChild(n))) {
      flush();
      out.push(n);
    } else if (isText(n) || isElement(n)) run.push(n);
  }
  flush();
  return out;
};

const elementBlocks = (el: HTMLElement, scope: Scope, b: Builder): Out[] => {
  const t = tag(el);
  const inner: Scope = { ...scope, dir: readDir(el, scope.dir), align: readAlign(el, scope.align) };
  if (breaksPage(el)) inner.pageBreak = true;
  if (HEADING_STYLE[t]) return [paragraph(el.childNodes, inner, b, { style: HEADING_STYLE[t] })];
  if (t === 'ol' || t === 'ul') return listBlocks(el, inner, b);
  if (t === 'table' || t === 'tr') {
    const table = tableBlock(el, inner, b);
    return table ? [table] : [];
  }
  if (t === 'hr') return [new D.Paragraph({ thematicBreak: true })];
  if (['p', 'pre', 'li'].includes(t)) return [paragraph(el.childNodes, inner, b)];
  // An unknown tag, or a container of text only, is a paragraph; an empty container is nothing.
  if (!hasBlockChild(el)) return el.text.trim() ? [paragraph(el.childNodes, inner, b)] : [];
  return blocks(el.childNodes, inner, b);
};

/** A container's children as Word paragraphs and tables; a page break applies to the first only. */
const blocks = (nodes: HtmlNode[], scope: Scope, b: Builder): Out[] => {
  const out: Out[] = [];
  let s = scope;
  for (const item of groupInline(nodes)) {
    const produced = Array.isArray(item) ? [paragraph(item, s, b)] : elementBlocks(item, s, b);
    out.push(...produced);
    if (produced.length) s = { ...s, pageBreak: false };
  }
  return out;
};

const styles = (lang: 'en' | 'ur'): Docx.IStylesOptions => {
  const ur = lang === 'ur';
  const font = { ascii: LATIN, hAnsi: LATIN, cs: ur ? NASTALIQ : LATIN };
  const heading = (size: number, csSize: number, center: boolean) => ({
    run: { font, size, sizeComplexScript: csSize, bold: true, boldComplexScript: true, color: '000000' },
    paragraph: {
      alignment: center ? D.AlignmentType.CENTER : D.AlignmentType.LEFT,
      spacing: { before: 240, after: 120, line: ur ? 240 : 276 },
      keepNext: true,
    },
  });
  return {
    default: {
      document: {
        run: {
          font,
          size: 24,
          sizeComplexScript: ur ? 32 : 24,
          language: { value: 'en-GB', bidirectional: 'ur-PK' },
        },
        // Nastaliq's own line is 2.5 em (its ascent and descent): single spacing already gives
        // Urdu the room it needs; English petitions are 1.5-spaced.
        paragraph: { spacing: { after: 120, line: ur ? 240 : 360 } },
      },
      title: heading(28, 40, true),
      heading1: heading(24, 34, true),
      heading2: heading(24, 32, false),
      heading3: heading(24, 32, false),
      listParagraph: { paragraph: { contextualSpacing: false } },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font, size: 24, sizeComplexScript: ur ? 32 : 24 },
        paragraph: { alignment: D.AlignmentType.BOTH, spacing: { after: 120, line: ur ? 240 : 360 } },
      },
    ],
  };
};

const embeddedFonts = (dir: string | undefined, html: string) => {
  if (!dir || !HAS_ARABIC.test(html)) return undefined;
  const file = (name: string) => join(dir, name);
  if (!existsSync(file('NotoNastaliqUrdu-Regular.ttf'))) return undefined;
  const bold = file('NotoNastaliqUrdu-Bold.ttf');
  return [
    {
      name: NASTALIQ,
      data: readFileSync(file('NotoNastaliqUrdu-Regular.ttf')),
      bold: existsSync(bold) ? readFileSync(bold) : undefined,
      characterSet: D.CharacterSet.ARABIC,
    },
  ];
};

const content = (html: string, b: Builder): Out[] => {
  try {
    const root = parse(clean(html), { comment: false });
    const out = blocks(
      root.childNodes,
      { dir: undefined, align: undefined, pageBreak: false, inTable: false, depth: 0 },
      b,
    );
    return out.length ? out : [new D.Paragraph({})];
  } catch {
    // Not HTML we can read: keep its words, one paragraph per line.
    b.lists.length = 0;
    return clean(html.replace(/<[^>]*>/g, ' '))
      .split(/\n+/)
      .map(
        (line) =>
          new D.Paragraph({ children: [new D.TextRun(line.trim())], bidirectional: b.lang === 'ur' || undefined }),
      );
  }
};

/** The draft as a .docx file. Core properties name the petition and Muhafiz, never the client or the lawyer. */
export const draftToDocx = async (html: string, opts: DocxOptions): Promise<Buffer> => {
  D ??= await import('docx');
  const page = PAGE[opts.paper] ?? PAGE.legal;
  const b: Builder = { lang: opts.language, contentWidth: page.width - MARGIN.left - MARGIN.right, lists: [] };
  const children = content(html ?? '', b);
  const footer = new D.Footer({
    children: [
      new D.Paragraph({
        alignment: D.AlignmentType.CENTER,
        children: [new D.TextRun({ children: [D.PageNumber.CURRENT] })],
      }),
    ],
  });
  const doc = new D.Document({
    title: clean(opts.title).slice(0, 250),
    creator: 'Muhafiz',
    lastModifiedBy: 'Muhafiz',
    styles: styles(opts.language),
    numbering: { config: b.lists },
    fonts: embeddedFonts(opts.fontsDir, html ?? ''),
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: MARGIN } },
        footers: { default: footer },
        children,
      },
    ],
  });
  return D.Packer.toBuffer(doc);
};
