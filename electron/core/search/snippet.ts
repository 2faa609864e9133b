import type { SearchSnippet } from '../../shared/search-schemas';
import { fold, foldWithMap } from './fold';

/* Marking what matched: the renderer shows `hit` parts highlighted. Pure, so it is tested directly. */

/** The words of a query, as the lawyer typed them (lower-cased and folded for comparison). */
export const queryTerms = (query: string): string[] =>
  fold(query)
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0);

const HALF_WINDOW = 40;

/** Splits `text` into parts, marking every occurrence of every term; a long text is cut around the first hit. */
export const markTerms = (text: string, terms: string[], window = false): SearchSnippet => {
  // Found in the folded text (an Urdu name without its vowel marks), marked on the text as written.
  const { folded: lower, origin } = foldWithMap(text, true);
  const hits: [number, number][] = [];
  for (const term of terms.map((t) => fold(t))) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
      hits.push([origin[at] ?? 0, origin[at + term.length] ?? text.length]);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let start = 0;
  let end = text.length;
  const first = hits[0];
  if (window && first && text.length > HALF_WINDOW * 2) {
    start = Math.max(0, first[0] - HALF_WINDOW);
    end = Math.min(text.length, first[1] + HALF_WINDOW);
  }
  const parts: SearchSnippet = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to <= from) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text.slice(from, to);
    else parts.push({ text: text.slice(from, to), hit });
  };
  if (start > 0) parts.push({ text: '…', hit: false });
  let pos = start;
  for (const [from, to] of hits) {
    if (from < pos || from >= end) continue;
    push(pos, from, false);
    push(from, Math.min(to, end), true);
    pos = Math.min(to, end);
  }
  push(pos, end, false);
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
};

export const hasHit = (parts: SearchSnippet): boolean => parts.some((p) => p.hit);

/** The first of `texts` that contains a term, marked; else the first text, unmarked. */
export const bestSnippet = (texts: (string | null)[], terms: string[], window = false): SearchSnippet => {
  const present = texts.filter((t): t is string => !!t);
  for (const t of present) {
    const parts = markTerms(t, terms, window);
    if (hasHit(parts)) return parts;
  }
  return present[0] ? [{ text: present[0], hit: false }] : [];
};

/**
 * The FTS5 query for what was typed: each word of three or more characters as a quoted phrase (the
 * trigram tokenizer then finds it anywhere, "8959-B" inside "Crl. Misc. No. 8959-B of 2023"), all
 * required. Quotes are doubled, so nothing typed is read as FTS5 syntax. Null when no word is long
 * enough for trigrams: the caller falls back to LIKE.
 */
export const ftsQuery = (query: string): string | null => {
  // Control characters (a NUL ends FTS5's string) are never part of a word anyone searches for.
  const words = [...query]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c))
    .join('')
    .split(/\s+/)
    .filter((w) => [...w].length >= 3)
    .map((w) => `"${w.replaceAll('"', '""')}"`);
  return words.length > 0 ? words.join(' ') : null;
};
