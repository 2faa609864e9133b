import { parse, type HTMLElement } from 'node-html-parser';

/*
 * Regenerating a draft when the case's facts change: every part is rebuilt from the case except
 * the lawyer's own sections (`data-section`), which are kept exactly as the lawyer left them.
 */

/** Sections not nested in another section, in document order. */
const topSections = (root: HTMLElement): HTMLElement[] =>
  root.querySelectorAll('[data-section]').filter((el) => {
    for (let p = el.parentNode; p; p = p.parentNode) if (p.getAttribute?.('data-section') !== undefined) return false;
    return true;
  });

/**
 * The fresh html, with each `data-section` element replaced by the previous draft's element of
 * the same name (the n-th of a name by the n-th). A section only the fresh draft has is new and
 * stays as generated; one only the previous draft had no longer applies and is dropped.
 */
export const keepLawyerText = (previousHtml: string, freshHtml: string): string => {
  const kept = new Map<string, HTMLElement[]>();
  for (const el of topSections(parse(previousHtml))) {
    const name = el.getAttribute('data-section') ?? '';
    kept.set(name, [...(kept.get(name) ?? []), el]);
  }
  const fresh = parse(freshHtml);
  for (const el of topSections(fresh)) {
    const previous = kept.get(el.getAttribute('data-section') ?? '')?.shift();
    if (previous) el.replaceWith(previous.toString());
  }
  return fresh.toString();
};
