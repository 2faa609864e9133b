/**
 * Parses HTML into an inert document. Inline event-handler attributes are removed first: they
 * could never run (the page's CSP forbids them and the document is inert), but Chromium still
 * reports each one as a policy violation. What is then kept is decided by the caller's allowlist.
 */
export const parseInert = (html: string): Document =>
  new DOMParser().parseFromString(html.replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''), 'text/html');
