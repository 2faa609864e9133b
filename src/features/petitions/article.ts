import { parseInert } from '../../lib/html';

/** A draft is `<article dir lang>…</article>`: the editor edits its content, the wrapper is kept aside. */
export type ArticleParts = { attrs: { dir: string | null; lang: string | null }; inner: string };

export const splitArticle = (html: string): ArticleParts => {
  const doc = parseInert(html);
  const article = doc.body.querySelector(':scope > article');
  if (!article) return { attrs: { dir: null, lang: null }, inner: html };
  return { attrs: { dir: article.getAttribute('dir'), lang: article.getAttribute('lang') }, inner: article.innerHTML };
};

export const joinArticle = ({ attrs, inner }: ArticleParts): string => {
  const dir = attrs.dir ? ` dir="${attrs.dir === 'rtl' ? 'rtl' : 'ltr'}"` : '';
  const lang = attrs.lang && /^[a-z]{2}$/.test(attrs.lang) ? ` lang="${attrs.lang}"` : '';
  return `<article${dir}${lang}>${inner}</article>`;
};
