import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  handleAppProtocol,
  makeAppHandler,
  registerAppScheme,
  resolveInside,
  type ProtocolPort,
} from '../../electron/main/protocol';

const SECRET = 'the key file beside the renderer';
let dir: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muhafiz-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Muhafiz</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'noto.woff2'), 'font');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  serve = makeAppHandler(root);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// serving', () => {
  test.each([
    ['app://muhafiz/', 'text/html; charset=utf-8', 'Muhafiz'],
    ['app://muhafiz/index.html', 'text/html; charset=utf-8', 'Muhafiz'],
    ['app://muhafiz/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://muhafiz/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://muhafiz/assets/noto.woff2', 'font/woff2', 'font'],
  ])('%s is served as %s', async (url, type, body) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toContain(body);
  });

  test('a client-side route falls back to index.html', async () => {
    const res = await get('app://muhafiz/cases/42');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Muhafiz</title>');
  });

  test('a missing asset is a 404, not the app shell', async () => {
    const res = await get('app://muhafiz/assets/missing.js');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<title>');
  });

  test('another host and methods other than GET/HEAD are refused', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://muhafiz/index.html', 'POST')).status).toBe(405);
  });
});

describe('path traversal', () => {
  test.each([
    'app://muhafiz/..%2fsecret.txt',
    'app://muhafiz/assets/..%2f..%2fsecret.txt',
    'app://muhafiz/%2e%2e%2fsecret.txt',
    'app://muhafiz/..%5csecret.txt',
    'app://muhafiz/%2e%2e/secret.txt',
    'app://muhafiz/../secret.txt',
    'app://muhafiz/index.html%00.png',
    'app://muhafiz/%E0%A4%A',
  ])('%s never yields a file outside the renderer folder', async (url) => {
    const res = await get(url);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain(SECRET);
  });

  test('encoded ../ is refused outright', async () => {
    expect((await get('app://muhafiz/..%2fsecret.txt')).status).toBe(403);
  });

  test('resolveInside keeps every path under the root', () => {
    expect(resolveInside(root, '/../secret.txt')).toBeNull();
    expect(resolveInside(root, '/assets/../../secret.txt')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveInside(root, `/${dir}/secret.txt`)).toBe(join(root, dir, 'secret.txt'));
    expect(resolveInside(root, '/assets/../index.html')).toBe(join(root, 'index.html'));
  });
});

describe('Content-Security-Policy', () => {
  test('has the agreed directives', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toEqual([
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
    ]);
  });

  test.each(['app://muhafiz/', 'app://muhafiz/assets/index-abc.js', 'app://muhafiz/nope.js', 'app://muhafiz/..%2fx'])(
    'is on every response, including errors: %s',
    async (url) => {
      const res = await get(url);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );
});

describe('registration with Electron', () => {
  test('app is privileged as standard and secure, with fetch, and handled under that name', async () => {
    const calls: unknown[] = [];
    let handler: ((r: Request) => Promise<Response>) | undefined;
    const protocol: ProtocolPort = {
      registerSchemesAsPrivileged: (schemes) => calls.push(...schemes),
      handle: (scheme, h) => {
        calls.push(scheme);
        handler = h;
      },
    };
    registerAppScheme(protocol);
    handleAppProtocol(protocol, root);
    expect(calls).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      'app',
    ]);
    expect((await handler?.(new Request('app://muhafiz/')))?.status).toBe(200);
  });
});
