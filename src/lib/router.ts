import { useSyncExternalStore } from 'react';

/** Hash routes (#/cases/123): no server, and a reload keeps the place. */
const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};
const snapshot = () => window.location.hash.replace(/^#/, '') || '/';

export const useRoute = (): { path: string; segments: string[]; params: URLSearchParams } => {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const [path = '/', query = ''] = hash.split('?');
  return { path, segments: path.split('/').filter(Boolean), params: new URLSearchParams(query) };
};

/** Goes to a route; `replace` puts it in the place of the current one in the history (Back skips it). */
export const navigate = (to: string, opts: { replace?: boolean } = {}): void => {
  if (opts.replace) window.location.replace(`#${to}`);
  else window.location.hash = to;
};

/**
 * Sets one parameter of the current address. Read from the address at the moment of the click, not
 * from the last render, so two quick changes (paper, then redaction) never undo each other.
 */
export const setRouteParam = (key: string, value: string): void => {
  const [path = '/', query = ''] = snapshot().split('?');
  const next = new URLSearchParams(query);
  next.set(key, value);
  navigate(`${path}?${next.toString()}`);
};

export const href = (to: string): string => `#${to}`;
