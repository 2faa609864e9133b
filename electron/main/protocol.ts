import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin';

/** Every response from app:// carries this policy: no remote code, no framing, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeType = (path: string): string => MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** The protocol module's registration calls, as Electron's `protocol` has them. */
export type ProtocolPort = {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean } }[],
  ): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
};

/** Must run before the app is ready: makes app:// behave like https for storage, fetch and CSP. */
export const registerAppScheme = (protocol: ProtocolPort): void =>
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

const respond = (status: number, body: BodyInit | null, type = 'text/plain; charset=utf-8'): Response =>
  new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });

/**
 * Maps a URL path to a file strictly inside root, or null. Decoding happens here (not in URL
 * parsing), so an encoded "..%2f" or "%5c" cannot climb out; NUL bytes are refused outright.
 */
export const resolveInside = (root: string, pathname: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${sep}${decoded.replace(/^[/\\]+/, '')}`);
  const rel = relative(root, full);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return full;
};

const readOrNull = async (path: string): Promise<Buffer<ArrayBuffer> | null> => {
  try {
    return await readFile(path);
  } catch {
    return null; // missing, a directory, unreadable: all "not here"
  }
};

/**
 * Serves the built renderer from root. A path with no extension is a client-side route and gets
 * index.html; a missing asset is a plain 404 rather than the app shell.
 */
export const makeAppHandler = (root: string): ((request: Request) => Promise<Response>) => {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond(404, 'Not found');
    const path = resolveInside(base, url.pathname);
    if (!path) return respond(403, 'Forbidden');
    const file = path === base ? null : await readOrNull(path);
    if (file) return respond(200, file, mimeType(path));
    if (extname(path) !== '') return respond(404, 'Not found');
    const index = await readOrNull(join(base, 'index.html'));
    return index ? respond(200, index, mimeType('index.html')) : respond(404, 'Not found');
  };
};

/** Must run after the app is ready. */
export const handleAppProtocol = (protocol: ProtocolPort, root: string): void =>
  protocol.handle(APP_SCHEME, makeAppHandler(root));
