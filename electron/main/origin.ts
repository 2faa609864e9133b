/** Where our page is served from in a packaged build (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'muhafiz';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * Builds the one test of "is this our own page?", used for IPC senders and for navigation.
 * `new URL('app://x').origin` is 'null' for custom schemes, so protocol and host are compared.
 * In development the exact origin of the electron-vite dev server is also ours.
 */
export const makeOriginCheck = (devUrl?: string): ((url: string | undefined) => boolean) => {
  const dev = devUrl ? parse(devUrl) : null;
  return (url) => {
    const u = url === undefined ? null : parse(url);
    if (!u) return false;
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
    return dev !== null && dev.origin !== 'null' && u.origin === dev.origin;
  };
};
