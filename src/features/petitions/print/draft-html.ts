import { parseInert } from '../../../lib/html';
import { createElement, type CSSProperties, type ReactNode } from 'react';

/*
 * A draft's HTML as React elements for the printed petition. Drafts come from our own templates and
 * the lawyer's editor, but a pasted paragraph can carry anything, so only the draft conventions
 * (types.ts: h1-h3, p, lists, the parties table, strong/em/u, dir/lang, text-align, the grounds
 * section) pass. Scripts, styles, pictures and embeds are dropped with their contents; links and
 * unknown tags give up their tag and keep their words. React escapes every text.
 */

const KEEP = new Set(
  'article section header footer div h1 h2 h3 h4 p ol ul li table thead tbody tfoot tr td th strong b em i u s sub sup br hr span'.split(
    ' ',
  ),
);
const DROP = new Set(
  'script style template head title meta link base img picture svg math iframe frame object embed video audio'.split(
    ' ',
  ),
);
for (const t of ['canvas', 'noscript', 'form', 'input', 'button', 'select', 'textarea', 'colgroup', 'col']) DROP.add(t);
const VOID = new Set(['br', 'hr']);
/** Parents where whitespace text is not content (and React would warn about it). */
const NO_TEXT = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ol', 'ul']);
/** Text blocks that take their direction from their first letter when nothing above says. */
const TEXT_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'li', 'td', 'th', 'div']);

type Props = Record<string, string | number | CSSProperties>;

const styleOf = (el: Element): CSSProperties | undefined => {
  const css = el.getAttribute('style') ?? '';
  const style: CSSProperties = {};
  const align = /text-align\s*:\s*(left|right|center|justify)/i.exec(css)?.[1];
  if (align) style.textAlign = align.toLowerCase() as CSSProperties['textAlign'];
  // The affidavit and annexures start on a page of their own.
  if (/(?:page-break-before\s*:\s*always|break-before\s*:\s*page)/i.test(css)) style.breakBefore = 'page';
  return Object.keys(style).length ? style : undefined;
};

const intAttr = (el: Element, name: string, max: number): number | undefined => {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n >= 1 && n <= max ? n : undefined;
};

const propsOf = (el: Element, tag: string, dirAbove: boolean, key: number): { props: Props; hasDir: boolean } => {
  const props: Props = { key };
  const dir = el.getAttribute('dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') props.dir = dir;
  else if (!dirAbove && TEXT_BLOCKS.has(tag)) props.dir = 'auto';
  const lang = el.getAttribute('lang');
  if (lang && /^[a-z]{2,3}(-[A-Za-z]{2})?$/.test(lang)) props.lang = lang;
  const style = styleOf(el);
  if (style) props.style = style;
  const section = el.getAttribute('data-section');
  if (section && /^[a-z-]{1,40}$/.test(section)) props['data-section'] = section;
  if (tag === 'td' || tag === 'th') {
    const colSpan = intAttr(el, 'colspan', 20);
    const rowSpan = intAttr(el, 'rowspan', 50);
    if (colSpan && colSpan > 1) props.colSpan = colSpan;
    if (rowSpan && rowSpan > 1) props.rowSpan = rowSpan;
  }
  if (tag === 'ol') {
    const start = intAttr(el, 'start', 9999);
    const type = el.getAttribute('type');
    if (start) props.start = start;
    if (type && /^[1aAiI]$/.test(type)) props.type = type;
  }
  return { props, hasDir: dirAbove || props.dir === 'rtl' || props.dir === 'ltr' };
};

const children = (el: Element, tag: string, dirAbove: boolean): ReactNode[] => {
  const out: ReactNode[] = [];
  el.childNodes.forEach((node, i) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!(NO_TEXT.has(tag) && text.trim() === '')) out.push(text);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const converted = convert(node as Element, i, dirAbove, tag);
      if (Array.isArray(converted)) out.push(...converted);
      else if (converted !== null) out.push(converted);
    }
  });
  return out;
};

const convert = (el: Element, key: number, dirAbove: boolean, parent: string): ReactNode => {
  const tag = el.tagName.toLowerCase();
  if (DROP.has(tag)) return null;
  // Links, fonts and anything unknown: their words, without the tag.
  if (!KEEP.has(tag)) return createElement('span', { key }, ...children(el, 'span', dirAbove));
  // Rows straight under a table sit in a body, as the browser's own parser would put them.
  if (tag === 'tr' && parent === 'table') return createElement('tbody', { key }, convert(el, 0, dirAbove, 'tbody'));
  const { props, hasDir } = propsOf(el, tag, dirAbove, key);
  if (VOID.has(tag)) return createElement(tag, props);
  return createElement(tag, props, ...children(el, tag, hasDir));
};

/** The draft, cleaned, as elements to render. */
export const draftToReact = (html: string): ReactNode => {
  const doc = parseInert(html);
  return children(doc.body, 'body', false);
};

/** Whether the draft has Urdu (Arabic-script) text, which needs the Nastaliq faces loaded before printing. */
export const hasUrdu = (html: string): boolean => /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(html);
